import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { LOCALE_PAGES, LOCALE_TAGS, negotiateLocale } from '../domain/locale.ts';

/**
 * The Content-Security-Policy every built page carries (as a `<meta>`, so any static host enforces
 * it): scripts only from the site's own files (no inline script, no eval), Trusted Types required
 * for every DOM sink that parses HTML or loads a script (nothing of the data is ever parsed as
 * HTML; workers start from same-site URLs only), images from the
 * site and from the chart downloads' blob and data URLs. Styles may be inline: the page's CSS is
 * inlined so nothing blocks the first paint, prerendered elements carry `style` attributes, and the
 * dialogs' scroll lock adds a `<style>` element; none of them can run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // A data file named by `?src=` may come from any https host that allows it (CORS), or from this
  // machine over http; nothing else is fetched from elsewhere.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // The one policy (src/lib/trusted-types.ts) lets through same-site script URLs only.
  'trusted-types default',
].join('; ');

/**
 * Who may frame an embed (`?embed=…`), as a CSP `frame-ancestors` source list: anyone (`*`) by
 * default, as a wiki or a slide deck anywhere may embed a radar; `EMBED_FRAME_ANCESTORS` (e.g.
 * `https://wiki.example.org`) narrows it.
 */
export const EMBED_FRAME_ANCESTORS_DEFAULT = '*';

/**
 * The `frame-ancestors` directive a page's response carries (a `<meta>` policy cannot): only an
 * embed's address may be framed (by `embedAncestors`); every other page by no one, so the full
 * page cannot be overlaid by a page that tricks a reader into clicking it.
 */
export function frameAncestors(query: string, embedAncestors: string = EMBED_FRAME_ANCESTORS_DEFAULT): string {
  return `frame-ancestors ${new URLSearchParams(query).has('embed') ? embedAncestors : "'none'"}`;
}

/** The shape `src/entry-server.tsx` returns per locale (kept structural: this file runs in Node). */
interface PrerenderedPage {
  readonly locale: keyof typeof LOCALE_PAGES;
  readonly htmlLang: string;
  readonly title: string;
  readonly description: string;
  readonly body: string;
}

/** The element the first paint waits for (see the prerender): the section after the routes table. */
export const RENDER_AFTER_ID = 'charts';

/** The built `index.html`'s stylesheet links: the first view has one, replaced by the stylesheet itself. */
const STYLESHEET_LINKS = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g;

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * After the client build, renders the first view of each locale (through `src/entry-server.tsx`,
 * loaded by a Vite SSR server on the same config) into a copy of the built `index.html`: English
 * in `index.html`, Chinese in `index.zh.html`. Each page gets the Content-Security-Policy and its
 * stylesheet inline, so it paints complete from one request, before any script runs; the client
 * then hydrates it. Throws (failing the build) when the HTML lacks `<meta charset>`, the
 * stylesheet link (or has more than one) or an empty `<div id="root"></div>`.
 */
export function prerenderFirstView(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'route-atlas:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker's manifest is made, so it lists both pages as they are served.
    closeBundle: { order: 'pre', handler: prerenderPages },
  };

  async function prerenderPages(): Promise<void> {
    if (config.build.ssr || config.build.watch) return;
    const outDir = path.resolve(config.root, config.build.outDir);
    // A bundle that failed (a size budget, a syntax error) wrote no page: its own error is the one
    // to read, not a missing index.html.
    if (!existsSync(path.join(outDir, 'index.html'))) return;
    const built = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const stylesheets = [...built.matchAll(STYLESHEET_LINKS)];
    const [link, href] = stylesheets[0] ?? [];
    // A second one would be left as a render-blocking link: the first view's CSS is src/styles/index.css alone.
    if (stylesheets.length !== 1 || !link || !href) {
      throw new Error(`The built index.html must link one stylesheet to inline, not ${stylesheets.length}`);
    }
    if (!built.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root">');
    if (!/<meta charset="[^"]*"\s*\/?>/.test(built)) throw new Error('index.html has no <meta charset>');
    const css = await readFile(path.join(outDir, href), 'utf8');
    const template = built
      // The link stays too, disabled (never fetched nor applied), for Vite's preload helper: a lazy
      // chunk that depends on the entry chunk (the service worker's status) lists this stylesheet,
      // and the helper skips a stylesheet the page already links. Otherwise it would fetch the
      // whole stylesheet again and append it after the lazy views' own CSS, which would then lose
      // every tie of specificity to it.
      .replace(link, () => `<style>${css}</style>\n    <link rel="stylesheet" href="./${href}" disabled />`)
      .replace(
        /<meta charset="[^"]*"\s*\/?>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />` +
          // No paint before the routes table is whole: a frame drawn from part of the HTML sizes the
          // table's columns by the rows parsed so far, and the rest then shifts them (a layout shift
          // with no script at all). The charts' section follows the table.
          `\n    <link rel="expect" href="#${RENDER_AFTER_ID}" blocking="render" />`,
      );
    const server = await createServer({
      configFile: config.configFile,
      root: config.root,
      logLevel: 'error',
      server: { middlewareMode: true, hmr: false, ws: false },
      appType: 'custom',
    });
    try {
      const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as {
        prerenderAll: () => Promise<PrerenderedPage[]>;
      };
      for (const page of await entry.prerenderAll()) {
        // Without it, the first paint would wait for the whole page to be parsed.
        if (!page.body.includes(`id="${RENDER_AFTER_ID}"`))
          throw new Error(
            `The prerendered ${page.locale} page has no #${RENDER_AFTER_ID} for its first paint to wait for`,
          );
        const html = template
          // Replacer functions throughout: a `$` in the text must not read as a replacement pattern.
          .replace(/<html lang="[^"]*">/, () => `<html lang="${page.htmlLang}">`)
          .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeAttribute(page.title)}</title>`)
          .replace(
            /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
            () => `<meta name="description" content="${escapeAttribute(page.description)}" />`,
          )
          .replace(
            '<div id="root"></div>',
            () => `<div id="root" data-prerendered="${page.locale}">${page.body}</div>`,
          );
        await writeFile(path.join(outDir, LOCALE_PAGES[page.locale]), html);
      }
    } finally {
      await server.close();
    }
  }
}

/**
 * `vite preview` (and so `npm start`) serves each visitor the prerendered page of their language,
 * as the client would choose it (`?lang=`, the remembered choice, then Accept-Language): a
 * Chinese-preferring browser gets Chinese HTML, with no flash of English. Every page gets a
 * `frame-ancestors` policy ({@link frameAncestors}): only embeds may be framed, by the origins in
 * the environment's `EMBED_FRAME_ANCESTORS` (anyone when unset).
 */
export function serveLocalePage(): Plugin {
  return {
    name: 'route-atlas:serve-locale-page',
    configurePreviewServer(server) {
      const embedAncestors = process.env.EMBED_FRAME_ANCESTORS?.trim() || EMBED_FRAME_ANCESTORS_DEFAULT;
      server.middlewares.use((req, res, next) => {
        const [pathname = '/', query = ''] = (req.url ?? '/').split('?');
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        // On every response, not only on addresses that look like pages: the preview answers any
        // unknown path with the full page, which another site could otherwise frame. The directive
        // means nothing to a script or a stylesheet.
        res.setHeader('Content-Security-Policy', frameAncestors(query, embedAncestors));
        if (!pathname.endsWith('/') && !pathname.endsWith('/index.html')) return next();
        const locale = negotiateLocale({
          query,
          cookie: req.headers.cookie,
          acceptLanguage: req.headers['accept-language'],
        });
        res.setHeader('Vary', 'Accept-Language, Cookie');
        res.setHeader('Content-Language', LOCALE_TAGS[locale]);
        const directory = pathname.endsWith('/') ? pathname : pathname.slice(0, -'index.html'.length);
        req.url = `${directory}${LOCALE_PAGES[locale]}${query ? `?${query}` : ''}`;
        next();
      });
    },
  };
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the docs honest: the paths docs/architecture.md names exist, relative links lead somewhere,
// and the README stays a front page.

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The README's size limit, in bytes: what it is, a screenshot, the quick start, scripts, links. */
const README_MAX_BYTES = 8192;

/** Code spans starting with one of these name a file or folder of the repository. */
const REPO_PREFIXES = ['src/', 'tests/', 'data/', 'docs/', 'public/', '.ci/'];

/** Where a span stops being a fixed path: a glob (`*`, `{en,zh}`) or a placeholder (`<capability>`). */
const VARIABLE_PART = /[*{<[]/;

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const docFiles = () => [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** Markdown without its fenced code blocks, whose backticks and `#` lines are not Markdown. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/**
 * The repository paths a Markdown text names in code spans, as far as they are fixed: `src/a.ts`
 * as it is, `src/features/<capability>/model/` as `src/features/`, `src/**\/__tests__/` as `src/`.
 * A trailing `/` is kept: it names a folder.
 */
function namedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, span = ''] of withoutFences(markdown).matchAll(/`([^`\n]+)`/g)) {
    const text = span.trim();
    if (/\s/.test(text) || !REPO_PREFIXES.some((prefix) => text.startsWith(prefix))) continue;
    const variable = VARIABLE_PART.exec(text);
    paths.add(variable ? text.slice(0, text.lastIndexOf('/', variable.index) + 1) : text);
  }
  return [...paths];
}

/** Anchors of a Markdown file's headings, as GitHub makes them (`## Capability → files map` → `capability--files-map`). */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading = ''] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Relative link and image targets of a Markdown text (web and mail links left out). */
function relativeLinks(markdown: string): string[] {
  return [...withoutFences(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(([, target = '']) => target)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const missing = namedPaths(read('docs/architecture.md')).filter((name) => {
      const full = path.join(ROOT, name);
      return !existsSync(full) || (name.endsWith('/') && !statSync(full).isDirectory());
    });
    expect(missing).toEqual([]);
  });

  it('reads globs and placeholders by their fixed part, and leaves commands and other words alone', () => {
    expect(
      namedPaths(
        '`src/features/<capability>/model/` `src/**/__tests__/` `src/locales/{en,zh}.json` `tests/e2e/*.spec.ts` ' +
          '`src/domain/view-state.ts` `npm test` `dist/index.html` `strengths[i]` `src/a b`\n' +
          '```\n`src/in-a-fence.ts`\n```\n',
      ),
    ).toEqual(['src/features/', 'src/', 'src/locales/', 'tests/e2e/', 'src/domain/view-state.ts']);
  });
});

describe('README.md', () => {
  it(`stays within ${README_MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(read('README.md'), 'utf8')).toBeLessThanOrEqual(README_MAX_BYTES);
  });
});

describe('links in README.md and docs/*.md', () => {
  it('lead to files that exist, and to headings that exist there', () => {
    const broken: string[] = [];
    for (const file of docFiles()) {
      for (const target of relativeLinks(read(file))) {
        const [linked = '', anchor] = target.split('#');
        const resolved = linked === '' ? file : path.posix.join(path.posix.dirname(file), decodeURI(linked));
        if (!existsSync(path.join(ROOT, resolved))) {
          broken.push(`${file}: ${target} (no ${resolved})`);
        } else if (anchor && resolved.endsWith('.md') && !headingAnchors(read(resolved)).has(anchor)) {
          broken.push(`${file}: ${target} (no heading #${anchor} in ${resolved})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('makes heading anchors as GitHub does', () => {
    expect([
      ...headingAnchors(
        '# Route Atlas\n## Capability → files map\n## The kernel: src/domain\n## What dist/ holds\n' +
          "## The table's query path\n## Import\n## Import\n```sh\n# not a heading\n```\n",
      ),
    ]).toEqual([
      'route-atlas',
      'capability--files-map',
      'the-kernel-srcdomain',
      'what-dist-holds',
      'the-tables-query-path',
      'import',
      'import-1',
    ]);
  });
});

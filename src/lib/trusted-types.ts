/** The part of the Trusted Types API this page uses (not yet in TypeScript's DOM library). */
interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

/**
 * Installs the page's one Trusted Types policy, `default`, as the Content-Security-Policy names it
 * (`trusted-types default`). It lets a script URL through only from this site (the import worker,
 * the service worker); it has no rule for HTML or script text, so every DOM sink that would parse a
 * string as markup or code stays blocked. Does nothing where the browser lacks Trusted Types or a
 * default policy exists. Call it before anything starts a worker.
 */
export function installTrustedTypesPolicy(): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const parsed = new URL(url, document.baseURI);
      if (parsed.origin !== window.location.origin) throw new TypeError(`Script from another site refused: ${url}`);
      return parsed.href;
    },
  });
}

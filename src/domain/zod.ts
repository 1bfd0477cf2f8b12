import { z } from 'zod';

/**
 * zod, configured for the page: every module takes zod from here, so the setting is in force before
 * any schema is built.
 *
 * zod builds fast object parsers with `new Function` when it may. The page's
 * Content-Security-Policy forbids that (no eval), and zod's probe for it would be reported as a
 * violation; the interpreted parser runs either way. The import worker keeps the compiled one: a
 * worker's policy comes from its own response, and its parsing is the heavy one.
 */
if (typeof document !== 'undefined') z.config({ jitless: true });

export * from 'zod';

import * as z from 'zod/mini';

/**
 * zod's tree-shakable build, for the small schemas the first view needs (stored scores and column
 * choice): they cost a few kB where the full API costs some 25 kB gzip. Configured as
 * `./zod` is (no `new Function` on the page, see there), which this module may run before.
 */
if (typeof document !== 'undefined') z.config({ jitless: true });

export * from 'zod/mini';

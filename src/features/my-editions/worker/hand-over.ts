/**
 * Routes per `routes` message when the import worker hands routes to the page (see
 * `WorkerResponse`): parsing one part on the page takes about 70 ms on the development machine,
 * so the page keeps drawing between parts.
 */
export const ROUTES_PER_PART = 5_000;

import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../../../tests/property/generators';
import { routeIndex, routeIndexInSteps, routeLookup } from '../edition/model';
import type { Route } from '../edition/schema';

/** The bundled routes as new objects in a new array, so no other test's index is kept for them. */
function freshRoutes(): Route[] {
  return bundledEdition().routes.map((route) => ({ ...route }));
}

describe('routeIndex', () => {
  it("gives each route's id its place, a repeated id its last, and is kept per routes array", () => {
    const routes = freshRoutes();
    const [first, second] = routes as [Route, Route];
    const repeated = [...routes, { ...first }];
    const index = routeIndex(repeated);
    expect(index.get(second.id)).toBe(1);
    expect(index.get(first.id)).toBe(routes.length);
    expect(index.size).toBe(routes.length);
    expect(routeIndex(repeated)).toBe(index);
    expect(routeLookup(repeated).get(second.id)).toBe(second);
  });

  it('is built the same in steps, and kept when the last step has run', () => {
    const routes = freshRoutes();
    const steps = routeIndexInSteps(routes, 4);
    expect(steps).toHaveLength(Math.ceil(routes.length / 4));
    for (const step of steps) step();
    // Kept by the last step: a route added to the array afterwards (never done by the app) is not
    // in it, which an index built by this call would have.
    routes.push({ ...(routes[0] as Route), id: 'added-afterwards' });
    const stepped = routeIndex(routes);
    expect(stepped.has('added-afterwards')).toBe(false);
    routes.pop();
    expect([...stepped]).toEqual(routes.map((route, place) => [route.id, place]));
    expect(routeIndex(freshRoutes()).size).toBe(stepped.size);
  });

  it('keeps an index made meanwhile, has no steps once one is kept, and one step for no routes', () => {
    const routes = freshRoutes();
    const steps = routeIndexInSteps(routes, 4);
    steps[0]?.();
    const meanwhile = routeIndex(routes);
    for (const step of steps.slice(1)) step();
    expect(routeIndex(routes)).toBe(meanwhile);
    expect(routeIndexInSteps(routes, 4)).toEqual([]);

    const none: Route[] = [];
    const [only, ...more] = routeIndexInSteps(none, 4);
    expect(more).toEqual([]);
    only?.();
    expect(routeIndex(none).size).toBe(0);
  });
});

import type { MethodHandler } from '../api/load-api-module.js';
import type { RouteTargets } from './match-route.js';

/** The methods Uplift routes, in the order `Allow` lists them. Others get 501 (RFC 9110 §15.6.2). */
const routedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function isKnownMethod(method: string): boolean {
  return routedMethods.includes(method);
}

/** HEAD falls back to the GET handler (RFC 9110 §9.3.2), as every other framework does. */
export function findHandler(methods: ReadonlyMap<string, MethodHandler>, method: string): MethodHandler | undefined {
  return methods.get(method) ?? (method === 'HEAD' ? methods.get('GET') : undefined);
}

/** The `Allow` value of a route: its handlers' methods, GET and HEAD when there is a page, and OPTIONS. */
export function allowedMethods(routes: RouteTargets): string {
  const handled = routes.api?.module.methods;
  const getsPage = routes.page !== undefined || handled?.has('GET') === true;
  return routedMethods
    .filter((method) => method === 'OPTIONS' || handled?.has(method) || (getsPage && (method === 'GET' || method === 'HEAD')))
    .join(', ');
}

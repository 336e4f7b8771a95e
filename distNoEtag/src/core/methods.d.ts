import type { MethodHandler } from '../api/load-api-module.js';
import type { RouteTargets } from './match-route.js';
export declare function isKnownMethod(method: string): boolean;
/** HEAD falls back to the GET handler (RFC 9110 §9.3.2), as every other framework does. */
export declare function findHandler(methods: ReadonlyMap<string, MethodHandler>, method: string): MethodHandler | undefined;
/** The `Allow` value of a route: its handlers' methods, GET and HEAD when there is a page, and OPTIONS. */
export declare function allowedMethods(routes: RouteTargets): string;

import type { CliCommand } from '../command.js';
import { type RouteRow } from '../route-table.js';
/**
 * Every route of the app in `root`, as `uplift routes` reports it. API modules are imported (to
 * read their methods), so a broken module fails here as it would at start-up.
 */
export declare function listRoutes(root: string, warn: (message: string) => void): Promise<RouteRow[]>;
/** `uplift routes [root]`. */
export declare const routesCommand: CliCommand;

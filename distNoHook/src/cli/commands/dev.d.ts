import type { CliCommand } from '../command.js';
/**
 * `uplift dev [root]` (and `uplift start --dev`). The first process only supervises: it runs the
 * server in a worker process (the same command, `UPLIFT_DEV_WORKER` set) and replaces the worker
 * after `UPLIFT_DEV_MAX_BUILDS` builds (default 100). The worker serves the app in dev mode,
 * rebuilding and reloading open pages on every change under `app/` and `public/`, and prints
 * `listening on <url>` once ready.
 */
export declare const devCommand: CliCommand;

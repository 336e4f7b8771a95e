import type { LogFormat } from '../logging/create-logger.js';
/**
 * `UPLIFT_LOG=json|pretty|off` chooses. Otherwise production and log collectors (stdout not a
 * terminal) get JSON lines, a person at a terminal or in dev gets pretty ones, tests get none.
 */
export declare function logFormat(env: NodeJS.ProcessEnv, dev: boolean): LogFormat | 'off';

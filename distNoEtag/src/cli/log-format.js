import { UpliftError } from '../common/errors.js';
/**
 * `UPLIFT_LOG=json|pretty|off` chooses. Otherwise production and log collectors (stdout not a
 * terminal) get JSON lines, a person at a terminal or in dev gets pretty ones, tests get none.
 */
export function logFormat(env, dev) {
    const chosen = env['UPLIFT_LOG'];
    if (chosen === 'json' || chosen === 'pretty' || chosen === 'off')
        return chosen;
    if (chosen !== undefined && chosen !== '') {
        throw new UpliftError('UPLIFT_USAGE', `UPLIFT_LOG must be json, pretty or off, got "${chosen}".`);
    }
    if (env['NODE_ENV'] === 'test')
        return 'off';
    if (env['NODE_ENV'] === 'production')
        return 'json';
    return dev || process.stdout.isTTY ? 'pretty' : 'json';
}
//# sourceMappingURL=log-format.js.map
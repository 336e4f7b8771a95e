import { UpliftError } from '../common/errors.js';
const listenCodes = {
    EADDRINUSE: 'the port is in use; choose another with --port (0 picks a free one)',
    EACCES: 'permission denied; ports below 1024 need privileges, so choose --port 1024 or above',
    EADDRNOTAVAIL: 'this machine has no such address; use --host 127.0.0.1, or 0.0.0.0 for every interface',
    ENOTFOUND: 'no such host name; use --host 127.0.0.1, or 0.0.0.0 for every interface',
    EAI_AGAIN: 'the host name could not be resolved; use an IP address such as 127.0.0.1',
};
/** A failed listen as one line that says what to do, instead of a stack. */
export function listenError(error, on) {
    const code = error.code ?? '';
    const hint = listenCodes[code];
    if (hint === undefined)
        return error;
    return new UpliftError('UPLIFT_LISTEN', `cannot listen on host "${on.host}" port ${on.port} (${code}): ${hint}.`, { cause: error });
}
//# sourceMappingURL=listen-error.js.map
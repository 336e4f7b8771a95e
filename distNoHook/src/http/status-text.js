import { STATUS_CODES } from 'node:http';
/** The standard reason phrase for a status (node's table), or a generic one by class. */
export function statusText(status) {
    return STATUS_CODES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
//# sourceMappingURL=status-text.js.map
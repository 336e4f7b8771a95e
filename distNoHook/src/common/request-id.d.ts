/** A short id for one request, unique within this process: `k3Jx9a-1f`. */
export declare function nextRequestId(): string;

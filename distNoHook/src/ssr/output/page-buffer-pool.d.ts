/** `length` bytes for the caller to fill completely. */
export declare function takePageBytes(length: number): Buffer;

/** A fresh 7-character instance id. */
export declare function createInstanceId(): string;

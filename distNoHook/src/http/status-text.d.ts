/** The standard reason phrase for a status (node's table), or a generic one by class. */
export declare function statusText(status: number): string;

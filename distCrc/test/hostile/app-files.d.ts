/** The app every hostile request is sent to: one route of every kind. */
export declare const hostileApp: Record<string, string>;

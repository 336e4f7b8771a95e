/** The query parameter that versions app modules per dev reload: `app/x.mjs?uplift-dev=3`. */
export declare const devVersionParam = "uplift-dev";
/** Main thread → hooks thread: one more project folder whose `app/` modules are app modules. */
export interface LoaderMessage {
    readonly id: number;
    readonly root: string;
}
/** Hooks thread → main thread: the message with this id has been applied. */
export interface LoaderReply {
    readonly id: number;
}

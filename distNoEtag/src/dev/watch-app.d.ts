/** A batch of changes, relative to the project (`app/elements/my-card.mjs`). */
export interface ChangeBatch {
    readonly files: readonly string[];
}
export interface AppWatcher {
    close(): Promise<void>;
}
/**
 * Watches `<root>/app` and `<root>/public` and calls `onChange` once per burst of changes
 * (debounced by 60 ms). Dotfiles and node_modules are ignored. Resolves once the watcher is ready,
 * so a change made after it is seen. Missing folders are fine: they are watched once created.
 */
export declare function watchApp(root: string, onChange: (batch: ChangeBatch) => void, onError: (error: Error) => void): Promise<AppWatcher>;

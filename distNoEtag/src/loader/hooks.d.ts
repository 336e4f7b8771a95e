import type { MessagePort } from 'node:worker_threads';
interface ResolveContext {
    readonly parentURL?: string;
}
interface ResolveResult {
    url: string;
    format?: string | null;
    shortCircuit?: boolean;
}
interface LoadResult {
    format: string;
    source?: string | ArrayBuffer | Uint8Array | null;
    shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<ResolveResult>;
type NextLoad = (url: string, context?: object) => Promise<LoadResult>;
export declare function initialize(data: {
    port: MessagePort;
}): void;
export declare function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<ResolveResult>;
export declare function load(url: string, context: object, nextLoad: NextLoad): Promise<LoadResult>;
export {};

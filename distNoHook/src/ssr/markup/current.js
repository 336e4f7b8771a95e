import { processRegistry } from './tokens.js';
let current = processRegistry;
/** The registry markup made now belongs to. */
export function currentRegistry() {
    return current;
}
/** Runs `fn` with `registry` as the current one. */
export function withRegistry(registry, fn) {
    const outer = current;
    current = registry;
    try {
        return fn();
    }
    finally {
        current = outer;
    }
}
//# sourceMappingURL=current.js.map
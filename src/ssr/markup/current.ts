/**
 * The registry of the render in progress. Rendering is synchronous (element functions and the
 * head return strings), so the tags the loader adds to app modules find the render they belong to
 * here instead of being handed a context; a render sets it and puts the previous one back.
 */
import type { MarkupRegistry } from './tokens.js';
import { processRegistry } from './tokens.js';

let current: MarkupRegistry = processRegistry;

/** The registry markup made now belongs to. */
export function currentRegistry(): MarkupRegistry {
  return current;
}

/** Runs `fn` with `registry` as the current one. */
export function withRegistry<T>(registry: MarkupRegistry, fn: () => T): T {
  const outer = current;
  current = registry;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

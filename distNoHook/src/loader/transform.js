import { compileTypeScript } from './typescript.js';
import { tagMarkup } from './tag-markup.js';
/** Modules that render (not API routes, not other code) get their markup literals tagged. */
const tagAppMarkup = (source, info) => (info.kind === 'app' ? tagMarkup(source) : undefined);
/** The chain, in order: TypeScript first, so later steps see JavaScript. */
const chain = [compileTypeScript, tagAppMarkup];
/**
 * Runs every transform in order over `source`. Returns `undefined` when none changed anything,
 * so the caller can let Node load the file itself.
 *
 * @example
 * const out = await transformSource('export const a: number = 1', { filename: '/app/x.ts', kind: 'app' });
 * out?.code; // 'export const a = 1;\n//# sourceMappingURL=data:…'
 */
export async function transformSource(source, info) {
    let current;
    for (const step of chain) {
        const output = await step(current?.code ?? source, info);
        if (output !== undefined)
            current = output;
    }
    return current;
}
//# sourceMappingURL=transform.js.map
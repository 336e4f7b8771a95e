/**
 * Markup → light tree (see nodes.ts). Template sources (with hole markers, see markers.ts) go
 * through htmlparser2's tokenizer; markup made at render time goes through the faster scanner in
 * scan-markup.ts, which hands anything unusual (foreign content, NUL) back to htmlparser2.
 */
import { Tokenizer } from 'htmlparser2';
import { TreeBuilder } from './tree-builder.js';
import { scanMarkup } from './scan-markup.js';
import { TokenizerEvents } from './tokenizer-events.js';
/**
 * Parses markup into the light tree. With `holes`, hole markers become hole nodes and holes in
 * attributes are recorded; a hole where Uplift cannot place it throws UnsupportedHoleError.
 */
export function parseMarkup(source, holes = false) {
    if (!holes) {
        const fast = new TreeBuilder(source, false);
        if (scanMarkup(source, fast))
            return fast.root.children;
    }
    const builder = new TreeBuilder(source, holes);
    const tokenizer = new Tokenizer({ decodeEntities: true }, new TokenizerEvents(builder));
    tokenizer.write(source);
    tokenizer.end();
    return builder.root.children;
}
//# sourceMappingURL=parse-markup.js.map
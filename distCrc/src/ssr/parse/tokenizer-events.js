import { holeMarker, splitMarkers, UnsupportedHoleError } from './markers.js';
import { attrNode } from './nodes.js';
/** Forwards htmlparser2's tokenizer events to a TreeBuilder. */
export class TokenizerEvents {
    b;
    attrName = '';
    attrNameEnd = 0;
    attrValue = '';
    constructor(builder) {
        this.b = builder;
    }
    ontext(_start, end) {
        this.b.textEnd = end;
    }
    ontextentity(_cp, end) {
        this.b.textEnd = end;
    }
    onopentagname(start, end) {
        this.b.flushText();
        this.b.tagStart = start - 1;
        this.b.tagName = this.b.src.slice(start, end).toLowerCase();
        this.b.attrs = [];
        if (this.b.holes && this.b.tagName.includes(holeMarker))
            throw new UnsupportedHoleError('a tag name');
    }
    onattribname(start, end) {
        this.attrName = this.b.src.slice(start, end).toLowerCase();
        this.attrNameEnd = end;
        this.attrValue = '';
    }
    onattribdata(start, end) {
        this.attrValue += this.b.src.slice(start, end);
    }
    onattribentity(cp) {
        this.attrValue += String.fromCodePoint(cp);
    }
    onattribend(quote, end) {
        const name = this.attrName;
        // Duplicate attributes are dropped by the HTML parser; the first one wins.
        if (this.b.attrs.some((a) => a.name === name && name !== ''))
            return;
        if (!this.b.holes || !name.includes(holeMarker) && !this.attrValue.includes(holeMarker)) {
            this.b.attrs.push(attrNode(name, this.attrValue, null, -1));
            return;
        }
        const nameParts = splitMarkers(name);
        if (nameParts.length === 3 && nameParts[0] === '' && nameParts[2] === '' && quote === 0) {
            this.b.attrs.push(attrNode('', '', null, nameParts[1]));
            return;
        }
        if (nameParts.length > 1)
            throw new UnsupportedHoleError('an attribute name');
        // Holes need the value as written (entities undecoded); quoted values end before the quote.
        const raw = this.b.src.slice(this.valueStart(), quote >= 2 ? end - 1 : end);
        this.b.attrs.push(attrNode(name, '', splitMarkers(raw), -1));
    }
    onopentagend(end) {
        this.b.startTag(end + 1, false);
    }
    onselfclosingtag(end) {
        this.b.startTag(end + 1, true);
    }
    onclosetag(start, end) {
        this.b.flushText();
        const close = this.b.src.indexOf('>', end);
        const stop = close === -1 ? this.b.src.length : close + 1;
        const raw = this.b.src.slice(start - 2, stop);
        this.b.pos = stop;
        const tag = this.b.src.slice(start, end).toLowerCase();
        if (this.b.holes && tag.includes(holeMarker))
            throw new UnsupportedHoleError('an end tag');
        this.b.endTag(tag, raw);
    }
    oncomment(_start, end) {
        this.b.markup(end + 1, 'comment');
    }
    oncdata(_start, end) {
        this.b.markup(end + 1, 'comment');
    }
    ondeclaration(_start, end) {
        this.b.markup(end + 1, null);
    }
    onprocessinginstruction(_start, end) {
        this.b.markup(end + 1, 'comment');
    }
    onend() {
        this.b.finish();
    }
    isInForeignContext() {
        return this.b.isForeign();
    }
    /** Where the current attribute value starts in the source (after `=` and any quote). */
    valueStart() {
        let i = this.attrNameEnd;
        const src = this.b.src;
        while (/\s/.test(src[i] ?? ''))
            i++;
        if (src[i] === '=')
            i++;
        while (/\s/.test(src[i] ?? ''))
            i++;
        if (src[i] === '"' || src[i] === "'")
            i++;
        return i;
    }
}
//# sourceMappingURL=tokenizer-events.js.map
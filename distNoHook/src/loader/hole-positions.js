/**
 * Where each hole of a template literal sits in the markup its static text writes, as the HTML
 * tokenizer would read it: in element content, between attributes (where a name goes), inside an
 * attribute value, or elsewhere (a tag name, a comment, raw text such as `<script>`). Used at load
 * time on source code, never on data.
 */
export const HolePosition = { content: 0, attributeName: 1, attributeValue: 2, other: 3 };
const State = {
    data: 0,
    tagOpen: 1,
    tagName: 2,
    inTag: 3,
    attributeName: 4,
    beforeValue: 5,
    doubleQuoted: 6,
    singleQuoted: 7,
    unquoted: 8,
    comment: 9,
    rawText: 10,
    endTagOpen: 11,
};
/** Elements whose content the tokenizer reads as text up to their end tag. */
const rawTextTags = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** The position of each hole between `quasis` (the static texts of a template literal). */
export function holePositions(quasis) {
    const scan = { state: State.data, tag: '', rawTag: '' };
    const positions = [];
    for (let i = 0; i < quasis.length; i++) {
        advance(scan, quasis[i]);
        if (i === quasis.length - 1)
            break;
        positions.push(positionOf(scan));
        // A value between attributes stands for an attribute; one after `=` is the whole value.
        if (scan.state === State.beforeValue)
            scan.state = State.inTag;
        else if (scan.state === State.attributeName || scan.state === State.tagName)
            scan.state = State.inTag;
    }
    return positions;
}
function positionOf(scan) {
    switch (scan.state) {
        case State.data:
            return HolePosition.content;
        case State.inTag:
        case State.attributeName:
            return HolePosition.attributeName;
        case State.beforeValue:
        case State.doubleQuoted:
        case State.singleQuoted:
        case State.unquoted:
            return HolePosition.attributeValue;
        default:
            return HolePosition.other;
    }
}
function advance(scan, text) {
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        switch (scan.state) {
            case State.data:
                if (c === '<')
                    scan.state = State.tagOpen;
                break;
            case State.tagOpen:
                if (text.startsWith('!--', i)) {
                    scan.state = State.comment;
                    i += 2;
                }
                else if (c === '/')
                    scan.state = State.endTagOpen;
                else if (isLetter(c)) {
                    scan.state = State.tagName;
                    scan.tag = c.toLowerCase();
                }
                else
                    scan.state = c === '<' ? State.tagOpen : State.data;
                break;
            case State.endTagOpen:
                scan.state = c === '>' ? State.data : State.endTagOpen;
                break;
            case State.tagName:
                if (isSpace(c))
                    scan.state = State.inTag;
                else if (c === '>')
                    closeTag(scan);
                else if (c !== '/')
                    scan.tag += c.toLowerCase();
                break;
            case State.inTag:
                if (c === '>')
                    closeTag(scan);
                else if (!isSpace(c) && c !== '/')
                    scan.state = State.attributeName;
                break;
            case State.attributeName:
                if (c === '=')
                    scan.state = State.beforeValue;
                else if (c === '>')
                    closeTag(scan);
                else if (isSpace(c))
                    scan.state = State.inTag;
                break;
            case State.beforeValue:
                if (c === '"')
                    scan.state = State.doubleQuoted;
                else if (c === "'")
                    scan.state = State.singleQuoted;
                else if (c === '>')
                    closeTag(scan);
                else if (!isSpace(c))
                    scan.state = State.unquoted;
                break;
            case State.doubleQuoted:
            case State.singleQuoted:
                if (c === (scan.state === State.doubleQuoted ? '"' : "'"))
                    scan.state = State.inTag;
                break;
            case State.unquoted:
                if (isSpace(c))
                    scan.state = State.inTag;
                else if (c === '>')
                    closeTag(scan);
                break;
            case State.comment:
                if (text.startsWith('-->', i)) {
                    scan.state = State.data;
                    i += 2;
                }
                break;
            default:
                if (c === '<' && text.slice(i + 2, i + 2 + scan.rawTag.length).toLowerCase() === scan.rawTag && text[i + 1] === '/') {
                    scan.state = State.endTagOpen;
                }
        }
    }
}
function closeTag(scan) {
    if (rawTextTags.has(scan.tag)) {
        scan.state = State.rawText;
        scan.rawTag = scan.tag;
    }
    else
        scan.state = State.data;
}
//# sourceMappingURL=hole-positions.js.map
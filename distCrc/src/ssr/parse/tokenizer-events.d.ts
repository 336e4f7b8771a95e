/**
 * htmlparser2 tokenizer callbacks → tree builder. Used for template sources (with hole markers,
 * whose positions it records) and as the fallback for render-time markup the fast scanner leaves.
 */
import type { TokenizerCallbacks } from 'htmlparser2';
import type { TreeBuilder } from './tree-builder.js';
/** Forwards htmlparser2's tokenizer events to a TreeBuilder. */
export declare class TokenizerEvents implements TokenizerCallbacks {
    readonly b: TreeBuilder;
    attrName: string;
    attrNameEnd: number;
    attrValue: string;
    constructor(builder: TreeBuilder);
    ontext(_start: number, end: number): void;
    ontextentity(_cp: number, end: number): void;
    onopentagname(start: number, end: number): void;
    onattribname(start: number, end: number): void;
    onattribdata(start: number, end: number): void;
    onattribentity(cp: number): void;
    onattribend(quote: number, end: number): void;
    onopentagend(end: number): void;
    onselfclosingtag(end: number): void;
    onclosetag(start: number, end: number): void;
    oncomment(_start: number, end: number): void;
    oncdata(_start: number, end: number): void;
    ondeclaration(_start: number, end: number): void;
    onprocessinginstruction(_start: number, end: number): void;
    onend(): void;
    isInForeignContext(): boolean;
    /** Where the current attribute value starts in the source (after `=` and any quote). */
    private valueStart;
}

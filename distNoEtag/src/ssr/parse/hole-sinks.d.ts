/**
 * The context of every hole of a template, decided once per call site from the template's static
 * text (the model is Go's html/template): element content, RCDATA, a comment, an attribute value
 * (plain, URL, event handler, inline style, srcdoc), an attribute-name position, a `<script>` body
 * (in an expression, a string or template literal, or a JSON script) or a `<style>` body (in a
 * value or a string). Each context has its escaper; `escapeForSink` applies it to data.
 */
import type { Node } from './nodes.js';
export declare const SinkKind: {
    readonly text: 0;
    readonly rcdata: 1;
    readonly comment: 2;
    readonly attribute: 3;
    readonly url: 4;
    readonly srcdoc: 5;
    readonly jsValue: 6;
    readonly jsString: 7;
    readonly json: 8;
    readonly cssValue: 9;
    readonly cssString: 10;
    readonly attributeName: 11;
};
export type SinkKind = (typeof SinkKind)[keyof typeof SinkKind];
/** Where one hole's value lands. */
export interface Sink {
    readonly kind: SinkKind;
    /** Inside an attribute value: the context's escape is followed by attribute escaping. */
    readonly inAttribute: boolean;
    /**
     * For `url`: the static text before the hole in its attribute (decoded), or null when another
     * hole comes before it while the scheme is still open.
     */
    readonly urlBefore: string | null;
    /** For `url`: the static text after the hole up to the next hole or the end (decoded). */
    readonly urlAfter: string;
}
export declare const textSink: Sink;
export declare const rcdataSink: Sink;
export declare const attributeNameSink: Sink;
/** The sink of every hole of a parsed template (by hole index). */
export declare function holeSinks(nodes: readonly Node[], count: number): Sink[];
/** `value` (data) escaped for `sink`. */
export declare function escapeForSink(target: Sink, value: string): string;

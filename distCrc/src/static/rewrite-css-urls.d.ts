/**
 * Rewrites every `url(…)` in a style sheet through `rewrite`, quoted or not (CSS Syntax Level 3
 * §4.3.6 url tokens and `url("…")` functions). A single forward scan: each character is looked at
 * a bounded number of times, so hostile CSS costs linear time. Comments and other strings are
 * skipped, so `/* url(/_public/a.css) *\/` and `content: "url(x)"` stay as written.
 */
export declare function rewriteCssUrls(css: string, rewrite: (url: string) => string): string;

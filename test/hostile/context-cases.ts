/**
 * The contexts of Go's html/template and Closure's strict templates, one row per attack or
 * boundary: a template (`{}` marks each hole, every hole gets the same value), the value, and a
 * piece of the output the escaper must produce.
 */
export interface ContextCase {
  readonly context: string;
  readonly template: string;
  readonly value: unknown;
  readonly expect: string;
}

const refusedUrl = 'about:invalid#uplift-refused-url';
const refusedCss = 'zUpliftRefusedz';

export const contextCases: readonly ContextCase[] = [
  // Element content and RCDATA
  { context: 'text', template: '<p>{}</p>', value: '<script>alert(1)</script>', expect: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' },
  { context: 'text', template: '<p>{}</p>', value: 'Tom & Jerry', expect: '<p>Tom &amp; Jerry</p>' },
  { context: 'text', template: '<p>{}</p>', value: '</p><img src=x onerror=alert(1)>', expect: '<p>&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;</p>' },
  { context: 'text', template: '<ul><li>{}</li></ul>', value: '</b></li><li><b>', expect: '<li>&lt;/b&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;</li>' },
  { context: 'text', template: '<p>{}</p>', value: 42, expect: '<p>42</p>' },
  { context: 'text', template: '<p>{}</p>', value: false, expect: '<p></p>' },
  { context: 'text', template: '<p>{}</p>', value: '\uE000forged\uE001', expect: '<p>&#57344;forged&#57345;</p>' },
  { context: 'rcdata', template: '<div><textarea>{}</textarea></div>', value: '</textarea><script>alert(1)</script>', expect: '<textarea>&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>' },
  { context: 'rcdata', template: '<svg><title>{}</title></svg>', value: '</title><script>', expect: '&lt;/title&gt;&lt;script&gt;' },
  { context: 'comment', template: '<div><!-- {} --></div>', value: '--><script>alert(1)</script><!--', expect: '<!-- &#45;&#45;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;&#33;&#45;&#45; -->' },
  { context: 'comment', template: '<div><!-- {} --></div>', value: '--!><img src=x>', expect: '&#45;&#45;&#33;&gt;&lt;img src=x&gt;' },
  // Attribute values
  { context: 'attribute, double-quoted', template: '<p title="{}">x</p>', value: '" onmouseover="alert(1)', expect: 'title="&quot; onmouseover=&quot;alert(1)"' },
  { context: 'attribute, single-quoted', template: "<p title='{}'>x</p>", value: "' onmouseover='alert(1)", expect: 'title="&#39; onmouseover=&#39;alert(1)"' },
  { context: 'attribute, unquoted', template: '<p title={}>x</p>', value: 'x onmouseover=alert(1)', expect: 'title="x onmouseover=alert(1)"' },
  { context: 'attribute, after static text', template: '<p class="a {}">x</p>', value: 'b" onclick="x', expect: 'class="a b&quot; onclick=&quot;x"' },
  { context: 'attribute, backtick', template: '<p title="{}">x</p>', value: '`x`', expect: 'title="&#96;x&#96;"' },
  { context: 'attribute, entity text', template: '<p title="{}">x</p>', value: '&quot;', expect: 'title="&amp;quot;"' },
  { context: 'attribute, srcdoc', template: '<iframe srcdoc="{}"></iframe>', value: '<script>alert(1)</script>', expect: 'srcdoc="&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;"' },
  // URL attributes
  { context: 'url', template: '<a href="{}">x</a>', value: 'javascript:alert(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'JaVaScRiPt:alert(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: ' \x01javascript:alert(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'java\tscript:alert(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'java\nscript:alert(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'vbscript:msgbox(1)', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'data:text/html,<script>alert(1)</script>', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<a href="{}">x</a>', value: 'data:image/svg+xml,<svg onload=alert(1)>', expect: `href="${refusedUrl}"` },
  { context: 'url', template: '<img src="{}">', value: 'data:image/png;base64,iVBORw0KGgo=', expect: 'src="data:image/png;base64,iVBORw0KGgo="' },
  { context: 'url', template: '<iframe src="{}"></iframe>', value: 'about:blank', expect: 'src="about:blank"' },
  { context: 'url', template: '<a href="{}">x</a>', value: 'https://example.com/?a=1&b=2', expect: 'href="https://example.com/?a=1&amp;b=2"' },
  { context: 'url', template: '<a href="{}">x</a>', value: 'mailto:a@example.com', expect: 'href="mailto:a@example.com"' },
  { context: 'url', template: '<a href="{}">x</a>', value: '&#106;avascript:alert(1)', expect: 'href="&amp;#106;avascript:alert(1)"' },
  { context: 'url, path', template: '<a href="/notes/{}">x</a>', value: 'javascript:alert(1)', expect: 'href="/notes/javascript:alert(1)"' },
  { context: 'url, query', template: '<a href="/search?q={}">x</a>', value: '"><script>', expect: 'href="/search?q=&quot;&gt;&lt;script&gt;"' },
  { context: 'url, scheme split', template: '<a href="{}script:alert(1)">x</a>', value: 'java', expect: `href="${refusedUrl}script:alert(1)"` },
  { context: 'url, two holes', template: '<a href="{}{}">x</a>', value: 'javascript:', expect: `href="${refusedUrl}${refusedUrl}"` },
  { context: 'url, src', template: '<img src="{}">', value: 'javascript:alert(1)', expect: `src="${refusedUrl}"` },
  { context: 'url, action', template: '<form action="{}"></form>', value: 'javascript:alert(1)', expect: `action="${refusedUrl}"` },
  { context: 'url, formaction', template: '<button formaction="{}">x</button>', value: 'javascript:alert(1)', expect: `formaction="${refusedUrl}"` },
  { context: 'url, unquoted', template: '<a href={}>x</a>', value: 'javascript:alert(1)', expect: `href="${refusedUrl}"` },
  // Event handlers
  { context: 'event handler, string', template: `<button onclick="track('{}')">x</button>`, value: "');alert(1);('", expect: `onclick="track('\\u0027);alert(1);(\\u0027')"` },
  { context: 'event handler, string', template: '<button onclick="track(&quot;{}&quot;)">x</button>', value: '"+alert(1)+"', expect: '\\u0022+alert(1)+\\u0022' },
  { context: 'event handler, number', template: '<button onclick="go({})">x</button>', value: '5', expect: 'onclick="go(5)"' },
  { context: 'event handler, expression', template: '<button onclick="go({})">x</button>', value: 'alert(1)', expect: 'onclick="go(&quot;alert(1)&quot;)"' },
  { context: 'event handler, JSON', template: '<button onclick="go({})">x</button>', value: '{"a":1}', expect: 'onclick="go({&quot;a&quot;:1})"' },
  { context: 'event handler, template literal', template: '<button onclick="x=`{}`">x</button>', value: '${alert(1)}', expect: '\\u0024{alert(1)}' },
  { context: 'event handler, regex', template: '<div onmouseover="a = /{}/">x</div>', value: 'x/;alert(1)//', expect: 'x\\u002f;alert(1)\\u002f\\u002f' },
  // Script bodies
  { context: 'script, double-quoted', template: '<script>var a = "{}";</script>', value: '</script><script>alert(1)</script>', expect: 'var a = "\\u003c\\u002fscript\\u003e\\u003cscript\\u003ealert(1)\\u003c\\u002fscript\\u003e";' },
  { context: 'script, single-quoted', template: "<script>var a = '{}';</script>", value: "'; alert(1); '", expect: "var a = '\\u0027; alert(1); \\u0027';" },
  { context: 'script, template literal', template: '<script>var a = `{}`;</script>', value: '`+alert(1)+`', expect: 'var a = `\\u0060+alert(1)+\\u0060`;' },
  { context: 'script, after a substitution', template: '<script>var a = `x${1}{}`;</script>', value: '${alert(1)}', expect: '\\u0024{alert(1)}' },
  { context: 'script, expression', template: '<script>var a = {};</script>', value: '1;alert(1)', expect: 'var a = "1;alert(1)";' },
  { context: 'script, JSON value', template: '<script>var a = {};</script>', value: '{"x":"</script>"}', expect: 'var a = {"x":"\\u003c/script\\u003e"};' },
  { context: 'script, number', template: '<script>var a = {};</script>', value: '42', expect: 'var a = 42;' },
  { context: 'script, line comment', template: '<script>// {}\nalert(2)</script>', value: '\nalert(1)', expect: '// \\u000aalert(1)\nalert(2)' },
  { context: 'script, block comment', template: '<script>/* {} */</script>', value: '*/alert(1)/*', expect: '/* *\\u002falert(1)\\u002f* */' },
  { context: 'script, regex', template: '<script>var r = /{}/;</script>', value: '/;alert(1);/', expect: 'var r = /\\u002f;alert(1);\\u002f/;' },
  { context: 'script, after division', template: '<script>var a = 1 / {};</script>', value: '2', expect: 'var a = 1 / 2;' },
  { context: 'script, escaped state', template: '<script>var a = "{}";</script>', value: '<!--<script>', expect: '\\u003c!--\\u003cscript\\u003e' },
  { context: 'script, module', template: '<script type="module">const a = "{}"</script>', value: '</script>', expect: 'const a = "\\u003c\\u002fscript\\u003e"' },
  { context: 'script, line separator', template: '<script>var a = "{}";</script>', value: 'a\u2028b', expect: 'a\\u2028b' },
  // JSON scripts
  { context: 'json', template: '<script type="application/json">{}</script>', value: '{"a":"</script><script>alert(1)</script>"}', expect: '{"a":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}' },
  { context: 'json', template: '<script type="application/ld+json">{}</script>', value: '{"name":"</script>"}', expect: '{"name":"\\u003c/script\\u003e"}' },
  { context: 'json', template: '<script type="application/json">{}</script>', value: '["<!--"]', expect: '["\\u003c!--"]' },
  // Styles
  { context: 'style, value', template: '<style>p { color: {}; }</style>', value: 'red', expect: 'color: red;' },
  { context: 'style, value', template: '<style>p { color: {}; }</style>', value: 'red; } body { background: red', expect: `color: ${refusedCss};` },
  { context: 'style, calc', template: '<style>p { width: {}; }</style>', value: 'calc(100% - 2rem)', expect: 'width: calc(100% - 2rem);' },
  { context: 'style, var', template: '<style>p { gap: {}; }</style>', value: 'var(--gap)', expect: 'gap: var(--gap);' },
  { context: 'style, media', template: '<style>@media ({}) { p { color: red } }</style>', value: 'min-width: 48em', expect: '@media (min-width: 48em)' },
  { context: 'style, end tag', template: '<style>p { color: {} }</style>', value: '</style><script>alert(1)</script>', expect: refusedCss },
  { context: 'style, url()', template: '<style>p { background: {} }</style>', value: 'url(https://evil.example/x.png)', expect: refusedCss },
  { context: 'style, expression()', template: '<style>p { color: {} }</style>', value: 'expression(alert(1))', expect: refusedCss },
  { context: 'style, unbalanced', template: '<style>p { color: {} }</style>', value: 'red)', expect: refusedCss },
  { context: 'style, string', template: '<style>p::before { content: "{}" }</style>', value: '"</style><script>', expect: 'content: "\\22 \\3c /style\\3e \\3c script\\3e "' },
  { context: 'style attribute', template: '<p style="color: {}">x</p>', value: 'red; background: red', expect: `style="color: ${refusedCss}"` },
  { context: 'style attribute', template: '<p style="color: {}">x</p>', value: 'blue', expect: 'style="color: blue"' },
  { context: 'style attribute, string', template: `<p style="font-family: '{}'">x</p>`, value: "x'; color: red", expect: "style=\"font-family: 'x\\27 ; color: red'\"" },
  // Attribute names
  { context: 'attribute name', template: '<input {}>', value: 'disabled', expect: '<input disabled>' },
  { context: 'attribute name', template: '<input {}>', value: 'onfocus=alert(1) autofocus', expect: '<input >' },
  { context: 'attribute name', template: '<input {}>', value: 'x"y', expect: '<input >' },
];

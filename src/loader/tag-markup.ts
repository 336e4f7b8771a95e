/**
 * The load-time markup transform. Enhance apps build markup in plain template literals
 * (`` todos.map((t) => `<li>${t.title}</li>`).join('') ``); Uplift escapes every value by the
 * context it lands in, so it must know which strings are markup the developer wrote. This
 * transform tags them, keeping every line where it was:
 *
 * 1. An untagged template literal whose static text holds markup (`<` then a letter, `/` or `!`)
 *    gets the markup tag: its static text is markup, its values are data.
 * 2. In the holes of a markup template (tagged here or written `html\`…\``), what a hole results
 *    in (directly, through `?:`, `&&`, `||` and `??`, or through a `const` whose value is only
 *    such results) counts as developer markup when it is
 *    - a string literal, wherever the hole sits (`cond ? '<slot></slot>' : ''`,
 *      `title !== 'Home' && 'variant="graphite"'`, `${end ? 'order: 1;' : 'order: 0;'}` in a
 *      `<style>`): written in source, it is as trusted as the template's own text;
 *    - in element content, a call to a function imported from a package with no arguments or
 *      literal ones (`${styleTag()}` from `@enhance/arc-plugin-styles`); `arc.static(path)` stays
 *      data, and so does any call with a non-literal argument;
 *    - where an attribute name goes, a template literal without markup (`${id ? `id="${id}"` : ''}`):
 *      an attribute fragment, whose own holes are escaped as attribute values.
 * 3. A string literal holding markup that a function returns (`() => '<em>inner</em>'`, an element
 *    returning a plain string) is developer markup too.
 *
 * Anything else in a hole is data and is escaped where it lands.
 */
import { parse } from 'acorn';
import type { ArrowFunctionExpression, Expression, Node, Program, ReturnStatement, TaggedTemplateExpression, TemplateLiteral } from 'acorn';
import { full } from 'acorn-walk';
import MagicString from 'magic-string';
import { HolePosition, holePositions } from './hole-positions.js';
import { moduleBindings } from './module-bindings.js';
import type { ModuleBindings } from './module-bindings.js';

export interface TagMarkupResult {
  readonly code: string;
}

/** The names the transform adds; the runtime module exports them under the part after `__uplift`. */
const tags = { markup: '__upliftMarkup', attributes: '__upliftAttributes', constant: '__upliftConstant', constantText: '__upliftConstantText' } as const;

/** The runtime the tags come from, as a URL that resolves from any app folder. */
const runtimeUrl = new URL('../ssr/markup/runtime.js', import.meta.url).href;

const markupText = /<[A-Za-z/!]/;

/** How deep `const` references are followed (`const a = b`, `const b = c` …). */
const maxConstDepth = 8;

interface Edit {
  readonly bindings: ModuleBindings;
  readonly code: MagicString;
  /** Template literals already tagged or wrapped, so nothing is edited twice. */
  readonly done: Set<Node>;
}

/** Tags the markup of one module; undefined when nothing in it needs a tag. */
export function tagMarkup(source: string): TagMarkupResult | undefined {
  if (!source.includes('`') && !source.includes('<')) return undefined;
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const edit: Edit = { bindings: moduleBindings(program), code: new MagicString(source), done: new Set() };
  const tagged = new Set<TemplateLiteral>();
  const templates: { literal: TemplateLiteral; markup: boolean }[] = [];
  const returned: (Expression | null | undefined)[] = [];
  full(program, (node) => {
    if (node.type === 'TaggedTemplateExpression') {
      const expression = node as TaggedTemplateExpression;
      tagged.add(expression.quasi);
      const tag = expression.tag;
      if (tag.type === 'Identifier' && tag.name === 'html') templates.push({ literal: expression.quasi, markup: true });
    } else if (node.type === 'TemplateLiteral') templates.push({ literal: node as TemplateLiteral, markup: false });
    else if (node.type === 'ReturnStatement') returned.push((node as ReturnStatement).argument);
    else if (node.type === 'ArrowFunctionExpression' && (node as ArrowFunctionExpression).expression) returned.push((node as ArrowFunctionExpression).body as Expression);
  });
  const markupTemplates: TemplateLiteral[] = [];
  for (const { literal, markup } of templates) {
    if (markup) markupTemplates.push(literal);
    else if (!tagged.has(literal) && markupText.test(staticText(literal))) {
      edit.code.prependRight(literal.start, tags.markup);
      edit.done.add(literal);
      markupTemplates.push(literal);
    }
  }
  for (const literal of markupTemplates) markHoles(edit, literal);
  for (const expression of returned) if (expression) markReturned(edit, expression);
  if (!edit.code.hasChanged()) return undefined;
  addImport(edit.code, program, source);
  // Every edit is on the line it belongs to, so no source map is needed for stack traces.
  return { code: edit.code.toString() };
}

function staticText(literal: TemplateLiteral): string {
  return literal.quasis.map((quasi) => quasi.value.raw).join('');
}

/** Applies the hole rules (module comment, point 2) to one markup template. */
function markHoles(edit: Edit, literal: TemplateLiteral): void {
  const positions = holePositions(literal.quasis.map((quasi) => quasi.value.raw));
  literal.expressions.forEach((expression, i) => markResult(edit, expression, positions[i] ?? HolePosition.other, 0));
}

/** Marks the developer markup among the values `expression` can result in. */
function markResult(edit: Edit, expression: Expression, position: HolePosition, depth: number): void {
  switch (expression.type) {
    case 'ConditionalExpression':
      markResult(edit, expression.consequent, position, depth);
      markResult(edit, expression.alternate, position, depth);
      return;
    case 'LogicalExpression':
      if (expression.operator !== '&&') markResult(edit, expression.left, position, depth);
      markResult(edit, expression.right, position, depth);
      return;
    case 'Literal':
      if (typeof expression.value === 'string' && expression.value !== '') wrap(edit, expression, tags.constant);
      return;
    case 'TemplateLiteral':
      if (position === HolePosition.attributeName && !edit.done.has(expression)) {
        edit.code.prependRight(expression.start, tags.attributes);
        edit.done.add(expression);
      }
      return;
    case 'CallExpression':
      if (position === HolePosition.content && isPackageHelperCall(edit.bindings, expression)) wrap(edit, expression, tags.constant);
      return;
    case 'Identifier': {
      const init = edit.bindings.consts.get(expression.name);
      if (init !== undefined && depth < maxConstDepth && isDeveloperMarkup(edit.bindings, init, position, depth + 1)) wrap(edit, expression, tags.constant);
      return;
    }
    default:
  }
}

/** Marks string literals holding markup among the values a function returns (point 3). */
function markReturned(edit: Edit, expression: Expression): void {
  if (expression.type === 'ConditionalExpression') {
    markReturned(edit, expression.consequent);
    markReturned(edit, expression.alternate);
  } else if (expression.type === 'LogicalExpression') {
    if (expression.operator !== '&&') markReturned(edit, expression.left);
    markReturned(edit, expression.right);
  } else if (expression.type === 'Literal' && typeof expression.value === 'string' && markupText.test(expression.value)) {
    wrap(edit, expression, tags.constantText);
  }
}

/** Whether every value `expression` can result in is developer markup (for `const` names). */
function isDeveloperMarkup(bindings: ModuleBindings, expression: Expression, position: HolePosition, depth: number): boolean {
  switch (expression.type) {
    case 'ConditionalExpression':
      return isDeveloperMarkup(bindings, expression.consequent, position, depth) && isDeveloperMarkup(bindings, expression.alternate, position, depth);
    case 'Literal':
      return typeof expression.value === 'string';
    case 'CallExpression':
      return position === HolePosition.content && isPackageHelperCall(bindings, expression);
    case 'Identifier': {
      const init = bindings.consts.get(expression.name);
      return init !== undefined && depth < maxConstDepth && isDeveloperMarkup(bindings, init, position, depth + 1);
    }
    default:
      return false;
  }
}

/** `styleTag()`, `styles.tag('x')`: a package's function called with nothing but literals. */
function isPackageHelperCall(bindings: ModuleBindings, call: Expression): boolean {
  if (call.type !== 'CallExpression') return false;
  let callee = call.callee;
  while (callee.type === 'MemberExpression') callee = callee.object;
  if (callee.type !== 'Identifier' || !bindings.packages.has(callee.name)) return false;
  return call.arguments.every((argument) => argument.type === 'Literal' || (argument.type === 'TemplateLiteral' && argument.expressions.length === 0));
}

function wrap(edit: Edit, node: Node, fn: string): void {
  if (edit.done.has(node)) return;
  edit.done.add(node);
  edit.code.prependRight(node.start, fn + '(');
  edit.code.appendLeft(node.end, ')');
}

/** Adds the runtime import on the first line of code, so no line moves. */
function addImport(code: MagicString, program: Program, source: string): void {
  const names = Object.entries(tags).map(([name, local]) => `${name} as ${local}`).join(', ');
  const statement = `import { ${names} } from ${JSON.stringify(runtimeUrl)};`;
  // After a `#!` line the import goes at the start of the next one (still no new line).
  const at = source.startsWith('#!') ? source.indexOf('\n') + 1 : program.start;
  code.prependLeft(at, statement);
}

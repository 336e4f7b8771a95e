/**
 * What a module's top-level names are bound to, for the markup transform: names that come from a
 * package (imports whose source is not a relative path, an absolute path or a `node:` builtin,
 * plus names destructured from one, as in `const { styleTag } = getStyles`), and `const`s with
 * their initialisers (a name declared more than once is left out: its value is not known).
 */
import type { Expression, ImportDeclaration, Pattern, Program, VariableDeclaration } from 'acorn';
import { full } from 'acorn-walk';

export interface ModuleBindings {
  /** Names bound to something imported from a package (functions, namespaces, defaults). */
  readonly packages: ReadonlySet<string>;
  /** `const name = init` declarations, anywhere in the module, when the name is unique. */
  readonly consts: ReadonlyMap<string, Expression>;
}

function isPackageSource(source: string): boolean {
  return !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('node:') && !source.startsWith('file:');
}

/** The bindings of a parsed module. */
export function moduleBindings(program: Program): ModuleBindings {
  const packages = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const declaration = statement as ImportDeclaration;
    if (typeof declaration.source.value !== 'string' || !isPackageSource(declaration.source.value)) continue;
    for (const specifier of declaration.specifiers) packages.add(specifier.local.name);
  }
  const consts = new Map<string, Expression>();
  const repeated = new Set<string>();
  full(program, (node) => {
    if (node.type !== 'VariableDeclaration') return;
    const declaration = node as VariableDeclaration;
    for (const declarator of declaration.declarations) {
      for (const name of boundNames(declarator.id)) {
        if (consts.has(name) || repeated.has(name)) {
          consts.delete(name);
          repeated.add(name);
        } else if (declaration.kind === 'const' && declarator.id.type === 'Identifier' && declarator.init) consts.set(name, declarator.init);
        else repeated.add(name);
      }
      // `const { styleTag } = getStyles` (getStyles from a package): styleTag is a package name too.
      if (declarator.id.type === 'ObjectPattern' && declarator.init?.type === 'Identifier' && packages.has(declarator.init.name)) {
        for (const name of boundNames(declarator.id)) packages.add(name);
      }
    }
  });
  return { packages, consts };
}

function boundNames(pattern: Pattern): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => boundNames(property.type === 'RestElement' ? property.argument : property.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element === null ? [] : boundNames(element)));
    case 'RestElement':
      return boundNames(pattern.argument);
    case 'AssignmentPattern':
      return boundNames(pattern.left);
    default:
      return [];
  }
}

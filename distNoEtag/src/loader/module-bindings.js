import { full } from 'acorn-walk';
function isPackageSource(source) {
    return !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('node:') && !source.startsWith('file:');
}
/** The bindings of a parsed module. */
export function moduleBindings(program) {
    const packages = new Set();
    for (const statement of program.body) {
        if (statement.type !== 'ImportDeclaration')
            continue;
        const declaration = statement;
        if (typeof declaration.source.value !== 'string' || !isPackageSource(declaration.source.value))
            continue;
        for (const specifier of declaration.specifiers)
            packages.add(specifier.local.name);
    }
    const consts = new Map();
    const repeated = new Set();
    full(program, (node) => {
        if (node.type !== 'VariableDeclaration')
            return;
        const declaration = node;
        for (const declarator of declaration.declarations) {
            for (const name of boundNames(declarator.id)) {
                if (consts.has(name) || repeated.has(name)) {
                    consts.delete(name);
                    repeated.add(name);
                }
                else if (declaration.kind === 'const' && declarator.id.type === 'Identifier' && declarator.init)
                    consts.set(name, declarator.init);
                else
                    repeated.add(name);
            }
            // `const { styleTag } = getStyles` (getStyles from a package): styleTag is a package name too.
            if (declarator.id.type === 'ObjectPattern' && declarator.init?.type === 'Identifier' && packages.has(declarator.init.name)) {
                for (const name of boundNames(declarator.id))
                    packages.add(name);
            }
        }
    });
    return { packages, consts };
}
function boundNames(pattern) {
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
//# sourceMappingURL=module-bindings.js.map
const typeScriptFile = /\.m?ts$/;
/**
 * `.ts` / `.mts` → JavaScript, with an inline source map so stack traces name the `.ts` lines.
 * Types are only erased (esbuild checks nothing): run `tsc --noEmit` in the app for type errors.
 * A syntax error is thrown as a SyntaxError whose message starts with `file:line:column: `.
 */
export const compileTypeScript = async (source, info) => {
    if (!typeScriptFile.test(info.filename))
        return undefined;
    // Loaded on the first TypeScript file: an app without any pays nothing for it at start-up.
    const { transform } = await import('esbuild');
    try {
        const result = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline', sourcefile: info.filename });
        return { code: result.code };
    }
    catch (error) {
        const first = error.errors?.[0];
        if (first?.location == null)
            throw error;
        // esbuild counts columns from 0; editors and Node from 1.
        throw new SyntaxError(`${info.filename}:${first.location.line}:${first.location.column + 1}: ${first.text}`);
    }
};
//# sourceMappingURL=typescript.js.map
/** Writes to stderr (errors, warnings) and stdout (info), prefixed so lines are easy to grep. */
export const consoleLogger = {
    error: (message) => process.stderr.write(`[uplift] ${message}\n`),
    warn: (message) => process.stderr.write(`[uplift] warning: ${message}\n`),
    info: (message) => process.stdout.write(`${message}\n`),
};
//# sourceMappingURL=logger.js.map
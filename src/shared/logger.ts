/** Where Uplift writes. Pass your own to `createApp({ logger })` to route or capture lines. */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** Writes to stderr (errors, warnings) and stdout (info), prefixed so lines are easy to grep. */
export const consoleLogger: Logger = {
  error: (message) => process.stderr.write(`[uplift] ${message}\n`),
  warn: (message) => process.stderr.write(`[uplift] warning: ${message}\n`),
  info: (message) => process.stdout.write(`${message}\n`),
};

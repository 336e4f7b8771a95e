/**
 * JSON suite subject: Uplift serving bench/apps/json, whose app/api/index.mjs returns the payload.
 * Started by the harness as a child process.
 */
import { formatListeningLine } from '../lib/listening-line.js';
import { jsonAppRoot } from '../lib/paths.js';
// A computed specifier keeps this file compiling while src/index.ts is absent or changing; the
// check below turns a missing build into a message instead of a TypeError.
const entry = new URL('../../src/index.js', import.meta.url).href;
const uplift = (await import(entry).catch((error) => {
    throw new Error(`bench/servers/uplift.ts: cannot load Uplift from ${entry}; build it with \`npx tsc -p .\`.`, { cause: error });
}));
if (typeof uplift.createApp !== 'function') {
    throw new Error(`bench/servers/uplift.ts: ${entry} does not export createApp; export it from src/index.ts and rebuild.`);
}
const app = await uplift.createApp({ root: jsonAppRoot });
const server = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(formatListeningLine(server.port));
//# sourceMappingURL=uplift.js.map
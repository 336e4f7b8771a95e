/**
 * The JSON payload every JSON-suite target serves. It lives in one JSON file so that the Uplift app
 * (plain `.mjs`, not compiled) and the TypeScript servers read the same bytes.
 */
import { readFileSync } from 'node:fs';
import { payloadPath } from './paths.js';
/** Read and parse `bench/apps/json/payload.json`; called once per server process at start-up. */
export function loadPayload() {
    const value = JSON.parse(readFileSync(payloadPath, 'utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error(`${payloadPath}: the bench payload must be a JSON object; make the file's top level {…}.`);
    }
    return value;
}
//# sourceMappingURL=payload.js.map
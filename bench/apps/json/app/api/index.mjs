// The Uplift target of the JSON bench suite: GET / answers the shared payload as JSON.
// The payload is read once at start-up from ../../payload.json, the file every other target reads.
import { readFileSync } from 'node:fs';

const payload = JSON.parse(readFileSync(new URL('../../payload.json', import.meta.url), 'utf8'));

export async function get() {
  return { json: payload };
}

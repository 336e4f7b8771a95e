// An API route with no page: it always answers JSON.
const startedAt = new Date().toISOString();

export async function get() {
  return { json: { ok: true, startedAt, node: process.version } };
}

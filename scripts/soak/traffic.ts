/**
 * The soak's traffic against the example app: what each kind of request is, what it must get back,
 * and the cycle every client repeats until the deadline.
 */
import { Agent } from 'node:http';
import { sendOversizedBody, sendRequest, type SendContext, type SoakRequest, type SoakResponse } from './send-request.js';
import { applySetCookies } from './apply-set-cookies.js';
import type { Tally } from './tally.js';

/** One kind of request and the status it must get. */
export interface SoakKind {
  readonly kind: string;
  readonly request: string;
  readonly expect: number;
}

/** Every kind the soak sends, in report order. */
export const soakKinds: readonly SoakKind[] = [
  { kind: 'json-status', request: 'GET /status (JSON)', expect: 200 },
  { kind: 'json-notes', request: 'GET /notes (JSON)', expect: 200 },
  { kind: 'page-home', request: 'GET / (page)', expect: 200 },
  { kind: 'page-notes', request: 'GET /notes (page)', expect: 200 },
  { kind: 'page-note', request: 'GET /notes/1 (page)', expect: 200 },
  { kind: 'page-404', request: 'GET /no/such/page (page)', expect: 404 },
  { kind: 'form-create', request: 'POST /notes (form, same origin)', expect: 302 },
  { kind: 'form-follow', request: 'GET the redirect (page)', expect: 200 },
  { kind: 'json-delete', request: 'DELETE /notes/:id (JSON)', expect: 200 },
  { kind: 'session-set', request: 'POST /notes (form, no title)', expect: 302 },
  { kind: 'session-read', request: 'GET /notes (JSON, cookie)', expect: 200 },
  { kind: 'hostile-encoding', request: 'GET /notes/%zz', expect: 400 },
  { kind: 'hostile-oversize', request: 'POST /notes (1 MiB + 1 form)', expect: 413 },
];

/** How the traffic runs. */
export interface TrafficOptions {
  /** `http://127.0.0.1:PORT` of the app. */
  readonly url: string;
  readonly clients: number;
  /** Epoch ms after which no client starts a new request. */
  readonly deadline: number;
  /** Cycles each client runs at most; the deadline still stops it sooner. */
  readonly cycles?: number;
  /** Per request. */
  readonly timeoutMs: number;
  readonly tally: Tally;
}

// Most cycles are ordinary traffic; hostile requests are a small share, and the 1 MiB upload rarer.
const hostileEvery = 10;
const oversizeEvery = 50;
// One byte over the app's default 1 MiB body limit.
const oversizeBytes = 1_048_577;
const json = { accept: 'application/json' };
const formType = 'application/x-www-form-urlencoded';
const expected = new Map(soakKinds.map((kind) => [kind.kind, kind.expect]));

/** A client: its own keep-alive connection and its own cookie jar (the session cookie). */
interface Client {
  readonly id: number;
  readonly send: SendContext;
  readonly origin: string;
  readonly tally: Tally;
  readonly deadline: number;
  cookie: string | undefined;
}

/**
 * Runs `clients` clients concurrently until `deadline` (or `cycles` cycles each), each repeating
 * one cycle of mixed requests sequentially, and resolves when the last has finished its request in
 * flight. Cycle 0 sends every kind, the rare hostile ones included.
 */
export async function runTraffic(options: TrafficOptions): Promise<void> {
  const base = new URL(options.url);
  await Promise.all(Array.from({ length: options.clients }, (_, id) => runClient(options, base, id)));
}

async function runClient(options: TrafficOptions, base: URL, id: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const client: Client = {
    id,
    send: { base, agent, timeoutMs: options.timeoutMs },
    origin: base.origin,
    tally: options.tally,
    deadline: options.deadline,
    cookie: undefined,
  };
  try {
    const cycles = options.cycles ?? Infinity;
    for (let cycle = 0; cycle < cycles && Date.now() < options.deadline; cycle++) await runCycle(client, cycle);
  } finally {
    agent.destroy();
  }
}

async function runCycle(client: Client, cycle: number): Promise<void> {
  await call(client, 'json-status', { method: 'GET', path: '/status', headers: json }, (r) => (jsonAt(r.body, 'ok') === true ? null : 'no ok:true'));
  await call(client, 'json-notes', { method: 'GET', path: '/notes', headers: json }, (r) => (Array.isArray(jsonAt(r.body, 'notes')) ? null : 'no notes array'));
  await call(client, 'page-home', { method: 'GET', path: '/' }, isPage);
  await call(client, 'page-notes', { method: 'GET', path: '/notes' }, isPage);
  await call(client, 'page-note', { method: 'GET', path: '/notes/1' }, isPage);
  await call(client, 'page-404', { method: 'GET', path: `/no/such/page-${cycle}` }, isPage);
  await createFollowDelete(client, `soak-${client.id}-${cycle}`);
  await roundTripSession(client);
  if (cycle % hostileEvery === 0) await call(client, 'hostile-encoding', { method: 'GET', path: '/notes/%zz' });
  if (cycle % oversizeEvery === 0) await call(client, 'hostile-oversize', form('POST', '/notes', client), undefined, oversizeBytes);
}

/** Post the form, follow its redirect as a browser would, then delete the note so the store stays small. */
async function createFollowDelete(client: Client, title: string): Promise<void> {
  const created = await call(client, 'form-create', form('POST', '/notes', client, `title=${title}&body=from+the+soak`), (r) =>
    /^\/notes\/\d+$/.test(String(r.headers.location)) ? null : `location ${String(r.headers.location)}`,
  );
  const location = created?.headers.location;
  if (location === undefined) return;
  const followed = await call(client, 'form-follow', { method: 'GET', path: location }, isPage);
  if (followed === undefined) return;
  await call(client, 'json-delete', { method: 'DELETE', path: location, headers: json }, (r) => (jsonAt(r.body, 'deleted') === true ? null : 'not deleted'));
}

/** A form without a title puts a problem in the session (a cookie); the next read must see it. */
async function roundTripSession(client: Client): Promise<void> {
  const set = await call(client, 'session-set', form('POST', '/notes', client, 'title=&body='), () => (client.cookie ? null : 'no session cookie set'));
  if (set === undefined) return;
  await call(client, 'session-read', { method: 'GET', path: '/notes', headers: json }, (r) =>
    jsonAt(r.body, 'problems', 'title') === 'A note needs a title' ? null : 'session problem not read back',
  );
}

/**
 * Sends one request with the client's cookie, records it, and returns the response when it was what
 * the kind expects (undefined otherwise, or when the deadline has passed, which ends a chain).
 */
async function call(
  client: Client,
  kind: string,
  request: SoakRequest,
  check?: (response: SoakResponse) => string | null,
  oversizeBytes?: number,
): Promise<SoakResponse | undefined> {
  if (Date.now() >= client.deadline) return undefined;
  const withCookie = client.cookie === undefined ? request : { ...request, headers: { ...request.headers, cookie: client.cookie } };
  let response: SoakResponse;
  try {
    response = oversizeBytes === undefined
      ? await sendRequest(client.send, withCookie)
      : await sendOversizedBody({ ...client.send, agent: false }, withCookie, oversizeBytes);
  } catch (error) {
    client.tally.recordFailure(kind, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return undefined;
  }
  keepSessionCookie(client, response.headers['set-cookie']);
  const want = expected.get(kind);
  const problem = response.status !== want ? `status ${response.status}, expected ${want}` : (check?.(response) ?? null);
  client.tally.recordResponse(kind, response.status, problem);
  return problem === null ? response : undefined;
}

/** A form post from the app's own origin, as the browser sends it from the notes page. */
function form(method: string, path: string, client: Client, body?: string): SoakRequest {
  return { method, path, headers: { 'content-type': formType, origin: client.origin }, body };
}

function isPage(response: SoakResponse): string | null {
  return String(response.headers['content-type']).startsWith('text/html') && response.body.includes('<html') ? null : 'not an HTML page';
}

/** The session cookie jar: keep the latest `_idx`, forget it when the server clears it. */
function keepSessionCookie(client: Client, setCookies: readonly string[] | undefined): void {
  client.cookie = applySetCookies(client.cookie, setCookies, '_idx');
}

/** The value at `path` in a JSON text, or undefined when the text is not JSON or the path is absent. */
function jsonAt(text: string, ...path: string[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after } from 'node:test';
import { createEnhanceListener } from '../../bench/peers/enhance-node.js';

/**
 * Serves the project in `root` with the real Enhance runtime (@enhance/arc-plugin-enhance behind
 * node:http, as the bench runs it) on 127.0.0.1; closed after the test file. Returns its URL.
 */
export async function serveWithEnhance(root: string): Promise<string> {
  const server = createServer(await createEnhanceListener(join(root, 'app')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

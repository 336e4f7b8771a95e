/**
 * Sends a corpus case to a server on 127.0.0.1 and returns its normalised answer. The same code
 * talks to Enhance (when recording) and to Uplift (when testing), so both see identical requests.
 */
import type { CorpusCase } from './corpus.js';
import { type Recording } from './normalise.js';
/** Runs the case's earlier requests (keeping their cookies, as a browser would), then its request. */
export declare function runCase(port: number, corpusCase: CorpusCase): Promise<Recording>;

import type { CoreResponse } from '../http/exchange.js';
/** The tag that loads the dev client for a page rendered by build `buildId`. */
export declare function devClientTag(buildId: string): string;
/**
 * Adds the dev client to an HTML response, before `</head>` (else at the end), as Architect
 * Sandbox does with its live-reload script. Other responses pass through untouched. A HEAD
 * response keeps its body-less shape; its length grows by the tag's.
 */
export declare function injectDevClient(response: CoreResponse, buildId: string): CoreResponse;

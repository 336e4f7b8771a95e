import { randomBytes } from 'node:crypto';
import { HttpError, UpliftError } from '../common/errors.js';
import { statusText } from '../http/status-text.js';
import type { CoreResponse } from '../http/exchange.js';
import type { Logger } from '../common/logger.js';
import { htmlType, jsonType, noStore } from '../http/response-headers.js';
import { escapeAttribute as escapeHtml } from '../ssr/strings/escape.js';

/** What the error page renderer offers; ssr provides it once pages exist. */
export interface ErrorPages {
  /** The app's page for a 4xx status (pages/<status>, pages/4xx, or built in), with its head. */
  renderClientError(status: number, message: string): Promise<Uint8Array>;
  renderError(errorId: string, error: unknown): Promise<Uint8Array>;
}

export interface ErrorContext {
  readonly wantsJson: boolean;
  readonly dev: boolean;
  readonly logger: Logger;
  /** `GET /path`, for the log line. */
  readonly requestLine: string;
  /** The logged request's id, reused as the error id so the page points at the log line. */
  readonly requestId: string | undefined;
  readonly pages: ErrorPages | undefined;
}

/**
 * The one place an error becomes a response. An HttpError keeps its status and (when exposed) its
 * message. Anything else is unexpected: the client gets a generic 500 with an error id, and the
 * stack goes to the log under that id — never into the body outside dev mode (Enhance prints the
 * stack into the page in production, enhance-compat §4.5).
 */
export async function errorToResponse(error: unknown, context: ErrorContext): Promise<CoreResponse> {
  if (error instanceof HttpError) {
    const message = error.expose ? error.message : statusText(error.status);
    const headers = Object.assign(lowerCaseKeys(error.headers), { 'cache-control': noStore });
    if (error.status < 500 && !context.wantsJson && context.pages) {
      const pages = context.pages;
      return htmlResponse(error.status, await renderSafely(() => pages.renderClientError(error.status, message), context), headers);
    }
    return simpleResponse(error.status, { message }, context, headers);
  }
  const errorId = context.requestId ?? randomBytes(6).toString('base64url');
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const code = error instanceof UpliftError ? ` ${error.code}` : '';
  context.logger.error(`error ${errorId}${code} on ${context.requestLine}\n${detail}`);
  const headers = { 'cache-control': noStore };
  if (!context.wantsJson && context.pages) {
    const pages = context.pages;
    return htmlResponse(500, await renderSafely(() => pages.renderError(errorId, error), context), headers);
  }
  const body: Record<string, string> = { message: statusText(500), id: errorId };
  if (context.dev) body.stack = detail;
  return simpleResponse(500, body, context, headers);
}

/** A 500 page that itself throws must still produce a page, and the failure must be logged. */
async function renderSafely(render: () => Promise<Uint8Array>, context: ErrorContext): Promise<Uint8Array | undefined> {
  try {
    return await render();
  } catch (cause) {
    const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
    context.logger.error(`the error page itself failed on ${context.requestLine}\n${detail}`);
    return undefined;
  }
}

function htmlResponse(status: number, html: Uint8Array | undefined, headers: Record<string, string>): CoreResponse {
  const body = html ?? plainHtml(status, { message: statusText(status) });
  return { status, headers: withType(headers, htmlType), body };
}

function simpleResponse(
  status: number,
  error: Record<string, string>,
  context: ErrorContext,
  headers: Record<string, string>,
): CoreResponse {
  if (context.wantsJson) {
    return { status, headers: withType(headers, jsonType), body: JSON.stringify({ error: { status, ...error } }) };
  }
  return { status, headers: withType(headers, htmlType), body: plainHtml(status, error) };
}

/** A copy of `headers` with its content type (docs/ARCHITECTURE.md, "Copying objects on the request path"). */
function withType(headers: Record<string, string>, type: string): Record<string, string> {
  return Object.assign({}, headers, { 'content-type': type });
}

function plainHtml(status: number, error: Record<string, string>): string {
  const lines = [`<h1>${status} ${escapeHtml(statusText(status))}</h1>`];
  if (error.message !== undefined && error.message !== statusText(status)) lines.push(`<p>${escapeHtml(error.message)}</p>`);
  if (error.id !== undefined) lines.push(`<p>Error id: <code>${escapeHtml(error.id)}</code></p>`);
  if (error.stack !== undefined) lines.push(`<pre>${escapeHtml(error.stack)}</pre>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body>${lines.join('')}</body></html>`;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/**
 * What Uplift renders when the app does not provide it: the default head (spec §5.3) and the
 * 404 and 500 page elements (spec §4.5, §5.1). They receive the message as `state.attrs.error`,
 * like the app's own `pages/404.mjs` and `pages/500.mjs`.
 */
import type { ElementRender } from '../render/element-api.js';

/** The head used when there is no `app/head.mjs` (spec §5.3). */
export const defaultHead: string =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title></title>' +
  '<link rel="icon" href="/_public/favicon.svg"></head>';

const pageStyle = `<style>
  :host { display: block; font-family: system-ui, sans-serif; padding: 2rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  pre { white-space: pre-wrap; }
</style>`;

/** The built-in `page-404`. */
export const notFoundPage: ElementRender = ({ html, state }) =>
  html`${pageStyle}<main><h1>Not found</h1><p>${String(state.attrs.error ?? '')}</p></main>`;

/** The built-in `page-500`; the message is a generic one with an error id outside dev. */
export const serverErrorPage: ElementRender = ({ html, state }) =>
  html`${pageStyle}<main><h1>Something went wrong</h1><pre>${String(state.attrs.error ?? '')}</pre></main>`;

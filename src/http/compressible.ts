import { htmlType, jsonType } from './response-headers.js';

/**
 * Whether a media type is worth compressing: text and the structured text formats. Images, fonts
 * (woff/woff2 are compressed already), audio, video and archives are not: compressing them again
 * costs CPU and rarely saves a byte.
 */
export function isCompressible(type: string): boolean {
  // Every page and JSON answer carries one of these two: no split and lower-casing per response.
  if (type === htmlType || type === jsonType) return true;
  const base = type.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (base.startsWith('text/')) return true;
  if (base === 'image/svg+xml') return true;
  if (!base.startsWith('application/')) return false;
  return base === 'application/javascript' || base === 'application/wasm' || base === 'application/xml' ||
    base.endsWith('+json') || base.endsWith('+xml') || base === 'application/json';
}

/** How long each phase of a page render took, in milliseconds. */
export interface RenderTimings {
  readonly api?: number;
  readonly preflight: number;
  readonly html: number;
}

/**
 * The `Server-Timing` value of a rendered page, with Enhance's metric names and descriptions
 * (spec §4.3, §13.3) so dashboards built on Enhance keep working.
 */
export function formatServerTiming(timings: RenderTimings): string {
  const metric = (name: string, ms: number): string => `${name};desc="enhance-${name}";dur=${ms.toFixed(2)}`;
  const parts = [metric('preflight', timings.preflight)];
  if (timings.api !== undefined) parts.push(metric('api', timings.api));
  parts.push(metric('html', timings.html));
  return parts.join(', ');
}

import { Registry } from 'prom-client';

/** A rendered scrape: the body and its content type. */
export interface RenderedMetrics {
  contentType: string;
  body: string;
}

/** Whether the scraper asked for OpenMetrics (Prometheus sends it first in Accept when it can). */
export function wantsOpenMetrics(accept: string | undefined): boolean {
  return typeof accept === 'string' && accept.includes('application/openmetrics-text');
}

/**
 * Renders `registry` as Prometheus text 0.0.4, or as OpenMetrics 1.0 when asked. prom-client's
 * OpenMetrics mode renames counters in place, so OpenMetrics renders lightweight copies of the
 * metric objects in a throwaway registry instead of touching the app's.
 */
export async function renderMetrics(registry: Registry, openMetrics: boolean): Promise<RenderedMetrics> {
  if (!openMetrics) return { contentType: registry.contentType, body: await registry.metrics() };
  const om = new Registry();
  om.setContentType(Registry.OPENMETRICS_CONTENT_TYPE as never);
  om.setDefaultLabels((registry as unknown as { _defaultLabels: object })._defaultLabels);
  for (const metric of registry.getMetricsAsArray()) {
    const m = metric as unknown as Record<string, unknown> & { get(): unknown };
    om.registerMetric({
      name: m.name,
      help: m.help,
      type: m.type,
      aggregator: m.aggregator,
      get: () => m.get(),
      reset: () => undefined,
    } as never);
  }
  return { contentType: om.contentType, body: await om.metrics() };
}

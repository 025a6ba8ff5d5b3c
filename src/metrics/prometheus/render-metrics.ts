import { Registry } from 'prom-client';
import type { PromClientMetric } from './prom-client-view';
import { DefaultLabelsText } from './render-store-text';

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
export async function renderMetrics(
  registry: Registry,
  openMetrics: boolean,
): Promise<RenderedMetrics> {
  if (!openMetrics) return { contentType: registry.contentType, body: await renderText(registry) };
  const om = new Registry();
  om.setContentType(Registry.OPENMETRICS_CONTENT_TYPE as never);
  om.setDefaultLabels(defaultLabelsOf(registry));
  for (const metric of registry.getMetricsAsArray()) {
    const m = metric as unknown as Record<string, unknown> & { get(): Promise<object> };
    const copy = {
      name: m.name,
      help: m.help,
      type: m.type,
      aggregator: m.aggregator,
      // The OpenMetrics registry renames `copy` (counters lose `_total`); render under that name.
      get: async () => ({ ...(await m.get()), name: copy.name }),
      reset: () => undefined,
    };
    om.registerMetric(copy as never);
  }
  return { contentType: om.contentType, body: await om.metrics() };
}

/** Text format 0.0.4 like `registry.metrics()`, with our own metrics rendered by their fast path. */
async function renderText(registry: Registry): Promise<string> {
  const defaults = new DefaultLabelsText(defaultLabelsOf(registry));
  const families = await Promise.all(
    registry.getMetricsAsArray().map((metric) => {
      const own = metric as unknown as Partial<PromClientMetric>;
      return own.renderText
        ? own.renderText(defaults)
        : registry.getSingleMetricAsString(metric.name);
    }),
  );
  return `${families.join('\n\n')}\n`;
}

function defaultLabelsOf(registry: Registry): Record<string, string> {
  return (registry as unknown as { _defaultLabels?: Record<string, string> })._defaultLabels ?? {};
}

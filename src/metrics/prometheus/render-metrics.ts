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
 * Renders one app's prom-client Registry: text format 0.0.4 (our metrics through their fast path,
 * others through prom-client), or OpenMetrics 1.0 when asked.
 */
export class MetricsRenderer {
  private defaults: DefaultLabelsText | undefined;
  private defaultsSource: object | undefined;

  constructor(private readonly registry: Registry) {}

  async render(openMetrics: boolean): Promise<RenderedMetrics> {
    const registry = this.registry;
    if (openMetrics)
      return {
        contentType: Registry.OPENMETRICS_CONTENT_TYPE,
        body: await renderOpenMetrics(registry),
      };
    const defaults = this.defaultLabelsText();
    const families = await Promise.all(
      registry.getMetricsAsArray().map((metric) => {
        const own = metric as unknown as Partial<PromClientMetric>;
        return own.renderText
          ? own.renderText(defaults)
          : registry.getSingleMetricAsString(metric.name);
      }),
    );
    return { contentType: registry.contentType, body: `${families.join('\n\n')}\n` };
  }

  /** Pre-rendered default labels, rebuilt only when `setDefaultLabels` replaced them. */
  private defaultLabelsText(): DefaultLabelsText {
    const labels = defaultLabelsOf(this.registry);
    if (!this.defaults || this.defaultsSource !== labels) {
      this.defaults = new DefaultLabelsText(labels);
      this.defaultsSource = labels;
    }
    return this.defaults;
  }
}

/**
 * prom-client's OpenMetrics mode renames counters in place, so it renders lightweight copies of
 * the metric objects in a throwaway registry instead of touching the app's.
 */
async function renderOpenMetrics(registry: Registry): Promise<string> {
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
  return om.metrics();
}

function defaultLabelsOf(registry: Registry): Record<string, string> {
  return (registry as unknown as { _defaultLabels: Record<string, string> })._defaultLabels;
}

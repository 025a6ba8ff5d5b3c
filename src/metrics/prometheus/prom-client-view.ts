import type { HistogramSeries, ValueSeries } from '../registry/metric-series';
import type { MetricStore } from '../registry/metric-store';
import {
  type DefaultLabelsText,
  familyHeader,
  renderHistogramSeries,
  renderValueSeries,
} from './render-store-text';

/** One sample as prom-client's Registry renders it. */
interface PromSample {
  metricName?: string;
  labels: Record<string, string | number>;
  value: number;
}

/** The part of prom-client's metric interface its Registry uses. */
export interface PromClientMetric {
  name: string;
  help: string;
  type: string;
  aggregator: 'sum';
  get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: 'sum';
    values: PromSample[];
  }>;
  reset(): void;
  /** Renders the family in text format 0.0.4, faster than prom-client's generic path. */
  renderText(defaults: DefaultLabelsText): Promise<string>;
}

type AnyStore = MetricStore<ValueSeries> | MetricStore<HistogramSeries>;

/**
 * A prom-client-compatible view of one of our metrics, so prom-client's Registry renders it
 * (text 0.0.4 or OpenMetrics) next to its own default metrics. A view per registry: prom-client's
 * OpenMetrics mode rewrites `name` of counters.
 */
export function promClientView(store: AnyStore): PromClientMetric {
  const type =
    store.kind === 'counter' ? 'counter' : store.kind === 'histogram' ? 'histogram' : 'gauge';
  const bounds = ((store as { buckets?: readonly number[] }).buckets ?? []).map(String);
  const view: PromClientMetric = {
    name: store.promName,
    help: store.help,
    type,
    aggregator: 'sum',
    get: async () => {
      const series = await store.collectSeries();
      const values =
        store.kind === 'histogram'
          ? histogramSamples(
              view.name,
              (store as { buckets?: readonly number[] }).buckets ?? [],
              series as HistogramSeries[],
            )
          : (series as ValueSeries[]).map((s) => ({ labels: s.promLabels, value: s.value }));
      return { name: view.name, help: view.help, type, aggregator: 'sum', values };
    },
    reset: () => store.reset(),
    renderText: async (defaults) => {
      const series = await store.collectSeries();
      const samples =
        store.kind === 'histogram'
          ? renderHistogramSeries(view.name, bounds, series as HistogramSeries[], defaults)
          : renderValueSeries(view.name, series as ValueSeries[], defaults);
      return familyHeader(view.name, view.help, type) + samples;
    },
  };
  return view;
}

function histogramSamples(
  name: string,
  bounds: readonly number[],
  all: HistogramSeries[],
): PromSample[] {
  const out: PromSample[] = [];
  const bucketName = `${name}_bucket`;
  for (const s of all) {
    let cumulative = 0;
    for (let i = 0; i < bounds.length; i++) {
      cumulative += s.counts[i];
      out.push({
        metricName: bucketName,
        labels: { ...s.promLabels, le: bounds[i] },
        value: cumulative,
      });
    }
    out.push({ metricName: bucketName, labels: { ...s.promLabels, le: '+Inf' }, value: s.count });
    out.push({ metricName: `${name}_sum`, labels: s.promLabels, value: s.sum });
    out.push({ metricName: `${name}_count`, labels: s.promLabels, value: s.count });
  }
  return out;
}

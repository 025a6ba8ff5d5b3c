import { type Attributes, type HrTime, ValueType } from '@opentelemetry/api';
import { AggregationTemporality, DataPointType, type MetricData } from '@opentelemetry/sdk-metrics';
import type { Histogram } from '../registry/histogram';
import type { AnyInstrument } from '../registry/metric-catalog';
import type { HistogramSeries, SeriesIdentity, ValueSeries } from '../registry/metric-series';

/**
 * One instrument's series as OpenTelemetry MetricData: counters as monotonic cumulative Sums,
 * up-down counters as non-monotonic Sums, gauges as Gauges, histograms as explicit-bucket
 * Histograms. `defaults` are added to every data point's attributes.
 */
export async function toMetricData(
  instrument: AnyInstrument,
  defaults: Attributes,
  endTime: HrTime,
): Promise<MetricData | undefined> {
  const series = await instrument.collectSeries();
  if (series.length === 0) return undefined;
  const descriptor = {
    name: instrument.name,
    description: instrument.help,
    unit: instrument.unit,
    valueType: ValueType.DOUBLE,
  };
  const aggregationTemporality = AggregationTemporality.CUMULATIVE;
  const point = <T>(s: SeriesIdentity, value: T) => ({
    startTime: s.startTime,
    endTime,
    attributes: { ...defaults, ...s.attributes },
    value,
  });
  if (instrument.kind === 'histogram') {
    const boundaries = [...(instrument as Histogram).buckets];
    return {
      descriptor,
      aggregationTemporality,
      dataPointType: DataPointType.HISTOGRAM,
      dataPoints: (series as HistogramSeries[]).map((s) =>
        point(s, {
          buckets: { boundaries, counts: Array.from(s.counts) },
          sum: s.sum,
          count: s.count,
          min: s.count > 0 ? s.min : undefined,
          max: s.count > 0 ? s.max : undefined,
        }),
      ),
    };
  }
  const dataPoints = (series as ValueSeries[]).map((s) => point(s, s.value));
  if (instrument.kind === 'gauge') {
    return { descriptor, aggregationTemporality, dataPointType: DataPointType.GAUGE, dataPoints };
  }
  return {
    descriptor,
    aggregationTemporality,
    dataPointType: DataPointType.SUM,
    dataPoints,
    isMonotonic: instrument.kind === 'counter',
  };
}

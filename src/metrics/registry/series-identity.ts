import { millisToHrTime } from '@opentelemetry/core';
import { formatLabels } from '../prometheus/text-format';
import type { MetricLabels } from './metric-definition';
import { OVERFLOW_ATTRIBUTE, OVERFLOW_LABEL, type SeriesIdentity } from './metric-series';

/**
 * The identity of a new series: its declared labels in both spellings (empty values left out, as
 * Prometheus treats them as absent), pre-rendered label text and start time.
 */
export function seriesIdentity(
  labelNames: readonly string[],
  promLabelNames: readonly string[],
  labels: MetricLabels | undefined,
): SeriesIdentity {
  const promLabels: Record<string, string> = {};
  const attributes: Record<string, string | number | boolean> = {};
  if (labels !== undefined) {
    labelNames.forEach((name, i) => {
      const value = labels[name];
      if (value === undefined || value === '') return;
      promLabels[promLabelNames[i]] = String(value);
      attributes[name] =
        typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    });
  }
  return { promLabels, attributes, labelText: formatLabels(promLabels), startTime: now() };
}

/** The identity of the overflow series: `otel.metric.overflow=true`, as OpenTelemetry marks it. */
export function overflowIdentity(): SeriesIdentity {
  return {
    promLabels: { [OVERFLOW_LABEL]: 'true' },
    attributes: { [OVERFLOW_ATTRIBUTE]: true },
    labelText: `${OVERFLOW_LABEL}="true"`,
    startTime: now(),
  };
}

function now() {
  return millisToHrTime(Date.now());
}

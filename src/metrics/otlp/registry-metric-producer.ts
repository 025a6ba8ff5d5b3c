import { millisToHrTime } from '@opentelemetry/core';
import type { Resource } from '@opentelemetry/resources';
import type { CollectionResult, MetricData, MetricProducer } from '@opentelemetry/sdk-metrics';
import { INSTRUMENTATION_SCOPE } from '../../telemetry.constants';
import type { TelemetryMetrics } from '../telemetry-metrics';
import { toMetricData } from './to-metric-data';

/**
 * Feeds the OTLP metric reader from the registry at export time, so each value is recorded once
 * (in the registry) and read by both `/metrics` and the OTLP exporter.
 */
export class RegistryMetricProducer implements MetricProducer {
  constructor(
    private readonly metrics: TelemetryMetrics,
    private readonly resource: Resource,
  ) {}

  async collect(): Promise<CollectionResult> {
    const endTime = millisToHrTime(Date.now());
    const defaults = this.metrics.config.defaultLabels;
    const errors: unknown[] = [];
    const metrics: MetricData[] = [];
    for (const instrument of this.metrics.instruments()) {
      try {
        const data = await toMetricData(instrument, defaults, endTime);
        if (data) metrics.push(data);
      } catch (error) {
        errors.push(error);
      }
    }
    return {
      resourceMetrics: {
        resource: this.resource,
        scopeMetrics: [{ scope: { name: INSTRUMENTATION_SCOPE }, metrics }],
      },
      errors,
    };
  }
}

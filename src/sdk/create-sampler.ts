import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';

/** The sampler for `traces.samplingRatio`, parent-based unless `traces.parentBased` is false. */
export function createSampler({ traces }: ResolvedTelemetryConfig): Sampler {
  const root =
    traces.samplingRatio >= 1
      ? new AlwaysOnSampler()
      : traces.samplingRatio <= 0
        ? new AlwaysOffSampler()
        : new TraceIdRatioBasedSampler(traces.samplingRatio);
  return traces.parentBased ? new ParentBasedSampler({ root }) : root;
}

import type { TelemetryService } from '../../../dist';
import type { MicroSuite } from '../micro-variant';
import { ourRedRecorder } from '../subjects/our-metrics.subject';
import { bareRedRecorder } from '../subjects/prom-client.subject';

export const METRICS = {
  bare: 'prom-client counter inc + histogram observe',
  ours: 'our registry counter add + histogram record',
} as const;

/** One request's RED metrics recorded: our registry against bare prom-client. */
export function metricsSuite(service: TelemetryService): MicroSuite {
  const ours = ourRedRecorder(service);
  return {
    id: 'metrics',
    title: 'Metric record, 3 labels (ns per call)',
    mode: 'sync',
    calls: 100_000,
    chunk: 1000,
    chunksPerYield: 10,
    reference: METRICS.bare,
    variants: [
      { name: METRICS.bare, call: bareRedRecorder() },
      typeof ours === 'function'
        ? { name: METRICS.ours, call: ours }
        : { name: METRICS.ours, pending: ours.pending },
    ],
  };
}

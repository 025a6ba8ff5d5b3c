import type { TelemetryService } from '../../../dist';
import { BUCKETS, LABEL_NAMES, RED_LABELS } from './prom-client.subject';

type Labels = Record<string, string>;
interface MetricsApi {
  counter(def: object): { add(value: number, labels?: Labels): void };
  histogram(def: object): { record(value: number, labels?: Labels): void };
}

/**
 * Issue 4: one counter add and one histogram record through our registry (defined on the
 * module's TelemetryService), same labels and buckets as the bare prom-client variant.
 * Detected on the service: pending while the registry is not on main.
 */
export function ourRedRecorder(service: TelemetryService): (() => void) | { pending: string } {
  const api = service as unknown as Partial<MetricsApi>;
  if (typeof api.counter !== 'function' || typeof api.histogram !== 'function')
    return { pending: 'issue 4 (metrics registry) not on main yet' };
  const labelNames = [...LABEL_NAMES];
  const requests = api.counter({ name: 'bench.requests', help: 'Requests.', labelNames });
  const duration = api.histogram({
    name: 'bench.request.duration',
    help: 'Request duration.',
    unit: 's',
    labelNames,
    buckets: BUCKETS,
  });
  return () => {
    requests.add(1, RED_LABELS);
    duration.record(0.0123, RED_LABELS);
  };
}

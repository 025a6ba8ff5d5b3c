import { Counter, Histogram, Registry } from 'prom-client';

/** Labels of one HTTP request, the shape RED metrics record. */
export const RED_LABELS = { method: 'GET', route: '/users/:id', status_code: '200' } as const;
export const LABEL_NAMES = ['method', 'route', 'status_code'] as const;
export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Bare prom-client: one counter inc and one histogram observe per call. */
export function bareRedRecorder(): () => void {
  const registry = new Registry();
  const requests = new Counter({
    name: 'bench_requests_total',
    help: 'Requests.',
    labelNames: LABEL_NAMES,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'bench_request_duration_seconds',
    help: 'Request duration.',
    labelNames: LABEL_NAMES,
    buckets: BUCKETS,
    registers: [registry],
  });
  return () => {
    requests.inc(RED_LABELS);
    duration.observe(RED_LABELS, 0.0123);
  };
}

import { withIfSupported } from '../lib/probe-options';
import { createTelemetryAppContext } from '../lib/telemetry-app-context';
import { forEachSeriesLabels } from './series-labels';

type Labels = Record<string, string>;
interface MetricsService {
  counter?(def: object): { add(value: number, labels?: Labels): void };
  metrics?: { render?(openMetrics: boolean): Promise<{ body: string }> };
}

/**
 * Issue 4: our `/metrics` text exposition with the same 10k series as the bare registry, defined
 * through the registry of a real module (series cap raised to fit), rendered by
 * `TelemetryMetrics.render`, what the metrics endpoint calls per scrape. Detected on the
 * service: pending while the registry is not on main.
 */
export async function ourMetricsRender(): Promise<
  | { name: string; render: () => Promise<string>; close: () => Promise<void> }
  | { name: string; pending: string }
> {
  const name = 'our /metrics';
  const options = withIfSupported(
    { serviceName: 'bench', traces: { enabled: false }, metrics: { otlpEnabled: false } },
    { metrics: { prometheus: { defaultMetrics: false } } },
  );
  const ctx = await createTelemetryAppContext(options);
  const service = ctx.service as unknown as MetricsService;
  const metrics = service.metrics;
  if (typeof service.counter !== 'function' || typeof metrics?.render !== 'function') {
    await ctx.close();
    return { name, pending: 'issue 4 (metrics registry) not on main yet' };
  }
  const counter = service.counter({
    name: 'bench.requests',
    help: 'Requests.',
    labelNames: ['route', 'tenant', 'status_code'],
    maxSeries: 20_000,
  });
  forEachSeriesLabels((labels) => counter.add(1, labels));
  return {
    name,
    render: async () => (await metrics.render!(false)).body,
    close: () => ctx.close(),
  };
}

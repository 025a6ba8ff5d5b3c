import type { TelemetryRuntime } from '../../dist/runtime/telemetry-runtime';
import { TELEMETRY_RUNTIME } from '../../dist/telemetry.constants';
import { nullDestination } from '../lib/null-destination';
import { withIfSupported } from '../lib/probe-options';
import { createTelemetryAppContext, type TelemetryAppContext } from '../lib/telemetry-app-context';
import type { CountingEventExporter } from './counting-event-exporter';

/**
 * Our module in an application context, for the suites that go through it (emit, log line).
 * Tracing stays off in it so that the bench's own SDK remains the global tracer provider; events
 * go to the counting exporter and over OTLP to the sink, log lines to a null destination, as
 * soon as main accepts those options.
 */
export async function createOurMicroApp(
  sinkUrl: string,
  events: CountingEventExporter,
): Promise<{ ctx: TelemetryAppContext; runtime: TelemetryRuntime }> {
  let options = withIfSupported(
    { serviceName: 'bench', otlp: { endpoint: sinkUrl }, traces: { enabled: false } },
    { metrics: { otlpEnabled: false, prometheus: { defaultMetrics: false } } },
  );
  options = withIfSupported(options, { events: { exporters: [events, 'otlp'] } });
  options = withIfSupported(options, { logging: { destination: nullDestination } });
  const ctx = await createTelemetryAppContext(options);
  return { ctx, runtime: ctx.app.get<TelemetryRuntime>(TELEMETRY_RUNTIME) };
}

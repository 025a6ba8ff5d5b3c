import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { SpanQueueGauge } from './span-queue-gauge';
import type { TelemetryComponent } from './telemetry-component';

/**
 * The trace pipeline as a shutdown component. The batch processor's shutdown rejects as soon as
 * one batch fails while the other batches are still being sent, so this waits for every export
 * to settle (the caller bounds the wait with `shutdown.timeoutMs`).
 */
export function tracesComponent(
  nodeSdk: NodeSDK,
  spanQueue: SpanQueueGauge | undefined,
  diagnostics: TelemetryDiagnostics,
): TelemetryComponent {
  return {
    name: 'traces',
    forceFlush: async () => {},
    shutdown: async () => {
      await nodeSdk.shutdown().catch(() => diagnostics.count('traces_shutdown_error'));
      await spanQueue?.whenIdle();
    },
  };
}

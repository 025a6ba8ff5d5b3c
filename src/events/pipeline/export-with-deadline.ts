import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';

/** How one batch export ended. */
export type ExportOutcome =
  { ok: true } | { ok: false; reason: 'export_failed' | 'export_timeout'; error: unknown };

/**
 * Calls `exporter.export` and settles by `timeoutMs` at the latest, aborting the signal it gave
 * the exporter. Never rejects, even when `export` throws synchronously.
 */
export function exportWithDeadline(
  exporter: TelemetryEventExporter,
  batch: readonly TelemetryEvent[],
  timeoutMs: number,
): Promise<ExportOutcome> {
  const controller = new AbortController();
  return new Promise<ExportOutcome>((resolve) => {
    const timer = setTimeout(() => {
      const error = new Error(`export did not finish within ${timeoutMs} ms`);
      controller.abort(error);
      resolve({ ok: false, reason: 'export_timeout', error });
    }, timeoutMs);
    timer.unref();
    const settle = (outcome: ExportOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    Promise.resolve()
      .then(() => exporter.export(batch, controller.signal))
      .then(
        () => settle({ ok: true }),
        (error: unknown) => settle({ ok: false, reason: 'export_failed', error }),
      );
  });
}

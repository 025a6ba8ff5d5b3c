import type { ExporterStatusRegistry } from '../diagnostics/exporter-status.registry';
import type { ExporterStatusSnapshot } from '../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';

/**
 * After shutdown, counts what did not reach the collector: items dropped while shutting down
 * (failed exports, full queues) plus items still queued or in flight when the deadline passed.
 * The latter are recorded as `shutdown` drops. Logs one line with the counts, or nothing.
 */
export function reportShutdownLoss(
  statuses: ExporterStatusRegistry,
  before: readonly ExporterStatusSnapshot[],
  undelivered: Readonly<Record<string, number>>,
  diagnostics: TelemetryDiagnostics,
): number {
  const parts: string[] = [];
  const earlier: string[] = [];
  let total = 0;
  for (const after of statuses.snapshots()) {
    const previous = before.find((s) => s.name === after.name)?.dropped ?? {};
    const reasons: string[] = [];
    let lost = 0;
    const droppedEarlier = Object.values(previous).reduce((sum, n) => sum + n, 0);
    if (droppedEarlier > 0) earlier.push(`${after.name} ${droppedEarlier}`);
    for (const [reason, count] of Object.entries(after.dropped)) {
      const during = count - (previous[reason] ?? 0);
      if (during > 0) reasons.push(`${during} ${reason}`);
      lost += Math.max(0, during);
    }
    const left = undelivered[after.name] ?? after.queue?.size ?? 0;
    if (left > 0) {
      statuses.get(after.name).recordDrop('shutdown', left);
      reasons.push(`${left} still pending at the deadline`);
      lost += left;
    }
    if (lost > 0) parts.push(`${after.name}: ${lost} (${reasons.join(', ')})`);
    total += lost;
  }
  if (total === 0) return 0;
  diagnostics.count('shutdown_lost', total);
  const history = earlier.length > 0 ? ` Dropped before shutdown: ${earlier.join(', ')}.` : '';
  diagnostics.warnOnce(
    'shutdown:loss',
    `Telemetry shutdown could not deliver ${total} items; ${parts.join('; ')}.${history}`,
  );
  return total;
}

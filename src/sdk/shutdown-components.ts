import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { TelemetryComponent } from './telemetry-component';
import { withDeadline } from './with-deadline';

/**
 * Flushes then shuts down every component in parallel, all within one deadline. A component that
 * fails or misses the deadline is logged once and counted; the others are not held up.
 */
export async function shutdownComponents(
  components: readonly TelemetryComponent[],
  deadlineMs: number,
  diagnostics: TelemetryDiagnostics,
): Promise<void> {
  const outcomes = await Promise.all(
    components.map(async (c) => ({
      name: c.name,
      outcome: await withDeadline(async () => {
        await c.forceFlush();
        await c.shutdown();
      }, deadlineMs),
    })),
  );
  for (const { name, outcome } of outcomes) {
    if (outcome.ok) continue;
    diagnostics.count(`shutdown_${outcome.reason}`);
    const why =
      outcome.reason === 'timeout'
        ? `did not finish within ${deadlineMs} ms`
        : `failed: ${String(outcome.error)}`;
    diagnostics.warnOnce(
      `shutdown:${name}`,
      `Telemetry shutdown of ${name} ${why}; what it still buffered is lost.`,
    );
  }
}

import type { Counter } from '../registry/counter';
import type { Histogram } from '../registry/histogram';
import type { TelemetryMetrics } from '../telemetry-metrics';

/** One finished call of an instrumented method. */
export interface MethodCall {
  /** e.g. `OrdersService`. */
  className: string;
  /** e.g. `place`. */
  method: string;
  durationS: number;
  /** The error it threw or rejected with, if any. */
  error?: unknown;
}

const LABELS = ['code.function.name', 'outcome', 'error.type'];

/**
 * RED metrics of instrumented methods (for a `red: true` option of `@Instrument`):
 * `method.calls` → `<prefix>method_calls_total` and `method.duration` (s) →
 * `<prefix>method_duration_seconds`, by `code.function.name` (`Class.method`), outcome and error type.
 */
export class MethodRedMetrics {
  private readonly calls: Counter;
  private readonly duration: Histogram;

  constructor(metrics: TelemetryMetrics, buckets: readonly number[]) {
    this.calls = metrics.counter({
      name: 'method.calls',
      help: 'Calls of instrumented methods, by outcome.',
      unit: '{call}',
      labelNames: LABELS,
    });
    this.duration = metrics.histogram({
      name: 'method.duration',
      help: 'Duration of instrumented method calls.',
      unit: 's',
      labelNames: LABELS,
      buckets,
    });
  }

  /** Records one call. Never throws. */
  record(call: MethodCall): void {
    const labels = {
      'code.function.name': `${call.className}.${call.method}`,
      outcome: call.error === undefined ? 'ok' : 'error',
      'error.type': call.error === undefined ? undefined : errorType(call.error),
    };
    this.calls.add(1, labels);
    this.duration.record(call.durationS, labels);
  }
}

function errorType(error: unknown): string {
  const name = (error as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : '_OTHER';
}

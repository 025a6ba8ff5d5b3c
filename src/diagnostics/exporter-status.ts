/** A snapshot of one exporter's health, as /health and /metrics report it. */
export interface ExporterStatusSnapshot {
  name: string;
  /** Epoch ms of the last successful export, if any. */
  lastSuccessAt: number | null;
  /** Epoch ms and message of the last failed export, if any. */
  lastError: { at: number; message: string } | null;
  consecutiveFailures: number;
  exported: number;
  failed: number;
  /** Items dropped, per reason (e.g. `queue_full`, `export_failed`, `shutdown`). */
  dropped: Record<string, number>;
  queue: { size: number; capacity: number } | null;
}

/** Mutable health record of one exporter; exporters and queues write to it, health reads it. */
export class ExporterStatus {
  private lastSuccessAt: number | null = null;
  private lastError: { at: number; message: string } | null = null;
  private consecutiveFailures = 0;
  private exported = 0;
  private failed = 0;
  private readonly dropped: Record<string, number> = {};
  private queueProbe: (() => { size: number; capacity: number }) | null = null;

  constructor(readonly name: string) {}

  recordSuccess(items: number): void {
    this.lastSuccessAt = Date.now();
    this.consecutiveFailures = 0;
    this.exported += items;
  }

  recordFailure(error: unknown, items: number): void {
    this.lastError = { at: Date.now(), message: errorMessage(error) };
    this.consecutiveFailures += 1;
    this.failed += items;
  }

  recordDrop(reason: string, items = 1): void {
    this.dropped[reason] = (this.dropped[reason] ?? 0) + items;
  }

  /** Lets the status read the current queue fill on demand. */
  watchQueue(probe: () => { size: number; capacity: number }): void {
    this.queueProbe = probe;
  }

  snapshot(): ExporterStatusSnapshot {
    return {
      name: this.name,
      lastSuccessAt: this.lastSuccessAt,
      lastError: this.lastError,
      consecutiveFailures: this.consecutiveFailures,
      exported: this.exported,
      failed: this.failed,
      dropped: { ...this.dropped },
      queue: this.queueProbe ? this.queueProbe() : null,
    };
  }
}

function errorMessage(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (vm, Jest) are objects with a message too.
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string') return message;
  return typeof error === 'string' ? error : 'unknown error';
}

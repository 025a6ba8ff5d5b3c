import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';
import { isRetryableStatus, retryDelay, sleep } from './retry-delay';

/** Settings of HttpJsonEventExporter, defaults filled. */
export interface HttpJsonExporterSettings {
  name: string;
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * POSTs each batch as `{ "events": [...] }` (seed 002 style). Retries 429, 5xx and network
 * errors with exponential backoff, honouring Retry-After; each attempt has its own timeout.
 */
export class HttpJsonEventExporter implements TelemetryEventExporter {
  readonly name: string;

  constructor(private readonly settings: HttpJsonExporterSettings) {
    this.name = settings.name;
  }

  async export(events: readonly TelemetryEvent[], signal: AbortSignal): Promise<void> {
    const body = JSON.stringify({ events: events.map(toJson) });
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(body, signal, attempt >= this.settings.maxRetries);
      if (outcome.sent) return;
      await sleep(retryDelay(attempt, outcome.retryAfter), signal);
    }
  }

  /** One POST: sent, or worth a retry after Retry-After; throws when it was the last chance. */
  private async attempt(
    body: string,
    signal: AbortSignal,
    last: boolean,
  ): Promise<{ sent: true } | { sent: false; retryAfter: string | null }> {
    let response: Response;
    try {
      response = await fetch(this.settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.settings.headers },
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      });
    } catch (error) {
      if (last || signal.aborted) throw error;
      return { sent: false, retryAfter: null };
    }
    await response.arrayBuffer().catch(() => undefined); // frees the socket
    if (response.ok) return { sent: true };
    const error = new Error(`${this.settings.url} answered HTTP ${response.status}`);
    if (last || !isRetryableStatus(response.status)) throw error;
    return { sent: false, retryAfter: response.headers.get('retry-after') };
  }
}

function toJson(event: TelemetryEvent) {
  return { ...event, timestamp: new Date(event.timestamp).toISOString() };
}

import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

// TODO(issue-3): replaced by TelemetryService.span() and @Instrument once they are on main.
const tracer = () => trace.getTracer('sample-app');

/** Runs `fn` inside an active span; records an error and rethrows it. */
export async function interimSpan<T>(
  name: string,
  attributes: Attributes,
  fn: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      span.setAttribute('error.type', (error as Error).name);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Sets an attribute on the active span (TODO(issue-3): TelemetryService.record). */
export function interimRecord(key: string, value: number | string): void {
  trace.getActiveSpan()?.setAttribute(key, value);
}

import type { IncomingMessage } from 'node:http';
import type { InstrumentationConfig } from '@opentelemetry/instrumentation';

/** Options of `HttpServerSpanInstrumentation`. */
export interface HttpServerSpanOptions extends InstrumentationConfig {
  /**
   * Requests that get no server span; the spans of their handling are suppressed too. A hook that
   * throws counts as "trace it".
   * @default () => false
   */
  ignoreIncomingRequest?: (req: IncomingMessage) => boolean;
}

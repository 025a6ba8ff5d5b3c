import type { Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { HttpServerSpanInstrumentation } from '../http/server-span/http-server-span.instrumentation';

/**
 * The default instrumentations: this library's HTTP server spans (which leave out the module's
 * own health and metrics endpoints) and instrumentation-http for outgoing requests.
 */
export function createHttpInstrumentations(): Instrumentation[] {
  return [
    // createSampler's samplers never read attributes: set them after the span starts.
    new HttpServerSpanInstrumentation({ samplerReadsAttributes: false }),
    new HttpInstrumentation({ disableIncomingRequestInstrumentation: true }),
  ];
}

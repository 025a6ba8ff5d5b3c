import { context, INVALID_SPAN_CONTEXT, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { telemetryPinoMixin } from './telemetry-pino-mixin';

describe('telemetryPinoMixin', () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it('adds the ids of the active span', () => {
    const span = new BasicTracerProvider().getTracer('spec').startSpan('work');
    const { traceId, spanId } = span.spanContext();
    const fields = context.with(trace.setSpan(ROOT_CONTEXT, span), telemetryPinoMixin);
    expect(fields).toMatchObject({ trace_id: traceId, span_id: spanId, trace_flags: '01' });
    span.end();
  });

  it('adds nothing outside a span or under a stand-in with no trace', () => {
    expect(telemetryPinoMixin()).toEqual({});
    const standIn = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
    expect(context.with(trace.setSpan(ROOT_CONTEXT, standIn), telemetryPinoMixin)).toEqual({});
    const malformed = trace.wrapSpanContext({ ...INVALID_SPAN_CONTEXT, traceId: 'abc' });
    expect(context.with(trace.setSpan(ROOT_CONTEXT, malformed), telemetryPinoMixin)).toEqual({});
  });
});

import { resolveTelemetryConfig, TelemetryConfigError } from '../../src';
import { RecordingSpanProcessor } from '../../src/testing';

describe('traces.spanProcessors option', () => {
  it('accepts span processors and defaults to none', () => {
    const processor = new RecordingSpanProcessor();
    expect(resolveTelemetryConfig({}, { env: {} }).traces.spanProcessors).toEqual([]);
    const config = resolveTelemetryConfig({ traces: { spanProcessors: [processor] } }, { env: {} });
    expect(config.traces.spanProcessors).toEqual([processor]);
  });

  it('rejects something that is not a span processor, naming the option', () => {
    const bad = { traces: { spanProcessors: [{ export: () => undefined }] } } as never;
    expect(() => resolveTelemetryConfig(bad, { env: {} })).toThrow(TelemetryConfigError);
    expect(() => resolveTelemetryConfig(bad, { env: {} })).toThrow(/traces\.spanProcessors/);
  });
});

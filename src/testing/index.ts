export { TelemetryTestingModule } from './telemetry-testing.module';
export { SpanRecorder } from './span-recorder';
export { KeptInMemorySpanExporter } from './kept-span-exporter';
export type { RecordedSpan, RecordedSpanStatus } from './recorded-span';
export type { SpanExpectation } from './span-expectation';

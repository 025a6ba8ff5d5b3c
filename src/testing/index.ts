export { TelemetryTestingModule } from './telemetry-testing.module';
export { SpanRecorder } from './span-recorder';
export { EventRecorder } from './event-recorder';
export { RecordingSpanProcessor } from './recording-span-processor';
export type { RecordedSpan, RecordedSpanStatus } from './recorded-span';
export type { SpanExpectation } from './span-expectation';

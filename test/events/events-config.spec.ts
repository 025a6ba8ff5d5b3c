import { resolveTelemetryConfig, TelemetryConfigError } from '../../src';
import { createEventPipeline } from '../../src/events/pipeline/create-event-pipeline';
import { TelemetrySdk } from '../../src/sdk/telemetry-sdk';

function problems(options: unknown): string {
  try {
    resolveTelemetryConfig(options, { env: {} });
  } catch (error) {
    expect(error).toBeInstanceOf(TelemetryConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a TelemetryConfigError');
}

describe('events and logging options', () => {
  it('fills defaults', () => {
    const { events, logging } = resolveTelemetryConfig({}, { env: {} });
    expect(events).toMatchObject({
      enabled: true,
      exporters: ['otlp'],
      sampleRate: 1,
      maxStringLength: 4096,
      recordInputs: false,
      recordOutputs: false,
      batch: { maxQueueSize: 2048, maxExportBatchSize: 512, scheduledDelayMs: 5000 },
    });
    expect(events.redact.keys).toContain('password');
    expect(logging).toMatchObject({ level: 'info', requests: true, useAsNestLogger: true });
  });

  it('reads the log level from LOG_LEVEL', () => {
    expect(resolveTelemetryConfig({}, { env: { LOG_LEVEL: 'WARN' } }).logging.level).toBe('warn');
  });

  it('names the bad field, the value and what is allowed', () => {
    expect(problems({ events: { sampleRate: 2 } })).toContain(
      'events.sampleRate: got 2; expected a number between 0 and 1',
    );
    expect(problems({ events: { exporters: ['kafka'] } })).toMatch(
      /events\.exporters\.0: got "kafka"; expected 'otlp', 'console'/,
    );
    expect(problems({ events: { exporters: [{ type: 'http', url: 'nope' }] } })).toContain(
      'events.exporters.0',
    );
    expect(problems({ events: { maxStringLength: 3 } })).toContain(
      'events.maxStringLength: got 3; expected a whole number >= 16',
    );
    expect(problems({ events: { redact: { patterns: ['x'] } } })).toContain(
      'events.redact.patterns.0',
    );
    expect(problems({ logging: { destination: {} } })).toContain(
      'logging.destination: got a value of type object; expected a stream with a write(line) method',
    );
  });

  it('accepts a custom exporter instance and keeps it as given', () => {
    const custom = { name: 'warehouse', export: async () => {} };
    const config = resolveTelemetryConfig(
      { events: { exporters: ['console', custom] } },
      { env: {} },
    );
    expect(config.events.exporters[1]).toBe(custom);
  });

  it('builds no pipeline when events are disabled', () => {
    const config = resolveTelemetryConfig({ events: { enabled: false } }, { env: {} });
    expect(createEventPipeline(new TelemetrySdk(config), config)).toBeUndefined();
  });
});

import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { TelemetryModule, TelemetryService, type EventsOptions } from '../../src';
import type { TelemetrySdk } from '../../src/sdk/telemetry-sdk';
import { TELEMETRY_SDK } from '../../src/telemetry.constants';
import { JsonSinkServer, type SinkAnswer } from '../support/json-sink-server';
import { MemoryEventExporter } from '../support/memory-event-exporter';

describe('HTTP JSON event exporter', () => {
  let sink: JsonSinkServer;
  let app: INestApplication;

  async function startApp(script: SinkAnswer[], events: (url: string) => EventsOptions) {
    sink = await new JsonSinkServer(script).start();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'http-sink-test',
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          logging: { enabled: false },
          events: events(sink.url),
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    return { telemetry: app.get(TelemetryService), sdk: app.get<TelemetrySdk>(TELEMETRY_SDK) };
  }

  afterEach(async () => {
    await app?.close();
    await sink?.stop();
  });

  it('retries a 500, then delivers the batch with its headers', async () => {
    const { telemetry, sdk } = await startApp([{ status: 500 }, { status: 200 }], (url) => ({
      exporters: [{ type: 'http', url, headers: { 'x-api-key': 'k1' }, maxRetries: 2 }],
    }));
    telemetry.providerError({ provider: 'openai', error: 'rate_limited' });
    telemetry.fallbackTriggered({ from: 'openai', to: 'anthropic', reason: 'rate_limited' });
    await sdk.forceFlush();

    expect(sink.received).toHaveLength(2);
    expect(sink.received[1].body).toEqual(sink.received[0].body);
    expect(sink.received[1].headers['x-api-key']).toBe('k1');
    const [error, fallback] = sink.received[1].body.events;
    expect(error).toMatchObject({
      name: 'provider_error',
      severity: 'error',
      attributes: { provider: 'openai', error: 'rate_limited' },
      source: { service: 'http-sink-test', language: 'nodejs' },
    });
    expect(new Date(error.timestamp).toISOString()).toBe(error.timestamp);
    expect(fallback).toMatchObject({ name: 'fallback_triggered', severity: 'warn' });
    const status = sdk.statuses.get('http_events').snapshot();
    expect(status).toMatchObject({ exported: 2, failed: 0, consecutiveFailures: 0 });
  });

  it('waits as long as Retry-After asks after a 429', async () => {
    const { telemetry, sdk } = await startApp(
      [{ status: 429, headers: { 'retry-after': '1' } }, { status: 204 }],
      (url) => ({ exporters: [{ type: 'http', url, maxRetries: 1 }] }),
    );
    telemetry.emit('throttled', { a: 1 });
    await sdk.forceFlush();
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1].at - sink.received[0].at).toBeGreaterThanOrEqual(950);
  });

  it('gives up after maxRetries and counts the batch as failed', async () => {
    const { telemetry, sdk } = await startApp(
      [{ status: 503, headers: { 'retry-after': '0' } }],
      (url) => ({
        exporters: [{ type: 'http', url, maxRetries: 2 }],
      }),
    );
    telemetry.emit('lost', {});
    await sdk.forceFlush();
    expect(sink.received).toHaveLength(3);
    const status = sdk.statuses.get('http_events').snapshot();
    expect(status).toMatchObject({
      failed: 1,
      consecutiveFailures: 1,
      dropped: { export_failed: 1 },
    });
    expect(status.lastError?.message).toContain('HTTP 503');
  });

  it('times out a hanging sink while the other exporters deliver at once', async () => {
    const memory = new MemoryEventExporter();
    const { telemetry, sdk } = await startApp(['hang'], (url) => ({
      exporters: [{ type: 'http', url, timeoutMs: 2500, maxRetries: 0 }, memory],
    }));
    telemetry.emit('e1', { n: 1 });
    const flushed = sdk.forceFlush();

    const until = async (condition: () => boolean) => {
      const deadline = Date.now() + 5000;
      while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    };
    await until(() => memory.events.length > 0);
    expect(memory.events.map((e) => e.name)).toEqual(['e1']);
    // Delivered while the HTTP exporter is still waiting on the sink.
    expect(sdk.statuses.get('http_events').snapshot()).toMatchObject({
      lastSuccessAt: null,
      lastError: null,
    });
    await until(() => sink.received.length > 0);
    expect(sink.received).toHaveLength(1);

    await flushed;
    const status = sdk.statuses.get('http_events').snapshot();
    expect(status).toMatchObject({ failed: 1, dropped: { export_failed: 1 } });
    expect(status.lastError?.message).toMatch(/timeout|aborted/i);
    expect(sdk.statuses.get('memory').snapshot()).toMatchObject({ exported: 1, failed: 0 });
  });
});

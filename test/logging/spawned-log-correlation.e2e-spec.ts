import { SpanKind } from '@opentelemetry/api';
import { OtlpReceiver } from '../support/otlp-receiver';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';

const SCRIPT = 'test/fixtures/logs-app/main.ts';

function jsonLines(output: string): Record<string, any>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

describe('log correlation in a real app (spawned, preloaded)', () => {
  let receiver: OtlpReceiver;
  let app: SpawnedApp | undefined;
  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(async () => {
    await app?.stop();
    await receiver.stop();
  });

  it('app and request log lines and events carry the trace id of the HTTP server span', async () => {
    app = await spawnApp(SCRIPT, {
      env: {
        OTEL_SERVICE_NAME: 'logs-app',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_BSP_SCHEDULE_DELAY: '100',
        LOG_LEVEL: 'info',
      },
    });
    const res = await fetch(`${app.url}/orders/7`, { headers: { authorization: 'Bearer s3cret' } });
    expect(await res.json()).toEqual({ id: '7' });

    const [server] = await receiver.waitFor(
      () => receiver.spans().filter((s) => s.kind === SpanKind.SERVER + 1),
      (s) => s.length > 0,
    );
    const [event] = await receiver.waitFor(
      () => receiver.logs().filter((l) => l.eventName === 'order_viewed'),
      (l) => l.length > 0,
    );
    expect(event.traceId).toBe(server.traceId);
    expect(event.attributes).toEqual({ order_id: '7' });

    const lines = await receiver.waitFor(
      () => jsonLines(app!.output()),
      (l) => l.some((line) => line.msg === 'request completed'),
    );
    const appLine = lines.find((l) => l.msg === 'order 7 looked up')!;
    expect(appLine).toMatchObject({ context: 'OrdersController', trace_id: server.traceId });
    expect(appLine.spans[0].name).toBe(server.name);
    const requestLine = lines.find((l) => l.msg === 'request completed')!;
    expect(requestLine).toMatchObject({
      trace_id: server.traceId,
      route: '/orders/:id',
      res: { statusCode: 200 },
    });
    expect(requestLine.req.headers.authorization).toBe('[REDACTED]');
    // Nest's own startup lines went through pino too (bufferLogs, no app.useLogger call).
    expect(lines.some((l) => l.context === 'NestApplication')).toBe(true);
  });
});

import { spawnApp, type SpawnedApp } from '../support/spawn-app';
import { FAST_GATEWAY_ENV, GATEWAY_MAIN, sendMessage } from './gateway-process';

/**
 * `npm start` without any infrastructure: no OTEL_EXPORTER_OTLP_ENDPOINT. The gateway must start,
 * print a span tree per request and one line per event, and serve /metrics, all without trying
 * to reach a collector.
 */
describe('sample app without a collector', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    const env = {
      ...FAST_GATEWAY_ENV,
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_BLRP_SCHEDULE_DELAY: '50',
    };
    app = await spawnApp(GATEWAY_MAIN, { env });
  });
  afterAll(async () => app?.stop());

  it('prints a compact span tree per request and the events, and serves /metrics', async () => {
    expect(app.output()).toMatch(/no collector: printing telemetry here/);
    const { body } = await sendMessage(app, {
      session_key: 'dev',
      channel_id: 'web:x',
      text: 'hi',
    });
    const printed = await waitForOutput(app, (out) => out.includes('message_processed'));
    const tree = printed.slice(printed.indexOf('└─ POST /v1/messages'));
    expect(tree).toMatch(
      /^└─ POST \/v1\/messages {2}[\d.]+ ms {2}.*http.response.status_code=200/m,
    );
    expect(tree).toMatch(
      new RegExp(`^ {3}└─ pipeline.process .*message_id=${body.message_id}`, 'm'),
    );
    expect(tree).toMatch(
      /^ {6}├─ stage.context_guard {2}[\d.]+ ms {2}total_tokens=1 trimmed_turns=0$/m,
    );
    expect(tree).toMatch(
      /^ {6}│ {2}└─ chat large-model-1 {2}[\d.]+ ms {2}gen_ai.operation.name=chat /m,
    );
    // The JSON log line written inside pipeline.process carries its trace id and fields.
    const traceId = /^trace ([0-9a-f]{32})\n└─ POST \/v1\/messages/m.exec(printed)![1];
    const logLine = printed
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'context assembly completed');
    expect(logLine).toMatchObject({
      trace_id: traceId,
      total_tokens: 1,
      spans: [{ name: 'pipeline.process', message_id: body.message_id, total_tokens: 1 }],
    });
    expect(printed).toMatch(
      / INFO {2}session_created \{"session_id":"dev","channel":"web:x"\} trace=/,
    );

    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_messages_total\{channel="web",outcome="ok"\} 1$/m);
    // Nothing is exported over the network: only the console exporter delivers anything.
    const delivered = [
      ...metrics.matchAll(
        /^nestjs_telemetry_exporter_(?:exported|failed)_total\{exporter="([^"]+)"\} (\d+)/gm,
      ),
    ].filter((m) => m[2] !== '0');
    expect([...new Set(delivered.map((m) => m[1]))]).toEqual(['console_events']);
    expect(app.output()).not.toMatch(/ECONNREFUSED|export fail/i);
  });
});

async function waitForOutput(app: SpawnedApp, done: (out: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (!done(app.output())) {
    if (Date.now() > deadline) throw new Error(`output never matched:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return app.output();
}

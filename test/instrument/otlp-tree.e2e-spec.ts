import request from 'supertest';
import type { DecodedSpan } from '../support/otlp-decode';
import { OtlpReceiver } from '../support/otlp-receiver';
import { ensureDist } from '../support/ensure-dist';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

describe('spawned app exports the whole tree over OTLP', () => {
  let receiver: OtlpReceiver;
  let app: SpawnedApp | undefined;

  beforeAll(() => ensureDist(), 120_000);
  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(async () => {
    app?.child.kill('SIGKILL');
    app = undefined;
    await receiver.stop();
  });

  it('HTTP server span → pipeline.process → stage spans → GenAI provider span → outgoing HTTP', async () => {
    app = await spawnApp('test/fixtures/pipeline-app/main.ts', {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'pipeline-app',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        LLM_URL: `${receiver.url}/llm`,
      },
    });
    await request(app.url)
      .post('/message')
      .send({ sessionKey: 'sess_1', channelId: 'slack:C1', text: 'hello world' })
      .expect(201, { reply: 'a reply' });

    const spans = await receiver.waitFor(
      () => receiver.spans(),
      (all) => all.some((s) => s.kind === SPAN_KIND_SERVER),
      15_000,
    );
    const byName = (name: string) => single(spans, (s) => s.name === name);
    const server = single(spans, (s) => s.kind === SPAN_KIND_SERVER);
    const pipeline = byName('pipeline.process');
    const provider = byName('chat claude-sonnet-4');

    expect(server.parentSpanId).toBe('');
    expect(server.attributes['http.request.method'] ?? server.attributes['http.method']).toBe(
      'POST',
    );
    expect(server.resource['service.name']).toBe('pipeline-app');
    expect(pipeline.parentSpanId).toBe(server.spanId);
    expect(pipeline.attributes).toMatchObject({
      session_key: 'sess_1',
      channel_id: 'slack:C1',
      total_tokens: 11,
    });
    for (const stage of ['stage.auth_resolve', 'stage.context_guard', 'stage.provider_call'])
      expect(byName(stage).parentSpanId).toBe(pipeline.spanId);
    expect(provider.parentSpanId).toBe(byName('stage.provider_call').spanId);
    expect(provider.kind).toBe(SPAN_KIND_CLIENT);
    expect(provider.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.request.model': 'claude-sonnet-4',
      'gen_ai.usage.input_tokens': 11,
      'gen_ai.usage.output_tokens': 7,
    });
    // The outgoing HTTP call made inside the provider span is its (auto-instrumented) child.
    const outgoing = single(
      spans,
      (s) => s.kind === SPAN_KIND_CLIENT && s.spanId !== provider.spanId,
    );
    expect(outgoing.parentSpanId).toBe(provider.spanId);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
  });
});

function single(spans: DecodedSpan[], predicate: (s: DecodedSpan) => boolean): DecodedSpan {
  const found = spans.filter(predicate);
  if (found.length !== 1)
    throw new Error(
      `expected one span, found ${found.length} in ${spans.map((s) => s.name).join(', ')}`,
    );
  return found[0];
}

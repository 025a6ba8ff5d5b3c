import {
  sendMessage,
  startGateway,
  traceOfMessage,
  type GatewayUnderTest,
} from './gateway-process';
import { onlySpan, spanTreeLines } from './span-tree';

const STATUS_ERROR = 2;

describe('sample app: fallback from the primary to the secondary provider on a rate limit', () => {
  let gateway: GatewayUnderTest;
  beforeAll(async () => (gateway = await startGateway({ LLM_PRIMARY_RATE_LIMIT_RATE: '1' })));
  afterAll(async () => gateway?.stop());

  const traceOf = (messageId: string) => traceOfMessage(gateway, messageId);

  it('answers from the secondary provider; the rate-limited call is a failed span in the same trace', async () => {
    const { status, body } = await sendMessage(gateway.app, {
      session_key: 'sess-fallback',
      channel_id: 'discord:G1:C1',
      text: 'are you there?',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      provider: 'secondary-ai',
      model: 'small-model-1',
      fallback: true,
    });

    const [server, spans] = await traceOf(body.message_id);
    expect(spanTreeLines(spans, server).slice(5, 8)).toEqual([
      '    stage.provider_call',
      '      chat large-model-1',
      '      chat small-model-1',
    ]);
    const failed = onlySpan(spans, server.traceId, 'chat large-model-1');
    expect(failed.status.code).toBe(STATUS_ERROR);
    expect(failed.attributes['error.type']).toBe('RateLimitError');
    expect(failed.events.map((e) => e.name)).toContain('exception');
    const answered = onlySpan(spans, server.traceId, 'chat small-model-1');
    expect(answered.status.code).not.toBe(STATUS_ERROR);
    expect(answered.attributes['gen_ai.provider.name']).toBe('secondary-ai');
  });

  it('emits provider_error and fallback_triggered with the trace of the request', async () => {
    const { body } = await sendMessage(gateway.app, {
      session_key: 'sess-fallback-ev',
      channel_id: 'api:key',
      text: 'again',
    });
    const [server] = await traceOf(body.message_id);
    const inTrace = (name: string) =>
      gateway.receiver.logs().filter((l) => l.eventName === name && l.traceId === server.traceId);
    await gateway.receiver.waitFor(
      () => inTrace('fallback_triggered'),
      (l) => l.length === 1,
    );
    expect(inTrace('provider_error')).toEqual([
      expect.objectContaining({
        severityText: 'ERROR',
        attributes: { provider: 'primary-ai', error: 'rate_limited' },
      }),
    ]);
    expect(inTrace('fallback_triggered')[0]).toMatchObject({
      severityText: 'WARN',
      attributes: { from: 'primary-ai', to: 'secondary-ai', reason: 'rate_limited' },
    });
    expect(inTrace('message_processed')[0].attributes).toMatchObject({ fallback: true });
  });

  it('reports llm_providers degraded in /health once the primary keeps failing; readiness stays 200', async () => {
    for (let i = 0; i < 5; i++)
      await sendMessage(gateway.app, {
        session_key: 'sess-health',
        channel_id: 'web:x',
        text: 'hi',
      });
    const res = await fetch(`${gateway.app.url}/health/ready`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as any;
    expect(report.info.llm_providers).toMatchObject({
      status: 'degraded',
      providers: [
        { provider: 'primary-ai', failureRatio: 1 },
        { provider: 'secondary-ai', failureRatio: 0 },
      ],
    });
  });
});

describe('sample app: both providers rate limited', () => {
  let gateway: GatewayUnderTest;
  beforeAll(
    async () =>
      (gateway = await startGateway({
        LLM_PRIMARY_RATE_LIMIT_RATE: '1',
        LLM_SECONDARY_RATE_LIMIT_RATE: '1',
      })),
  );
  afterAll(async () => gateway?.stop());

  it('answers 503, emits provider_error for each provider and counts the message as an error', async () => {
    const res = await sendMessage(gateway.app, {
      session_key: 'sess-503',
      channel_id: 'web:x',
      text: 'hi',
    });
    expect(res.status).toBe(503);
    const errors = await gateway.receiver.waitFor(
      () => gateway.receiver.logs().filter((l) => l.eventName === 'provider_error'),
      (l) => l.length === 2,
    );
    expect(errors.map((e) => e.attributes.provider).sort()).toEqual(['primary-ai', 'secondary-ai']);
    const metrics = await (await fetch(`${gateway.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_messages_total\{channel="web",outcome="error"\} 1$/m);
  });

  it('marks llm_providers down and readiness 503 once both providers keep failing', async () => {
    for (let i = 0; i < 5; i++)
      await sendMessage(gateway.app, { session_key: 'sess-down', channel_id: 'web:x', text: 'hi' });
    const ready = await fetch(`${gateway.app.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).error.llm_providers).toMatchObject({ status: 'down' });
    expect((await fetch(`${gateway.app.url}/health/live`)).status).toBe(200);
  });
});

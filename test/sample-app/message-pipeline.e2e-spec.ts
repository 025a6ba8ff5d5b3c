import type { DecodedSpan } from '../support/otlp-decode';
import { sendMessage, startGateway, type GatewayUnderTest } from './gateway-process';
import { onlySpan, spanTreeLines } from './span-tree';

const SERVER = 2; // OTLP's SPAN_KIND_SERVER

describe('sample app: POST /v1/messages (spawned gateway, OTLP decoded)', () => {
  let gateway: GatewayUnderTest;
  beforeAll(async () => (gateway = await startGateway()));
  afterAll(async () => gateway?.stop());

  const serverSpanOf = async (messageId: string): Promise<[DecodedSpan, DecodedSpan[]]> => {
    const spans = await gateway.receiver.waitFor(
      () => gateway.receiver.spans(),
      (all) =>
        all.some(
          (s) =>
            s.kind === SERVER &&
            all.some((p) => p.attributes.message_id === messageId && p.traceId === s.traceId),
        ),
    );
    const pipeline = spans.find((s) => s.attributes.message_id === messageId)!;
    const server = spans.find((s) => s.traceId === pipeline.traceId && s.kind === SERVER)!;
    return [server, spans];
  };

  it('answers from the primary provider and produces the documented span tree', async () => {
    const { status, body } = await sendMessage(gateway.app, {
      session_key: 'sess-tree',
      channel_id: 'slack:T01:C01',
      text: 'hello gateway',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      session_key: 'sess-tree',
      provider: 'primary-ai',
      fallback: false,
    });

    const [server, spans] = await serverSpanOf(body.message_id);
    const lines = spanTreeLines(spans, server);
    expect(lines.slice(1)).toEqual([
      '  pipeline.process',
      '    stage.auth_resolve',
      '    stage.history_sanitize',
      '    stage.context_guard',
      '    stage.provider_call',
      '    stage.response',
    ]);
    const pipeline = onlySpan(spans, server.traceId, 'pipeline.process');
    expect(pipeline.attributes).toMatchObject({
      session_key: 'sess-tree',
      channel_id: 'slack:T01:C01',
      message_id: body.message_id,
      total_tokens: 4,
    });
    expect(server.attributes['http.response.status_code']).toBe(200);
  });

  it('GET /v1/sessions/:id shows the session; an unknown one is a 404', async () => {
    await sendMessage(gateway.app, {
      session_key: 'sess-get',
      channel_id: 'web:site',
      text: 'one',
    });
    await sendMessage(gateway.app, {
      session_key: 'sess-get',
      channel_id: 'web:site',
      text: 'two',
    });
    const res = await fetch(`${gateway.app.url}/v1/sessions/sess-get`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'sess-get', message_count: 2, turns: 4 });
    expect((await fetch(`${gateway.app.url}/v1/sessions/nope`)).status).toBe(404);
  });

  it('a bad body is a 400 naming the field; an unknown channel kind is a 403', async () => {
    const bad = await sendMessage(gateway.app, {
      session_key: 's',
      channel_id: 'slack:x',
      text: '',
    } as never);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/text must be a non-empty string/);
    const denied = await sendMessage(gateway.app, {
      session_key: 's',
      channel_id: 'irc:x',
      text: 'hi',
    });
    expect(denied.status).toBe(403);
  });
});

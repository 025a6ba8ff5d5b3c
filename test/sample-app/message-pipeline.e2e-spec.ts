import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  sendMessage,
  startGateway,
  traceOfMessage,
  type GatewayUnderTest,
} from './gateway-process';
import { onlySpan, spanTreeLines } from './span-tree';

const CLIENT = 3;
const STATUS_ERROR = 2;

describe('sample app: POST /v1/messages (spawned gateway, OTLP decoded)', () => {
  let gateway: GatewayUnderTest;
  beforeAll(async () => (gateway = await startGateway()));
  afterAll(async () => gateway?.stop());

  const traceOf = (messageId: string) => traceOfMessage(gateway, messageId);

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

    const [server, spans] = await traceOf(body.message_id);
    expect(spanTreeLines(spans, server)).toEqual([
      'POST /v1/messages',
      '  pipeline.process',
      '    stage.auth_resolve',
      '    stage.history_sanitize',
      '    stage.context_guard',
      '    stage.provider_call',
      '      chat large-model-1',
      '    stage.response',
    ]);
    expect(server.attributes).toMatchObject({
      'http.route': '/v1/messages',
      'http.response.status_code': 200,
    });
    expect(onlySpan(spans, server.traceId, 'pipeline.process').attributes).toEqual({
      session_key: 'sess-tree',
      channel_id: 'slack:T01:C01',
      message_id: body.message_id,
      total_tokens: 4, // "hello gateway": 13 characters, 4 tokens, no history
    });
    const provider = onlySpan(spans, server.traceId, 'chat large-model-1');
    expect(provider.kind).toBe(CLIENT);
    expect(provider.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'primary-ai',
      'gen_ai.request.model': 'large-model-1',
      'gen_ai.response.model': 'large-model-1',
      'gen_ai.usage.input_tokens': body.usage.input_tokens,
      'gen_ai.usage.output_tokens': body.usage.output_tokens,
    });
  });

  it('emits session_created once per session and message_processed per message, in the trace', async () => {
    const first = await sendMessage(gateway.app, {
      session_key: 'sess-ev',
      channel_id: 'web:site',
      text: 'one',
    });
    await sendMessage(gateway.app, { session_key: 'sess-ev', channel_id: 'web:site', text: 'two' });
    const mine = (name: string) =>
      gateway.receiver
        .logs()
        .filter((l) => l.eventName === name && l.attributes.session_id === 'sess-ev');
    await gateway.receiver.waitFor(
      () => mine('message_processed'),
      (l) => l.length === 2,
    );
    const created = mine('session_created');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ severityText: 'INFO', attributes: { channel: 'web:site' } });
    const [server] = await traceOf(first.body.message_id);
    expect(created[0].traceId).toBe(server.traceId);
    expect(mine('message_processed')[0].attributes).toMatchObject({
      channel: 'web:site',
      model: 'large-model-1',
      tokens: first.body.usage.input_tokens + first.body.usage.output_tokens,
      fallback: false,
    });
  });

  it('counts messages by channel kind and active sessions in /metrics', async () => {
    await sendMessage(gateway.app, { session_key: 'sess-m1', channel_id: 'telegram:1', text: 'a' });
    await sendMessage(gateway.app, { session_key: 'sess-m2', channel_id: 'telegram:2', text: 'b' });
    await sendMessage(gateway.app, { session_key: 'sess-m2', channel_id: 'telegram:2', text: 'c' });
    const metrics = await (await fetch(`${gateway.app.url}/metrics`)).text();
    expect(metrics).toMatch(/^# TYPE gateway_messages_total counter$/m);
    expect(metrics).toMatch(/^gateway_messages_total\{channel="telegram",outcome="ok"\} 3$/m);
    expect(metrics).toMatch(/^# TYPE gateway_sessions_active gauge$/m);
    expect(metrics).toMatch(/^gateway_sessions_active\{channel="telegram"\} 2$/m);
    expect(
      (await fetch(`${gateway.app.url}/v1/sessions/sess-m2`, { method: 'DELETE' })).status,
    ).toBe(204);
    const after = await (await fetch(`${gateway.app.url}/metrics`)).text();
    expect(after).toMatch(/^gateway_sessions_active\{channel="telegram"\} 1$/m);
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

  it('a bad body is a 400 naming the field; an unknown channel kind is a 403 that does not fail the span', async () => {
    const bad = await sendMessage(gateway.app, {
      session_key: 's',
      channel_id: 'slack:x',
      text: '',
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/text must be a non-empty string/);
    const denied = await sendMessage(gateway.app, {
      session_key: 'sess-403',
      channel_id: 'irc:x',
      text: 'hi',
    });
    expect(denied.status).toBe(403);
    const spans = await gateway.receiver.waitFor(
      () =>
        gateway.receiver
          .spans()
          .filter((s) => s.name === 'pipeline.process' && s.attributes.session_key === 'sess-403'),
      (found) => found.length === 1,
    );
    expect(spans[0].status.code).not.toBe(STATUS_ERROR);
    expect(spans[0].events.map((e) => e.name)).toContain('expected_error');
  });

  it('the traffic script sends a bounded number of messages and refuses non-loopback targets', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', TRAFFIC, ...args],
        { cwd: join(__dirname, '..', '..') },
      );
    const { stdout } = await run(['--count', '12', '--concurrency', '3', '--url', gateway.app.url]);
    expect(stdout).toMatch(/^sent 12 to http:\/\/127\.0\.0\.1:\d+: statuses \{"200":12\}/);
    await expect(run(['--count', '1', '--url', 'http://example.com'])).rejects.toThrow(
      /traffic only goes to loopback/,
    );
  });
});

const TRAFFIC = 'sample-app/scripts/traffic.ts';

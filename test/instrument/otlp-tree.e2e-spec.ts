import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import type { DecodedSpan } from '../support/otlp-decode';
import { OtlpReceiver } from '../support/otlp-receiver';
import { ensureDist } from '../support/ensure-dist';

const ROOT = join(__dirname, '..', '..');
const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

/** Starts the fixture app with the preload entry; resolves with its port. */
function startApp(receiverUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      './dist/sdk/register.js',
      '--require',
      'ts-node/register/transpile-only',
      'test/fixtures/pipeline-app/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
        OTEL_SERVICE_NAME: 'pipeline-app',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        LLM_URL: `${receiverUrl}/llm`,
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`fixture app exited (${code}):\n${output}`)));
  });
}

describe('spawned app exports the whole tree over OTLP', () => {
  let receiver: OtlpReceiver;
  let child: ChildProcess | undefined;

  beforeAll(() => ensureDist(), 120_000);
  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await receiver.stop();
  });

  it('HTTP server span → pipeline.process → stage spans → GenAI provider span → outgoing HTTP', async () => {
    const app = await startApp(receiver.url);
    child = app.child;
    await request(`http://127.0.0.1:${app.port}`)
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

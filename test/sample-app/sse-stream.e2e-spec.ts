import { startGateway, type GatewayUnderTest } from './gateway-process';
import { spanTreeLines } from './span-tree';

/** Parses a text/event-stream body into its events. */
function parseSse(text: string): { event: string; data: any }[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2);
      return { event: field('event') ?? 'message', data: JSON.parse(field('data') ?? 'null') };
    });
}

describe('sample app: GET /v1/messages/stream (SSE from an async-generator provider)', () => {
  let gateway: GatewayUnderTest;
  // 20 ms between chunks: a client can disconnect in the middle of a stream.
  beforeAll(async () => (gateway = await startGateway({ LLM_MS_PER_TOKEN: '20' })));
  afterAll(async () => gateway?.stop());

  it('streams deltas, then one done event whose reply is the concatenated deltas', async () => {
    const query = new URLSearchParams({
      session_key: 'sess-stream',
      channel_id: 'web:site',
      text: 'stream a reply please',
    });
    const res = await fetch(`${gateway.app.url}/v1/messages/stream?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parseSse(await res.text());
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(5);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(deltas.map((e) => e.data.delta).join('')).toBe(done.data.response.reply);
    expect(done.data.response).toMatchObject({ provider: 'primary-ai', fallback: false });

    const session = await (await fetch(`${gateway.app.url}/v1/sessions/sess-stream`)).json();
    expect(session).toMatchObject({ message_count: 1, turns: 2 });

    // The stream spans end when the stream does, with chunk count and time to first chunk.
    const messageId = done.data.response.message_id;
    const spans = await gateway.receiver.waitFor(
      () => gateway.receiver.spans(),
      (all) => all.some((s) => s.name === 'GET /v1/messages/stream'),
    );
    const pipeline = spans.find((s) => s.attributes.message_id === messageId)!;
    const server = spans.find((s) => s.traceId === pipeline.traceId && s.parentSpanId === '')!;
    expect(spanTreeLines(spans, server)).toEqual([
      'GET /v1/messages/stream',
      '  pipeline.stream',
      '    stage.auth_resolve',
      '    stage.history_sanitize',
      '    stage.context_guard',
      '    stage.provider_call',
      '      chat large-model-1',
      '    stage.response',
    ]);
    const provider = spans.find(
      (s) => s.traceId === pipeline.traceId && s.name === 'chat large-model-1',
    )!;
    expect(provider.attributes).toMatchObject({
      'stream.item_count': deltas.length,
      'gen_ai.usage.output_tokens': done.data.response.usage.output_tokens,
    });
    expect(provider.attributes['stream.time_to_first_item_ms']).toBeGreaterThan(0);
    expect(pipeline.attributes['stream.item_count']).toBe(deltas.length + 1); // + the done event
    // The provider span covers the whole stream, so it ends after its first chunk was sent.
    expect(provider.endNs - provider.startNs).toBeGreaterThan(BigInt(deltas.length) * 1000n);
  });

  it('a client that disconnects early ends the stream span as cancelled', async () => {
    const query = new URLSearchParams({
      session_key: 'sess-cancel',
      channel_id: 'web:site',
      text: 'long one',
    });
    const controller = new AbortController();
    const res = await fetch(`${gateway.app.url}/v1/messages/stream?${query}`, {
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    await reader.read(); // the first delta
    controller.abort();
    const spans = await gateway.receiver.waitFor(
      () =>
        gateway.receiver
          .spans()
          .filter(
            (s) => s.name === 'pipeline.stream' && s.attributes.session_key === 'sess-cancel',
          ),
      (found) => found.length === 1,
    );
    expect(spans[0].attributes['stream.cancelled']).toBe(true);
  });
});

import { startGateway, type GatewayUnderTest } from './gateway-process';

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
  beforeAll(async () => (gateway = await startGateway()));
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
  });
});

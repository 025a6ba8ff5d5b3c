import { sendMessage, startGateway, type GatewayUnderTest } from './gateway-process';
import { spanTreeLines } from './span-tree';

const SERVER = 2; // OTLP's SPAN_KIND_SERVER

describe('sample app: fallback from the primary to the secondary provider on a rate limit', () => {
  let gateway: GatewayUnderTest;
  beforeAll(async () => (gateway = await startGateway({ LLM_PRIMARY_RATE_LIMIT_RATE: '1' })));
  afterAll(async () => gateway?.stop());

  it('answers from the secondary provider, with both provider calls in the trace', async () => {
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

    const spans = await gateway.receiver.waitFor(
      () => gateway.receiver.spans(),
      (all) => all.some((s) => s.kind === SERVER && s.traceId === traceOf(all, body.message_id)),
    );
    const server = spans.find(
      (s) => s.kind === SERVER && s.traceId === traceOf(spans, body.message_id),
    )!;
    expect(spanTreeLines(spans, server)).toContain('    stage.provider_call');
  });
});

function traceOf(spans: { traceId: string; attributes: Record<string, unknown> }[], id: string) {
  return spans.find((s) => s.attributes.message_id === id)?.traceId;
}

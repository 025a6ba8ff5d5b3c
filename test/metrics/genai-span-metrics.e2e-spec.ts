import 'reflect-metadata';
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import request from 'supertest';
import { Empty, Instrument, TelemetryService } from '../../src';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

@Injectable()
class OpenAiProvider {
  constructor(private readonly telemetry: TelemetryService) {}

  @Instrument<OpenAiProvider['chat'], OpenAiProvider>('provider.chat', {
    genAi: { operation: 'chat', provider: 'openai' },
    fields: { model: (model) => model, input_tokens: Empty, output_tokens: Empty },
  })
  async chat(_model: string): Promise<string> {
    this.telemetry.record({ input_tokens: 2_000_000, output_tokens: 500_000 });
    return 'ok';
  }
}

@Controller()
class ChatController {
  constructor(private readonly provider: OpenAiProvider) {}

  @Post('chat')
  chat(@Body() body: { model: string }): Promise<string> {
    return this.provider.chat(body.model);
  }
}

describe('GenAI provider spans feed gen_ai.client.* metrics', () => {
  let t: TelemetryTestApp;
  beforeEach(async () => {
    t = await createTelemetryTestApp({
      controllers: [ChatController],
      providers: [OpenAiProvider],
      options: { metrics: { genAi: { prices: { 'gpt-4o': { input: 2.5, output: 10 } } } } },
    });
  });
  afterEach(() => t.app.close());

  it('records tokens, duration and cost from an @Instrument({ genAi }) span, with no extra call', async () => {
    const server = t.app.getHttpServer();
    await request(server).post('/chat').send({ model: 'gpt-4o' }).expect(201);
    await request(server).post('/chat').send({ model: 'gpt-4o' }).expect(201);
    const m = parsePrometheusText((await request(server).get('/metrics').expect(200)).text);
    const call = {
      gen_ai_operation_name: 'chat',
      gen_ai_provider_name: 'openai',
      gen_ai_request_model: 'gpt-4o',
    };
    const tokens = (type: string) =>
      sampleValue(m, 'gen_ai_client_token_usage_sum', { ...call, gen_ai_token_type: type });
    expect(tokens('input')).toBe(4_000_000);
    expect(tokens('output')).toBe(1_000_000);
    expect(sampleValue(m, 'gen_ai_client_operation_duration_seconds_count', call)).toBe(2);
    const cost = m.samples
      .filter((s) => s.name === 'gen_ai_client_cost_usd_total')
      .reduce((sum, s) => sum + s.value, 0);
    expect(cost).toBeCloseTo(2 * (2 * 2.5 + 0.5 * 10), 6);
  });
});

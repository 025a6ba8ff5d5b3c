import 'reflect-metadata';
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import request from 'supertest';
import {
  Empty,
  GEN_AI_OPERATION_NAME,
  GEN_AI_PROVIDER_NAME,
  GEN_AI_REQUEST_MODEL,
  GEN_AI_RESPONSE_MODEL,
  GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  GEN_AI_USAGE_INPUT_TOKENS,
  GEN_AI_USAGE_OUTPUT_TOKENS,
  type GenAiSpanUsage,
  Instrument,
  TelemetryService,
} from '../../src';
import type { TelemetryRuntime } from '../../src/runtime/telemetry-runtime';
import { TELEMETRY_RUNTIME } from '../../src/telemetry.constants';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

interface ProviderRequest {
  model: string;
  prompt: string;
}

interface ProviderResponse {
  model: string;
  text: string;
  usage: { input: number; output: number; cached: number };
  toolCalls: string[];
}

@Injectable()
class AnthropicProvider {
  constructor(private readonly telemetry: TelemetryService) {}

  name(): string {
    return 'anthropic';
  }

  @Instrument<AnthropicProvider['chat'], AnthropicProvider>('provider.chat', {
    genAi: { operation: 'chat' },
    fields: {
      provider: { fromThis: (self) => self.name() },
      model: (req) => req.model,
      input_tokens: Empty,
      output_tokens: Empty,
      duration_ms: Empty,
      tool_calls: Empty,
    },
    result: { response_model: (res) => res.model },
  })
  async chat(req: ProviderRequest): Promise<ProviderResponse> {
    const start = Date.now();
    await sleep(20);
    const response: ProviderResponse = {
      model: `${req.model}-20250514`,
      text: 'hi',
      usage: { input: 12, output: 34, cached: 5 },
      toolCalls: ['search'],
    };
    this.telemetry.record({
      input_tokens: response.usage.input,
      output_tokens: response.usage.output,
      cache_read_input_tokens: response.usage.cached,
      duration_ms: Date.now() - start,
      tool_calls: response.toolCalls.length,
    });
    return response;
  }
}

@Controller()
class ChatController {
  constructor(
    private readonly provider: AnthropicProvider,
    private readonly telemetry: TelemetryService,
  ) {}

  @Post('chat')
  chat(@Body() req: ProviderRequest): Promise<ProviderResponse> {
    return this.provider.chat(req);
  }

  @Post('embed')
  embed(): Promise<number> {
    return this.telemetry.span(
      'embeddings',
      async () => {
        this.telemetry.record('model', 'text-embedding-3-small');
        this.telemetry.record('input_tokens', 7);
        return 1;
      },
      { genAi: { operation: 'embeddings', provider: 'openai' } },
    );
  }
}

describe('GenAI provider spans', () => {
  let t: TelemetryTestApp;
  let usages: GenAiSpanUsage[];

  beforeEach(async () => {
    t = await createTelemetryTestApp({
      controllers: [ChatController],
      providers: [AnthropicProvider],
    });
    usages = [];
    t.app.get<TelemetryRuntime>(TELEMETRY_RUNTIME).genAiSpanListeners.push((u) => usages.push(u));
  });
  afterEach(() => t.app.close());

  it('follows the GenAI conventions and accepts the seed field names', async () => {
    await request(t.app.getHttpServer())
      .post('/chat')
      .send({ model: 'claude-sonnet-4', prompt: 'secret prompt' })
      .expect(201);
    const span = t.spans.expectSpan('chat claude-sonnet-4', {
      kind: SpanKind.CLIENT,
      status: 'unset',
      fields: {
        [GEN_AI_OPERATION_NAME]: 'chat',
        [GEN_AI_PROVIDER_NAME]: 'anthropic',
        [GEN_AI_REQUEST_MODEL]: 'claude-sonnet-4',
        [GEN_AI_RESPONSE_MODEL]: 'claude-sonnet-4-20250514',
        [GEN_AI_USAGE_INPUT_TOKENS]: 12,
        [GEN_AI_USAGE_OUTPUT_TOKENS]: 34,
        [GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS]: 5,
        tool_calls: 1,
        'code.function.name': 'provider.chat',
      },
    });
    expect(span.fields.duration_ms).toBeGreaterThanOrEqual(19);
    expect(JSON.stringify(span.fields)).not.toContain('secret prompt');
  });

  it('hands each finished GenAI span to the runtime listeners (for GenAI metrics)', async () => {
    await request(t.app.getHttpServer())
      .post('/chat')
      .send({ model: 'm1', prompt: 'p' })
      .expect(201);
    expect(usages).toHaveLength(1);
    expect(usages[0]).toMatchObject({
      operation: 'chat',
      provider: 'anthropic',
      requestModel: 'm1',
      responseModel: 'm1-20250514',
      inputTokens: 12,
      outputTokens: 34,
      cacheReadInputTokens: 5,
      errorType: undefined,
    });
    expect(usages[0].durationMs).toBeGreaterThanOrEqual(19);
  });

  it('renames a TelemetryService.span GenAI span when the model is recorded', async () => {
    await request(t.app.getHttpServer()).post('/embed').expect(201);
    t.spans.expectSpan('embeddings text-embedding-3-small', {
      kind: SpanKind.CLIENT,
      fields: {
        [GEN_AI_OPERATION_NAME]: 'embeddings',
        [GEN_AI_PROVIDER_NAME]: 'openai',
        [GEN_AI_REQUEST_MODEL]: 'text-embedding-3-small',
        [GEN_AI_USAGE_INPUT_TOKENS]: 7,
      },
    });
    expect(usages.map((u) => u.operation)).toEqual(['embeddings']);
  });
});

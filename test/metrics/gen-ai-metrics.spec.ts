import { Logger } from '@nestjs/common';
import { estimateCost } from '../../src';
import { GenAiMetrics } from '../../src/metrics/genai/gen-ai-metrics';
import { sampleValue } from '../support/prometheus-text';
import { standaloneMetrics } from './fixtures/standalone-metrics';

const PRICES = {
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'claude-sonnet-4': { input: 3, output: 15 },
};

function setup() {
  const registry = standaloneMetrics();
  const genAi = new GenAiMetrics(registry.metrics, PRICES, registry.diagnostics);
  return { ...registry, genAi };
}

describe('GenAI metrics', () => {
  afterEach(() => jest.restoreAllMocks());

  it('records token usage and duration with the semantic-convention names and buckets', async () => {
    const { genAi, scrape } = setup();
    genAi.recordTokenUsage({
      provider: 'openai',
      model: 'gpt-4o',
      inputTokens: 1000,
      outputTokens: 300,
      durationS: 2,
    });
    const m = await scrape();
    const call = {
      gen_ai_operation_name: 'chat',
      gen_ai_provider_name: 'openai',
      gen_ai_request_model: 'gpt-4o',
    };
    expect(
      sampleValue(m, 'gen_ai_client_token_usage_sum', { ...call, gen_ai_token_type: 'input' }),
    ).toBe(1000);
    expect(
      sampleValue(m, 'gen_ai_client_token_usage_sum', { ...call, gen_ai_token_type: 'output' }),
    ).toBe(300);
    expect(
      sampleValue(m, 'gen_ai_client_token_usage_bucket', {
        ...call,
        gen_ai_token_type: 'input',
        le: '1024',
      }),
    ).toBe(1);
    expect(
      sampleValue(m, 'gen_ai_client_token_usage_bucket', {
        ...call,
        gen_ai_token_type: 'input',
        le: '256',
      }),
    ).toBe(0);
    const les = m.samples
      .filter((s) => s.name === 'gen_ai_client_operation_duration_seconds_bucket')
      .map((s) => s.labels.le);
    expect(les).toEqual([
      '0.01',
      '0.02',
      '0.04',
      '0.08',
      '0.16',
      '0.32',
      '0.64',
      '1.28',
      '2.56',
      '5.12',
      '10.24',
      '20.48',
      '40.96',
      '81.92',
      '+Inf',
    ]);
    expect(sampleValue(m, 'gen_ai_client_operation_duration_seconds_sum', call)).toBe(2);
  });

  it('prices tokens from the user-supplied table, cached input at its own price', async () => {
    const { genAi, scrape } = setup();
    genAi.recordTokenUsage({
      provider: 'openai',
      model: 'gpt-4o',
      inputTokens: 1_000_000,
      cachedInputTokens: 400_000,
      outputTokens: 100_000,
    });
    genAi.recordTokenUsage({
      provider: 'anthropic',
      model: 'claude-sonnet-4',
      inputTokens: 2000,
      cachedInputTokens: 1000,
    });
    const m = await scrape();
    const cost = (model: string, type: string) =>
      sampleValue(m, 'gen_ai_client_cost_usd_total', {
        gen_ai_request_model: model,
        gen_ai_token_type: type,
      });
    expect(cost('gpt-4o', 'input')).toBeCloseTo(1.5); // 600k uncached × $2.5/M
    expect(cost('gpt-4o', 'cached_input')).toBeCloseTo(0.5); // 400k × $1.25/M
    expect(cost('gpt-4o', 'output')).toBeCloseTo(1); // 100k × $10/M
    expect(cost('claude-sonnet-4', 'cached_input')).toBeCloseTo(0.003); // no cached price: input price
    expect(estimateCost(PRICES['gpt-4o'], { input: 1e6, cachedInput: 4e5, output: 1e5 })).toEqual({
      currency: 'USD',
      input: 1.5,
      cachedInput: 0.5,
      output: 1,
      total: 3,
    });
  });

  it('warns once for a model without a price and records no cost for it', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { genAi, scrape } = setup();
    genAi.recordTokenUsage({ provider: 'mistral', model: 'mistral-large', inputTokens: 10 });
    genAi.recordTokenUsage({ provider: 'mistral', model: 'mistral-large', inputTokens: 10 });
    const m = await scrape();
    expect(m.samples.filter((s) => s.name === 'gen_ai_client_cost_usd_total')).toHaveLength(0);
    expect(warn.mock.calls.filter(([msg]) => String(msg).includes('mistral-large'))).toHaveLength(
      1,
    );
  });

  it('never throws on usage it cannot read; counts it', () => {
    const { genAi, diagnostics } = setup();
    const unreadable = {
      provider: 'openai',
      get model(): string {
        throw new Error('getter');
      },
    };
    expect(() => {
      genAi.recordTokenUsage(null as never);
      genAi.recordTokenUsage(unreadable as never);
    }).not.toThrow();
    expect(diagnostics.snapshot()).toMatchObject({ genai_usage_failed: 2 });
  });

  it('records from the attributes of a GenAI span (for the provider-span decorators)', async () => {
    const { genAi, scrape } = setup();
    genAi.recordFromSpanAttributes(
      {
        'gen_ai.operation.name': 'chat',
        'gen_ai.system': 'anthropic',
        'gen_ai.request.model': 'claude-sonnet-4',
        'gen_ai.response.model': 'claude-sonnet-4-20250514',
        'gen_ai.usage.input_tokens': 120,
        'gen_ai.usage.output_tokens': 40,
        'error.type': 'timeout',
      },
      0.5,
    );
    genAi.recordFromSpanAttributes({ 'gen_ai.usage.input_tokens': 5 }); // no model: not a GenAI call
    const m = await scrape();
    const call = {
      gen_ai_provider_name: 'anthropic',
      gen_ai_response_model: 'claude-sonnet-4-20250514',
    };
    expect(
      sampleValue(m, 'gen_ai_client_token_usage_sum', { ...call, gen_ai_token_type: 'output' }),
    ).toBe(40);
    expect(
      sampleValue(m, 'gen_ai_client_operation_duration_seconds_count', {
        ...call,
        error_type: 'timeout',
      }),
    ).toBe(1);
    expect(
      sampleValue(m, 'gen_ai_client_cost_usd_total', { gen_ai_token_type: 'output' }),
    ).toBeCloseTo(0.0006);
  });
});

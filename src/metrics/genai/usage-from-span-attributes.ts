import type { Attributes } from '@opentelemetry/api';
import { GEN_AI } from './gen-ai-attributes';
import type { TokenUsage } from './token-usage';

/** The TokenUsage described by a GenAI span's attributes; undefined when it names no model. */
export function usageFromSpanAttributes(
  attributes: Attributes,
  durationS?: number,
): TokenUsage | undefined {
  const text = (key: string) => {
    const v = attributes[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const num = (key: string) => {
    const v = attributes[key];
    return typeof v === 'number' ? v : undefined;
  };
  const model = text(GEN_AI.requestModel) ?? text(GEN_AI.responseModel);
  if (!model) return undefined;
  return {
    provider: text(GEN_AI.providerName) ?? text(GEN_AI.system) ?? 'unknown',
    model,
    responseModel: text(GEN_AI.responseModel),
    operation: text(GEN_AI.operationName),
    inputTokens: num(GEN_AI.inputTokens),
    outputTokens: num(GEN_AI.outputTokens),
    cachedInputTokens: num(GEN_AI.cachedInputTokens),
    durationS,
    errorType: text(GEN_AI.errorType),
  };
}

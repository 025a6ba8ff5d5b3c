import type { Attributes } from '@opentelemetry/api';
import {
  GEN_AI_OPERATION_NAME,
  GEN_AI_PROVIDER_NAME,
  GEN_AI_REQUEST_MODEL,
  GEN_AI_RESPONSE_MODEL,
  GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  GEN_AI_USAGE_INPUT_TOKENS,
  GEN_AI_USAGE_OUTPUT_TOKENS,
} from './genai-attributes';
import { ERROR_TYPE } from './span-attributes';

/** What one finished GenAI provider span tells about usage; the input of GenAI metrics. */
export interface GenAiSpanUsage {
  operation: string | undefined;
  provider: string | undefined;
  requestModel: string | undefined;
  responseModel: string | undefined;
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  cacheReadInputTokens: number | undefined;
  /** Span duration in milliseconds. */
  durationMs: number;
  /** `error.type` when the call failed, else undefined. */
  errorType: string | undefined;
}

/** Called once for every GenAI span that ends (registered on `TelemetryRuntime.genAiSpanListeners`). */
export type GenAiSpanListener = (usage: GenAiSpanUsage) => void;

/** Reads GenAI usage from a finished span's attributes (works on any span exported by the SDK). */
export function genAiUsageFromAttributes(attrs: Attributes, durationMs: number): GenAiSpanUsage {
  return {
    operation: str(attrs[GEN_AI_OPERATION_NAME]),
    provider: str(attrs[GEN_AI_PROVIDER_NAME]),
    requestModel: str(attrs[GEN_AI_REQUEST_MODEL]),
    responseModel: str(attrs[GEN_AI_RESPONSE_MODEL]),
    inputTokens: num(attrs[GEN_AI_USAGE_INPUT_TOKENS]),
    outputTokens: num(attrs[GEN_AI_USAGE_OUTPUT_TOKENS]),
    cacheReadInputTokens: num(attrs[GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS]),
    durationMs,
    errorType: str(attrs[ERROR_TYPE]),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

import { SpanKind, type Attributes } from '@opentelemetry/api';
import { toExpectedErrorPredicate, type ExpectedErrors } from './expected-errors';
import {
  GEN_AI_FIELD_ATTRIBUTES,
  GEN_AI_OPERATION_NAME,
  GEN_AI_PROVIDER_NAME,
  GEN_AI_REQUEST_MODEL,
} from './genai-attributes';
import type { GenAiOptions } from './genai-options';
import { CODE_FUNCTION_NAME } from './span-attributes';
import type { ResultField, SpanPlan, StartField } from './span-plan';

/** A span described with field keys; `buildSpanPlan` resolves the keys to attribute names. */
export interface SpanPlanInput {
  name: string;
  kind?: SpanKind;
  attributes?: Attributes;
  startFields?: Omit<StartField, 'attribute'>[];
  resultFields?: Omit<ResultField, 'attribute'>[];
  /** Fields declared empty, recorded later with `TelemetryService.record`. */
  emptyFields?: string[];
  expectedErrors?: ExpectedErrors;
  genAi?: GenAiOptions;
}

/** Resolves a span description into the plan a traced call reads. */
export function buildSpanPlan(input: SpanPlanInput): SpanPlan {
  const genAi = input.genAi;
  const attributeOf = (key: string) => (genAi ? (GEN_AI_FIELD_ATTRIBUTES[key] ?? key) : key);
  const startFields = (input.startFields ?? []).map((f) => ({
    ...f,
    attribute: attributeOf(f.key),
  }));
  const resultFields = (input.resultFields ?? []).map((f) => ({
    ...f,
    attribute: attributeOf(f.key),
  }));
  const keys = [...startFields, ...resultFields].map((f) => f.key).concat(input.emptyFields ?? []);
  const declared = new Map<string, string>(genAi ? Object.entries(GEN_AI_FIELD_ATTRIBUTES) : []);
  for (const key of keys) declared.set(key, attributeOf(key));
  const attributes: Attributes = {
    ...input.attributes,
    ...(genAi && genAiAttributes(genAi, input.name)),
  };
  const name = genAi ? genAiSpanName(genAi) : input.name;
  return {
    name,
    options: {
      kind: input.kind ?? (genAi ? SpanKind.CLIENT : SpanKind.INTERNAL),
      attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    },
    startFields,
    resultFields,
    // Only spans that expect `record()` calls (Empty fields, GenAI) pay for a table lookup entry.
    fieldTable:
      (input.emptyFields?.length ?? 0) > 0 || genAi
        ? { spanName: name, attributes: declared, genAiOperation: genAi?.operation }
        : undefined,
    isExpectedError: toExpectedErrorPredicate(input.expectedErrors),
  };
}

function genAiAttributes(genAi: GenAiOptions, label: string): Attributes {
  return {
    [GEN_AI_OPERATION_NAME]: genAi.operation,
    ...(genAi.provider !== undefined && { [GEN_AI_PROVIDER_NAME]: genAi.provider }),
    ...(genAi.model !== undefined && { [GEN_AI_REQUEST_MODEL]: genAi.model }),
    [CODE_FUNCTION_NAME]: label,
  };
}

/** "{operation} {model}" when the model is fixed; "{operation}" until the model field is recorded. */
function genAiSpanName(genAi: GenAiOptions): string {
  return genAi.model === undefined ? genAi.operation : `${genAi.operation} ${genAi.model}`;
}

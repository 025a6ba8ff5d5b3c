import type { SpanKind } from '@opentelemetry/api';
import type { RecordedSpan, RecordedSpanStatus } from './recorded-span';

/** What `SpanRecorder.expectSpan` checks; every property is optional. */
export interface SpanExpectation {
  /** Name of the parent span, or null for a root span. */
  parent?: string | null;
  /** Attributes that must be present with these values (others may be present too). */
  fields?: Record<string, unknown>;
  /** Attribute names that must be absent. */
  absentFields?: readonly string[];
  status?: RecordedSpanStatus;
  kind?: SpanKind;
}

/** Every way `span` differs from `expected`, as readable lines (empty when it matches). */
export function spanMismatches(
  span: RecordedSpan,
  parent: RecordedSpan | undefined,
  expected: SpanExpectation,
): string[] {
  const problems: string[] = [];
  if (expected.parent !== undefined) {
    const actual = parent?.name ?? (span.parentSpanId ? `(unrecorded ${span.parentSpanId})` : null);
    if (actual !== expected.parent)
      problems.push(
        `parent is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected.parent)}`,
      );
  }
  for (const [key, value] of Object.entries(expected.fields ?? {})) {
    const actual = span.fields[key];
    if (JSON.stringify(actual) !== JSON.stringify(value))
      problems.push(`field ${key} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  for (const key of expected.absentFields ?? [])
    if (key in span.fields)
      problems.push(`field ${key} is present (${JSON.stringify(span.fields[key])})`);
  if (expected.status !== undefined && span.status !== expected.status)
    problems.push(`status is ${span.status}, expected ${expected.status}`);
  if (expected.kind !== undefined && span.kind !== expected.kind)
    problems.push(`kind is ${span.kind}, expected ${expected.kind}`);
  return problems;
}

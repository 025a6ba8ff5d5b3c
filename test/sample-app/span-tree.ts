import type { DecodedSpan } from '../support/otlp-decode';

/**
 * The spans of `root`'s trace below it, as indented names (two spaces per level), children in
 * start order: a compact form to compare with the tree the README documents.
 */
export function spanTreeLines(spans: readonly DecodedSpan[], root: DecodedSpan): string[] {
  const sameTrace = spans.filter((s) => s.traceId === root.traceId);
  const lines: string[] = [];
  const walk = (span: DecodedSpan, depth: number) => {
    lines.push('  '.repeat(depth) + span.name);
    sameTrace
      .filter((s) => s.parentSpanId === span.spanId)
      .sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0))
      .forEach((child) => walk(child, depth + 1));
  };
  walk(root, 0);
  return lines;
}

/** The one span named `name` in the trace of `traceId` (throws when there is not exactly one). */
export function onlySpan(
  spans: readonly DecodedSpan[],
  traceId: string,
  name: string,
): DecodedSpan {
  const found = spans.filter((s) => s.traceId === traceId && s.name === name);
  if (found.length !== 1) throw new Error(`expected one span ${name}, found ${found.length}`);
  return found[0];
}

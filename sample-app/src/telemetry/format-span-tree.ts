import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

const SERVER_KEYS = ['http.request.method', 'http.route', 'http.response.status_code'];
const MAX_VALUE = 48;

/**
 * One trace as a compact tree, one line per span: name, duration, status and attributes.
 *
 *   trace 4bf92f…  POST /v1/messages  212.3 ms  http.response.status_code=200
 *   └─ pipeline.process  208.1 ms  session_key=s1 …
 */
export function formatSpanTree(spans: readonly ReadableSpan[]): string {
  const ids = new Set(spans.map((s) => s.spanContext().spanId));
  const children = new Map<string | undefined, ReadableSpan[]>();
  for (const span of [...spans].sort((a, b) => hrMs(a.startTime) - hrMs(b.startTime))) {
    const parent = span.parentSpanContext?.spanId;
    const key = parent !== undefined && ids.has(parent) ? parent : undefined;
    children.set(key, [...(children.get(key) ?? []), span]);
  }
  const lines = [`trace ${spans[0]?.spanContext().traceId ?? '?'}`];
  const walk = (parent: string | undefined, prefix: string) => {
    const list = children.get(parent) ?? [];
    list.forEach((span, i) => {
      const last = i === list.length - 1;
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${describeSpan(span)}`);
      walk(span.spanContext().spanId, prefix + (last ? '   ' : '│  '));
    });
  };
  walk(undefined, '');
  return lines.join('\n');
}

function describeSpan(span: ReadableSpan): string {
  const ms = hrMs(span.duration).toFixed(1);
  const error = span.status.code === SpanStatusCode.ERROR;
  const status = error ? `  ERROR ${span.status.message ?? ''}`.trimEnd() : '';
  const keys = Object.keys(span.attributes).filter(
    (k) => span.kind !== SpanKind.SERVER || SERVER_KEYS.includes(k),
  );
  const attrs = keys.map((k) => `${k}=${short(span.attributes[k])}`).join(' ');
  return `${span.name}  ${ms} ms${status}${attrs ? '  ' + attrs : ''}`;
}

function short(value: unknown): string {
  const rounded = typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : value;
  const text = typeof rounded === 'string' ? rounded : JSON.stringify(rounded);
  return text.length > MAX_VALUE ? text.slice(0, MAX_VALUE - 1) + '…' : text;
}

function hrMs([seconds, nanos]: readonly [number, number]): number {
  return seconds * 1000 + nanos / 1e6;
}

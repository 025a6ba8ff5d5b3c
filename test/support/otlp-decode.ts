// Decoders of the OTLP protobuf requests, from @opentelemetry/otlp-transformer@0.214.0 (the last
// release that ships them), installed under the alias `otlp-transformer-decoders`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const root = require('otlp-transformer-decoders/build/src/generated/root');

const v1 = root.opentelemetry.proto.collector;
const TO_OBJECT = {
  longs: String,
  enums: Number,
  bytes: Buffer,
  defaults: true,
  arrays: true,
  oneofs: true,
};

/** A decoded span, flattened for assertions. */
export interface DecodedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  kind: number;
  startNs: bigint;
  endNs: bigint;
  attributes: Record<string, unknown>;
  status: { code: number; message: string };
  events: { name: string; attributes: Record<string, unknown> }[];
  resource: Record<string, unknown>;
  scope: string;
}

/** A decoded log record, flattened. */
export interface DecodedLog {
  eventName: string;
  severityNumber: number;
  severityText: string;
  body: unknown;
  traceId: string;
  spanId: string;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

export function decodeTraces(body: Buffer): DecodedSpan[] {
  const req = v1.trace.v1.ExportTraceServiceRequest.toObject(
    v1.trace.v1.ExportTraceServiceRequest.decode(body),
    TO_OBJECT,
  );
  return req.resourceSpans.flatMap((rs: any) =>
    rs.scopeSpans.flatMap((ss: any) =>
      ss.spans.map((s: any) => ({
        name: s.name,
        traceId: hex(s.traceId),
        spanId: hex(s.spanId),
        parentSpanId: hex(s.parentSpanId),
        kind: s.kind,
        startNs: BigInt(s.startTimeUnixNano),
        endNs: BigInt(s.endTimeUnixNano),
        attributes: attributes(s.attributes),
        status: { code: s.status?.code ?? 0, message: s.status?.message ?? '' },
        events: s.events.map((e: any) => ({ name: e.name, attributes: attributes(e.attributes) })),
        resource: attributes(rs.resource?.attributes ?? []),
        scope: ss.scope?.name ?? '',
      })),
    ),
  );
}

export function decodeLogs(body: Buffer): DecodedLog[] {
  const req = v1.logs.v1.ExportLogsServiceRequest.toObject(
    v1.logs.v1.ExportLogsServiceRequest.decode(body),
    TO_OBJECT,
  );
  return req.resourceLogs.flatMap((rl: any) =>
    rl.scopeLogs.flatMap((sl: any) =>
      sl.logRecords.map((r: any) => ({
        eventName: r.eventName ?? '',
        severityNumber: r.severityNumber,
        severityText: r.severityText,
        body: r.body ? anyValue(r.body) : undefined,
        traceId: hex(r.traceId),
        spanId: hex(r.spanId),
        attributes: attributes(r.attributes),
        resource: attributes(rl.resource?.attributes ?? []),
      })),
    ),
  );
}

/** Decoded metrics request as a plain object (resourceMetrics → scopeMetrics → metrics). */
export function decodeMetrics(body: Buffer): any {
  return v1.metrics.v1.ExportMetricsServiceRequest.toObject(
    v1.metrics.v1.ExportMetricsServiceRequest.decode(body),
    TO_OBJECT,
  );
}

export function attributes(list: any[]): Record<string, unknown> {
  return Object.fromEntries(list.map((kv: any) => [kv.key, anyValue(kv.value)]));
}

function anyValue(v: any): unknown {
  switch (v?.value) {
    case 'intValue':
      return Number(v.intValue);
    case 'arrayValue':
      return v.arrayValue.values.map(anyValue);
    case 'kvlistValue':
      return attributes(v.kvlistValue.values);
    case undefined:
      return undefined;
    default:
      return v[v.value];
  }
}

function hex(buf: Buffer | undefined): string {
  return buf && buf.length ? Buffer.from(buf).toString('hex') : '';
}

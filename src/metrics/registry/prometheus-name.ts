import type { MetricKind } from './metric-definition';

/** UCUM units and their Prometheus words, as the OpenTelemetry Prometheus exporter maps them. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  d: 'days',
  h: 'hours',
  min: 'minutes',
  s: 'seconds',
  ms: 'milliseconds',
  us: 'microseconds',
  ns: 'nanoseconds',
  By: 'bytes',
  KiBy: 'kibibytes',
  MiBy: 'mebibytes',
  GiBy: 'gibibytes',
  TiBy: 'tebibytes',
  KBy: 'kilobytes',
  MBy: 'megabytes',
  GBy: 'gigabytes',
  TBy: 'terabytes',
  m: 'meters',
  V: 'volts',
  A: 'amperes',
  J: 'joules',
  W: 'watts',
  g: 'grams',
  Cel: 'celsius',
  Hz: 'hertz',
  '%': 'percent',
};

const PER_UNIT_WORDS: Readonly<Record<string, string>> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
  y: 'year',
};

/** Replaces characters Prometheus does not allow with `_`, collapsing runs of `_`. */
export function sanitizePrometheusName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_:]+/g, '_').replace(/_{2,}/g, '_');
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** The Prometheus label name of an attribute name (`gen_ai.token.type` → `gen_ai_token_type`). */
export function toPrometheusLabelName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]+/g, '_').replace(/^(?=[0-9])/, '_');
}

/** The unit suffix for a UCUM unit: annotations (`{token}`) are dropped, `By/s` is `bytes_per_second`. */
export function unitSuffix(unit: string, kind: MetricKind): string {
  const plain = unit.replace(/\{[^}]*\}/g, '').trim();
  if (plain === '') return '';
  if (plain === '1') return kind === 'gauge' ? 'ratio' : '';
  const [main, per] = plain.split('/', 2);
  const words = [UNIT_WORDS[main] ?? main];
  if (per !== undefined) words.push('per', PER_UNIT_WORDS[per] ?? UNIT_WORDS[per] ?? per);
  return sanitizePrometheusName(words.filter(Boolean).join('_'));
}

/**
 * The Prometheus name of an OpenTelemetry metric: `http.server.request.duration` with unit `s`
 * becomes `http_server_request_duration_seconds`; a counter named `orders.placed` becomes
 * `orders_placed_total`.
 */
export function toPrometheusName(name: string, unit: string, kind: MetricKind): string {
  let result = sanitizePrometheusName(name);
  if (kind === 'counter') result = result.replace(/_total$/, '');
  const suffix = unitSuffix(unit, kind);
  if (suffix && !result.endsWith(`_${suffix}`)) result = `${result}_${suffix}`;
  return kind === 'counter' ? `${result}_total` : result;
}

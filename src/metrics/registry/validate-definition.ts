import type { HistogramDefinition, MetricDefinitionBase, MetricKind } from './metric-definition';
import { MetricDefinitionError } from './metric-definition.error';
import { toPrometheusLabelName } from './prometheus-name';

const NAME = /^[A-Za-z][A-Za-z0-9_.\-/]{0,254}$/;
const LABEL = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const RESERVED_LABELS: Record<MetricKind, string[]> = {
  counter: [],
  gauge: [],
  upDownCounter: [],
  histogram: ['le'],
};

/** Checks a definition before it becomes an instrument; throws MetricDefinitionError naming the field. */
export function validateDefinition(kind: MetricKind, def: MetricDefinitionBase): void {
  const name = typeof def?.name === 'string' ? def.name : String(def?.name);
  const fail = (field: string, got: unknown, expected: string): never => {
    throw new MetricDefinitionError(
      name,
      `${field}: got ${JSON.stringify(got)}; expected ${expected}`,
    );
  };
  if (!NAME.test(name)) {
    fail('name', def?.name, 'a letter, then letters, digits, "_", ".", "-" or "/" (at most 255)');
  }
  if (typeof def.help !== 'string' || def.help.trim() === '')
    fail('help', def.help, 'a non-empty string');
  if (def.unit !== undefined && (typeof def.unit !== 'string' || /\s/.test(def.unit))) {
    fail('unit', def.unit, "a UCUM unit without spaces, e.g. 's', 'By', '{request}'");
  }
  const seen = new Set<string>();
  (def.labelNames ?? []).forEach((label, i) => {
    const prom = typeof label === 'string' ? toPrometheusLabelName(label) : '';
    if (typeof label !== 'string' || !LABEL.test(label) || prom.startsWith('__')) {
      fail(
        `labelNames[${i}]`,
        label,
        'a name like "method" or "http.route" (not starting with "__")',
      );
    }
    if (RESERVED_LABELS[kind].includes(prom) || prom === 'otel_metric_overflow') {
      fail(`labelNames[${i}]`, label, `a label name other than "${prom}", which is reserved`);
    }
    if (seen.has(prom)) fail(`labelNames[${i}]`, label, 'label names that differ after "." → "_"');
    seen.add(prom);
  });
  if (def.maxSeries !== undefined && !(Number.isInteger(def.maxSeries) && def.maxSeries >= 1)) {
    fail('maxSeries', def.maxSeries, 'a whole number >= 1');
  }
  if (kind === 'histogram') validateBuckets((def as HistogramDefinition).buckets, fail);
}

function validateBuckets(
  buckets: readonly number[] | undefined,
  fail: (field: string, got: unknown, expected: string) => never,
): void {
  if (buckets === undefined) return;
  const ok =
    Array.isArray(buckets) &&
    buckets.length > 0 &&
    buckets.every((b, i) => Number.isFinite(b) && (i === 0 || b > buckets[i - 1]));
  if (!ok) fail('buckets', buckets, 'a non-empty array of finite, strictly increasing numbers');
}

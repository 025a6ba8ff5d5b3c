import type { MetricKind } from './metric-definition';
import { MetricDefinitionError } from './metric-definition.error';
import type { MetricStore } from './metric-store';

/** What two definitions of one name must share. */
export interface DefinitionShape {
  kind: MetricKind;
  unit: string;
  labelNames: readonly string[];
  buckets?: readonly number[];
}

/**
 * Throws unless `wanted` matches the existing metric: defining a metric again returns the same
 * instrument (hot reload, tests), but a different type, unit, labels or buckets is a mistake.
 */
export function assertSameDefinition(existing: MetricStore<never>, wanted: DefinitionShape): void {
  const have: DefinitionShape = {
    kind: existing.kind,
    unit: existing.unit,
    labelNames: existing.labelNames,
    buckets: (existing as { buckets?: readonly number[] }).buckets,
  };
  const differences: string[] = [];
  if (have.kind !== wanted.kind) differences.push(`type ${have.kind} vs ${wanted.kind}`);
  if (have.unit !== wanted.unit) differences.push(`unit "${have.unit}" vs "${wanted.unit}"`);
  if (!sameSet(have.labelNames, wanted.labelNames)) {
    differences.push(`labels [${have.labelNames.join(', ')}] vs [${wanted.labelNames.join(', ')}]`);
  }
  if (
    wanted.kind === 'histogram' &&
    have.kind === 'histogram' &&
    !sameList(have.buckets, wanted.buckets)
  ) {
    differences.push(`buckets [${have.buckets?.join(', ')}] vs [${wanted.buckets?.join(', ')}]`);
  }
  if (differences.length === 0) return;
  throw new MetricDefinitionError(
    existing.name,
    `already defined (as ${existing.promName}) with a different definition: ${differences.join('; ')}. ` +
      'Use another name, or define it identically to get the same instrument.',
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameList(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i])
  );
}

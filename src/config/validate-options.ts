import type { core } from 'zod';
import { describeValue } from './describe-value';
import { isPlainObject } from './object-path';
import { telemetryOptionsSchema } from './schema/telemetry-options.schema';

/**
 * Validates a merged (environment + explicit) options object and returns one readable line per
 * problem. `sources` names the environment variable an option path came from.
 */
export function validateOptions(merged: unknown, sources: ReadonlyMap<string, string>): string[] {
  if (!isPlainObject(merged)) {
    return [`options: got ${describeValue('options', merged)}; expected an options object`];
  }
  const result = telemetryOptionsSchema.safeParse(merged, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => describeIssue(issue, sources));
}

function describeIssue(issue: core.$ZodIssue, sources: ReadonlyMap<string, string>): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path ? `${path}.` : '';
    return issue.keys.map((k) => `${where}${k}: unknown option`).join('; ');
  }
  const source = findSource(path, sources);
  const label = (path || 'options') + (source ? ` (from ${source})` : '');
  return `${label}: got ${describeValue(path, issue.input)}; ${issue.message}`;
}

function findSource(path: string, sources: ReadonlyMap<string, string>): string | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const source = sources.get(p);
    if (source) return source;
  }
  return undefined;
}

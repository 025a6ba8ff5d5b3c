/** Escapes a `# HELP` text of the Prometheus text format. */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Escapes a label value of the Prometheus text format. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/** `a="1",b="2"` for a label map (no braces). */
export function formatLabels(labels: Readonly<Record<string, string>>): string {
  let out = '';
  for (const name in labels) out += `${out ? ',' : ''}${name}="${escapeLabelValue(labels[name])}"`;
  return out;
}

/** A sample value as Prometheus writes it (`+Inf`, `-Inf`, `NaN`). */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** A sample line: `name{labels} value`, braces only when there are labels. */
export function sampleLine(name: string, labels: string, value: number): string {
  return labels ? `${name}{${labels}} ${formatValue(value)}` : `${name} ${formatValue(value)}`;
}

/** What the README test needs from a Prometheus text exposition. */
export interface Exposition {
  /** `# TYPE` of every metric family. */
  types: Map<string, string>;
  /** Label names seen on the samples of each family (without `le`). */
  labels: Map<string, Set<string>>;
}

const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

/** Parses `# TYPE` lines and the label names of each family's samples. */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const labels = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/.exec(line);
    if (type) {
      types.set(type[1], type[2]);
      continue;
    }
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? /.exec(line);
    if (!sample || line.startsWith('#')) continue;
    const family = familyOf(sample[1], types);
    const names = [...(sample[2] ?? '').matchAll(/([a-zA-Z_]\w*)="/g)].map((m) => m[1]);
    const set = labels.get(family) ?? new Set<string>();
    for (const name of names) if (name !== 'le') set.add(name);
    labels.set(family, set);
  }
  return { types, labels };
}

function familyOf(sampleName: string, types: Map<string, string>): string {
  if (types.has(sampleName)) return sampleName;
  const suffix = SUFFIXES.find(
    (s) => sampleName.endsWith(s) && types.has(sampleName.slice(0, -s.length)),
  );
  return suffix ? sampleName.slice(0, -suffix.length) : sampleName;
}

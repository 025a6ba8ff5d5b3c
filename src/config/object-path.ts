/** True for `{}`-style objects (not arrays, class instances of other kinds are accepted). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `obj.a.b.c = value` for the path `a.b.c`, creating objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = obj;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** Reads `obj.a.b.c` for the path `a.b.c`; undefined when any step is missing. */
export function getPath(obj: Record<string, unknown>, path: string): unknown {
  let node: unknown = obj;
  for (const key of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Deep merge of plain objects; values of `over` win, arrays and other values are replaced whole. */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    out[key] =
      isPlainObject(value) && isPlainObject(out[key]) && !isInstance(value)
        ? deepMerge(out[key] as Record<string, unknown>, value)
        : value;
  }
  return out;
}

function isInstance(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto !== Object.prototype && proto !== null;
}

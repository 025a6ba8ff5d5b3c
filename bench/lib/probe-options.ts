import { resolveTelemetryConfig, type TelemetryModuleOptions } from '../../dist';

/**
 * Adds `extra` to `base` only if the library on main accepts it (the option schema is strict,
 * so an option an unmerged issue adds would fail validation). Lets the bench use options such
 * as `events.exporters` or `logging.destination` as soon as they land.
 */
export function withIfSupported(
  base: TelemetryModuleOptions,
  extra: object,
): TelemetryModuleOptions {
  const merged = deepMerge(base, extra) as TelemetryModuleOptions;
  try {
    resolveTelemetryConfig(merged, { env: {} });
    return merged;
  } catch {
    return base;
  }
}

function deepMerge(a: object, b: object): object {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key];
    out[key] = isPlain(prev) && isPlain(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

function isPlain(v: unknown): v is object {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

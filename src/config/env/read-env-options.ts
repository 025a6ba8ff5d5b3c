import { ENV_OPTION_MAP } from './env-option-map';
import { parseKeyValueList } from './env-values';
import { readSamplerEnv } from './sampler-env';
import { setPath } from '../object-path';

/** Options read from the environment, with the variable each option path came from. */
export interface EnvOptions {
  options: Record<string, unknown>;
  /** option path → environment variable name, for error messages. */
  sources: Map<string, string>;
  /** Problems that are not about one option's value (e.g. an unknown sampler name). */
  issues: string[];
}

/** Reads the standard OTEL_* variables (see ENV_OPTION_MAP) into a partial options object. */
export function readEnvOptions(env: NodeJS.ProcessEnv): EnvOptions {
  const result: EnvOptions = { options: {}, sources: new Map(), issues: [] };
  const set = (path: string, value: unknown, source: string) => {
    if (value === undefined) return;
    setPath(result.options, path, value);
    result.sources.set(path, source);
  };
  readResourceAttributes(env, set);
  for (const { env: name, path, parse } of ENV_OPTION_MAP) {
    const raw = env[name];
    if (raw !== undefined && raw.trim() !== '') set(path, parse(raw), name);
  }
  readSamplerEnv(env, set, result.issues);
  return result;
}

function readResourceAttributes(
  env: NodeJS.ProcessEnv,
  set: (path: string, value: unknown, source: string) => void,
): void {
  const raw = env.OTEL_RESOURCE_ATTRIBUTES;
  if (!raw) return;
  const attributes = parseKeyValueList(raw);
  const source = 'OTEL_RESOURCE_ATTRIBUTES';
  set('serviceName', attributes['service.name'], source);
  set('serviceVersion', attributes['service.version'], source);
  set(
    'environment',
    attributes['deployment.environment.name'] ?? attributes['deployment.environment'],
    source,
  );
  set('resourceAttributes', attributes, source);
}

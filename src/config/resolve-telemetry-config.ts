import type { TelemetryModuleOptions } from './options/telemetry-module-options';
import type { ResolvedTelemetryConfig } from './resolved-telemetry-config';
import { readEnvOptions } from './env/read-env-options';
import { deepMerge, getPath, isPlainObject } from './object-path';
import { readPackageIdentity } from './package-identity';
import { buildResolvedConfig } from './build-resolved-config';
import { TelemetryConfigError } from './telemetry-config-error';
import { validateOptions } from './validate-options';
import { checkCrossFieldRules } from './cross-field-rules';

/** Where defaults come from besides the options: the environment and the working directory. */
export interface ResolveContext {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Merges defaults, OTEL_* environment variables and explicit options (explicit wins), validates
 * the result and returns it fully resolved. Throws one TelemetryConfigError listing every problem.
 */
export function resolveTelemetryConfig(
  options: TelemetryModuleOptions | unknown,
  context: ResolveContext = {},
): ResolvedTelemetryConfig {
  const env = readEnvOptions(context.env ?? process.env);
  const explicit = isPlainObject(options) ? options : undefined;
  for (const path of [...env.sources.keys()]) {
    if (explicit && getPath(explicit, path) !== undefined) env.sources.delete(path);
  }
  const merged = explicit ? deepMerge(env.options, explicit) : options;
  const problems = [...env.issues, ...validateOptions(merged, env.sources)];
  if (problems.length > 0) throw new TelemetryConfigError(problems);

  const identity = readPackageIdentity(context.cwd ?? process.cwd());
  const resolved = buildResolvedConfig(merged as TelemetryModuleOptions, identity);
  const crossProblems = checkCrossFieldRules(resolved);
  if (crossProblems.length > 0) throw new TelemetryConfigError(crossProblems);
  return resolved;
}

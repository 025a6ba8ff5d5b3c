import { numberOrRaw } from './env-values';

type Setter = (path: string, value: unknown, source: string) => void;

const SAMPLERS: Record<string, { ratio?: number; parentBased: boolean }> = {
  always_on: { ratio: 1, parentBased: false },
  always_off: { ratio: 0, parentBased: false },
  traceidratio: { parentBased: false },
  parentbased_always_on: { ratio: 1, parentBased: true },
  parentbased_always_off: { ratio: 0, parentBased: true },
  parentbased_traceidratio: { parentBased: true },
};

/** Maps OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG onto `traces.samplingRatio` / `traces.parentBased`. */
export function readSamplerEnv(env: NodeJS.ProcessEnv, set: Setter, issues: string[]): void {
  const name = env.OTEL_TRACES_SAMPLER?.trim().toLowerCase();
  if (!name) return;
  const sampler = SAMPLERS[name];
  if (!sampler) {
    issues.push(
      `traces.samplingRatio (from OTEL_TRACES_SAMPLER): got ${JSON.stringify(name)}; expected one of ${Object.keys(SAMPLERS).join(', ')}`,
    );
    return;
  }
  set('traces.parentBased', sampler.parentBased, 'OTEL_TRACES_SAMPLER');
  if (sampler.ratio !== undefined) {
    set('traces.samplingRatio', sampler.ratio, 'OTEL_TRACES_SAMPLER');
    return;
  }
  const arg = env.OTEL_TRACES_SAMPLER_ARG;
  set('traces.samplingRatio', arg === undefined ? 1 : numberOrRaw(arg), 'OTEL_TRACES_SAMPLER_ARG');
}

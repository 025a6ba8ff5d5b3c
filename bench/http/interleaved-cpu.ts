import { pinThisProcess, planCores } from '../lib/cpu-pinning';
import { OtlpSink } from '../lib/otlp-sink';
import { LOAD_PATH } from './apps/users';
import type { HttpConfig } from './http-config';
import { runLoad } from './load';
import { spawnApp } from './spawn-app';

/** Server CPU µs per request of each configuration, one figure per round. */
export interface InterleavedCpu {
  readonly config: HttpConfig;
  readonly cpuUsPerRequest: number[];
}

/**
 * Starts every configuration (own OTLP sink, server pinned to its core), warms each up for
 * `warmupSeconds`, then runs `rounds` rounds of `seconds` of load per app in an order rotated
 * each round, reading each server's CPU time around every round. Stops everything at the end.
 * Used by the ablation and the A/B tools.
 */
export async function measureInterleavedCpu(
  configs: readonly HttpConfig[],
  rounds: number,
  seconds: number,
  warmupSeconds: number,
  onRound?: (round: number, config: HttpConfig, cpuUsPerRequest: number | undefined) => void,
): Promise<InterleavedCpu[]> {
  const cores = planCores();
  const sinks = await Promise.all(configs.map(() => new OtlpSink().start()));
  const unpin = pinThisProcess(cores.loadCore);
  const apps: Awaited<ReturnType<typeof spawnApp>>[] = [];
  try {
    for (const [i, config] of configs.entries())
      apps.push(await spawnApp(config, sinks[i].url, cores.serverCore));
    const url = (app: (typeof apps)[number]) => `http://127.0.0.1:${app.port}${LOAD_PATH}`;
    for (const app of apps) await runLoad(url(app), warmupSeconds, 16);
    const cpu = apps.map((): number[] => []);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < apps.length; k++) {
        const i = (k + round) % apps.length;
        await runLoad(url(apps[i]), 1, 16);
        const r = await runLoad(url(apps[i]), seconds, 16, apps[i].pid);
        cpu[i].push(r.serverCpuUsPerRequest ?? NaN);
        onRound?.(round, configs[i], r.serverCpuUsPerRequest);
      }
    }
    return configs.map((config, i) => ({ config, cpuUsPerRequest: cpu[i] }));
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    unpin();
    await Promise.all(sinks.map((s) => s.stop()));
  }
}

import { join } from 'node:path';
import type { BenchOptions } from '../lib/bench-options';
import { RESULTS_DIR } from '../lib/bench-paths';
import { pinThisProcess, planCores } from '../lib/cpu-pinning';
import { OtlpSink } from '../lib/otlp-sink';
import { median } from '../lib/stats';
import { LOAD_PATH } from './apps/users';
import { HTTP_BARE, HTTP_CONFIGS } from './http-config';
import { runLoad, type LoadResult } from './load';
import { type RunningApp, spawnApp } from './spawn-app';

export interface HttpConfigResult {
  readonly name: string;
  readonly wired: string[];
  readonly todo: string[];
  readonly rounds: LoadResult[];
  /** Medians over rounds. */
  readonly rps: number;
  readonly p99Ms: number;
  readonly ratioToBare?: number;
  /** Median server CPU µs per request, and bare's over this (a throughput ratio per CPU). */
  readonly cpuUsPerRequest?: number;
  readonly cpuRatioToBare?: number;
  readonly errors: number;
  /** OTLP posts and bytes the app's sink received. */
  readonly otlpPosts: number;
  readonly otlpBytes: number;
}

export interface HttpResult {
  readonly pinning: string;
  readonly connections: number;
  readonly secondsPerRound: number;
  readonly configs: HttpConfigResult[];
}

/** Starts every configuration, then runs interleaved rounds (order rotated each round). */
export async function runHttp(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<HttpResult> {
  const cores = planCores();
  const sinks = await Promise.all(HTTP_CONFIGS.map(() => new OtlpSink().start()));
  const apps: RunningApp[] = [];
  const unpin = pinThisProcess(cores.loadCore);
  try {
    const started = HTTP_CONFIGS.map((config, i) =>
      spawnApp(config, sinks[i].url, cores.serverCore, profileDir(options)),
    );
    for (const app of await Promise.allSettled(started))
      if (app.status === 'fulfilled') apps.push(app.value);
    for (const app of await Promise.all(started))
      log(`  http: ${app.config.name} listening on ${app.port}`);
    const url = (app: RunningApp) => `http://127.0.0.1:${app.port}${LOAD_PATH}`;
    for (const app of apps)
      await runLoad(url(app), options.httpWarmupSeconds * 2, options.httpConnections);
    const rounds = new Map<RunningApp, LoadResult[]>(apps.map((a) => [a, []]));
    for (let round = 0; round < options.httpRounds; round++) {
      const order = [...apps.slice(round % apps.length), ...apps.slice(0, round % apps.length)];
      for (const app of order) {
        log(`  http: round ${round + 1}/${options.httpRounds}, ${app.config.name}`);
        if (!options.quick)
          await runLoad(url(app), options.httpWarmupSeconds, options.httpConnections);
        rounds
          .get(app)!
          .push(await runLoad(url(app), options.httpSeconds, options.httpConnections, app.pid));
      }
    }
    const configs = apps.map((app, i) => summarise(app, rounds.get(app)!, sinks[i]));
    const bare = configs.find((c) => c.name === HTTP_BARE);
    return {
      pinning: cores.note,
      connections: options.httpConnections,
      secondsPerRound: options.httpSeconds,
      configs: configs.map((c) => ({
        ...c,
        ratioToBare: bare ? c.rps / bare.rps : undefined,
        cpuRatioToBare:
          bare?.cpuUsPerRequest && c.cpuUsPerRequest
            ? bare.cpuUsPerRequest / c.cpuUsPerRequest
            : undefined,
      })),
    };
  } finally {
    unpin();
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all(sinks.map((s) => s.stop()));
  }
}

function profileDir(options: BenchOptions): string | undefined {
  return options.profile ? join(RESULTS_DIR, 'profiles') : undefined;
}

function summarise(app: RunningApp, rounds: LoadResult[], sink: OtlpSink): HttpConfigResult {
  return {
    name: app.config.name,
    wired: app.wired,
    todo: app.todo,
    rounds,
    rps: median(rounds.map((r) => r.rps)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    cpuUsPerRequest: cpuMedian(rounds),
    errors: rounds.reduce((n, r) => n + r.errors + r.non2xx, 0),
    otlpPosts: sink.requests,
    otlpBytes: sink.bytes,
  };
}

function cpuMedian(rounds: LoadResult[]): number | undefined {
  const values = rounds.map((r) => r.serverCpuUsPerRequest).filter((v) => v !== undefined);
  return values.length ? median(values) : undefined;
}

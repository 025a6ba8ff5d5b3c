import { join } from 'node:path';
import { pinThisProcess, planCores } from '../lib/cpu-pinning';
import { OtlpSink } from '../lib/otlp-sink';
import { median } from '../lib/stats';
import { LOAD_PATH } from '../http/apps/users';
import { HTTP_CONFIGS, type HttpConfig } from '../http/http-config';
import { runLoad } from '../http/load';
import { type RunningApp, spawnApp } from '../http/spawn-app';

/**
 * Server CPU per request of the ablation app (our full stack) under several environments, in
 * interleaved rounds: for trying a change behind an environment switch before making it.
 *
 *   node -r ts-node/register/transpile-only bench/tools/ab-env.ts <rounds> <seconds> 'A=1' 'A=1,B=2' ...
 *
 * Each argument after the first two is one variant: comma-separated KEY=VALUE pairs ('' = none),
 * or `preload:<file>[,KEY=VALUE...]` for the bare app with only that module preloaded.
 */
const [rounds = 4, seconds = 4] = process.argv.slice(2, 4).map(Number);
const variants = process.argv.slice(4);

function variant(spec: string): HttpConfig {
  // 'preload:<file>[,KEY=VALUE...]': the bare app with only that module preloaded.
  if (spec.startsWith('preload:')) {
    const [file, ...pairs] = spec.slice(8).split(',');
    const env = Object.fromEntries(pairs.map((kv) => kv.split('=') as [string, string]));
    return { ...HTTP_CONFIGS[0], name: spec, preload: [join(process.cwd(), file)], env };
  }
  const env = Object.fromEntries(
    spec
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string]),
  );
  return {
    name: spec || '(full stack)',
    script: join(__dirname, '..', 'http', 'ablation', 'ablation.app.ts'),
    preload: HTTP_CONFIGS[1].preload,
    env,
  };
}

async function main(): Promise<void> {
  const configs = [HTTP_CONFIGS[0], ...variants.map(variant)];
  const cores = planCores();
  const sinks = await Promise.all(configs.map(() => new OtlpSink().start()));
  const unpin = pinThisProcess(cores.loadCore);
  const apps: RunningApp[] = [];
  try {
    for (const [i, config] of configs.entries())
      apps.push(await spawnApp(config, sinks[i].url, cores.serverCore));
    const url = (app: RunningApp) => `http://127.0.0.1:${app.port}${LOAD_PATH}`;
    for (const app of apps) await runLoad(url(app), 2, 16);
    const cpu = new Map<RunningApp, number[]>(apps.map((a) => [a, []]));
    for (let round = 0; round < rounds; round++) {
      const order = [...apps.slice(round % apps.length), ...apps.slice(0, round % apps.length)];
      for (const app of order) {
        await runLoad(url(app), 1, 16);
        const r = await runLoad(url(app), seconds, 16, app.pid);
        cpu.get(app)!.push(r.serverCpuUsPerRequest ?? NaN);
      }
    }
    const bare = median(cpu.get(apps[0])!);
    for (const app of apps) {
      const us = median(cpu.get(app)!);
      const all = cpu
        .get(app)!
        .map((v) => v.toFixed(0))
        .join(' ');
      console.log(
        `${app.config.name.padEnd(40)} ${us.toFixed(0).padStart(5)} µs/req  ${(bare / us).toFixed(2)}x bare   [${all}]`,
      );
    }
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    unpin();
    await Promise.all(sinks.map((s) => s.stop()));
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

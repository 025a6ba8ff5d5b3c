import { join } from 'node:path';
import { pinThisProcess, planCores } from '../../lib/cpu-pinning';
import { OtlpSink } from '../../lib/otlp-sink';
import { median } from '../../lib/stats';
import { LOAD_PATH } from '../apps/users';
import { HTTP_CONFIGS, type HttpConfig } from '../http-config';
import { runLoad } from '../load';
import { type RunningApp, spawnApp } from '../spawn-app';

/**
 * Where our full stack's per-request CPU goes: the bare app, our full stack, and our stack with
 * one part left out at a time (ABLATE=<part> in the app), in interleaved rounds. Prints server CPU
 * µs per request and what leaving each part out saves. Not part of `npm run bench`:
 *
 *   npm run build && node -r ts-node/register/transpile-only bench/http/ablation/run-ablation.ts \
 *     [rounds=3] [seconds=6] [parts=logging,request-log,metrics,events,emit,instrument]
 */
const [rounds = 3, seconds = 6] = process.argv.slice(2, 4).map(Number);
const parts = (process.argv[4] ?? 'logging,request-log,metrics,events,emit,instrument').split(',');

const ours = HTTP_CONFIGS[1];
const ablated = (without: string): HttpConfig => ({
  name: without ? `without ${without}`.slice(0, 40) : 'our full stack',
  script: join(__dirname, 'ablation.app.ts'),
  preload: ours.preload,
  env: { ABLATE: without },
});
const bare = HTTP_CONFIGS[0];
const configs = [
  bare,
  { ...bare, name: 'bare + preload (server span only)', preload: ours.preload },
  ablated(''),
  ...parts.map(ablated),
];

async function main(): Promise<void> {
  const cores = planCores();
  const sinks = await Promise.all(configs.map(() => new OtlpSink().start()));
  const unpin = pinThisProcess(cores.loadCore);
  const apps: RunningApp[] = [];
  try {
    for (const [i, config] of configs.entries())
      apps.push(await spawnApp(config, sinks[i].url, cores.serverCore));
    const url = (app: RunningApp) => `http://127.0.0.1:${app.port}${LOAD_PATH}`;
    for (const app of apps) await runLoad(url(app), 3, 16);
    const cpu = new Map<RunningApp, number[]>(apps.map((a) => [a, []]));
    for (let round = 0; round < rounds; round++) {
      const order = [...apps.slice(round % apps.length), ...apps.slice(0, round % apps.length)];
      for (const app of order) {
        await runLoad(url(app), 1, 16);
        const r = await runLoad(url(app), seconds, 16, app.pid);
        cpu.get(app)!.push(r.serverCpuUsPerRequest ?? NaN);
        process.stderr.write(
          `round ${round + 1} ${app.config.name}: ${r.serverCpuUsPerRequest?.toFixed(0)} µs/req\n`,
        );
      }
    }
    const us = (app: RunningApp) => median(cpu.get(app)!);
    const [bareApp, , full] = apps;
    console.log(`${'configuration'.padEnd(40)} CPU µs/req  x bare (CPU)  saved vs full`);
    for (const app of apps)
      console.log(
        `${app.config.name.padEnd(40)} ${us(app).toFixed(0).padStart(10)}  ${(us(bareApp) / us(app)).toFixed(2).padStart(11)}x  ${
          app === bareApp || app === apps[1] || app === full
            ? ''
            : (us(full) - us(app)).toFixed(0).padStart(8) + ' µs'
        }`,
      );
  } finally {
    unpin();
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all(sinks.map((s) => s.stop()));
  }
}

void main();

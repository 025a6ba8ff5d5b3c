import { benchModule } from '../../lib/bench-paths';
import { median } from '../../lib/stats';
import { HTTP_CONFIGS, type HttpConfig } from '../http-config';
import { measureInterleavedCpu } from '../interleaved-cpu';

/**
 * Where our full stack's per-request CPU goes: the bare app, our full stack, and our stack with
 * one part left out at a time (ABLATE=<part> in the app), in interleaved rounds. Prints server CPU
 * µs per request and what leaving each part out saves. Not part of `npm run bench`:
 *
 *   npm run build:bench && node bench-build/http/ablation/run-ablation.js \
 *     [rounds=3] [seconds=6] [parts=logging,request-log,metrics,events,emit,instrument,health]
 */
const [rounds = 3, seconds = 6] = process.argv.slice(2, 4).map(Number);
const parts = (
  process.argv[4] ?? 'logging,request-log,metrics,events,emit,instrument,health'
).split(',');

const ours = HTTP_CONFIGS[1];
const ablated = (without: string): HttpConfig => ({
  name: without ? `without ${without}`.slice(0, 40) : 'our full stack',
  script: benchModule('http', 'ablation', 'ablation.app'),
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
  const results = await measureInterleavedCpu(configs, rounds, seconds, 3, (round, config, us) =>
    process.stderr.write(`round ${round + 1} ${config.name}: ${us?.toFixed(0)} µs/req\n`),
  );
  const us = results.map((r) => median(r.cpuUsPerRequest));
  const [bare, , full] = us;
  console.log(`${'configuration'.padEnd(40)} CPU µs/req  x bare (CPU)  saved vs full`);
  for (const [i, { config }] of results.entries())
    console.log(
      `${config.name.padEnd(40)} ${us[i].toFixed(0).padStart(10)}  ${(bare / us[i]).toFixed(2).padStart(11)}x  ${
        i <= 2 ? '' : (full - us[i]).toFixed(0).padStart(8) + ' µs'
      }`,
    );
}

void main();

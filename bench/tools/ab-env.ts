import { join } from 'node:path';
import { benchModule } from '../lib/bench-paths';
import { median } from '../lib/stats';
import { HTTP_CONFIGS, type HttpConfig } from '../http/http-config';
import { measureInterleavedCpu } from '../http/interleaved-cpu';

/**
 * Server CPU per request of the ablation app (our full stack) under several environments, in
 * interleaved rounds: for trying a change behind an environment switch before making it.
 *
 *   node bench-build/tools/ab-env.js <rounds> <seconds> 'A=1' 'A=1,B=2' ...
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
    script: benchModule('http', 'ablation', 'ablation.app'),
    preload: HTTP_CONFIGS[1].preload,
    env,
  };
}

async function main(): Promise<void> {
  const configs = [HTTP_CONFIGS[0], ...variants.map(variant)];
  const results = await measureInterleavedCpu(configs, rounds, seconds, 2);
  const bare = median(results[0].cpuUsPerRequest);
  for (const { config, cpuUsPerRequest } of results) {
    const us = median(cpuUsPerRequest);
    const all = cpuUsPerRequest.map((v) => v.toFixed(0)).join(' ');
    console.log(
      `${config.name.padEnd(40)} ${us.toFixed(0).padStart(5)} µs/req  ${(bare / us).toFixed(2)}x bare   [${all}]`,
    );
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

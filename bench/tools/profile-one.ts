import { join } from 'node:path';
import { RESULTS_DIR } from '../lib/bench-paths';
import { pinThisProcess, planCores } from '../lib/cpu-pinning';
import { OtlpSink } from '../lib/otlp-sink';
import { LOAD_PATH } from '../http/apps/users';
import { HTTP_CONFIGS } from '../http/http-config';
import { runLoad } from '../http/load';
import { spawnApp } from '../http/spawn-app';

/**
 * CPU profile of one HTTP configuration under load, for finding where a request's time goes:
 *
 *   npm run build:bench && node bench-build/tools/profile-one.js \
 *     ["our full stack"] [seconds=8] [profile dir=bench/results/profiles]
 *
 * then `bench/tools/summarize-profile.ts <dir>/<configuration>.cpuprofile`.
 */
const [name = HTTP_CONFIGS[1].name, seconds = '8', dir] = process.argv.slice(2);

async function main(): Promise<void> {
  const config = HTTP_CONFIGS.find((c) => c.name === name);
  if (!config) throw new Error(`no configuration named "${name}"`);
  const cores = planCores();
  const sink = await new OtlpSink().start();
  const unpin = pinThisProcess(cores.loadCore);
  const profiles = dir ?? join(RESULTS_DIR, 'profiles');
  const app = await spawnApp(config, sink.url, cores.serverCore, profiles);
  try {
    const url = `http://127.0.0.1:${app.port}${LOAD_PATH}`;
    await runLoad(url, 2, 16);
    const r = await runLoad(url, Number(seconds), 16, app.pid);
    console.log(
      `${name}: ${r.rps.toFixed(0)} req/s, ${r.serverCpuUsPerRequest?.toFixed(0)} µs/req`,
    );
  } finally {
    await app.stop();
    unpin();
    await sink.stop();
  }
  console.log(`profile in ${profiles}`);
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

import { type ChildProcess, spawn } from 'node:child_process';
import { loaderArgs } from '../lib/bench-paths';
import type { AppReady } from './apps/serve-app';
import type { HttpConfig } from './http-config';

/** A bench app running in its own process, pinned to one core when taskset exists. */
export interface RunningApp extends AppReady {
  readonly config: HttpConfig;
  readonly pid: number | undefined;
  readonly pinned: boolean;
  stop(): Promise<void>;
}

/** Starts `config`'s app with its OTLP exporters pointed at `otlpUrl`; resolves once it listens. */
export function spawnApp(
  config: HttpConfig,
  otlpUrl: string,
  core: string | undefined,
  profileDir?: string,
): Promise<RunningApp> {
  const nodeArgs = [...new Set([config.script, ...config.preload].flatMap(loaderArgs))];
  if (profileDir)
    nodeArgs.push(
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      `--cpu-prof-name=${slug(config.name)}.cpuprofile`,
    );
  for (const module of config.preload) nodeArgs.push('-r', module);
  nodeArgs.push(config.script);
  const [command, args] = core
    ? ['taskset', ['-c', core, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command, args, {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
      OTEL_METRICS_EXPORTER: 'otlp',
      OTEL_LOGS_EXPORTER: 'none',
      ...config.env,
    },
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)),
    );
    child.once('exit', (code) =>
      reject(new Error(`${config.name} exited (${code}) before listening:\n${stderr}`)),
    );
    child.once('message', (ready) => {
      child.removeAllListeners('exit');
      resolve({
        ...(ready as AppReady),
        config,
        pid: child.pid,
        pinned: core !== undefined,
        stop: () => stop(child, profileDir ? 60_000 : 5_000),
      });
    });
  });
}

function stop(child: ChildProcess, killAfterMs: number): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.disconnect();
  });
}

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

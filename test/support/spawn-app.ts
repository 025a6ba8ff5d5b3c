import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A Nest app running in a child process, with everything it printed. */
export interface SpawnedApp {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code, or the signal name when the process re-raised it. */
  stop: () => Promise<number | string | null>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Spawns `node [--require dist/sdk/register.js] -r ts-node/register/transpile-only <script>` and
 * resolves once it prints `LISTENING <port>`. Requires `dist/` to be built (npm test builds it).
 */
export function spawnApp(
  script: string,
  options: { env?: NodeJS.ProcessEnv; preload?: boolean; timeoutMs?: number } = {},
): Promise<SpawnedApp> {
  const args = [
    ...(options.preload === false ? [] : ['--require', join(ROOT, 'dist/sdk/register.js')]),
    '--require',
    'ts-node/register/transpile-only',
    join(ROOT, script),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`app did not start in time:\n${out}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      const port = Number(match[1]);
      resolve({
        child,
        port,
        url: `http://127.0.0.1:${port}`,
        output: () => out,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code} before listening:\n${out}`));
    });
  });
}

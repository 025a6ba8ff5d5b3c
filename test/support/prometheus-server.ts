import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A real Prometheus server for one test: own data directory, loopback only, scraping `target`
 * (host:port) every second. `stop()` kills it and deletes its directory.
 */
export class PrometheusServer {
  private process: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'prom-test-'));
  private port = 0;
  private log = '';

  async start(target: string, metricsPath = '/metrics'): Promise<this> {
    this.port = await freePort();
    const config = join(this.dir, 'prometheus.yml');
    writeFileSync(
      config,
      [
        'global: { scrape_interval: 1s, evaluation_interval: 1s }',
        'scrape_configs:',
        '  - job_name: app',
        `    metrics_path: ${metricsPath}`,
        `    static_configs: [{ targets: ['${target}'] }]`,
      ].join('\n'),
    );
    this.process = spawn('prometheus', [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(this.dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${this.port}`,
    ]);
    this.process.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    return this;
  }

  /** Recent Prometheus log lines, for failure messages. */
  get output(): string {
    return this.log.split('\n').slice(-15).join('\n');
  }

  /** Calls the HTTP API; undefined while the server is not answering yet. */
  async api(path: string): Promise<any> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`);
      return await res.json();
    } catch {
      return undefined;
    }
  }

  /** The result vector of an instant PromQL query. */
  async query(
    promql: string,
  ): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
    const body = await this.api(`/api/v1/query?query=${encodeURIComponent(promql)}`);
    return body?.status === 'success' ? body.data.result : [];
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Polls `read` every 250 ms until `ok` holds; throws with `describe()` after `timeoutMs`. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out: ${describe()}\nlast value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

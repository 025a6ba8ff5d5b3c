import autocannon from 'autocannon';
import { processCpuSeconds } from './process-cpu';

/** One round of load on one app. */
export interface LoadResult {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  /** CPU time the server used per request during the round, in µs (Linux only). */
  readonly serverCpuUsPerRequest?: number;
}

/** Runs autocannon against `url` for `seconds`, reading the server's CPU time around it. */
export async function runLoad(
  url: string,
  seconds: number,
  connections: number,
  serverPid?: number,
): Promise<LoadResult> {
  const cpuBefore = processCpuSeconds(serverPid);
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  const cpuAfter = processCpuSeconds(serverPid);
  const requests = result.requests.total;
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return {
    rps: requests / (result.duration || seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverCpuUsPerRequest: cpu !== undefined && requests > 0 ? (cpu * 1e6) / requests : undefined,
  };
}

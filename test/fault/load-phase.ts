import autocannon from 'autocannon';

/** What one load phase measured. */
export interface PhaseFigures {
  phase: string;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  p50: number;
  p99: number;
  /** Set on a first measurement that was over the p99 limit and measured again. */
  superseded?: boolean;
}

/** Bounded load on 127.0.0.1: `rate` requests/s over 10 connections for `seconds`. */
export async function runLoad(
  url: string,
  phase: string,
  seconds: number,
  rate = 200,
): Promise<PhaseFigures> {
  const result = await autocannon({
    url: `${url}/work/${phase}`,
    connections: 10,
    duration: seconds,
    overallRate: rate,
    timeout: 5,
  });
  return {
    phase,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

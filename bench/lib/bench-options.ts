/** Sections of the run, in the order they execute. */
export const SECTIONS = ['micro', 'metrics', 'memory', 'http'] as const;
export type Section = (typeof SECTIONS)[number];

/** How long each part of the run measures; `quick` is the ~10 s CI smoke. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly sections: readonly Section[];
  /** Micro: timed repetitions per variant per process (median taken), after one warm-up block. */
  readonly microReps: number;
  /** Micro: fresh processes the section runs in, one after another; their repetitions are pooled. */
  readonly microProcesses: number;
  /** Micro: scale of the calls per repetition (1 = full). */
  readonly microScale: number;
  /** HTTP: interleaved rounds, and seconds of load per configuration per round. */
  readonly httpRounds: number;
  readonly httpSeconds: number;
  readonly httpWarmupSeconds: number;
  readonly httpConnections: number;
  /** Events for the RSS measurement. */
  readonly rssEvents: number;
  /** `--profile`: the HTTP apps write V8 CPU profiles (`--cpu-prof`) to bench/results/profiles/. */
  readonly profile: boolean;
}

/** Reads `--quick` / `BENCH_QUICK=1`, `--only=micro,http` (or `BENCH_ONLY`), `--profile`. */
export function readBenchOptions(argv = process.argv, env = process.env): BenchOptions {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  const onlyArg =
    argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? env.BENCH_ONLY;
  const sections = onlyArg ? SECTIONS.filter((s) => onlyArg.split(',').includes(s)) : [...SECTIONS];
  return {
    quick,
    sections,
    microReps: quick ? 5 : 7,
    microProcesses: quick ? 1 : 5,
    microScale: quick ? 0.08 : 1,
    httpRounds: quick ? 1 : 5,
    httpSeconds: quick ? 1 : 8,
    httpWarmupSeconds: quick ? 0.25 : 2,
    httpConnections: 16,
    rssEvents: quick ? 100_000 : 1_000_000,
    profile: argv.includes('--profile') || env.BENCH_PROFILE === '1',
  };
}

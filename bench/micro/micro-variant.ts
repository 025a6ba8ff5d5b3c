/** Nanoseconds measured by one block of calls (the yields between chunks are not timed). */
export interface BlockTiming {
  /** Wall-clock time of the timed chunks. */
  readonly wallNs: number;
  /** CPU time (user + system) of this process during the timed chunks. */
  readonly cpuNs: number;
  readonly calls: number;
  /** Wall ns per call of each timed chunk, for percentiles. */
  readonly chunkNs: number[];
}

/** One thing measured in a micro suite. Adding a variant = adding one of these. */
export interface MicroVariant {
  readonly name: string;
  /** One call. In an async suite its Promise is awaited before the next call. */
  readonly call?: () => unknown;
  /** What each call must export (spans, events); checked against the counter after every block. */
  readonly exportsPerCall?: number;
  /** Runs a block inside some state (a sampled-out parent context, no runtime, an active span). */
  readonly around?: (block: () => Promise<BlockTiming>) => Promise<BlockTiming>;
  /** Set while the code measured is not on main: the variant is listed as pending, not run. */
  readonly pending?: string;
}

/** Counts what really left the process, so that dropped spans or events cannot flatter a figure. */
export interface ExportCounter {
  readonly what: string;
  count(): number;
  flush(): Promise<void>;
}

/** Variants measured side by side, interleaved within each repetition. */
export interface MicroSuite {
  readonly id: string;
  readonly title: string;
  readonly mode: 'sync' | 'async';
  /** Calls per variant per repetition at full scale. */
  readonly calls: number;
  /** Calls per timed chunk; the event loop runs every `chunksPerYield` chunks. */
  readonly chunk: number;
  readonly chunksPerYield: number;
  /** Name of the variant the ratios are taken against. */
  readonly reference?: string;
  readonly exports?: ExportCounter;
  readonly variants: readonly MicroVariant[];
}

/** Lets timers and I/O run (a BatchSpanProcessor's export, for one) before the next chunk. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

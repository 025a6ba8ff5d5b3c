/** What happens on application shutdown (needs `app.enableShutdownHooks()` for signals). */
export interface ShutdownOptions {
  /** Deadline for flushing and closing every exporter, in ms. @default 5000 */
  timeoutMs?: number;
  /**
   * Wait between readiness turning 503 and the HTTP server closing, in ms, so load balancers
   * stop sending traffic before the app stops accepting it. 0 closes at once.
   * @default 0
   */
  drainDelayMs?: number;
}

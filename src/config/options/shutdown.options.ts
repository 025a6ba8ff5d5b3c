/** What happens on application shutdown (needs `app.enableShutdownHooks()` for signals). */
export interface ShutdownOptions {
  /** Deadline for flushing and closing every exporter, in ms. @default 5000 */
  timeoutMs?: number;
}

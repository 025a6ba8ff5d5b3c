/** Log levels, lowest first. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** Where log lines are written (a pino destination: anything with `write(line)`). */
export interface LogDestination {
  write(line: string): unknown;
}

/**
 * `'create'`: TelemetryModule imports nestjs-pino's LoggerModule, configured from these options.
 * `'existing'`: your app imports LoggerModule itself; TelemetryModule adds the trace fields to
 * its pino loggers at init (no second logger, no second request log).
 */
export type LoggerModuleMode = 'create' | 'existing';

/** JSON logging through nestjs-pino. */
export interface LoggingOptions {
  /** Write JSON logs with trace correlation through nestjs-pino. @default true */
  enabled?: boolean;
  /** Who provides nestjs-pino's LoggerModule (see LoggerModuleMode). @default 'create' */
  loggerModule?: LoggerModuleMode;
  /** Minimum level written (loggerModule 'create'). Env: `LOG_LEVEL`. @default 'info' */
  level?: LogLevel;
  /** One line per request (pino-http's shape) with route template, status and duration (loggerModule 'create'). @default true */
  requests?: boolean;
  /** Extra pino redact paths (loggerModule 'create'); authorization, cookie and set-cookie headers are always redacted. @default [] */
  redact?: string[];
  /**
   * Make the pino logger Nest's application logger at init (what `app.useLogger(app.get(Logger))`
   * does), unless the app was created with `logger: false` or a custom logger.
   * @default true
   */
  useAsNestLogger?: boolean;
  /** Destination of the JSON lines. Only with `forRoot` (it must be known when the module is defined). @default process.stdout */
  destination?: LogDestination;
  /**
   * With the default destination (stdout): gather lines and write them together once 16 KiB
   * have gathered or 50 ms after the first, instead of one write per line (loggerModule
   * 'create'). Lines waiting are written when the process exits; only a process killed outright
   * (SIGKILL, a native crash, a SIGTERM the app does not handle: see `enableShutdownHooks`)
   * loses its last 50 ms of lines. `false`: pino's own stdout stream,
   * a write per line.
   * @default true
   */
  batchWrites?: boolean;
}

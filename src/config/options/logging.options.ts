/** Log levels, lowest first. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** Where log lines are written (a pino destination: anything with `write(line)`). */
export interface LogDestination {
  write(line: string): unknown;
}

/** JSON logging through nestjs-pino. */
export interface LoggingOptions {
  /**
   * Wire nestjs-pino (LoggerModule) with trace correlation. Set false when you import
   * LoggerModule yourself, and add `telemetryPinoMixin` to your own pino options instead.
   * @default true
   */
  enabled?: boolean;
  /** Minimum level written. Env: `LOG_LEVEL`. @default 'info' */
  level?: LogLevel;
  /** Log one line per HTTP request (pino-http) with route template, status and duration. @default true */
  requests?: boolean;
  /** Extra pino redact paths (the authorization, cookie and set-cookie headers are always redacted). @default [] */
  redact?: string[];
  /**
   * Make the pino logger Nest's application logger at init (what `app.useLogger(app.get(Logger))`
   * does), unless the app was created with `logger: false` or a custom logger.
   * @default true
   */
  useAsNestLogger?: boolean;
  /** Destination of the JSON lines. Only with `forRoot` (it must be known when the module is defined). @default process.stdout */
  destination?: LogDestination;
}

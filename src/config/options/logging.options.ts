/** Log levels, lowest first. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** JSON logging through nestjs-pino. */
export interface LoggingOptions {
  /** Wire nestjs-pino as Nest's logger. @default true */
  enabled?: boolean;
  /** Minimum level written. Env: `LOG_LEVEL`. @default 'info' */
  level?: LogLevel;
}

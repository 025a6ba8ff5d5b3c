import {
  ConsoleLogger,
  Inject,
  Injectable,
  Logger as NestLogger,
  type LoggerService,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { TELEMETRY_CONFIG } from '../telemetry.constants';

type LoggerStatics = { staticInstanceRef?: LoggerService };

/**
 * Makes the pino logger Nest's application logger when the module initialises, as
 * `app.useLogger(app.get(Logger))` would, so `new Logger(Context).log(...)` writes JSON with
 * trace ids without a change to main.ts. It replaces only Nest's console logger: an app created
 * with `logger: false` or a non-console logger of its own keeps it. The previous logger comes
 * back at shutdown.
 */
@Injectable()
export class NestLoggerInstaller implements OnModuleInit, OnApplicationShutdown {
  private previous: LoggerService | undefined;
  private installed = false;

  private logger: Logger | undefined;

  constructor(
    @Inject(TELEMETRY_CONFIG) private readonly config: ResolvedTelemetryConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    if (!this.config.logging.useAsNestLogger) return;
    const current = (NestLogger as unknown as LoggerStatics).staticInstanceRef;
    if (!isDefaultConsoleLogger(current)) return;
    this.logger = this.findPinoLogger();
    if (!this.logger) return;
    this.previous = current;
    NestLogger.overrideLogger(this.logger);
    this.installed = true;
  }

  onApplicationShutdown(): void {
    if (!this.installed) return;
    this.installed = false;
    const now = (NestLogger as unknown as LoggerStatics).staticInstanceRef;
    if (now === this.logger && this.previous) NestLogger.overrideLogger(this.previous);
  }

  /** nestjs-pino's Logger from whichever LoggerModule is imported (ours or the app's). */
  private findPinoLogger(): Logger | undefined {
    try {
      return this.moduleRef.get(Logger, { strict: false });
    } catch {
      return undefined;
    }
  }
}

/**
 * Nest's console logger (the default, or @nestjs/testing's subclass of it); undefined means
 * the app was created with `logger: false`.
 */
function isDefaultConsoleLogger(logger: LoggerService | undefined): boolean {
  return logger instanceof ConsoleLogger;
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { attachTraceMixin } from './attach-trace-mixin';

/**
 * With `logging.loggerModule: 'existing'`: adds trace correlation to the pino loggers of the
 * LoggerModule the app imports itself: pino-http's request logger (`PinoLogger.root`) and
 * nestjs-pino's out-of-request logger. Fails at startup, naming the option, when there is none.
 */
@Injectable()
export class ExistingLoggerCorrelation implements OnModuleInit {
  private readonly attached = new WeakSet<object>();

  constructor(private readonly moduleRef: ModuleRef) {}

  async onModuleInit(): Promise<void> {
    let pinoLogger: PinoLogger;
    try {
      pinoLogger = await this.moduleRef.resolve(PinoLogger, undefined, { strict: false });
    } catch {
      throw new Error(
        "logging.loggerModule: got 'existing'; expected the app to import LoggerModule from " +
          "nestjs-pino (or use loggerModule: 'create', the default)",
      );
    }
    attachTraceMixin(pinoLogger.logger, this.attached);
    if (PinoLogger.root) attachTraceMixin(PinoLogger.root, this.attached);
  }
}

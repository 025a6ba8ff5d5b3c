import type { INestApplicationContext } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import { Logger, LoggerModule } from 'nestjs-pino';
import { nullDestination } from '../../lib/null-destination';
import { LOG_FIELDS, LOG_MESSAGE, spanContextMixin } from './pino.subject';

/** A line through nestjs-pino's Logger (what Nest's Logger delegates to once installed). */
export function nestjsPinoLine(app: INestApplicationContext): (() => void) | undefined {
  try {
    const logger = app.get(ModuleRef).get(Logger, { strict: false });
    return () => logger.log(LOG_FIELDS, LOG_MESSAGE);
  } catch {
    return undefined;
  }
}

/** The peer setup: nestjs-pino's LoggerModule with the span-context mixin. */
export async function peerNestjsPino(): Promise<INestApplicationContext> {
  const module = LoggerModule.forRoot({
    pinoHttp: [{ level: 'info', mixin: spanContextMixin }, nullDestination],
  });
  return NestFactory.createApplicationContext(module, { logger: false });
}

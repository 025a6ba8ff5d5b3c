import { Controller, Get, Injectable, Module, Param } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { Logger, LoggerModule } from 'nestjs-pino';
import { Span } from 'nestjs-otel';
import { HistogramInterceptor } from './histogram.interceptor';
import { serveApp } from './serve-app';
import { loadUser, type User } from './users';

@Injectable()
class UsersService {
  @Span('UsersService.find', (id: string) => ({ attributes: { 'user.id': id } }))
  find(id: string): User {
    return loadUser(id);
  }
}

@Controller('users')
class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  get(@Param('id') id: string): User {
    return this.users.find(id);
  }
}

@Module({
  imports: [LoggerModule.forRoot({ pinoHttp: { level: 'info' } })],
  controllers: [UsersController],
  providers: [UsersService, { provide: APP_INTERCEPTOR, useClass: HistogramInterceptor }],
})
class PeerModule {}

/** The peer stack: NodeSDK + instrumentation-http (preload), nestjs-otel @Span, prom-client, nestjs-pino. */
async function main(): Promise<void> {
  const app = await NestFactory.create(PeerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await serveApp(app, async () => ({
    wired: [
      'server span (NodeSDK + instrumentation-http, BSP -> OTLP proto -> sink)',
      'method span (nestjs-otel @Span)',
      'RED histogram (prom-client interceptor)',
      'request log (nestjs-pino / pino-http -> /dev/null)',
    ],
    todo: [],
  }));
}

void main();

import { Controller, Get, Injectable, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TelemetryModule, TelemetryService } from '../../../dist';
import { describeOurStack, emitOf, MethodSpan, useModuleLogger } from './ours.wiring';
import { serveApp } from './serve-app';
import { loadUser, type User } from './users';

@Injectable()
class UsersService {
  @MethodSpan
  find(id: string): User {
    return loadUser(id);
  }
}

@Controller('users')
class UsersController {
  private readonly emit: ((name: string, attributes: object) => void) | undefined;

  constructor(
    private readonly users: UsersService,
    telemetry: TelemetryService,
  ) {
    this.emit = emitOf(telemetry);
  }

  @Get(':id')
  get(@Param('id') id: string): User {
    const user = this.users.find(id);
    this.emit?.('user_viewed', { 'user.id': id, 'user.tier': user.tier });
    return user;
  }
}

@Module({
  imports: [TelemetryModule.forRoot({ serviceName: 'bench-ours' })],
  controllers: [UsersController],
  providers: [UsersService],
})
class OursModule {}

/** Our full stack, started with `--require dist/sdk/register.js` (OTLP endpoint: the sink). */
async function main(): Promise<void> {
  const app = await NestFactory.create(OursModule, { bufferLogs: true, logger: ['error', 'warn'] });
  const logger = useModuleLogger(app);
  await serveApp(app, (url) => describeOurStack(url, app.get(TelemetryService), logger));
}

void main();

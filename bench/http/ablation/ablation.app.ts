import { Controller, Get, Injectable, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TelemetryModule, TelemetryService } from '../../../dist';
import { emitOf, MethodSpan, useModuleLogger } from '../apps/ours.wiring';
import { serveApp } from '../apps/serve-app';
import { loadUser, type User } from '../apps/users';

/** Parts of our full stack this process leaves out (env ABLATE, separated by ',' or '+'). */
const off = new Set((process.env.ABLATE ?? '').split(/[,+]/).filter(Boolean));

@Injectable()
class UsersService {
  find(id: string): User {
    return loadUser(id);
  }
}
if (!off.has('instrument')) {
  const find = Object.getOwnPropertyDescriptor(UsersService.prototype, 'find')!;
  MethodSpan(UsersService.prototype, 'find', find);
  Object.defineProperty(UsersService.prototype, 'find', find);
}

@Controller('users')
class UsersController {
  private readonly emit: ((name: string, attributes: object) => void) | undefined;

  constructor(
    private readonly users: UsersService,
    telemetry: TelemetryService,
  ) {
    this.emit = off.has('emit') ? undefined : emitOf(telemetry);
  }

  @Get(':id')
  get(@Param('id') id: string): User {
    const user = this.users.find(id);
    this.emit?.('user_viewed', { 'user.id': id, 'user.tier': user.tier });
    return user;
  }
}

@Module({
  imports: [
    TelemetryModule.forRoot({
      serviceName: 'bench-ours',
      logging: { enabled: !off.has('logging'), requests: !off.has('request-log') },
      metrics: { enabled: !off.has('metrics') },
      events: { enabled: !off.has('events') },
      health: { enabled: !off.has('health') },
    }),
  ],
  controllers: [UsersController],
  providers: [UsersService],
})
class AblationModule {}

/** Our full stack minus the parts named in ABLATE: what each part costs per request. */
async function main(): Promise<void> {
  const app = await NestFactory.create(AblationModule, {
    bufferLogs: true,
    logger: ['error', 'warn'],
  });
  if (!off.has('logging')) useModuleLogger(app);
  await serveApp(app, async () => ({ wired: [...off].map((p) => `without ${p}`), todo: [] }));
}

void main();

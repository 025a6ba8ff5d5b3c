import { Controller, Get, Injectable, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serveApp } from './serve-app';
import { loadUser, type User } from './users';

@Injectable()
class UsersService {
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

@Module({ controllers: [UsersController], providers: [UsersService] })
class BareModule {}

/** The bare app: Nest on Express, no telemetry (unless started with a preload). */
async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: ['error', 'warn'] });
  // Also run under our preload alone ("server span only"): say so in the report.
  const preloaded = process.execArgv.some((arg) => arg.endsWith('register.js'));
  const wired = preloaded
    ? ['server span only (preload nestjs-telemetry/register, BSP -> OTLP proto -> sink)']
    : ['no telemetry'];
  await serveApp(app, async () => ({ wired, todo: [] }));
}

void main();

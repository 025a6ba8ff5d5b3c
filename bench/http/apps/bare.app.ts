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

/** The bare app: Nest on Express, no telemetry. */
async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: ['error', 'warn'] });
  await serveApp(app, async () => ({ wired: ['no telemetry'], todo: [] }));
}

void main();

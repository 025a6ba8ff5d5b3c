import 'reflect-metadata';
import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  Injectable,
  Post,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import request from 'supertest';
import { Instrument } from '../../src';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

const Roles = (...roles: string[]) => SetMetadata('roles', roles);

/** Denies unless the `x-role` header is one of the handler's roles (read from its metadata). */
@Injectable()
class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.get<string[] | undefined>('roles', context.getHandler());
    if (roles === undefined) throw new Error('roles metadata is missing: the guard cannot decide');
    const role = context.switchToHttp().getRequest().headers['x-role'];
    return roles.includes(role);
  }
}

const SECRET = Symbol('secret');

@Controller('admin')
@UseGuards(RolesGuard)
class AdminController {
  @Instrument('admin.above')
  @Get('above')
  @Roles('admin')
  @ApiOperation({ summary: 'above' })
  above(): string {
    return 'above';
  }

  @Post('below')
  @Roles('admin')
  @UseGuards(RolesGuard)
  @ApiResponse({ status: 201, description: 'created' })
  @Instrument('admin.below')
  below(_a?: unknown, _b?: unknown): string {
    return 'below';
  }

  @MessagePattern({ cmd: 'sum' })
  @Instrument()
  sum(values: number[]): number {
    return values.reduce((a, b) => a + b, 0);
  }

  @Instrument()
  @EventPattern('user.created')
  created(_event: unknown): void {}

  @Instrument()
  [SECRET](): string {
    return 'symbol';
  }
}

/** Plain, undecorated twin of AdminController's methods, for comparing metadata. */
class Plain {
  @Get('above')
  @Roles('admin')
  @ApiOperation({ summary: 'above' })
  above(): string {
    return 'above';
  }

  @Post('below')
  @Roles('admin')
  @UseGuards(RolesGuard)
  @ApiResponse({ status: 201, description: 'created' })
  below(_a?: unknown, _b?: unknown): string {
    return 'below';
  }

  @MessagePattern({ cmd: 'sum' })
  sum(values: number[]): number {
    return values.reduce((a, b) => a + b, 0);
  }

  @EventPattern('user.created')
  created(_event: unknown): void {}
}

/** Metadata of a method, without the mark @Instrument adds (`nestjs-telemetry:instrumented`). */
function metadataOf(fn: object): Record<string, unknown> {
  return Object.fromEntries(
    Reflect.getMetadataKeys(fn)
      .filter((key) => key !== 'nestjs-telemetry:instrumented')
      .map((key) => [String(key), Reflect.getMetadata(key, fn)]),
  );
}

describe('@Instrument keeps Nest metadata', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [AdminController], providers: [RolesGuard] });
  });
  afterEach(() => t.app.close());

  it.each([
    ['above', 'get', 200],
    ['below', 'post', 201],
  ] as const)(
    '@Instrument %s the route decorators: the guard denies, then allows',
    async (route, method, ok) => {
      const server = t.app.getHttpServer();
      await request(server)[method](`/admin/${route}`).set('x-role', 'guest').expect(403);
      expect(t.spans.spans(`admin.${route}`)).toHaveLength(0);
      await request(server)[method](`/admin/${route}`).set('x-role', 'admin').expect(ok, route);
      t.spans.expectSpan(`admin.${route}`, { status: 'unset' });
    },
  );

  it('keeps every metadata key, the name and the length', () => {
    const traced = AdminController.prototype;
    const plain = Plain.prototype;
    for (const key of ['above', 'below', 'sum', 'created'] as const) {
      expect(metadataOf(traced[key])).toEqual(metadataOf(plain[key]));
      expect(Object.keys(metadataOf(traced[key])).length).toBeGreaterThan(0);
      expect(Reflect.getMetadata('nestjs-telemetry:instrumented', traced[key])).toBe(true);
      expect(traced[key].name).toBe(key);
      expect(traced[key].length).toBe(plain[key].length);
    }
    expect(traced[SECRET].name).toBe('[secret]');
  });

  it('traces symbol-keyed methods', () => {
    expect(t.app.get(AdminController)[SECRET]()).toBe('symbol');
    expect(t.spans.spans('AdminController.Symbol(secret)')).toHaveLength(1);
  });
});

import { Controller, Delete, Get, HttpCode, NotFoundException, Param } from '@nestjs/common';
import { describeSession } from './session';
import { SessionStore } from './session.store';

@Controller('v1/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionStore) {}

  @Get(':id')
  get(@Param('id') id: string): ReturnType<typeof describeSession> {
    const session = this.sessions.get(id);
    if (!session) throw new NotFoundException(`session ${id} not found`);
    return describeSession(session);
  }

  @Delete(':id')
  @HttpCode(204)
  close(@Param('id') id: string): void {
    if (!this.sessions.close(id)) throw new NotFoundException(`session ${id} not found`);
  }
}

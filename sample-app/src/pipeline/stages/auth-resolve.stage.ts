import { ForbiddenException, Injectable } from '@nestjs/common';
import { channelKind, type ChannelKind } from '../channel-kind';
import type { NormalizedMessage } from '../normalized-message';

/** Who is talking, on which kind of channel. */
export interface AuthContext {
  channel_kind: ChannelKind;
  tenant: string;
}

/** Stage 1: resolves the channel; an unknown channel kind is refused with a 403. */
@Injectable()
export class AuthResolveStage {
  async execute(message: NormalizedMessage): Promise<AuthContext> {
    const kind = channelKind(message.channel_id);
    if (!kind) throw new ForbiddenException(`channel ${message.channel_id} is not allowed`);
    const tenant = message.channel_id.split(':')[1] ?? 'default';
    return { channel_kind: kind, tenant };
  }
}

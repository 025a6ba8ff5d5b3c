import { Injectable } from '@nestjs/common';
import type { ChatTurn } from '../../llm/llm-types';

const KEEP_TURNS = 20;
// Control characters other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Stage 2: the session's last turns, without control characters or empty turns. */
@Injectable()
export class HistorySanitizeStage {
  async execute(history: readonly ChatTurn[]): Promise<ChatTurn[]> {
    return history
      .slice(-KEEP_TURNS)
      .map((turn) => ({ role: turn.role, text: turn.text.replace(CONTROL, '').trim() }))
      .filter((turn) => turn.text !== '');
  }
}

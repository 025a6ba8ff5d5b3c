import { Body, Controller, HttpCode, type MessageEvent, Post, Query, Sse } from '@nestjs/common';
import { from, map, type Observable } from 'rxjs';
import type { FinalResponse } from '../pipeline/final-response';
import { normalizeMessage } from '../pipeline/normalized-message';
import { PipelineService } from '../pipeline/pipeline.service';

@Controller('v1/messages')
export class MessagesController {
  constructor(private readonly pipeline: PipelineService) {}

  /** `{session_key, channel_id, text}` → the model's answer. */
  @Post()
  @HttpCode(200)
  send(@Body() body: unknown): Promise<FinalResponse> {
    return this.pipeline.process(normalizeMessage(body));
  }

  /**
   * Server-sent events: `?session_key=&channel_id=&text=` → `delta` events as the answer is
   * generated, then one `done` event with the final response.
   */
  @Sse('stream')
  stream(@Query() query: Record<string, unknown>): Observable<MessageEvent> {
    const message = normalizeMessage(query);
    return from(this.pipeline.stream(message)).pipe(
      map((event) => ({ type: event.type, data: event })),
    );
  }
}

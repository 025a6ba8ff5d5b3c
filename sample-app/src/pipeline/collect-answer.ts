import type { TaggedChunk } from '../llm/provider-router.service';
import type { TokenUsage } from '../llm/llm-types';
import type { Answer } from './stages/respond.stage';
import type { StreamEvent } from './stream-event';

/** Re-yields each chunk as a `delta` event and returns the whole answer once the stream ends. */
export async function* collectAnswer(
  chunks: AsyncIterable<TaggedChunk>,
): AsyncGenerator<StreamEvent, Answer> {
  let text = '';
  let usage: TokenUsage = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0 };
  let source = { provider: '', model: '' };
  for await (const chunk of chunks) {
    text += chunk.delta;
    usage = chunk.usage ?? usage;
    source = { provider: chunk.provider, model: chunk.model };
    yield { type: 'delta', delta: chunk.delta };
  }
  return { ...source, text, usage };
}

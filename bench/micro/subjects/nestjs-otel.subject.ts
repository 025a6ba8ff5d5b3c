import { Span } from 'nestjs-otel';
import { type BenchUser, SPAN_NAME, spanAttributes } from './bench-work';

const options = (user: BenchUser, items: number) => ({ attributes: spanAttributes(user, items) });

/** The peer: nestjs-otel 7 `@Span`, attributes computed from the arguments like ours. */
export class NestjsOtelService {
  @Span(SPAN_NAME, options)
  work(user: BenchUser, items: number): number {
    return user.id.length + items;
  }
}

export class NestjsOtelAsyncService {
  @Span(SPAN_NAME, options)
  async work(user: BenchUser, items: number): Promise<number> {
    return user.id.length + items;
  }
}

import type { BenchUser } from './bench-work';

/** The undecorated method: the cost every other variant adds to. */
export class PlainService {
  work(user: BenchUser, items: number): number {
    return user.id.length + items;
  }
}

export class PlainAsyncService {
  async work(user: BenchUser, items: number): Promise<number> {
    return user.id.length + items;
  }
}

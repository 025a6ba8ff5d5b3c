/** The argument the measured methods get; three span fields are read from the arguments. */
export interface BenchUser {
  readonly id: string;
  readonly tier: string;
}

export const BENCH_USER: BenchUser = { id: 'user-42', tier: 'gold' };
export const BENCH_ITEMS = 3;

/** Name every traced variant gives its span. */
export const SPAN_NAME = 'BenchService.work';

/** The same three attributes for every traced variant. */
export function spanAttributes(user: BenchUser, items: number): Record<string, string | number> {
  return { 'user.id': user.id, 'user.tier': user.tier, 'order.items': items };
}

/** A method call as one variant sees it, sync or async. */
export interface WorkService {
  work(user: BenchUser, items: number): number | Promise<number>;
}

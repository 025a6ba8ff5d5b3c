import { balancedOrders } from '../../bench/micro/balanced-order';

/** How often each ordered pair (a just before b) occurs over all orders. */
function adjacentPairs(orders: number[][]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const order of orders)
    for (let i = 1; i < order.length; i++) {
      const key = `${order[i - 1]}>${order[i]}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  return pairs;
}

describe('balancedOrders (the micro section’s slice orders)', () => {
  it.each([2, 3, 4, 5, 9, 10, 11])(
    'n = %i: permutations in which every variant follows every other equally often',
    (n) => {
      const orders = balancedOrders(n);
      expect(orders).toHaveLength(n % 2 === 0 ? n : 2 * n);
      for (const order of orders)
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      const pairs = adjacentPairs(orders);
      expect(pairs.size).toBe(n * (n - 1));
      expect(new Set(pairs.values())).toEqual(new Set([n % 2 === 0 ? 1 : 2]));
    },
  );

  it('each variant is first equally often', () => {
    const firsts = balancedOrders(10).map((order) => order[0]);
    expect([...firsts].sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  it('one variant: one order', () => {
    expect(balancedOrders(1)).toEqual([[0]]);
  });
});

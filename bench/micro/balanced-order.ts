/**
 * Orders in which to run `n` variants so that each variant is preceded by every other variant
 * equally often (a Williams design: a Latin square balanced for first-order carry-over).
 *
 * Why: a block leaves work behind for the block after it (the garbage it allocated is collected
 * by the next scavenge, whichever variant is running then; the spans it queued are exported during
 * the next one). Rotating one fixed order keeps every variant's predecessor the same, so one
 * variant always paid for the heaviest allocator before it: in the async span suite `@Instrument`
 * followed nestjs-otel `@Span` in nearly every slice and read 1.10-1.12x raw; with the two swapped
 * (same code) it read 1.06-1.09x and nestjs-otel's ratio rose. With these orders every variant
 * follows each other variant once per `n` orders (`2n` when `n` is odd), so carry-over is spread
 * over all variants alike.
 *
 * Returns `n` orders for an even `n`, `2n` for an odd `n` (each order then also reversed), each a
 * permutation of `0 .. n-1`.
 */
export function balancedOrders(n: number): number[][] {
  if (n <= 1) return [Array.from({ length: n }, (_, i) => i)];
  // First row 0, 1, n-1, 2, n-2, ...; row r adds r to each entry (mod n).
  const first = Array.from({ length: n }, (_, i) =>
    i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : n - i / 2,
  );
  const rows = Array.from({ length: n }, (_, r) => first.map((v) => (v + r) % n));
  return n % 2 === 0 ? rows : [...rows, ...rows.map((row) => [...row].reverse())];
}

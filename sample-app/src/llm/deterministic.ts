/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence, so
 * a run with a given failure rate fails the same calls every time.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Token estimate of a text: one token per 4 characters, at least one for a non-empty text. */
export function countTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The fake model's answer: deterministic, derived from the last user message. */
export function composeReply(model: string, prompt: string): string {
  const words = prompt.trim().split(/\s+/).filter(Boolean);
  const topic = words.slice(0, 6).join(' ') || 'nothing';
  return (
    `[${model}] You wrote ${words.length} word${words.length === 1 ? '' : 's'} about "${topic}". ` +
    'Here is a considered answer, produced deterministically by a fake model for the demo.'
  );
}

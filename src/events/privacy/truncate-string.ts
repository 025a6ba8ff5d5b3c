/** `text` cut to at most `max` characters, ending with `…` when cut; never splits a surrogate pair. */
export function truncateString(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

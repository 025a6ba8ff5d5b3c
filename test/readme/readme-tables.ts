import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's README. */
export function readReadme(): string {
  return readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
}

/** The text under `heading` (a `##`/`###` line), up to the next heading of the same or higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const level = heading.split(' ')[0].length;
  const end = lines.findIndex(
    (l, i) => i > start && /^#{1,6} /.test(l) && l.split(' ')[0].length <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The rows of the first Markdown table in `text`, as objects keyed by the header cells. */
export function firstTable(text: string): Record<string, string>[] {
  const rows = text
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  const [header, , ...body] = rows;
  if (!header) throw new Error('no table found');
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** The `code` spans of a cell: "`a`, `b`" → ['a', 'b']; "—" → []. */
export function codes(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The contents of the first fenced code block in `text`. */
export function firstCodeBlock(text: string): string {
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(text);
  if (!match) throw new Error('no code block found');
  return match[1];
}

/** The lines between `// README example: begin` and `// README example: end`, dedented. */
export function exampleRegion(source: string): string {
  const lines = source.split('\n');
  const begin = lines.findIndex((l) => l.trim() === '// README example: begin');
  const end = lines.findIndex((l) => l.trim() === '// README example: end');
  if (begin < 0 || end < begin) throw new Error('no README example region');
  const region = lines.slice(begin + 1, end);
  const indent = Math.min(...region.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return region.map((l) => l.slice(indent)).join('\n');
}

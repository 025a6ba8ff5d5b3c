/** A pino destination that keeps every JSON line it is given, parsed. */
export class LineCapture {
  readonly lines: Record<string, any>[] = [];

  write(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
  }

  find(predicate: (line: Record<string, any>) => boolean): Record<string, any> | undefined {
    return this.lines.find(predicate);
  }
}

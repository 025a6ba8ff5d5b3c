import { BufferedLineDestination } from './buffered-line-destination';

/** A target that keeps every write it gets. */
class Writes {
  readonly chunks: string[] = [];
  flushedSync = 0;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  flushSync(): void {
    this.flushedSync++;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('BufferedLineDestination', () => {
  it('writes waiting lines in one write, in order, after maxDelayMs', async () => {
    const target = new Writes();
    const destination = new BufferedLineDestination(target, { maxDelayMs: 20 });
    destination.write('a\n');
    destination.write('b\n');
    await sleep(5);
    expect(target.chunks).toEqual([]);
    await sleep(40);
    expect(target.chunks).toEqual(['a\nb\n']);
    destination.write('c\n');
    await sleep(40);
    expect(target.chunks).toEqual(['a\nb\n', 'c\n']);
  });

  it('writes at once when maxChars have gathered', () => {
    const target = new Writes();
    const destination = new BufferedLineDestination(target, { maxChars: 10 });
    destination.write('12345\n');
    expect(target.chunks).toEqual([]);
    destination.write('67890\n');
    expect(target.chunks).toEqual(['12345\n67890\n']);
  });

  it('listens for exit only while lines wait, and writes them at exit', () => {
    const target = new Writes();
    const destination = new BufferedLineDestination(target);
    const before = process.listenerCount('exit');
    destination.write('last words\n');
    expect(process.listenerCount('exit')).toBe(before + 1);
    process.listeners('exit').at(-1)!(0);
    expect(target.chunks).toEqual(['last words\n']);
    expect(target.flushedSync).toBe(1);
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('flush(cb) writes waiting lines and calls back', () => {
    const target = new Writes();
    const destination = new BufferedLineDestination(target);
    destination.write('x\n');
    const done = jest.fn();
    destination.flush(done);
    expect(target.chunks).toEqual(['x\n']);
    expect(done).toHaveBeenCalled();
  });

  it('drops a batch the target cannot take instead of throwing from its timer', () => {
    const destination = new BufferedLineDestination({
      write: () => {
        throw new Error('EBADF');
      },
    });
    destination.write('lost\n');
    expect(() => destination.flushSync()).not.toThrow();
  });
});

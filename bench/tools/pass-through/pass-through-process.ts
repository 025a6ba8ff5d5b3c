/**
 * One process of ab-pass-through: a plain method and the same method under `@Instrument` from
 * two builds of the library, timed in interleaved blocks (CPU ns per call, median of the
 * blocks), on one path: no runtime published (`enabled: false`) or inside a sampled-out trace.
 * The micro section's NodeSDK and runtime are set up and a context entered, as in an app, so
 * promises pay for their AsyncLocalStorage hooks. Prints one JSON line: `{ plain, a, b }`.
 *
 * Environment: AB_BUILD_A, AB_BUILD_B (absolute paths of two `dist/` directories), AB_MODE
 * (`sync` | `async`), AB_PATH (`disabled` | `sampled-out`), AB_SITES (`megamorphic` or unset),
 * AB_TRACED_FIRST, AB_BOTH_MODES (`1` or unset).
 */
import 'reflect-metadata';
import { context, ROOT_CONTEXT } from '@opentelemetry/api';
import { clearActiveRuntime } from '../../../dist/runtime/active-runtime';
import { yieldToLoop } from '../../lib/yield-to-loop';
import { publishBenchRuntime } from '../../micro/our-runtime';
import { TracingHarness } from '../../micro/tracing-harness';
import { sampledOutContext } from '../../micro/sampled-out-context';
import { BENCH_ITEMS, BENCH_USER, type BenchUser } from '../../micro/subjects/bench-work';
import { blackhole } from '../../micro/time-block';
import { median } from '../../lib/stats';

type Decorate = MethodDecorator;
type Call = () => unknown;

const SYNC = process.env.AB_MODE === 'sync';
const BLOCK_CALLS = SYNC ? 200_000 : 40_000;
const WARMUP_BLOCKS = 3;
const BLOCKS = 24;
/** Block orders for three variants: each follows each other one equally often. */
const ORDERS = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
  [1, 0, 2],
  [0, 2, 1],
];

/** `@Instrument` with the bench's three fields, from the build at `dir`. */
function instrumentFrom(dir: string): Decorate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Instrument } = require(dir) as { Instrument: (...args: unknown[]) => Decorate };
  return Instrument('BenchService.work', {
    fields: {
      'user.id': (user: BenchUser) => user.id,
      'user.tier': (user: BenchUser) => user.tier,
      'order.items': (_user: BenchUser, items: number) => items,
    },
  });
}

/** A fresh class (its own feedback) with `work` decorated by `decorate`, if given. */
function subject(decorate?: Decorate, sync = SYNC): Call {
  class Sync {
    work(user: BenchUser, items: number): number {
      return user.id.length + items;
    }
  }
  class Async {
    async work(user: BenchUser, items: number): Promise<number> {
      return user.id.length + items;
    }
  }
  const Subject = sync ? Sync : Async;
  const descriptor = Object.getOwnPropertyDescriptor(Subject.prototype, 'work')!;
  decorate?.(Subject.prototype, 'work', descriptor);
  Object.defineProperty(Subject.prototype, 'work', descriptor);
  const instance = new Subject();
  return () => instance.work(BENCH_USER, BENCH_ITEMS);
}

async function timeBlock(call: Call): Promise<number> {
  const cpu0 = process.cpuUsage();
  if (SYNC) for (let i = 0; i < BLOCK_CALLS; i++) blackhole.value = call();
  else for (let i = 0; i < BLOCK_CALLS; i++) blackhole.value = await call();
  const cpu = process.cpuUsage(cpu0);
  return ((cpu.user + cpu.system) * 1000) / BLOCK_CALLS;
}

async function measure(calls: Call[]): Promise<number[]> {
  for (let w = 0; w < WARMUP_BLOCKS; w++) for (const call of calls) await timeBlock(call);
  const ns: number[][] = calls.map(() => []);
  for (let b = 0; b < BLOCKS; b++)
    for (const i of ORDERS[b % ORDERS.length]) ns[i].push(await timeBlock(calls[i]));
  return ns.map(median);
}

/** Runs every call traced for a while, so the wrappers' code has taken that path too. */
async function traceFirst(calls: Call[], harness: TracingHarness): Promise<void> {
  for (const call of calls)
    for (let chunk = 0; chunk < 40; chunk++) {
      for (let i = 0; i < 250; i++) blackhole.value = SYNC ? call() : await call();
      await yieldToLoop();
    }
  await harness.spans.flush();
}

async function main(): Promise<void> {
  const harness = new TracingHarness().start();
  const runtime = publishBenchRuntime(undefined, harness.contextManager);
  // The call site in `subject`'s closure is shared by every subject. With AB_SITES=megamorphic
  // four more subjects go through it during the warm-up, so that it sees too many receivers to
  // inline any: as in the micro section, and as the call from our wrapper to the method is in an
  // app where many methods share the wrapper.
  if (process.env.AB_SITES === 'megamorphic')
    for (const extra of [subject(), subject(), subject(), subject()]) await timeBlock(extra);
  const builds = [process.env.AB_BUILD_A!, process.env.AB_BUILD_B!].map(instrumentFrom);
  const calls = [subject(), ...builds.map((decorate) => subject(decorate))];
  // With AB_BOTH_MODES=1 the other mode's methods (sync for async) go through the same wrappers
  // first, as in the micro section, where the sync suite runs before the async one.
  if (process.env.AB_BOTH_MODES === '1') {
    const others = [subject(undefined, !SYNC), ...builds.map((d) => subject(d, !SYNC))];
    if (process.env.AB_TRACED_FIRST === '1') await traceFirst(others, harness);
    for (const other of others) await timeBlock(other);
  }
  // With AB_TRACED_FIRST=1 the calls are traced first, as the micro section's other variants do.
  if (process.env.AB_TRACED_FIRST === '1') await traceFirst(calls, harness);
  const sampledOut = process.env.AB_PATH === 'sampled-out';
  if (!sampledOut) clearActiveRuntime(runtime);
  const active = sampledOut ? sampledOutContext() : ROOT_CONTEXT.setValue(Symbol('app'), 1);
  const [plain, a, b] = await context.with(active, () => measure(calls));
  console.log(JSON.stringify({ plain, a, b }));
  await harness.shutdown();
}

void main();

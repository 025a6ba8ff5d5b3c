import { formatNumber, formatRatio, formatTable } from '../lib/format';
import type { HttpResult } from '../http/run-http';
import type { RssResult } from '../memory/events-rss';
import type { RenderResult } from '../metrics/render-metrics';
import type { SuiteResult } from '../micro/run-micro-suite';
import type { TargetRow } from './targets';

const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '' : `±${(v * 100).toFixed(1)}%`;

/** One micro suite: median ns per call, ratio to the reference, spread, export check. */
export function printSuite(s: SuiteResult): string {
  const rows = s.variants.map((v) =>
    v.pending
      ? [v.name, 'pending', '', '', '', '', '', v.pending]
      : [
          v.name,
          formatNumber(v.ns!, 1),
          formatNumber(v.wallNs!, 1),
          formatRatio(v.ratio ?? NaN),
          processRange(v.processRatios),
          formatNumber(v.chunkP50!, 1),
          pct(v.spread),
          s.exportsWhat ? exportCheck(v, s.exportsWhat) : '',
        ],
  );
  const headers = [
    'variant',
    'cpu ns/call',
    'wall ns/call',
    'ratio',
    'per process',
    'p50 chunk',
    'spread',
    'exported',
  ];
  const reference = s.reference ? `; ratio to "${s.reference}"` : '';
  return `${s.title}${reference}\n${formatTable(headers, rows)}`;
}

/** The lowest and highest ratio the processes measured: `0.98-1.12x`. */
function processRange(ratios: number[] | undefined): string {
  if (!ratios?.length) return '';
  return `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}x`;
}

function exportCheck(v: SuiteResult['variants'][number], what: string): string {
  const ok = v.exportsCounted === v.exportsExpected;
  return `${ok ? 'ok' : 'MISMATCH'} ${v.exportsCounted}/${v.exportsExpected} ${what}`;
}

export function printRender(results: RenderResult[]): string {
  const rows = results.map((r) =>
    r.pending
      ? [r.name, String(r.series), 'pending', '', '', r.pending]
      : [
          r.name,
          String(r.series),
          formatNumber(r.medianMs!, 1),
          formatNumber(r.maxMs!, 1),
          formatNumber(r.bytes! / 1024, 0),
          '',
        ],
  );
  return `/metrics render\n${formatTable(['registry', 'series', 'median ms', 'max ms', 'KiB', ''], rows)}`;
}

export function printRss(r: RssResult): string {
  if (r.error) return `RSS, events with the collector down: error\n${r.error}`;
  if (r.pending)
    return `RSS, events with the collector down: pending (${r.pending}); RSS after boot ${r.rssBeforeMb} MB`;
  return [
    `RSS, ${formatNumber(r.events)} events with the collector down (${r.seconds!.toFixed(1)} s)`,
    `  RSS before ${r.rssBeforeMb} MB, after (gc) ${r.rssAfterMb} MB, every 100k: ${r.samplesMb!.join(' ')}`,
    `  heap after GC: before ${r.heapMb?.[0]} MB, half-way ${r.heapMb?.[1]} MB, end ${r.heapMb?.[2]} MB`,
    `  diagnostics: ${JSON.stringify(r.failures)}${r.closeSeconds === undefined ? '' : `; app.close() took ${r.closeSeconds.toFixed(1)} s`}`,
  ].join('\n');
}

export function printHttp(h: HttpResult): string {
  const rows = h.configs.map((c) => [
    c.name,
    formatNumber(c.rps),
    formatNumber(c.p99Ms, 1),
    formatRatio(c.ratioToBare ?? NaN),
    c.cpuUsPerRequest === undefined ? 'n/a' : formatNumber(c.cpuUsPerRequest, 0),
    c.cpuUsPerRequest === undefined
      ? 'n/a'
      : `${formatNumber((c.rps * c.cpuUsPerRequest) / 1e4, 0)}%`,
    formatRatio(c.cpuRatioToBare ?? NaN),
    String(c.errors),
    `${c.otlpPosts} posts`,
  ]);
  const table = formatTable(
    [
      'configuration',
      'req/s',
      'p99 ms',
      'x bare',
      'server CPU µs/req',
      'server busy',
      'x bare (CPU)',
      'errors',
      'OTLP sink',
    ],
    rows,
  );
  const parts = h.configs.map(
    (c) =>
      `  ${c.name}: ${c.wired.join('; ')}${c.todo.length ? `\n    TODO: ${c.todo.join('; ')}` : ''}`,
  );
  const head = `HTTP (autocannon, ${h.connections} connections, ${h.secondsPerRound} s per round; ${h.pinning})`;
  return [head, table, ...parts].join('\n');
}

export function printTargets(rows: TargetRow[]): string {
  const status = (r: TargetRow) => (r.status === 'info' ? '' : r.status.toUpperCase());
  return `Targets\n${formatTable(
    ['figure', 'measured', 'target', 'status'],
    rows.map((r) => [r.figure, r.measured, r.target, status(r)]),
  )}`;
}

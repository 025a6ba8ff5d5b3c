import { sendMessage, startGateway, type GatewayUnderTest } from '../sample-app/gateway-process';
import { spanTreeLines } from '../sample-app/span-tree';
import type { DecodedSpan } from '../support/otlp-decode';
import { codes, firstCodeBlock, firstTable, readReadme, section } from './readme-tables';
import { parseExposition } from './prometheus-exposition';

const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const EMITTED = section(readReadme(), '## What is emitted');

/**
 * Runs the sample app against an OTLP receiver with traffic that takes every documented path
 * (a message, a fallback, a stream, a session lookup), then compares the README's tables with
 * what was really exported and served.
 */
describe("README 'What is emitted' matches what the sample app emits", () => {
  let gateway: GatewayUnderTest;
  let spans: DecodedSpan[];
  let firstMessageId: string;

  beforeAll(async () => {
    // Seed 1 draws 0.63, 0.00, 0.53, …: with a rate of 0.5 the 2nd primary call is rate limited.
    gateway = await startGateway({ LLM_PRIMARY_RATE_LIMIT_RATE: '0.5', LLM_SEED: '1' });
    const msg = (text: string) => ({ session_key: 'readme', channel_id: 'slack:T1:C1', text });
    firstMessageId = (await sendMessage(gateway.app, msg('first'))).body.message_id;
    const second = await sendMessage(gateway.app, msg('second'));
    expect(second.body.fallback).toBe(true);
    const query = new URLSearchParams(msg('third')).toString();
    await (await fetch(`${gateway.app.url}/v1/messages/stream?${query}`)).text();
    await fetch(`${gateway.app.url}/v1/sessions/readme`);
    spans = await gateway.receiver.waitFor(
      () => gateway.receiver.spans(),
      (all) => all.filter((s) => s.kind === KINDS.indexOf('SERVER')).length >= 4,
    );
  });
  afterAll(async () => gateway?.stop());

  it('documents the span tree of POST /v1/messages', () => {
    const pipeline = spans.find((s) => s.attributes.message_id === firstMessageId)!;
    const root = spans.find((s) => s.traceId === pipeline.traceId && s.parentSpanId === '')!;
    expect(spanTreeLines(spans, root).join('\n')).toBe(
      firstCodeBlock(section(EMITTED, '### Spans')).trimEnd(),
    );
  });

  it('documents every span name, kind and attribute — and nothing else', () => {
    const rows = firstTable(section(EMITTED, '### Spans'));
    const documented = new Set<string>();
    for (const row of rows) {
      const names = codes(row.span);
      const found = spans.filter((s) => names.includes(s.name));
      for (const name of names) {
        documented.add(name);
        const kinds = found.filter((s) => s.name === name).map((s) => KINDS[s.kind]);
        expect({ name, kinds: [...new Set(kinds)] }).toEqual({ name, kinds: [row.kind] });
      }
      // The attributes of a row are those of all its spans together (a failed call adds
      // error.type, a streamed one stream.*). A cell ending in "…" lists the main attributes of
      // an open set (the HTTP semantic conventions); other cells list every attribute.
      const keys = [...new Set(found.flatMap((s) => Object.keys(s.attributes)))].sort();
      const listed = codes(row.attributes).sort();
      const emitted = row.attributes.endsWith('…') ? keys.filter((k) => listed.includes(k)) : keys;
      expect({ names, attributes: emitted }).toEqual({ names, attributes: listed });
    }
    expect([...new Set(spans.map((s) => s.name))].filter((n) => !documented.has(n))).toEqual([]);
  });

  it('documents every metric with its type and labels — and nothing else', async () => {
    const exposition = parseExposition(await (await fetch(`${gateway.app.url}/metrics`)).text());
    const rows = firstTable(section(EMITTED, '### Metrics'));
    for (const row of rows) {
      const [name] = codes(row.metric);
      expect({ name, type: exposition.types.get(name) }).toEqual({ name, type: row.type });
      // Rows marked "when used" may have no series yet (no drop, no overflow happened); every
      // other metric must have series after the traffic, with exactly the listed labels.
      const labels = exposition.labels.get(name);
      if (labels === undefined && row.series === 'when used') continue;
      expect({ name, series: row.series }).toEqual({
        name,
        series: labels === undefined ? 'when used' : row.series,
      });
      expect({ name, labels: [...(labels ?? [])].sort() }).toEqual({
        name,
        labels: codes(row.labels).sort(),
      });
    }
    const documented = new Set(rows.map((r) => codes(r.metric)[0]));
    const undocumented = [...exposition.types.keys()].filter(
      (n) => !documented.has(n) && !/^(process|nodejs)_/.test(n),
    );
    expect(undocumented).toEqual([]);
  });

  it('documents every event with its severity and attributes — and nothing else', async () => {
    const rows = firstTable(section(EMITTED, '### Events'));
    const names = rows.map((r) => codes(r.event)[0]);
    const logs = await gateway.receiver.waitFor(
      () => gateway.receiver.logs(),
      (all) => names.every((n) => all.some((l) => l.eventName === n)),
    );
    for (const row of rows) {
      const [name] = codes(row.event);
      const events = logs.filter((l) => l.eventName === name);
      expect({ name, severity: events[0].severityText.toLowerCase() }).toEqual({
        name,
        severity: row.severity,
      });
      const keys = new Set(events.flatMap((e) => Object.keys(e.attributes)));
      expect({ name, attributes: [...keys].sort() }).toEqual({
        name,
        attributes: codes(row.attributes).sort(),
      });
      expect(events.every((e) => /^[0-9a-f]{32}$/.test(e.traceId))).toBe(true);
    }
    expect([...new Set(logs.map((l) => l.eventName))].filter((n) => !names.includes(n))).toEqual(
      [],
    );
  });
});

import { describe, expect, it } from 'vitest';

import { parseTrace } from './parse-trace.ts';
import { SESSION_A, storedEvents } from './test-events.ts';
import { traceEventOf, traceHeader, writeTrace } from './write-trace.ts';

const NOW = Date.UTC(2026, 11, 4, 8);
const HEADER = traceHeader('pathlight-extension/0.1.0', NOW);

function trace(): string {
  return writeTrace(HEADER, storedEvents().map(traceEventOf));
}

function withLine(text: string, lineNumber: number, replacement: string): string {
  const lines = text.split('\n');
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}

describe('writeTrace and parseTrace', () => {
  it('reads back exactly what was written: the header, then events with session and seq', () => {
    const events = storedEvents().map(traceEventOf);

    const parsed = parseTrace(writeTrace(HEADER, events));

    expect(parsed).toEqual({ ok: true, header: HEADER, events });
    expect(parsed.events.map((event) => event.seq)).toEqual([1, 2, 5]);
    expect(HEADER).toEqual({
      format: 'pathlight-trace',
      version: 1,
      exportedAt: '2026-12-04T08:00:00.000Z',
      client: 'pathlight-extension/0.1.0',
    });
  });

  it('writes one JSON object per line, without the local sync state', () => {
    const lines = trace().trimEnd().split('\n');

    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[2]!)).toMatchObject({ seq: 2, session: SESSION_A, type: 'click' });
    expect(lines[2]).not.toContain('"sync"');
    expect(lines[2]).not.toContain('"id"');
  });

  it('accepts CRLF line ends and blank lines', () => {
    const parsed = parseTrace(`\r\n${trace().replaceAll('\n', '\r\n\r\n')}`);

    expect(parsed.ok).toBe(true);
    expect(parsed.events).toHaveLength(3);
  });
});

describe('parseTrace on damaged traces', () => {
  it('reports every bad line by number with its code, and keeps the good ones', () => {
    let text = withLine(trace(), 2, '{"seq":1,"session":');
    text = withLine(text, 3, text.split('\n')[2]!.replace('"Validate"', '"Val\\nidate"'));

    const parsed = parseTrace(text);

    expect(parsed.ok).toBe(false);
    expect(parsed.events.map((event) => event.seq)).toEqual([5]);
    if (parsed.ok) return;
    expect(parsed.header).toEqual(HEADER);
    expect(parsed.errors).toEqual([
      { line: 2, code: 'invalid_json', message: expect.stringContaining('not a JSON value') },
      {
        line: 3,
        code: 'invalid_event',
        message: 'event target.label ("Val\\nidate"): must be one line',
      },
    ]);
  });

  it('names an unknown event type and a missing field', () => {
    const event = JSON.parse(trace().split('\n')[3]!);
    let text = withLine(trace(), 2, JSON.stringify({ ...event, type: 'keystroke' }));
    const withoutSeq = { ...event };
    delete withoutSeq.seq;
    text = withLine(text, 4, JSON.stringify(withoutSeq));

    const parsed = parseTrace(text);

    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => [error.line, error.code])).toEqual([
      [2, 'invalid_event'],
      [4, 'invalid_event'],
    ]);
    expect(parsed.errors[0]!.message).toMatch(/^event type \("keystroke"\): /);
    expect(parsed.errors[1]!.message).toMatch(/^event seq \(missing\): /);
  });

  it('reports a missing header and still keeps the events', () => {
    const text = trace().split('\n').slice(1).join('\n');

    const parsed = parseTrace(text);

    expect(parsed).toMatchObject({
      ok: false,
      header: null,
      errors: [{ line: 1, code: 'missing_header' }],
    });
    expect(parsed.events).toHaveLength(3);
  });

  it('reports an empty file as a missing header, saying that it is empty', () => {
    for (const text of ['', '\n\n']) {
      expect(parseTrace(text)).toMatchObject({
        ok: false,
        errors: [
          { line: 1, code: 'missing_header', message: expect.stringMatching(/^the file is empty/) },
        ],
      });
    }
  });

  it('stops at a header of another version, whose events it cannot read', () => {
    const text = withLine(trace(), 1, JSON.stringify({ ...HEADER, version: 2 }));

    const parsed = parseTrace(text);

    expect(parsed).toEqual({
      ok: false,
      header: null,
      events: [],
      errors: [
        {
          line: 1,
          code: 'unsupported_version',
          message: expect.stringContaining('trace version 2 is not supported'),
        },
      ],
    });
  });

  it('reports a header with a bad field and reads the events after it', () => {
    const text = withLine(trace(), 1, JSON.stringify({ ...HEADER, exportedAt: 'yesterday' }));

    const parsed = parseTrace(text);

    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ line: 1, code: 'invalid_header', message: expect.stringContaining('exportedAt') }],
    });
    expect(parsed.events).toHaveLength(3);
  });

  it('refuses a second header, as when two traces were joined', () => {
    const parsed = parseTrace(trace() + trace());

    expect(parsed.ok).toBe(false);
    expect(parsed.events).toHaveLength(6);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { line: 5, code: 'invalid_event', message: expect.stringContaining('two traces joined') },
    ]);
  });
});

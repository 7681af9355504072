import { describe, expect, it } from 'vitest';

import { readCorpus } from '../../e2e/corpus/read-corpus.ts';
import { detectAll } from './detect-all.ts';
import { SIGNAL_KINDS } from './types.ts';

/**
 * The recorded corpus (`e2e/corpus/traces`, made by `npx tsx e2e/corpus/record.ts`): each trace
 * must raise exactly the signals its labels name, and none of any other kind.
 */
const corpus = readCorpus();

describe('the detection corpus', () => {
  it('holds at least 40 traces, and every kind of signal fires in some of them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const fired = new Set(corpus.flatMap(({ labels }) => Object.keys(labels.fire)));
    expect(SIGNAL_KINDS.filter((kind) => !fired.has(kind))).toEqual([]);
  });

  it.each(corpus.map((trace) => [trace.name, trace] as const))(
    '%s raises what its labels say',
    (_name, { events, labels }) => {
      const signals = detectAll(events);
      const counts = Object.fromEntries(
        SIGNAL_KINDS.map((kind) => [kind, signals.filter((s) => s.kind === kind).length]),
      );
      const expected = Object.fromEntries(
        SIGNAL_KINDS.map((kind) => [kind, labels.fire[kind] ?? 0]),
      );

      expect(counts).toEqual(expected);
      for (const kind of labels.notFire) expect(counts[kind]).toBe(0);
    },
  );
});

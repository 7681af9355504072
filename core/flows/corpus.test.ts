import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseTrace } from '../trace/index.ts';
import { BUILT_IN_PATHS } from './library.ts';
import { matchAttempts } from './match.ts';
import { baselineLookup, measureAttempts, stepBaselines } from './measure.ts';

/** Traces of scripted personas in the sandbox (`e2e/paths-corpus/record.ts`) and what they did. */
const CORPUS = path.resolve(import.meta.dirname, '../../e2e/paths-corpus');

interface Expected {
  path: string;
  status: string;
  lastStep: string;
  furthestStep?: string;
  steps?: string[];
  deviations: string[];
}

const expected = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<
  string,
  Expected[]
>;
const traces = readdirSync(path.join(CORPUS, 'traces'))
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => {
    const trace = parseTrace(readFileSync(path.join(CORPUS, 'traces', file), 'utf8'));
    if (!trace.ok) throw new Error(`${file}: ${JSON.stringify(trace.errors)}`);
    return { name: file.replace(/\.jsonl$/, ''), events: trace.events };
  });

describe('the sandbox personas, matched against the built-in paths', () => {
  it('has a labelled trace for every persona, and a label for every trace', () => {
    expect(traces.map((trace) => trace.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(traces)('$name: finds the attempts the persona made', ({ name, events }) => {
    const attempts = matchAttempts(events, BUILT_IN_PATHS);

    const found = attempts.map((attempt, index) => {
      const want = expected[name]![index];
      return {
        path: attempt.path,
        status: attempt.status,
        lastStep: attempt.lastStep,
        ...(want?.furthestStep ? { furthestStep: attempt.furthestStep } : {}),
        ...(want?.steps ? { steps: attempt.steps.map((step) => step.step) } : {}),
        deviations: attempt.deviations.map((deviation) => `${deviation.kind}:${deviation.step}`),
      };
    });
    expect(found).toEqual(expected[name]);
  });

  it('measures completion and coverage over all personas, and derives step baselines', () => {
    const events = traces.flatMap((trace) => trace.events);
    const attempts = matchAttempts(events, BUILT_IN_PATHS);
    const sessions = [...new Set(events.map((event) => event.session))];

    const measures = measureAttempts(attempts, BUILT_IN_PATHS, { sessions });
    const receipt = measures.find((m) => m.path === 'inventory.receipt')!;
    const sales = measures.find((m) => m.path === 'sales.order-to-payment')!;

    expect(sessions).toHaveLength(11);
    expect(receipt).toMatchObject({
      attempts: 6,
      completed: 5,
      completion: 0.8333,
      coverage: 0.5455,
    });
    expect(receipt.deviationRate).toBe(0.3333);
    expect(sales).toMatchObject({
      attempts: 4,
      completed: 3,
      completion: 0.75,
      deviationRate: 0.25,
    });
    expect(sales.steps.find((step) => step.step === 'post')).toMatchObject({
      reached: 3,
      completion: 0.75,
    });

    const lookup = baselineLookup(stepBaselines(attempts));
    const p90 = lookup('inventory.receipt', 2, 'receipt-form')!;
    expect(p90).toBeGreaterThan(0);
    expect(p90).toBeLessThan(30_000);
    expect(lookup('inventory.receipt', 2, 'no-such-step')).toBeNull();
  });
});

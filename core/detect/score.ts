import { SIGNAL_KINDS, type Signal, type SignalKind } from './types.ts';

/** Counts of one kind of signal over a labelled corpus. */
export interface KindScore {
  kind: SignalKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A trace's expected count per kind (absent: none must fire) and what the detectors raised. */
export interface ScoredTrace {
  expected: Partial<Record<SignalKind, number>>;
  signals: readonly Signal[];
}

/**
 * Precision, recall and F1 per kind, counting signals: on each trace the first `expected`
 * signals of a kind are true positives, any more are false positives, and any missing are false
 * negatives. A kind that neither fired nor was expected anywhere scores 1: nothing was missed
 * and nothing was raised wrongly.
 */
export function scoreSignals(traces: readonly ScoredTrace[]): KindScore[] {
  return SIGNAL_KINDS.map((kind) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, signals } of traces) {
      const want = expected[kind] ?? 0;
      const got = signals.filter((signal) => signal.kind === kind).length;
      truePositives += Math.min(want, got);
      falsePositives += Math.max(0, got - want);
      falseNegatives += Math.max(0, want - got);
    }
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
  });
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

import { errorFunction, quantileSorted } from 'simple-statistics';

import type { Percentiles } from './types.ts';

/**
 * The few statistics the analysis needs, written out so that each test states its assumptions:
 * rates are compared with the two-proportion z-test, times with the Mann–Whitney U test (times
 * to complete are skewed, so ranks compare them better than means). Both use the normal
 * approximation, which is why each side needs a handful of values.
 */

/** Fewest values on each side for a test to be run: below it the verdict is "not enough data". */
export const MIN_SAMPLE = 5;

/** The outcome of a test: its z and two-sided p-value. */
export interface TestResult {
  z: number;
  pValue: number;
}

/** P50 and P90 of `values` (ms), rounded to the ms; nulls when there are none. */
export function percentilesOf(values: readonly number[]): Percentiles {
  if (values.length === 0) return { n: 0, p50Ms: null, p90Ms: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50Ms: Math.round(quantileSorted(sorted, 0.5)),
    p90Ms: Math.round(quantileSorted(sorted, 0.9)),
  };
}

/** `part` of `whole` as a percentage with one decimal; 0 of nothing is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/**
 * Two-proportion z-test of `x1` successes in `n1` against `x2` in `n2`, with the pooled
 * proportion. Null when a side has fewer than `MIN_SAMPLE` trials. Identical all-or-nothing
 * samples have no spread: z is 0 and p is 1.
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): TestResult | null {
  if (n1 < MIN_SAMPLE || n2 < MIN_SAMPLE) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (spread === 0) return { z: 0, pValue: 1 };
  const z = (x2 / n2 - x1 / n1) / spread;
  return { z, pValue: twoSidedP(z) };
}

/**
 * Mann–Whitney U test of `after` against `before`: ranks with ties averaged, the variance
 * corrected for ties, and a continuity correction of ½. A positive z means `after` tends to be
 * larger. Null when a side has fewer than `MIN_SAMPLE` values.
 */
export function mannWhitneyTest(
  before: readonly number[],
  after: readonly number[],
): TestResult | null {
  const n1 = before.length;
  const n2 = after.length;
  if (n1 < MIN_SAMPLE || n2 < MIN_SAMPLE) return null;

  const all = [
    ...before.map((value) => ({ value, after: false })),
    ...after.map((value) => ({ value, after: true })),
  ].sort((a, b) => a.value - b.value);
  let afterRanks = 0;
  let tieTerm = 0;
  for (let start = 0; start < all.length;) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]!.value === all[start]!.value) end += 1;
    const tied = end - start + 1;
    const rank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index += 1) if (all[index]!.after) afterRanks += rank;
    tieTerm += tied ** 3 - tied;
    start = end + 1;
  }

  const n = n1 + n2;
  const u = afterRanks - (n2 * (n2 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { z: 0, pValue: 1 };
  const distance = Math.max(0, Math.abs(u - mean) - 0.5);
  const z = (Math.sign(u - mean) * distance) / Math.sqrt(variance);
  return { z, pValue: twoSidedP(z) };
}

/** P(|Z| ≥ |z|) under the standard normal distribution. */
function twoSidedP(z: number): number {
  const p = 1 - errorFunction(Math.abs(z) / Math.SQRT2);
  // The error function is an approximation that can overshoot 1 by a hair far in the tail.
  return Math.min(1, Math.max(0, p));
}

import { describe, expect, it } from 'vitest';

import { mannWhitneyTest, percent, percentilesOf, twoProportionTest } from './statistics.ts';

describe('twoProportionTest', () => {
  it('finds 30 of 100 against 50 of 100 significant, z ≈ 2.89', () => {
    const result = twoProportionTest(30, 100, 50, 100)!;

    expect(result.z).toBeCloseTo(2.887, 3);
    expect(result.pValue).toBeCloseTo(0.0039, 4);
  });

  it('finds 30 of 100 against 33 of 100 not significant', () => {
    expect(twoProportionTest(30, 100, 33, 100)!.pValue).toBeGreaterThan(0.5);
  });

  it('refuses samples under five and gives p = 1 when nothing varies', () => {
    expect(twoProportionTest(1, 4, 3, 100)).toBeNull();
    expect(twoProportionTest(0, 20, 0, 30)).toEqual({ z: 0, pValue: 1 });
  });
});

describe('mannWhitneyTest', () => {
  it('sees ten times that are all longer than ten others, z ≈ 3.74', () => {
    const before = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const after = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

    const result = mannWhitneyTest(before, after)!;

    expect(result.z).toBeCloseTo(3.742, 3);
    expect(result.pValue).toBeCloseTo(0.00018, 5);
    expect(mannWhitneyTest(after, before)!.z).toBeCloseTo(-3.742, 3);
  });

  it('averages the ranks of ties: identical samples show no difference', () => {
    expect(mannWhitneyTest([5, 5, 5, 5, 5], [5, 5, 5, 5, 5])).toEqual({ z: 0, pValue: 1 });
    expect(mannWhitneyTest([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])!.pValue).toBe(1);
  });

  it('refuses samples under five', () => {
    expect(mannWhitneyTest([1, 2, 3, 4], [5, 6, 7, 8, 9])).toBeNull();
  });
});

describe('percentilesOf and percent', () => {
  it('gives P50 and P90 rounded to the ms, and nulls for nothing', () => {
    expect(percentilesOf([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toEqual({
      n: 10,
      p50Ms: 55,
      p90Ms: 91,
    });
    expect(percentilesOf([])).toEqual({ n: 0, p50Ms: null, p90Ms: null });
  });

  it('rounds a share to one decimal and takes 0 of nothing as 0', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBe(0);
  });
});

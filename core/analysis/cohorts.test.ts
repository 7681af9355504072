import { describe, expect, it } from 'vitest';

import { pseudonym } from '../testing/attempt-rows.ts';
import { cohortKey, cohortLabel, mergeSmallCohorts, tenureResolver } from './cohorts.ts';

const warehouse = { role: 'warehouse', team: 'north-site', tenure: null };

describe('tenureResolver', () => {
  const rows = [
    { day: '2026-10-26', user: pseudonym(1), cohort: warehouse },
    { day: '2026-11-08', user: pseudonym(2), cohort: warehouse },
    { day: '2026-11-09', user: pseudonym(3), cohort: warehouse },
  ];
  const tenureOf = tenureResolver(rows);

  it('counts a user first seen 14 days after the organisation as new for 60 days', () => {
    expect(tenureOf({ day: '2026-11-09', user: pseudonym(3), cohort: warehouse })).toBe('new');
    expect(tenureOf({ day: '2027-01-07', user: pseudonym(3), cohort: warehouse })).toBe('new');
    expect(tenureOf({ day: '2027-01-08', user: pseudonym(3), cohort: warehouse })).toBe(
      'experienced',
    );
  });

  it('counts users there in the first two weeks as experienced', () => {
    expect(tenureOf({ day: '2026-11-09', user: pseudonym(1), cohort: warehouse })).toBe(
      'experienced',
    );
    expect(tenureOf({ day: '2026-11-09', user: pseudonym(2), cohort: warehouse })).toBe(
      'experienced',
    );
  });

  it("keeps IT's tenure, and leaves a user without pseudonym unknown", () => {
    const policy = { ...warehouse, tenure: 'new' as const };
    expect(tenureOf({ day: '2026-12-01', user: pseudonym(1), cohort: policy })).toBe('new');
    expect(tenureOf({ day: '2026-12-01', user: null, cohort: warehouse })).toBeNull();
  });
});

describe('cohort keys', () => {
  it('writes unknown for the parts IT did not set', () => {
    expect(cohortKey({ role: 'sales', team: null, tenure: null }, 'new')).toBe('sales/unknown/new');
    expect(cohortKey({ role: null, team: null, tenure: null }, null)).toBe(
      'unknown/unknown/unknown',
    );
    expect(cohortLabel('warehouse/north-site/new')).toBe('warehouse · north-site · new');
  });

  it('merges cohorts under the minimum number of users into other', () => {
    const users = new Map([
      ['warehouse/north-site/new', new Set(['a', 'b', 'c'])],
      ['warehouse/south-site/new', new Set(['d'])],
      ['sales/office/new', new Set(['e', 'f'])],
    ]);

    expect(Object.fromEntries(mergeSmallCohorts(users, 3))).toEqual({
      'warehouse/north-site/new': 'warehouse/north-site/new',
      'warehouse/south-site/new': 'other',
      'sales/office/new': 'other',
    });
  });
});

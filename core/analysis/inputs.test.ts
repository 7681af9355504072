import { describe, expect, it } from 'vitest';

import { analysisSettingsSchema, interventionSchema } from './inputs.ts';

describe('interventionSchema', () => {
  it('accepts a training for a cohort at a step, with an empty note by default', () => {
    const parsed = interventionSchema.parse({
      id: 'putaway-training',
      day: '2026-11-30',
      kind: 'training',
      path: 'inventory.putaway',
      step: 'destination',
      cohort: 'warehouse/north-site/new',
    });

    expect(parsed.note).toBe('');
  });

  it('refuses a cohort that is not role/team/tenure and an unknown kind', () => {
    const result = interventionSchema.safeParse({
      id: 'x',
      day: '2026-11-30',
      kind: 'party',
      path: 'inventory.putaway',
      cohort: 'Warehouse North',
    });

    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'cohort',
      'kind',
    ]);
  });
});

describe('interventionSchema days', () => {
  it('refuses a day the calendar does not have, naming it', () => {
    const result = interventionSchema.safeParse({
      id: 'x',
      day: '2026-02-31',
      kind: 'ticket',
      path: 'inventory.delivery',
    });

    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"2026-02-31" is not a calendar day between 2000 and 2999',
    ]);
  });
});

describe('analysisSettingsSchema', () => {
  it('defaults the smallest cohort to 3 users', () => {
    expect(analysisSettingsSchema.parse({})).toEqual({ minGroupUsers: 3 });
  });
});

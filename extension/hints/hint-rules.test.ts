import { describe, expect, it } from 'vitest';

import { HintRules, STEP_COOLDOWN_MS, type RuleInput } from './hint-rules.ts';

const T0 = Date.UTC(2026, 11, 4, 9);

function input(fields: Partial<RuleInput> = {}): RuleInput {
  return {
    path: 'inventory.receipt',
    step: 'receipt-form',
    error: null,
    enabled: true,
    snoozedUntil: null,
    typing: false,
    now: T0,
    ...fields,
  };
}

describe('HintRules', () => {
  it('refuses a second hint while one is on screen, even at another step', () => {
    const rules = new HintRules();
    rules.shown(input(), T0);

    expect(rules.check(input({ step: 'validate', now: T0 + 1000 }))).toBe('showing');
    rules.closed();
    expect(rules.check(input({ step: 'validate', now: T0 + 1000 }))).toBe('show');
  });

  it('keeps the cooldown per step, and per error at a step', () => {
    const rules = new HintRules();
    rules.shown(input(), T0);
    rules.closed();
    const lot = { kind: 'user_error', button: 'button_validate' };

    expect(rules.check(input({ now: T0 + STEP_COOLDOWN_MS - 1 }))).toBe('cooldown');
    expect(rules.check(input({ now: T0 + 1000, error: lot }))).toBe('show');
    expect(rules.check(input({ now: T0 + STEP_COOLDOWN_MS }))).toBe('show');
  });

  it('says typing only when the hint could otherwise appear', () => {
    const rules = new HintRules();

    expect(rules.check(input({ typing: true }))).toBe('typing');
    expect(rules.check(input({ typing: true, enabled: false }))).toBe('disabled');
  });

  it('refuses while hints are off or snoozed, and shows again when the snooze ends', () => {
    const rules = new HintRules();

    expect(rules.check(input({ enabled: false }))).toBe('disabled');
    expect(rules.check(input({ snoozedUntil: T0 + 1 }))).toBe('snoozed');
    expect(rules.check(input({ snoozedUntil: T0 }))).toBe('show');
  });
});

import { describe, expect, it } from 'vitest';

import { EDIT_INTERVAL_MS, FieldEdits } from './field-edits.ts';

describe('FieldEdits', () => {
  it('turns a burst of typing into one edit per second', () => {
    const edits = new FieldEdits();
    edits.focus('partner_id', false);
    const actions = Array.from({ length: 25 }, (_, i) => edits.input('partner_id', false, i * 100));

    expect(actions.filter((action) => action === 'edit')).toHaveLength(3);
    expect(actions[0]).toBe('edit');
    expect(actions[EDIT_INTERVAL_MS / 100]).toBe('edit');
  });

  it('reports a clear when the field goes from a value to empty', () => {
    const edits = new FieldEdits();
    edits.focus('partner_id', false);
    expect(edits.input('partner_id', false, 0)).toBe('edit');
    expect(edits.input('partner_id', true, 200)).toBe('clear');
    expect(edits.input('partner_id', true, 300)).toBeNull();
    expect(edits.input('partner_id', false, 1500)).toBe('edit');
  });

  it('starts over for every field and every focus', () => {
    const edits = new FieldEdits();
    edits.focus('origin', true);
    expect(edits.input('origin', false, 0)).toBe('edit');
    edits.blur('origin');
    edits.focus('origin', false);
    expect(edits.input('origin', false, 300)).toBe('edit');
    expect(edits.input('note', false, 400)).toBe('edit');
  });

  it('takes a change without a focus first as a change from the opposite state', () => {
    const edits = new FieldEdits();
    expect(edits.input('note', true, 0)).toBe('clear');
    expect(edits.input('note', true, 10)).toBeNull();
  });
});

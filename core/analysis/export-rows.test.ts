import { describe, expect, it } from 'vitest';

import { EXPORT_COLUMNS, exportRows } from './export-rows.ts';
import { smallOrganisation } from './test-organisation.ts';

describe('exportRows', () => {
  const rows = exportRows(smallOrganisation(), { from: '2026-11-23', to: '2026-11-29' });
  const find = (path: string, step: string, role: string, completed: boolean) =>
    rows.find(
      (r) => r.path === path && r.step === step && r.role === role && r.completed === completed,
    );

  it('keeps the columns in their fixed order', () => {
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
  });

  it('gives one row per step, role and completion, with its counts and times', () => {
    expect(find('inventory.delivery', 'validate', 'warehouse', false)).toEqual({
      from: '2026-11-23',
      to: '2026-11-29',
      path: 'inventory.delivery',
      pathName: 'Deliver goods',
      step: 'validate',
      stepName: 'Validate the delivery',
      module: 'stock',
      role: 'warehouse',
      completed: false,
      attempts: 21,
      sessions: 21,
      users: 7,
      timeToCompleteP50Ms: null,
      hesitationScore: 100,
      workaroundPct: 0,
      workaround: '',
    });
    expect(find('inventory.delivery', 'validate', 'warehouse', true)).toMatchObject({
      attempts: 14,
      timeToCompleteP50Ms: 60_000,
      hesitationScore: 0,
    });
  });

  it('tags the rows of attempts worked around, and shows a small cohort’s role as other', () => {
    expect(find('accounting.vendor-bill', 'bill-draft', 'accounting', false)).toMatchObject({
      workaroundPct: 100,
      workaround: 'workaround',
    });
    expect(rows.some((r) => r.role === 'sales')).toBe(false);
    expect(find('sales.order-to-payment', 'quotation', 'other', true)?.users).toBe(1);
  });
});

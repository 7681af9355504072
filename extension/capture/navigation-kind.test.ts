import { describe, expect, it } from 'vitest';

import { targetSchema, type Target } from '../../core/events/schema.ts';
import { navigationKind } from './navigation-kind.ts';

const target = (fields: Partial<Target> & Pick<Target, 'role'>): Target =>
  targetSchema.parse(fields);

describe('navigationKind', () => {
  it('reads the kind of move from the click that caused it', () => {
    const cases: [Target, string][] = [
      [target({ role: 'app', menu: 'stock.menu_stock_root' }), 'app_switch'],
      [target({ role: 'menu', menu: 'stock.in_picking' }), 'menu'],
      [target({ role: 'view_switcher', name: 'kanban' }), 'view_switch'],
      [target({ role: 'record' }), 'open_record'],
      [target({ role: 'new_record' }), 'new_record'],
      [target({ role: 'pager', name: 'next' }), 'record_paging'],
      [target({ role: 'primary_action', name: 'action_confirm' }), 'button'],
      [target({ role: 'field', name: 'partner_id' }), 'other'],
    ];
    for (const [click, kind] of cases) {
      expect(navigationKind('push', click, 0)).toEqual({ kind, levels: null });
    }
  });

  it('gives a breadcrumb its levels back', () => {
    const crumb = target({ role: 'breadcrumb', depth: 2 });
    expect(navigationKind('push', crumb, 2)).toEqual({ kind: 'breadcrumb', levels: 2 });
  });

  it('calls back/forward browser_back, with the levels the breadcrumb dropped', () => {
    const click = target({ role: 'record' });
    expect(navigationKind('pop', click, 1)).toEqual({ kind: 'browser_back', levels: 1 });
    expect(navigationKind('pop', null, -1)).toEqual({ kind: 'browser_back', levels: null });
  });

  it('calls a change without a click other, and the first page load', () => {
    expect(navigationKind('replace', null, 0)).toEqual({ kind: 'other', levels: null });
    expect(navigationKind('load', null, 0)).toEqual({ kind: 'load', levels: null });
  });
});

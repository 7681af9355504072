import { targetSchema, type CapturedEvent, type Target } from '../events/schema.ts';
import type { Screen } from '../screen/types.ts';
import type { SessionEvent } from './match.ts';

/**
 * Builds a session's events for tests, one user action at a time, each a second after the last
 * unless told otherwise: `new SessionBuilder('s1').go(RECEIPTS).go(RECEIPT).click('button_validate')`.
 */
export class SessionBuilder {
  private t: number;
  private screen: Screen;
  readonly events: SessionEvent[] = [];

  constructor(
    readonly session: string,
    t0 = Date.UTC(2026, 11, 1, 9),
  ) {
    this.t = t0;
    this.screen = screen({});
  }

  /** Waits `ms` before the next event. */
  wait(ms: number): this {
    this.t += ms;
    return this;
  }

  /** Navigates to a screen. */
  go(
    to: Partial<Screen>,
    kind: 'menu' | 'breadcrumb' | 'open_record' | 'app_switch' | 'other' = 'other',
  ): this {
    this.screen = screen(to);
    return this.push({ type: 'navigate', cause: 'push', kind, levels: null });
  }

  /** Clicks a menu entry (which becomes the menu context). */
  menu(xmlid: string): this {
    return this.push({ type: 'click', target: target({ role: 'menu', menu: xmlid }) });
  }

  /** Clicks a button by technical name. */
  click(name: string, role: Target['role'] = 'primary_action'): this {
    return this.push({ type: 'click', target: target({ role, name }) });
  }

  /** The record's state changes in place. */
  state(state: string): this {
    const from = this.screen.state;
    this.screen = { ...this.screen, state };
    return this.push({ type: 'state', from });
  }

  dialog(model: string | null, kind: 'wizard' | 'user_error' = 'wizard'): this {
    const dialog = { kind, model };
    this.screen = { ...this.screen, dialog };
    return this.push({ type: 'dialog_open', dialog });
  }

  closeDialog(): this {
    const dialog = this.screen.dialog!;
    this.screen = { ...this.screen, dialog: null };
    return this.push({ type: 'dialog_close', dialog, closedBy: null });
  }

  edit(field: string): this {
    return this.push({
      type: 'field',
      action: 'edit',
      field,
      widget: null,
      required: false,
      empty: false,
    });
  }

  private push(body: Record<string, unknown>): this {
    this.t += 1000;
    this.events.push({
      ...body,
      t: this.t,
      screen: this.screen,
      session: this.session,
    } as CapturedEvent & {
      session: string;
    });
    return this;
  }
}

export function screen(partial: Partial<Screen>): Screen {
  return {
    version: 18,
    app: null,
    model: null,
    viewType: null,
    state: null,
    dialog: null,
    ...partial,
  };
}

function target(partial: Partial<Target> & Pick<Target, 'role'>): Target {
  return targetSchema.parse(partial);
}

export const RECEIPTS: Partial<Screen> = {
  app: 'stock.menu_stock_root',
  model: 'stock.picking',
  viewType: 'list',
};
export const RECEIPT: Partial<Screen> = { ...RECEIPTS, viewType: 'form', state: 'assigned' };
export const OVERVIEW: Partial<Screen> = {
  app: 'stock.menu_stock_root',
  model: 'stock.picking.type',
  viewType: 'kanban',
};
export const DISCUSS: Partial<Screen> = {
  app: 'mail.menu_root_discuss',
  viewType: 'mail.action_discuss',
};

import {
  targetSchema,
  type CapturedEvent,
  type NAVIGATION_KINDS,
  type PAGE_STATES,
  type Target,
} from '../events/schema.ts';
import type { DialogKind, Screen } from '../screen/types.ts';
import type { SessionEvent } from './match.ts';

/** How long capture watches a click for an answer before it writes `no_effect`. */
const NO_EFFECT_WINDOW_MS = 1500;

/**
 * Builds a session's events for tests, one user action at a time, each a second after the last
 * unless told otherwise: `new SessionBuilder('s1').go(RECEIPTS).go(RECEIPT).click('button_validate')`.
 */
export class SessionBuilder {
  private t: number;
  private screen: Screen;
  private gapMs: number | null = null;
  readonly events: SessionEvent[] = [];

  constructor(
    readonly session: string,
    t0 = Date.UTC(2026, 11, 1, 9),
  ) {
    this.t = t0;
    this.screen = screen({});
  }

  /** The time of the last event (or the start, before any). */
  get now(): number {
    return this.t;
  }

  /** Waits `ms` before the next event. */
  wait(ms: number): this {
    this.t += ms;
    return this;
  }

  /** The next event comes `ms` after the last one instead of a second: a quick follow-up. */
  soon(ms: number): this {
    this.gapMs = ms;
    return this;
  }

  /** Navigates to a screen. */
  go(to: Partial<Screen>, kind: (typeof NAVIGATION_KINDS)[number] = 'other'): this {
    this.screen = screen(to);
    return this.push({ type: 'navigate', cause: 'push', kind, levels: null });
  }

  /** Clicks a menu entry (which becomes the menu context). */
  menu(xmlid: string): this {
    return this.push({ type: 'click', target: target({ role: 'menu', menu: xmlid }) });
  }

  /** Clicks an app in the app switcher (which becomes the menu context). */
  app(xmlid: string): this {
    return this.push({ type: 'click', target: target({ role: 'app', menu: xmlid }) });
  }

  /** Clicks a button by technical name; `fields` adds its label, dialog, disabled state... */
  click(
    name: string | null,
    role: Target['role'] = 'primary_action',
    fields: Partial<Target> = {},
  ): this {
    return this.push({ type: 'click', target: target({ ...fields, role, name }) });
  }

  /**
   * The pointer leaves a button after `dwellMs` on it: by clicking it when `clicked`. Capture
   * writes the hover when the pointer leaves, so the event comes at the end of the dwell.
   */
  hover(
    name: string,
    dwellMs: number,
    { clicked = false, ...fields }: Partial<Target> & { clicked?: boolean } = {},
  ): this {
    return this.push({
      type: 'hover',
      target: target({ role: 'primary_action', ...fields, name }),
      dwellMs,
      clicked,
    });
  }

  /** Nothing answered the last event, a click: capture writes `no_effect` once its window ends. */
  noEffect(): this {
    const clickT = this.t;
    this.gapMs = NO_EFFECT_WINDOW_MS;
    return this.push({ type: 'no_effect', clickT, windowMs: NO_EFFECT_WINDOW_MS });
  }

  /**
   * `count` clicks on one button, `gapMs` apart, none of which anything answers: capture writes
   * each click's `no_effect` once its window has passed, so they come after the clicks.
   */
  unansweredClicks(
    name: string,
    count: number,
    gapMs: number,
    role: Target['role'] = 'primary_action',
    fields: Partial<Target> = {},
  ): this {
    const clicks: number[] = [];
    for (let index = 0; index < count; index += 1) {
      if (index > 0) this.soon(gapMs);
      this.click(name, role, fields);
      clicks.push(this.t);
    }
    for (const clickT of clicks) {
      this.gapMs = Math.max(0, clickT + NO_EFFECT_WINDOW_MS - this.t);
      this.push({ type: 'no_effect', clickT, windowMs: NO_EFFECT_WINDOW_MS });
    }
    return this;
  }

  /** The record is saved, discarded or autosaved. */
  record(action: 'save' | 'discard' | 'autosave'): this {
    return this.push({ type: 'record', action });
  }

  /** One of Odoo's notifications (a danger one after a save is "invalid fields"). */
  notify(level: 'danger' | 'warning' | 'info' | 'success'): this {
    return this.push({ type: 'notification', level });
  }

  /** Odoo's loading indicator or block UI, the tab or the window changing (`page` events). */
  page(state: (typeof PAGE_STATES)[number]): this {
    return this.push({ type: 'page', state });
  }

  /** The record's state changes in place. */
  state(state: string): this {
    const from = this.screen.state;
    this.screen = { ...this.screen, state };
    return this.push({ type: 'state', from });
  }

  dialog(model: string | null, kind: DialogKind = 'wizard'): this {
    const dialog = { kind, model };
    this.screen = { ...this.screen, dialog };
    return this.push({ type: 'dialog_open', dialog });
  }

  /** The dialog closes; by the button `closedBy` describes when one closed it. */
  closeDialog(closedBy: (Partial<Target> & Pick<Target, 'role'>) | null = null): this {
    const dialog = this.screen.dialog!;
    this.screen = { ...this.screen, dialog: null };
    return this.push({
      type: 'dialog_close',
      dialog,
      closedBy: closedBy === null ? null : target({ inDialog: true, ...closedBy }),
    });
  }

  /** A step of the export dialog: opened, file sent, or the direct "Export All". */
  exported(
    step: 'dialog_open' | 'sent' | 'export_all',
    { importCompatible = false, fields = 6 } = {},
  ): this {
    return this.push({ type: 'export', step, importCompatible, format: 'xlsx', fields });
  }

  /** A step of Odoo's import screen, into `model`. */
  imported(step: 'opened' | 'file_chosen' | 'test' | 'run' | 'errors', model: string): this {
    return this.push({ type: 'import', step, model, errors: step === 'errors' ? 1 : null });
  }

  /** A file arrives: a print, a report or an export. */
  download(kind: 'print' | 'report' | 'export'): this {
    return this.push({ type: 'download', kind });
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
    this.t += this.gapMs ?? 1000;
    this.gapMs = null;
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

import type { SignalKind } from '../../core/detect/index.ts';
import { RECEIPTS } from '../support/simulated-user.ts';
import { Persona, sleep, type Speed } from './persona.ts';

/** What a scenario's script is given. */
export interface ScenarioContext {
  user: Persona;
  /** Another user, logged in on a tab of their own. */
  as(login: string): Promise<Persona>;
  /** Resolves once the browser has saved the next download. */
  download(): Promise<void>;
  /** A small CSV to import, written in the scenario's working directory. */
  importFile: string;
}

export interface Scenario {
  name: string;
  description: string;
  speed?: Speed;
  /** Signals that must fire, by kind and count; every other kind must not. */
  fire?: Partial<Record<SignalKind, number>>;
  /** The kinds the scenario tempts and that must stay silent. */
  notFire: SignalKind[];
  /** Each later session is moved one day on, as if it were the next working day. */
  sessionPerDay?: boolean;
  run(ctx: ScenarioContext): Promise<void>;
}

const RECEIPTS_LIST = '/odoo/receipts';
const LIST = '.o_list_view tr.o_data_row';
const FORM = '.o_form_view .o_statusbar_status';
const VALIDATE = '.o_statusbar_buttons button[name=button_validate]';
const PRINT = '.o_statusbar_buttons button[name=do_print_picking]';
const KANBAN_SWITCH = '.o_switch_view.o_kanban';
const QUOTATIONS = '/odoo/sales';
const IMPORT_INPUT = '.o_import_action input[type=file], input.o_input_file';

async function openReceipts(user: Persona): Promise<void> {
  await user.openApp('stock.menu_stock_root');
  await user.openMenu('stock.menu_stock_warehouse_mgmt', 'stock.in_picking');
}

async function exportQuotations(ctx: ScenarioContext, updateData: boolean): Promise<void> {
  const { user } = ctx;
  await user.click('thead th.o_list_record_selector input');
  await user.click('.o_control_panel_actions .o_cp_action_menus button');
  await user.click('::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])');
  await user.page.waitForSelector('.o_export_data_dialog');
  if (updateData) await user.click('#o-update-data');
  const saved = ctx.download();
  await user.click('.o_export_data_dialog .o_select_button');
  await saved;
  await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
  await user.click('thead th.o_list_record_selector input');
}

async function importInto(ctx: ScenarioContext): Promise<void> {
  const { user } = ctx;
  await user.click('.o_control_panel_breadcrumbs_actions .o_cp_action_menus button');
  await user.click('.o_import_menu');
  await user.page.waitForSelector('.o_import_action');
  const input = await user.page.waitForSelector(IMPORT_INPUT);
  await input!.uploadFile(ctx.importFile);
  await user.page.waitForSelector('.o_import_data_content');
  await sleep(500);
}

async function lotError(user: Persona): Promise<void> {
  await user.open('/odoo/receipts/6', FORM);
  await user.click(VALIDATE);
  await user.page.waitForSelector('.o_error_dialog');
  await user.click('.o_error_dialog .o-default-button');
  await user.page.waitForSelector('.o_error_dialog', { hidden: true });
}

async function invalidCustomer(user: Persona, text: string): Promise<void> {
  await user.type('div[name=partner_id] input', text);
  await user.click('.o_form_button_save');
  await user.page.waitForSelector('div[name=partner_id].o_field_invalid');
  await sleep(400);
}

async function clearCustomer(user: Persona): Promise<void> {
  const input = await user.page.waitForSelector('div[name=partner_id] input');
  await input!.click({ count: 3 });
  await user.page.keyboard.press('Backspace');
  await user.page.keyboard.press('Tab');
  await user.click('.o_form_button_save');
  await user.page.waitForSelector('div[name=partner_id].o_field_invalid');
  await sleep(400);
}

export const SCENARIOS: Scenario[] = [
  // Power users: work done quickly, nothing may fire.
  {
    name: 'power-receipt-18',
    description: 'A power user finishes a receipt in about 20 seconds from the app menu.',
    notFire: ['pause', 'dead_click', 'hover_backtrack', 'loop', 'rage_click'],
    run: ({ user }) => user.receiveGoods({ backorder: false }),
  },
  {
    name: 'power-receipt-backorder-18',
    description: 'A power user receives part of a delivery and creates the backorder.',
    notFire: ['pause', 'dead_click', 'hover_backtrack', 'loop'],
    run: ({ user }) => user.receiveGoods({ backorder: true }),
  },
  {
    name: 'power-order-to-payment-18',
    description: 'A quotation confirmed, invoiced, posted and paid without a stop.',
    notFire: ['pause', 'dead_click', 'hover_backtrack', 'loop', 'error'],
    run: ({ user }) => user.orderToPayment('S00001'),
  },
  {
    name: 'power-two-receipts-18',
    description: 'Two receipts validated one after the other: back to the same list is work.',
    notFire: ['loop', 'pause'],
    async run({ user }) {
      await openReceipts(user);
      for (const name of [RECEIPTS.complete, 'WH/IN/00002']) {
        await user.openRecord(name);
        await user.click(VALIDATE);
        await user.waitForState('done');
        await user.back();
      }
    },
  },
  {
    name: 'power-hover-click-18',
    description: 'The pointer rests on Validate, then clicks it: a decision, not a backtrack.',
    notFire: ['hover_backtrack'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.page.hover(VALIDATE);
      await sleep(900);
      await user.press(VALIDATE);
      await user.waitForState('done');
    },
  },

  // Rage clicks and the controls where repeated clicks are ordinary use.
  {
    name: 'rage-view-switcher',
    description: 'Four quick clicks on a view switcher button that does nothing.',
    fire: { rage_click: 1, dead_click: 1 },
    notFire: ['blocked_attempt'],
    async run({ user }) {
      await user.open(RECEIPTS_LIST, LIST);
      await user.pressRepeatedly(KANBAN_SWITCH, 4, 250);
      await sleep(2000);
    },
  },
  {
    name: 'rage-active-view-button',
    description: 'The list view’s own switcher button clicked three times on the quotations.',
    fire: { rage_click: 1, dead_click: 1 },
    notFire: ['blocked_attempt'],
    async run({ user }) {
      await user.open(QUOTATIONS, LIST);
      await user.pressRepeatedly('.o_switch_view.o_list', 3, 300);
      await sleep(2000);
    },
  },
  {
    name: 'no-rage-pager',
    description: 'The pager arrow clicked five times quickly to go through receipts.',
    notFire: ['rage_click', 'loop', 'dead_click'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.pressRepeatedly('.o_pager_next', 5, 350);
      await sleep(2000);
    },
  },
  {
    name: 'no-rage-toggle',
    description: 'Row checkboxes of the list ticked and unticked quickly.',
    notFire: ['rage_click', 'dead_click'],
    async run({ user }) {
      await user.open(RECEIPTS_LIST, LIST);
      await user.pressRepeatedly('tbody tr:first-child td.o_list_record_selector input', 4, 250);
      await sleep(2000);
    },
  },
  {
    name: 'no-rage-priority-star',
    description: 'The priority star clicked on and off three times.',
    notFire: ['rage_click', 'dead_click'],
    async run({ user }) {
      await user.open('/odoo/receipts/2', FORM);
      await user.pressRepeatedly('.o_priority_star', 3, 300);
      await sleep(2000);
    },
  },
  {
    name: 'no-rage-text-selection',
    description: 'A double and a triple click selecting words of the order’s note.',
    notFire: ['rage_click', 'dead_click'],
    async run({ user }) {
      await user.open('/odoo/sales/1', FORM);
      await user.press('div[name=note] textarea', 2);
      await sleep(400);
      await user.press('div[name=note] textarea', 3);
      await sleep(2000);
    },
  },

  // Blocked attempts.
  {
    name: 'blocked-disabled-validate',
    description: 'Validate runs; the user clicks the now disabled Validate three more times.',
    speed: 'slow',
    fire: { blocked_attempt: 1 },
    notFire: ['rage_click', 'dead_click', 'pause'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.press(VALIDATE);
      await user.page.waitForSelector(`${VALIDATE}[disabled]`);
      await sleep(300);
      await user.pressRepeatedly(VALIDATE, 3, 450);
      await user.waitForState('done');
    },
  },
  {
    name: 'no-blocked-one-disabled-click',
    description: 'One click on Validate while its call runs, then waiting: not repeated.',
    speed: 'slow',
    notFire: ['blocked_attempt', 'dead_click'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.press(VALIDATE);
      await user.page.waitForSelector(`${VALIDATE}[disabled]`);
      await sleep(500);
      await user.press(VALIDATE);
      await user.waitForState('done');
    },
  },

  // Dead clicks and what is not one.
  {
    name: 'dead-view-switcher',
    description: 'One click on a view switcher button that shows nothing new.',
    fire: { dead_click: 1 },
    notFire: ['rage_click'],
    async run({ user }) {
      await user.open(RECEIPTS_LIST, LIST);
      await user.press(KANBAN_SWITCH);
      await sleep(2500);
    },
  },
  {
    name: 'dead-two-targets',
    description: 'Two inert view switcher buttons clicked a few seconds apart.',
    fire: { dead_click: 2 },
    notFire: ['rage_click'],
    async run({ user }) {
      await user.open(QUOTATIONS, LIST);
      await user.press(KANBAN_SWITCH);
      await sleep(2500);
      await user.press('.o_switch_view:not(.o_list):not(.o_kanban)');
      await sleep(2500);
    },
  },
  {
    name: 'no-dead-print',
    description: 'Print clicked once: its answer is a file or a tab, not the page.',
    notFire: ['dead_click'],
    async run({ user }) {
      await user.open('/odoo/receipts/2', FORM);
      await user.press(PRINT);
      await sleep(2500);
    },
  },
  {
    name: 'no-dead-export',
    description: 'An export downloaded from the quotations, then back to work.',
    notFire: ['dead_click', 'workaround'],
    async run(ctx) {
      await ctx.user.open(QUOTATIONS, LIST);
      await exportQuotations(ctx, false);
      await ctx.user.openRecord('S00001');
    },
  },
  {
    name: 'no-dead-copy',
    description: 'A click on the open notebook tab, then Ctrl+C to copy what it shows.',
    notFire: ['dead_click'],
    async run({ user }) {
      await user.open('/odoo/sales/1', FORM);
      await user.press('.o_notebook_headers .nav-link.active');
      await sleep(200);
      await user.page.keyboard.down('Control');
      await user.page.keyboard.press('c');
      await user.page.keyboard.up('Control');
      await sleep(2500);
    },
  },
  {
    name: 'no-dead-file-chooser',
    description: 'The import screen’s upload button opens the file chooser; a file is chosen.',
    notFire: ['dead_click', 'workaround'],
    async run({ user, importFile }) {
      await user.open('/odoo/sales/import?active_model=sale.order', '.o_import_action');
      await user.press('button.o_import_file');
      await sleep(1800);
      const input = await user.page.waitForSelector(IMPORT_INPUT);
      await input!.uploadFile(importFile);
      await user.page.waitForSelector('.o_import_data_content');
      await sleep(500);
    },
  },
  {
    name: 'no-dead-slow-button',
    description: 'Validate on a slow server: the loading indicator answers, the result follows.',
    speed: 'slow',
    notFire: ['dead_click', 'pause'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.press(VALIDATE);
      await user.waitForState('done');
    },
  },

  // Hover-backtracks.
  {
    name: 'hover-validate-return-back',
    description: 'Hover on Validate, leave, hover again, then back to the list.',
    fire: { hover_backtrack: 1 },
    notFire: ['pause'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.dwell(VALIDATE, 900);
      await sleep(600);
      await user.dwell(VALIDATE, 900);
      await user.back();
    },
  },
  {
    name: 'hover-validate-then-back',
    description: 'Hover on Validate, then straight back to the list by the breadcrumb.',
    fire: { hover_backtrack: 1 },
    notFire: [],
    async run({ user }) {
      await user.open('/odoo/receipts/2', FORM);
      await user.dwell(VALIDATE, 1000);
      await user.back();
    },
  },
  {
    name: 'hover-wizard-return',
    description: 'In the backorder wizard, the pointer rests on Create Backorder, leaves, returns.',
    fire: { hover_backtrack: 1 },
    notFire: [],
    async run({ user }) {
      await user.open('/odoo/receipts/7', FORM);
      await user.click(VALIDATE);
      await user.page.waitForSelector('.modal-footer button[name=process]');
      await user.dwell('.modal-footer button[name=process]', 800);
      await user.dwell('.modal-footer button[name=process]', 800);
      await user.click('.modal-footer button[name=process]');
      await user.waitForState('done');
    },
  },
  {
    name: 'no-hover-brief-pass',
    description: 'The pointer crosses Validate twice on its way elsewhere.',
    notFire: ['hover_backtrack'],
    async run({ user }) {
      await user.open('/odoo/receipts/2', FORM);
      await user.dwell(VALIDATE, 150);
      await user.dwell(VALIDATE, 150);
      await user.back();
    },
  },
  {
    name: 'no-hover-autosave-breadcrumb',
    description: 'A note typed, a look at Confirm, then the breadcrumb, which saves the change.',
    notFire: ['hover_backtrack', 'workaround'],
    async run({ user }) {
      await user.open(QUOTATIONS, LIST);
      await user.openRecord('S00003');
      await user.type('div[name=note] textarea', 'Call before delivery');
      await user.dwell('.o_statusbar_buttons button[name=action_confirm]', 900);
      await user.back();
    },
  },
  {
    name: 'no-hover-then-work',
    description: 'A look at Validate, then the user types a quantity and validates.',
    notFire: ['hover_backtrack'],
    async run({ user }) {
      await user.open('/odoo/receipts/3', FORM);
      await user.dwell(VALIDATE, 900);
      await user.type('td[name=quantity] input', '30');
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },

  // Pauses, and slow Odoo or a hidden tab that are not.
  {
    name: 'pause-before-validate',
    description: 'The user stops on a ready receipt for twelve seconds before validating.',
    fire: { pause: 1 },
    notFire: [],
    async run({ user }) {
      await user.open(RECEIPTS_LIST, LIST);
      await user.openRecord(RECEIPTS.complete);
      await sleep(12_000);
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },
  {
    name: 'pause-in-wizard',
    description: 'The backorder wizard opens and the user hesitates eleven seconds.',
    fire: { pause: 1 },
    notFire: [],
    async run({ user }) {
      await user.open('/odoo/receipts/7', FORM);
      await user.click(VALIDATE);
      await user.page.waitForSelector('.modal-footer button[name=process]');
      await sleep(11_500);
      await user.click('.modal-footer button[name=process]');
      await user.waitForState('done');
    },
  },
  {
    name: 'no-pause-slow-odoo',
    description: 'Validate takes twelve seconds on the server; the user waits for it.',
    speed: 'very_slow',
    notFire: ['pause', 'dead_click'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      await user.click(VALIDATE);
      await user.waitForState('done');
      await user.back();
    },
  },
  {
    name: 'no-pause-hidden-tab',
    description: 'The user switches to another tab for twelve seconds, then validates.',
    notFire: ['pause'],
    async run({ user }) {
      await user.open('/odoo/receipts/1', FORM);
      const other = await user.page.browser().newPage();
      await other.bringToFront();
      await sleep(12_000);
      await user.page.bringToFront();
      await other.close();
      await sleep(400);
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },

  // Loops.
  {
    name: 'loop-list-form',
    description: 'The same receipt opened and left three times without doing anything.',
    fire: { loop: 1 },
    notFire: [],
    async run({ user }) {
      await openReceipts(user);
      for (let i = 0; i < 3; i += 1) {
        await user.openRecord('WH/IN/00002');
        await user.back();
      }
    },
  },
  {
    name: 'loop-apps',
    description: 'Inventory, Sales, Inventory, Sales from the app menu: looking for something.',
    fire: { loop: 1 },
    notFire: [],
    async run({ user }) {
      for (const app of ['stock.menu_stock_root', 'sale.sale_menu_root']) {
        await user.openApp(app);
      }
      for (const app of ['stock.menu_stock_root', 'sale.sale_menu_root']) {
        await user.openApp(app);
      }
    },
  },

  // Errors, retries and form friction.
  {
    name: 'retry-lot-serial',
    description: 'Validate → lot/serial error → the lot typed in the same line → Validate again.',
    fire: { error: 1, retry: 1 },
    notFire: ['form_friction'],
    async run({ user }) {
      await lotError(user);
      await user.type('td[name=lot_ids] input', 'LOT-0042');
      await user.click(VALIDATE);
      await user.waitForState('done');
    },
  },
  {
    name: 'error-then-leave',
    description: 'The lot/serial error, then back to the list without trying again.',
    fire: { error: 1 },
    notFire: ['retry'],
    async run({ user }) {
      await lotError(user);
      await user.back();
    },
  },
  {
    name: 'save-fails-twice',
    description: 'Saving a quotation fails twice on the same required Customer field.',
    fire: { error: 1, retry: 1, form_friction: 1 },
    notFire: [],
    async run({ user }) {
      await user.open('/odoo/sales/2', 'div[name=partner_id] input');
      await clearCustomer(user);
      await invalidCustomer(user, 'Nobody Known');
      await user.click('.o_form_button_cancel');
      await sleep(500);
    },
  },
  {
    name: 'save-fails-once-fixed',
    description: 'A save fails on the empty Customer; the user picks one and saves.',
    fire: { error: 1, retry: 1 },
    notFire: ['form_friction'],
    async run({ user }) {
      await user.open('/odoo/sales/2', 'div[name=partner_id] input');
      await clearCustomer(user);
      await user.type('div[name=partner_id] input', 'Quayside Office Group');
      await user.click('.o_form_button_save');
      await user.page.waitForSelector('div[name=partner_id].o_field_invalid', { hidden: true });
      await sleep(800);
    },
  },
  {
    name: 'access-error-three-days',
    description: 'The same access error on Cancel of an invoiced order, three users, three days.',
    sessionPerDay: true,
    fire: { error: 1 },
    notFire: ['retry', 'pause', 'form_friction'],
    async run(ctx) {
      for (const login of ['ana', 'ben', 'chloe']) {
        const user = login === 'ana' ? ctx.user : await ctx.as(login);
        await user.open('/odoo/sales/5', FORM);
        await user.click('.o_statusbar_buttons button[name=action_cancel]');
        await user.page.waitForSelector('.o_error_dialog');
        await user.click('.o_error_dialog .o-default-button');
        await sleep(500);
      }
    },
  },
  {
    name: 'two-different-errors',
    description: 'A lot/serial error on a receipt, then the access error on an order.',
    fire: { error: 2 },
    notFire: ['retry'],
    async run({ user }) {
      await lotError(user);
      await user.open('/odoo/sales/5', FORM);
      await user.click('.o_statusbar_buttons button[name=action_cancel]');
      await user.page.waitForSelector('.o_error_dialog');
      await user.click('.o_error_dialog .o-default-button');
      await sleep(500);
    },
  },

  // Workarounds.
  {
    name: 'workaround-export-import',
    description: 'Quotations exported with "update data", then imported back into quotations.',
    fire: { workaround: 1 },
    notFire: ['dead_click'],
    async run(ctx) {
      await ctx.user.open(QUOTATIONS, LIST);
      await exportQuotations(ctx, true);
      await importInto(ctx);
    },
  },
  {
    name: 'workaround-abandon-after-export',
    description: 'Validate fails on a lot, the receipts are exported, the user leaves for Sales.',
    fire: { workaround: 1, error: 1 },
    notFire: ['retry'],
    async run(ctx) {
      const { user } = ctx;
      await lotError(user);
      await user.back();
      await user.click('thead th.o_list_record_selector input');
      await user.click('.o_control_panel_actions .o_cp_action_menus button');
      await user.click(
        '::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])',
      );
      await user.page.waitForSelector('.o_export_data_dialog');
      const saved = ctx.download();
      await user.click('.o_export_data_dialog .o_select_button');
      await saved;
      await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
      await user.openApp('sale.sale_menu_root');
    },
  },
  {
    name: 'no-workaround-import-elsewhere',
    description: 'Receipts exported, then quotations imported: another model, no detour.',
    notFire: ['workaround'],
    async run(ctx) {
      const { user } = ctx;
      await user.open(RECEIPTS_LIST, LIST);
      await user.click('thead th.o_list_record_selector input');
      await user.click('.o_control_panel_actions .o_cp_action_menus button');
      await user.click(
        '::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])',
      );
      await user.page.waitForSelector('.o_export_data_dialog');
      const saved = ctx.download();
      await user.click('.o_export_data_dialog .o_select_button');
      await saved;
      await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
      await user.open(QUOTATIONS, LIST);
      await importInto(ctx);
    },
  },
  {
    name: 'no-workaround-export-after-success',
    description: 'A receipt validated, then the receipts exported for a report.',
    notFire: ['workaround'],
    async run(ctx) {
      const { user } = ctx;
      await openReceipts(user);
      await user.openRecord(RECEIPTS.complete);
      await user.click(VALIDATE);
      await user.waitForState('done');
      await user.back();
      await user.click('thead th.o_list_record_selector input');
      await user.click('.o_control_panel_actions .o_cp_action_menus button');
      await user.click(
        '::-p-xpath(//*[contains(@class,"o_menu_item")][normalize-space()="Export"])',
      );
      await user.page.waitForSelector('.o_export_data_dialog');
      const saved = ctx.download();
      await user.click('.o_export_data_dialog .o_select_button');
      await saved;
      await user.click('.o_export_data_dialog .modal-footer .o_form_button_cancel');
    },
  },
];

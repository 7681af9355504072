import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { describeTarget } from './describe-target.ts';

/** Markup written from the documented structure of Odoo 17/18 forms, lists and dialogs. */
const { document } = parseHTML(`<!doctype html><html><body class="o_web_client">
  <nav class="o_main_navbar">
    <a class="dropdown-item o_menu_brand" data-menu-xmlid="stock.menu_stock_root">Inventory</a>
    <div class="o_menu_sections">
      <a class="dropdown-item o_nav_entry" data-menu-xmlid="stock.in_picking"><span>Receipts</span></a>
    </div>
  </nav>
  <div class="o_control_panel"><div class="o_breadcrumb">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a id="crumb-root">Overview of Jane's deals</a></li>
      <li class="breadcrumb-item o_back_button"><a id="crumb-parent">Receipts</a></li>
    </ol>
    <div class="o_last_breadcrumb_item active"><span id="crumb-current">WH/IN/00042</span></div>
    <div class="o_form_status_indicator_buttons">
      <button class="o_form_button_save"><i class="fa fa-cloud-upload"></i></button>
    </div>
  </div></div>
  <div class="o_form_statusbar">
    <div class="o_statusbar_buttons">
      <button name="button_validate" type="object" class="btn btn-primary"><span>Validate</span></button>
      <button name="412" type="action" class="btn btn-secondary" disabled="1"><span>Return</span></button>
    </div>
    <div name="state" class="o_field_widget o_field_statusbar"><div class="o_statusbar_status">
      <button class="btn o_arrow_button" data-value="done">Done</button>
      <button class="btn o_arrow_button o_arrow_button_current" data-value="assigned" disabled="">Ready</button>
    </div></div>
  </div>
  <div name="partner_id" class="o_field_widget o_field_many2one">
    <a id="partner-link" type="button">Azure Interior, Secret Customer</a>
    <button id="partner-open" class="btn"><span>Azure Interior</span></button>
  </div>
  <table><tr class="o_data_row"><td class="o_data_cell" name="name" id="cell">WH/IN/00007</td></tr></table>
  <div class="o_dialog"><div class="modal"><div class="modal-content">
    <footer class="modal-footer">
      <button name="process" type="object" class="btn btn-primary" id="wizard-ok"><span>Create Backorder</span></button>
      <button special="cancel" class="btn btn-secondary o_form_button_cancel" id="wizard-discard">Discard</button>
    </footer>
  </div></div></div>
</body></html>`);

function at(selector: string) {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return describeTarget(element);
}

describe('describeTarget', () => {
  it('names an object button by its technical name and label', () => {
    expect(at('button[name=button_validate] span')).toMatchObject({
      role: 'primary_action',
      name: 'button_validate',
      buttonType: 'object',
      label: 'Validate',
      disabled: false,
    });
  });

  it('marks a disabled action button', () => {
    expect(at('button[name="412"]')).toMatchObject({
      role: 'secondary_action',
      buttonType: 'action',
      disabled: true,
      inDialog: false,
    });
  });

  it('records a statusbar state by key, without its label', () => {
    expect(at('[data-value=done]')).toMatchObject({
      role: 'statusbar_state',
      state: 'done',
      label: null,
    });
  });

  it('records menus and the app by xmlid', () => {
    expect(at('.o_menu_brand')).toMatchObject({ role: 'app', menu: 'stock.menu_stock_root' });
    expect(at('.o_nav_entry span')).toMatchObject({
      role: 'menu',
      menu: 'stock.in_picking',
      label: 'Receipts',
    });
  });

  it('records breadcrumbs as depth only, never their text', () => {
    expect(at('#crumb-parent')).toEqual(expect.objectContaining({ role: 'breadcrumb', depth: 1 }));
    expect(at('#crumb-root')).toMatchObject({ role: 'breadcrumb', depth: 2, label: null });
  });

  it('records wizard footer buttons as actions in a dialog', () => {
    expect(at('#wizard-ok')).toMatchObject({
      role: 'primary_action',
      inDialog: true,
      name: 'process',
      label: 'Create Backorder',
    });
    expect(at('#wizard-discard')).toMatchObject({
      role: 'secondary_action',
      inDialog: true,
      buttonType: 'cancel',
      label: 'Discard',
    });
  });

  it('records save and list rows by role, without any text', () => {
    expect(at('.o_form_button_save i')).toMatchObject({ role: 'save', label: null });
    expect(at('#cell')).toEqual(expect.objectContaining({ role: 'record', label: null }));
  });

  it('ignores buttons inside field widgets, whose text is user data', () => {
    expect(at('#partner-link')).toBeNull();
    expect(at('#partner-open')).toBeNull();
    expect(at('#crumb-current')).toBeNull();
  });

  it('never puts a record name or breadcrumb text in any description', () => {
    const all = Array.from(document.querySelectorAll('*')).map((element) =>
      JSON.stringify(describeTarget(element)),
    );

    for (const secret of ['Azure', 'Secret', 'WH/IN', 'Jane']) {
      expect(all.filter((json) => json.includes(secret))).toEqual([]);
    }
  });
});

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

  <div class="o_control_panel_navigation">
    <nav class="o_pager"><span class="o_pager_value">1</span>
      <button class="o_pager_previous btn"><i class="oi oi-chevron-left"></i></button>
      <button class="o_pager_next btn" id="next"><i class="oi oi-chevron-right"></i></button>
    </nav>
    <nav class="o_cp_switch_buttons">
      <button class="btn o_switch_view o_kanban" id="to-kanban"><i class="oi oi-view-kanban"></i></button>
    </nav>
  </div>
  <div class="o_notebook"><div class="o_notebook_headers"><ul class="nav nav-tabs">
    <li class="nav-item"><a class="nav-link" href="#" role="tab" name="operations">Operations</a></li>
  </ul></div></div>
  <div name="priority" class="o_field_widget o_field_priority"><div class="o_priority">
    <a href="#" class="o_priority_star fa fa-star-o" id="star" aria-label="Urgent Jane"></a>
  </div></div>
  <div name="is_locked" class="o_field_widget o_field_boolean"><div class="o-checkbox form-check">
    <input type="checkbox" class="form-check-input" id="locked">
  </div></div>
  <div name="product_qty" class="o_field_widget o_required_modifier o_field_float_stepper">
    <button class="btn o_stepper_minus" id="minus"><i class="fa fa-minus"></i></button>
    <input class="o_input" id="qty">
    <button class="btn" id="plus"><i class="fa fa-plus"></i></button>
  </div>
  <div name="move_ids" class="o_field_widget o_field_one2many"><table><tr class="o_data_row">
    <td class="o_data_cell" name="product_id">Secret Chair</td>
    <td class="o_data_cell"><button name="action_show_details" type="object" class="btn" id="details"><span>Jane's</span></button></td>
  </tr></table></div>
  <a href="/odoo/help" id="help">Documentation for Jane</a>
  <div class="o-dropdown--menu dropdown-menu">
    <span class="o_menu_item dropdown-item" id="export-item">Export</span>
    <span class="dropdown-item o_export_all_menu" id="export-all">Export All</span>
    <span class="dropdown-item" id="favorite">Jane's favourite filter</span>
  </div>
  <div class="o_search_bar_menu">
    <div class="o_filter_menu"><span class="o_menu_item dropdown-item" id="arch-filter">Ready</span></div>
    <div class="o_favorite_menu"><span class="o_menu_item dropdown-item" id="saved-favorite">Jane's late receipts</span></div>
  </div>
  <ul class="o_searchview_autocomplete dropdown-menu">
    <li class="o_menu_item dropdown-item" id="quick-search-17">Search <b>Contact</b> for: <b>Jane Doe</b></li>
  </ul>
  <div class="o_popover o_searchview_autocomplete dropdown-menu">
    <span class="o-dropdown-item dropdown-item" role="menuitem" id="quick-search-18">Search <b>Contact</b> for: <b>Jane Roe</b></span>
  </div>
  <table><tr class="o_data_row"><td class="o_list_record_selector" id="selector"><input type="checkbox"></td></tr></table>
  <div class="o_dialog"><div class="modal" id="backdrop"><div class="modal-content">
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

  it('describes anything inside a field widget as the field, never by its text', () => {
    const partner = { role: 'field', name: 'partner_id', widget: 'many2one', label: null };
    expect(at('#partner-link')).toMatchObject(partner);
    expect(at('#partner-open')).toMatchObject(partner);
    expect(at('#crumb-current')).toBeNull();
  });

  it('names the view a switcher button switches to, and the pager direction', () => {
    expect(at('#to-kanban i')).toMatchObject({ role: 'view_switcher', name: 'kanban' });
    expect(at('#next i')).toMatchObject({ role: 'pager', name: 'next' });
    expect(at('.o_pager_previous')).toMatchObject({ role: 'pager', name: 'previous' });
  });

  it('records notebook tabs by page name, stars, toggles and steppers by field', () => {
    expect(at('.nav-link')).toMatchObject({ role: 'tab', name: 'operations', label: 'Operations' });
    expect(at('#star')).toMatchObject({ role: 'priority', name: 'priority', label: null });
    expect(at('#locked')).toMatchObject({ role: 'toggle', name: 'is_locked', widget: 'boolean' });
    expect(at('#minus i')).toMatchObject({ role: 'stepper', name: 'product_qty' });
    expect(at('#plus')).toMatchObject({ role: 'stepper', widget: 'float_stepper' });
    expect(at('#qty')).toMatchObject({ role: 'field', name: 'product_qty' });
  });

  it('keeps the name of a button in a list row but not its label', () => {
    expect(at('#details span')).toMatchObject({
      role: 'secondary_action',
      name: 'action_show_details',
      label: null,
    });
    expect(at('td[name=product_id]')).toMatchObject({ role: 'field', name: 'move_ids' });
  });

  it('records links and menu items', () => {
    expect(at('#help')).toMatchObject({ role: 'link', label: null });
    expect(at('#export-item')).toMatchObject({ role: 'menu', label: 'Export' });
    expect(at('#export-all')).toMatchObject({ role: 'menu', name: 'o_export_all_menu' });
    expect(at('#favorite')).toMatchObject({ role: 'menu', label: null });
  });

  it('keeps search filters of the view by label, but not favorites or typed quick-search text', () => {
    expect(at('#arch-filter')).toMatchObject({ role: 'menu', label: 'Ready' });
    expect(at('#saved-favorite')).toMatchObject({ role: 'menu', label: null });
    expect(at('#quick-search-17')).toMatchObject({ role: 'menu', label: null });
    expect(at('#quick-search-18')).toMatchObject({ role: 'menu', label: null });
  });

  it('records row selectors and the dialog backdrop', () => {
    expect(at('#selector')).toMatchObject({ role: 'toggle' });
    expect(at('#backdrop')).toMatchObject({ role: 'dialog_backdrop', inDialog: true });
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

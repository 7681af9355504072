import { openDialog, openErrorDialog } from './dialogs.js';
import { h } from './dom.js';
import { byVersion, is17 } from './env.js';
import { createUi } from './fields.js';
import { disableButtons, viewButton } from './view-widgets.js';
import { FormRecord } from './form-record.js';
import { notify } from './notifications.js';
import { RpcError, callButton, callKw } from './rpc.js';

/**
 * Wizards: window actions with `target: "new"`, shown as an ActionDialog
 * (`main.modal-body.o_act_window` holding a form without sheet) whose footer carries the
 * form's `<footer>` buttons plus Odoo's hidden `button.o-default-button.d-none`. A footer
 * button saves the wizard record (`web_save`), then calls its method with the wizard id.
 */

const { document } = globalThis;

const cancel = (label) => ({ special: 'cancel', label, hotkey: 'x' });

const WIZARDS = {
  'stock.backorder.confirmation': {
    title: () => 'Create Backorder?',
    fields: {},
    buttons: () => [
      { name: 'process', label: 'Create Backorder', primary: true, hotkey: 'q' },
      { name: 'process_cancel_backorder', label: 'No Backorder', danger: true, hotkey: 'w' },
      cancel('Discard'),
    ],
    body: () =>
      h(
        'div.o_group.row.align-items-start',
        h(
          'div.o_inner_group.grid.col-lg-6',
          cell(
            h(
              'p',
              { name: 'explanation-text' },
              'You have processed less products than the initial demand.',
            ),
          ),
        ),
        h(
          'div.o_inner_group.grid.col-lg-6',
          cell(
            h(
              'div.text-muted',
              'Create a backorder if you expect to process the remaining products later. Do not create a backorder if you will not process the remaining products.',
            ),
          ),
        ),
      ),
  },
  'sale.advance.payment.inv': {
    title: () => byVersion('Create invoices', 'Create invoice(s)'),
    defaults: true,
    fields: {
      advance_payment_method: {
        type: 'radio',
        label: 'Create Invoice',
        required: true,
        class: 'oe_inline',
        choices: [
          ['delivered', 'Regular invoice'],
          ['percentage', 'Down payment (percentage)'],
          ['fixed', 'Down payment (fixed amount)'],
        ],
      },
    },
    buttons: () => [
      {
        name: 'create_invoices',
        label: byVersion('Create Draft Invoice', 'Create Draft'),
        primary: true,
        hotkey: 'q',
        id: 'create_invoice_open',
      },
      cancel(byVersion('Cancel', 'Discard')),
    ],
    body: (ui) => h('div.o_inner_group.grid', field(ui, 'advance_payment_method')),
  },
  'account.payment.register': {
    title: () => byVersion('Register Payment', 'Pay'),
    defaults: true,
    fields: {
      journal_id: { type: 'many2one', label: 'Journal', required: true, readonly: true },
      payment_method_line_id: {
        type: 'many2one',
        label: 'Payment Method',
        required: true,
        readonly: true,
      },
      amount: { type: 'float', widget: 'monetary', label: 'Amount', required: true },
      payment_date: { type: 'date', label: 'Payment Date', required: true },
      communication: { type: 'char', label: 'Memo' },
    },
    buttons: () => [
      { name: 'action_create_payments', label: 'Create Payment', primary: true, hotkey: 'q' },
      cancel('Discard'),
    ],
    body: (ui) =>
      ui.group(
        ['journal_id', 'payment_method_line_id'],
        ['amount', 'payment_date', 'communication'],
      ),
  },
};

/** Opens the wizard of `action`; `onDone(result)` receives what its button returned. */
export async function openWizard(action, { onDone }) {
  const spec = WIZARDS[action.res_model];
  if (!spec) {
    notify({ type: 'warning', message: `The sandbox has no wizard for ${action.res_model}.` });
    return;
  }
  const model = action.res_model;
  const defaults = spec.defaults
    ? await callKw(model, 'default_get', [[]], { context: action.context })
    : {};
  const record = new FormRecord({ model, data: defaults, fields: spec.fields });

  const body = h(
    'div.o_form_view.o_view_controller',
    h(
      'div.o_form_view_container',
      h(
        'div.o_content',
        h(
          'div.o_form_renderer.o_form_nosheet.o_form_editable.d-block',
          spec.body(createUi(record)),
        ),
      ),
    ),
  );
  const buttons = spec.buttons().map((button) => viewButton(button, () => run(button)));
  const defaultButton = h('button.btn.btn-primary.o-default-button.d-none', 'Ok');

  const handle = openDialog({
    title: spec.title(),
    body,
    bodyClass: 'p-0 o_act_window',
    footer: is17 ? [defaultButton, h('footer', buttons)] : [...buttons, defaultButton],
  });

  async function run(button) {
    if (button.special === 'cancel') return handle.close();
    const enable = disableButtons(handle.element, document.querySelector('.o_action_manager'));
    let result;
    try {
      const labels = record.validate();
      if (labels.length > 0) {
        notify({
          type: 'danger',
          title: 'Invalid fields: ',
          message: h(
            'ul',
            labels.map((label) => h('li', label)),
          ),
        });
        return;
      }
      const values = { ...flatten(defaults), ...record.toVals() };
      const [{ id }] = await callKw(model, 'web_save', [[], values], { context: action.context });
      result = await callButton(model, button.name, [id], action.context);
    } catch (error) {
      if (!(error instanceof RpcError)) throw error;
      openErrorDialog(error);
      return;
    } finally {
      enable();
    }
    handle.close();
    await onDone(result);
  }
}

function cell(content) {
  return h(
    'div.o_wrap_field.d-flex.d-sm-contents.flex-column.mb-3.mb-sm-0',
    h('div.o_cell', { style: 'grid-column: span 2;' }, h('div', content)),
  );
}

function field(ui, name) {
  return h(
    'div.o_wrap_field.d-flex.d-sm-contents.flex-column.mb-3.mb-sm-0',
    h('div.o_cell.o_wrap_label.text-break.text-900', ui.label(name)),
    h('div.o_cell.o_wrap_input.text-break', ui.field(name)),
  );
}

/** Many2one defaults (`[id, name]`) as the ids `web_save` expects. */
function flatten(values) {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

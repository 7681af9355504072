import { ARCHES } from './arches.js';
import { chatter } from './chatter.js';
import { cogMenu, controlPanel } from './control-panel.js';
import { openConfirmation, openErrorDialog } from './dialogs.js';
import { cx, h } from './dom.js';
import { dropdownItem } from './dropdown.js';
import { byVersion, is17, setDocumentTitle } from './env.js';
import { createUi } from './fields.js';
import { disableButtons, viewButton } from './view-widgets.js';
import { FormRecord } from './form-record.js';
import { overlayContainer } from './main-components.js';
import { notify } from './notifications.js';
import { ACTIONS } from './registry.js';
import { RpcError, callButton, callKw, loadAction } from './rpc.js';

/**
 * The form view controller: loads a record, renders its arch (arches.js) inside Odoo's form
 * skeleton, tracks dirty/invalid state, saves (`web_save`) and runs header buttons. A button
 * first saves a dirty record, then calls the server with every view button disabled, as Odoo.
 */

/** Display name the breadcrumbs and the title show for a record. */
export function recordDisplayName(model, data) {
  if (data?.display_name) return data.display_name;
  if (model === 'account.move' && data?.id)
    return byVersion(`Draft Invoice (* ${data.id})`, 'Draft Invoice');
  return 'New';
}

export async function mountForm(controller, env) {
  const action = ACTIONS[controller.action];
  const arch = ARCHES[action.model];
  const [options, texts] = await Promise.all([
    arch.loadOptions ? arch.loadOptions() : {},
    fieldTexts(action.model),
  ]);
  const isNew = controller.resId === 'new' || controller.resId === undefined;
  const data = isNew
    ? arch.defaults()
    : (await callKw(action.model, 'web_read', [[controller.resId]]))[0];

  const root = h('div.o_form_view', { class: cx(arch.rootClass, 'o_view_controller o_action') });
  const ui = { page: null, redraw: () => draw() };
  const record = new FormRecord({
    model: action.model,
    data,
    fields: withTexts(arch.fields(options, data), texts),
    readonly: arch.readonly,
    onChange: () => syncStateClasses(root, record),
  });
  controller.displayName = recordDisplayName(action.model, data);
  // Kept across redraws, so a message posted in the page stays while the user works.
  const chatterPanel = arch.chatter && !isNew ? chatter(data.message_ids ?? []) : null;

  async function save({ reloadNew = true, redraw = true } = {}) {
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
      draw();
      return false;
    }
    if (!record.isDirty && !record.isNew) return true;

    const wasNew = record.isNew;
    try {
      const ids = wasNew ? [] : [record.data.id];
      const [saved] = await callKw(action.model, 'web_save', [ids, record.toVals()], {
        context: action.context ?? {},
      });
      record.load(saved);
    } catch (error) {
      if (!(error instanceof RpcError)) throw error;
      openErrorDialog(error);
      return false;
    }
    controller.resId = record.data.id;
    controller.displayName = recordDisplayName(action.model, record.data);
    if (wasNew && reloadNew) {
      await env.reload();
    } else if (!redraw) {
      // A button is running: keep its disabled buttons; the view reloads once it returns.
      setDocumentTitle(controller.displayName);
      syncStateClasses(root, record);
    } else {
      setDocumentTitle(controller.displayName);
      draw();
    }
    return true;
  }

  async function discard() {
    if (record.isNew && env.breadcrumbs.length > 0) return env.restore(env.breadcrumbs.length - 1);
    record.load(record.data);
    draw();
  }

  async function runButton(spec) {
    const enable = disableButtons(root, is17 ? null : overlayContainer());
    try {
      if ((record.isDirty || record.isNew) && !(await save({ reloadNew: false, redraw: false })))
        return;
      const ids = [record.data.id];
      const context = {
        ...(action.context ?? {}),
        active_model: action.model,
        active_id: ids[0],
        active_ids: ids,
      };
      const result =
        spec.type === 'action'
          ? await loadAction(spec.name, context)
          : await callButton(action.model, spec.name, ids, action.context);
      await env.executeAction(result, { model: action.model, resIds: ids });
    } catch (error) {
      if (!(error instanceof RpcError)) throw error;
      openErrorDialog(error);
    } finally {
      enable();
    }
  }

  controller.beforeLeave = async () => !record.isDirty || save({ reloadNew: false });

  function draw() {
    const fieldsUi = createUi(record, { redraw: draw });
    root.replaceChildren(
      h(
        'div.o_form_view_container',
        controlPanel({
          breadcrumbs: [...env.breadcrumbs, { name: controller.displayName }],
          mainButtons: () => [
            h(
              'button.btn.btn-outline-primary.o_form_button_create',
              { type: 'button', 'data-hotkey': 'c', onClick: () => env.showRecord('new') },
              'New',
            ),
          ],
          breadcrumbActions: record.isNew ? null : formCog(action, record, env),
          statusIndicator: statusIndicator(record, { save: () => save(), discard }),
          actions: smartButtons(arch.smartButtons?.(record.data) ?? [], runButton),
          pager: pager(controller, env),
        }),
        h(
          'div.o_content',
          h(
            'div.o_form_renderer.o_form_editable.d-flex.d-print-block.flex-column',
            { class: stateClass(record) },
            h(
              'div.o_form_sheet_bg',
              h(
                'div.o_form_statusbar.position-relative.d-flex.justify-content-between.mb-0.mb-md-2.pb-2.pb-md-0',
                h(
                  'div.o_statusbar_buttons.d-flex.align-items-center.align-content-around.flex-wrap.gap-1',
                  arch
                    .headerButtons(record.data)
                    .map((spec) => viewButton(spec, () => runButton(spec))),
                ),
                arch.statusbar(record.data),
              ),
              h(
                'div.o_form_sheet.position-relative',
                ribbon(arch.ribbon?.(record.data)),
                arch.sheet(fieldsUi, record, ui),
                hiddenInputs(arch.hiddenInputs?.(record.data) ?? {}),
              ),
            ),
            chatterPanel,
          ),
        ),
      ),
    );
  }

  draw();
  return root;
}

/** Help, placeholder, title and aria-label of the model's fields (`ir.model.fields`), by name. */
async function fieldTexts(model) {
  const { records } = await callKw('ir.model.fields', 'web_search_read', [], {
    domain: [['model', '=', model]],
  });
  return new Map(records.map((text) => [text.name, text]));
}

function withTexts(fields, texts) {
  const merged = {};
  for (const [name, def] of Object.entries(fields)) {
    const text = texts.get(name);
    merged[name] = text
      ? {
          ...def,
          help: text.help || def.help,
          placeholder: text.placeholder || def.placeholder,
          title: text.title || def.title,
          ariaLabel: text.aria_label || def.ariaLabel,
        }
      : def;
  }
  return merged;
}

/** `input[type=hidden]` elements, as forms carry tokens; their value is an attribute. */
function hiddenInputs(values) {
  return Object.entries(values).map(([name, value]) => {
    const input = h('input', { type: 'hidden', name });
    input.setAttribute('value', String(value ?? ''));
    return input;
  });
}

function statusIndicator(record, { save, discard }) {
  const hidden = !record.isDirty && !record.isNew;
  const invalid = record.invalid.size > 0;
  return h(
    'div.o_form_status_indicator.d-md-flex.align-items-center.align-self-md-end.me-auto',
    { class: record.isNew ? 'o_form_status_indicator_new_record' : '' },
    h(
      'div.o_form_status_indicator_buttons.d-flex',
      { class: hidden ? 'invisible' : '' },
      h(
        'button.o_form_button_save.btn.btn-light.border-0.px-1.py-0.lh-sm',
        {
          type: 'button',
          'data-hotkey': 's',
          'data-tooltip': 'Save manually',
          'aria-label': 'Save manually',
          disabled: invalid ? '1' : null,
          onClick: save,
        },
        h('i.fa.fa-cloud-upload.fa-fw'),
      ),
      h(
        'button.o_form_button_cancel.btn.btn-light.border-0.px-1.py-0.lh-sm',
        {
          type: 'button',
          'data-hotkey': 'j',
          'data-tooltip': byVersion('Discard changes', 'Discard all changes'),
          'aria-label': byVersion('Discard changes', 'Discard all changes'),
          onClick: discard,
        },
        h(is17 ? 'i.fa.fa-undo.fa-fw' : 'i.fa.fa-times.fa-fw'),
      ),
    ),
    invalid
      ? h(
          'span.text-danger.small.ms-2',
          {
            'data-tooltip': byVersion(
              'Unable to save. Correct the issue or discard changes',
              'Unable to save. Correct the issue or discard all changes',
            ),
          },
          h('i.fa.fa-warning'),
        )
      : null,
  );
}

/** Keeps the dirty/invalid classes right while the user types, without redrawing the form. */
function syncStateClasses(root, record) {
  const renderer = root.querySelector('.o_form_renderer');
  renderer?.classList.remove('o_form_dirty', 'o_form_saved');
  const state = stateClass(record);
  if (state) renderer?.classList.add(state);
  root
    .querySelector('.o_form_status_indicator_buttons')
    ?.classList.toggle('invisible', !record.isDirty && !record.isNew);

  for (const widget of root.querySelectorAll('.o_field_invalid')) {
    const name = widget.getAttribute('name') ?? widget.getAttribute('for')?.replace(/_0$/, '');
    if (!record.isInvalid(name)) widget.classList.remove('o_field_invalid');
  }
  if (record.invalid.size === 0) {
    root.querySelector('.o_form_button_save')?.removeAttribute('disabled');
    root.querySelector('.o_form_status_indicator .text-danger')?.remove();
  }
}

function stateClass(record) {
  if (record.isDirty) return 'o_form_dirty';
  return record.isNew ? '' : 'o_form_saved';
}

function ribbon(text) {
  if (!text) return null;
  return h(
    'div.o_widget.o_widget_web_ribbon',
    h('div.ribbon.ribbon-top-right', h('span.text-bg-success', { title: '' }, text)),
  );
}

function smartButtons(specs, runButton) {
  if (specs.length === 0) return [];
  return h(
    'div.o-form-buttonbox.d-print-none.position-relative.d-flex.w-md-auto.o_not_full',
    specs.map((spec) =>
      h(
        'button.btn.oe_stat_button.btn-outline-secondary.flex-grow-1.flex-lg-grow-0',
        { name: spec.name, type: spec.type ?? 'object', onClick: () => runButton(spec) },
        h(`i.o_button_icon.fa.fa-fw.${spec.icon}`),
        h(
          'div.o_form_field.o_stat_info',
          spec.value === undefined ? null : h('span.o_stat_value', spec.value),
          h('span.o_stat_text', spec.label),
        ),
      ),
    ),
  );
}

function pager(controller, env) {
  const ids = controller.ids ?? [];
  const index = ids.indexOf(controller.resId);
  if (index === -1) return { value: 1, limit: 1 };
  const go = (step) => env.showRecord(ids[(index + step + ids.length) % ids.length]);
  return { value: index + 1, limit: ids.length, onPrevious: () => go(-1), onNext: () => go(1) };
}

function formCog(action, record, env) {
  if (action.model !== 'sale.order') return cogMenu(() => []);
  return cogMenu(() => [
    dropdownItem(
      'span',
      {
        class: 'o_menu_item',
        onSelect: () =>
          openConfirmation({
            title: 'Bye-bye, record!',
            body: 'Are you sure you want to delete this record?',
            confirmLabel: 'Delete',
            cancelLabel: 'No, keep it',
            onConfirm: async () => {
              try {
                await callKw(action.model, 'unlink', [[record.data.id]]);
              } catch (error) {
                if (!(error instanceof RpcError)) throw error;
                openErrorDialog(error);
                return;
              }
              record.load(record.data);
              await env.restore(Math.max(0, env.breadcrumbs.length - 1));
            },
          }),
      },
      h('i.fa.fa-trash-o.me-1.fa-fw.oi-fw'),
      'Delete',
    ),
  ]);
}

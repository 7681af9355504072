import { cx, h } from './dom.js';
import { is17 } from './env.js';

/** The form header's pieces: the statusbar field, view buttons and their disabling. */

/**
 * The statusbar field: one `button.o_arrow_button[data-value]` per visible state in REVERSED DOM
 * order (Odoo lays them out right to left), the current one disabled with `aria-checked="true"`,
 * plus the hidden "More..." and small-screen togglers Odoo always renders.
 */
export function statusbar({ states, labels, current, required = false }) {
  const visible = states.filter((s) => s.visible || s.key === current).reverse();
  const toggle = is17 ? '' : 'o-dropdown dropdown';
  return h(
    'div.o_field_widget.o_readonly_modifier',
    { name: 'state', class: cx({ o_required_modifier: required }, 'o_field_statusbar') },
    h(
      'div.o_statusbar_status',
      { role: 'radiogroup', 'aria-label': 'Statusbar' },
      h(
        'button.btn.btn-secondary.dropdown-toggle.o_arrow_button.o_first.d-none',
        {
          type: 'button',
          class: toggle,
          'aria-label': 'More...',
          disabled: !is17,
        },
        '...',
      ),
      visible.map((state, index) =>
        h(
          'button.btn.btn-secondary.o_arrow_button',
          {
            type: 'button',
            class: cx({
              o_first: index === 0,
              o_arrow_button_current: state.key === current,
              o_last: index === visible.length - 1,
            }),
            role: 'radio',
            disabled: true,
            'aria-checked': String(state.key === current),
            'aria-current': state.key === current ? 'step' : null,
            'data-value': state.key,
          },
          labels[state.key],
        ),
      ),
      h(
        'button.btn.btn-secondary.dropdown-toggle.o_arrow_button.o_last.d-none',
        {
          type: 'button',
          class: toggle,
          'aria-label': 'More...',
          disabled: !is17,
        },
        '...',
      ),
      h(
        'button.btn.btn-secondary.dropdown-toggle.d-none',
        { type: 'button', class: toggle, disabled: !is17 },
        labels[current],
      ),
    ),
  );
}

/** A header or footer button: `button.btn[name][type] > span`, as the view compiler makes it. */
export function viewButton(
  { name, type = 'object', label, primary = false, danger = false, hotkey, id, special, className },
  onClick,
) {
  return h(
    'button.btn',
    {
      class: cx(
        primary ? 'btn-primary' : danger ? 'btn-danger text-uppercase' : 'btn-secondary',
        className,
      ),
      'data-hotkey': hotkey,
      id,
      name,
      type: special ? null : type,
      special,
      onClick,
    },
    h('span', label),
  );
}

/** Sets `disabled="1"` on every enabled button under `roots`, as Odoo does during a call. */
export function disableButtons(...roots) {
  const buttons = roots
    .filter(Boolean)
    .flatMap((root) => [...root.querySelectorAll('button:not([disabled])')]);
  for (const button of buttons) button.setAttribute('disabled', '1');
  return () => {
    for (const button of buttons) button.removeAttribute('disabled');
  };
}

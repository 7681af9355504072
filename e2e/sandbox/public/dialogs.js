import { h } from './dom.js';
import { is17 } from './env.js';
import { overlayContainer } from './main-components.js';

/**
 * Dialogs as Odoo 17/18 render them: `div.o_dialog > div.modal.d-block.o_technical_modal >
 * .modal-dialog > .modal-content > header.modal-header + main.modal-body + footer.modal-footer`
 * in `.o-overlay-container`. 18 wraps each in `div.o-overlay-item`; 17 puts the footer before
 * the body in the DOM (`order: 2` moves it down). `body.modal-open` while any dialog is open.
 */

const { document } = globalThis;

const open = [];
let nextDialogId = 0;

/** Error dialog titles by server exception class (REFERENCE §2.11). */
const ERROR_TITLES = {
  'odoo.exceptions.UserError': 'Invalid Operation',
  'odoo.exceptions.ValidationError': 'Validation Error',
  'odoo.exceptions.AccessError': 'Access Error',
  'odoo.exceptions.AccessDenied': 'Access Denied',
  'odoo.exceptions.MissingError': 'Missing Record',
  'odoo.addons.web.controllers.action.MissingActionError': 'Missing Action',
};

/**
 * Opens a dialog. `body` and `footer` are nodes (or arrays of nodes); `onDismiss` runs when the
 * header's close button or Escape closes it. Returns `{ element, close }`.
 */
export function openDialog({
  title,
  body,
  footer = [],
  size = 'lg',
  contentClass = '',
  bodyClass = '',
  onDismiss = () => {},
}) {
  const id = `dialog_${nextDialogId++}`;
  const dismiss = () => {
    close();
    onDismiss();
  };

  const header = h(
    'header.modal-header',
    h(is17 ? 'h4.modal-title.text-break' : 'h4.modal-title.text-break.flex-grow-1', title),
    h('button.btn-close', { type: 'button', 'aria-label': 'Close', onClick: dismiss }),
  );
  const main = h('main.modal-body', { class: bodyClass }, body);
  const foot = h(
    'footer.modal-footer.justify-content-around.justify-content-md-start.flex-wrap.gap-1.w-100',
    {
      style: is17 ? 'order:2' : null,
    },
    footer,
  );
  const content = h(
    'div.modal-content',
    { class: contentClass },
    header,
    is17 ? [foot, main] : [main, foot],
  );

  const dialog = h(
    'div.o_dialog',
    { id },
    h(
      'div.modal.d-block.o_technical_modal',
      { role: 'dialog', tabindex: '-1' },
      h(`div.modal-dialog.modal-dialog-centered.modal-${size}`, content),
    ),
  );
  const element = is17 ? dialog : h('div.o-overlay-item', dialog);

  const handle = { element, dialog, close, dismiss };
  open.at(-1)?.dialog.classList.add('o_inactive_modal');
  open.push(handle);
  overlayContainer().append(element);
  document.body.classList.add('modal-open');

  function close() {
    const index = open.indexOf(handle);
    if (index === -1) return;
    open.splice(index, 1);
    element.remove();
    open.at(-1)?.dialog.classList.remove('o_inactive_modal');
    if (open.length === 0) document.body.classList.remove('modal-open');
  }

  return handle;
}

/** The server error dialog (`.modal-content.o_error_dialog`, title by exception, "Close"). */
export function openErrorDialog(error) {
  const title = ERROR_TITLES[error.exceptionName] ?? (is17 ? 'Odoo Error' : 'Oops!');
  const handle = openDialog({
    title,
    size: is17 ? 'md' : 'xl',
    contentClass: 'o_error_dialog',
    body: h('div', { role: 'alert' }, h('p.text-prewrap', error.message)),
    footer: h(
      'button.btn.btn-primary.o-default-button',
      { onClick: () => handle.close() },
      'Close',
    ),
  });
  return handle;
}

/** Closes the topmost dialog as its close button would: used for Escape. */
export function dismissTopDialog() {
  const top = open.at(-1);
  if (!top) return false;
  top.dismiss();
  return true;
}

export function hasOpenDialog() {
  return open.length > 0;
}

/** Odoo's ConfirmationDialog: `btn-primary` confirm and `btn-secondary` cancel. */
export function openConfirmation({
  title = 'Confirmation',
  body,
  confirmLabel = 'Ok',
  cancelLabel = 'Cancel',
  onConfirm,
}) {
  const handle = openDialog({
    title,
    size: 'md',
    body: h('p.text-prewrap', body),
    footer: [
      h(
        'button.btn.btn-primary',
        {
          onClick: () => {
            handle.close();
            onConfirm();
          },
        },
        confirmLabel,
      ),
      h('button.btn.btn-secondary', { onClick: () => handle.close() }, cancelLabel),
    ],
  });
  return handle;
}

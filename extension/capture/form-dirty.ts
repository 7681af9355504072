/**
 * Whether the main form holds changes Odoo will save when the user leaves it: the renderer has
 * `o_form_dirty`, or the status indicator shows its save/discard buttons on a record that is not
 * new (REFERENCE §2.5). Forms in dialogs are not the main form and do not count.
 */
export function isFormDirty(doc: Document): boolean {
  const main = doc.querySelector('.o_action_manager');
  if (!main) return false;
  if (main.querySelector('.o_form_dirty')) return true;

  const buttons = main.querySelector(
    '.o_form_status_indicator:not(.o_form_status_indicator_new_record) .o_form_status_indicator_buttons',
  );
  return buttons !== null && !buttons.classList.contains('invisible');
}

/** Whether the main form is a new record, which Odoo's save button creates. */
export function isNewRecordForm(doc: Document): boolean {
  return doc.querySelector('.o_action_manager .o_form_status_indicator_new_record') !== null;
}

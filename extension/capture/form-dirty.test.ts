import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { isFormDirty, isNewRecordForm } from './form-dirty.ts';

/** Markup written from REFERENCE §2.3, §2.5, §2.6 and §3 (17/18 structure). */
function page(body: string): Document {
  return parseHTML(`<!doctype html><html><body class="o_web_client">${body}</body></html>`)
    .document as unknown as Document;
}

const FORM = `<div class="o_action_manager"><div class="o_form_view">
  <div class="o_control_panel"><div class="o_breadcrumb">
    <ol class="breadcrumb"><li class="breadcrumb-item"><a>Quotations</a></li></ol>
    <div class="o_last_breadcrumb_item active"><span>S00002</span></div>
  </div>
  <div class="o_form_status_indicator"><div class="o_form_status_indicator_buttons invisible">
    <button class="o_form_button_save"></button></div></div></div>
  <div class="o_form_renderer o_form_saved">
    <div name="partner_id" class="o_field_widget o_required_modifier o_field_many2one">
      <input class="o_input" id="partner"></div>
    <div name="tag_ids" class="o_field_widget o_field_many2many_tags">
      <span class="o_tag">Secret</span><input class="o_input" id="tags"></div>
    <div name="amount_total" class="o_field_widget o_readonly_modifier o_field_monetary o_field_empty">
      <span></span></div>
  </div>
</div></div>`;

describe('isFormDirty', () => {
  it('sees a saved form as clean, and dirty by o_form_dirty or visible save buttons', () => {
    const doc = page(FORM);
    expect(isFormDirty(doc)).toBe(false);

    doc.querySelector('.o_form_status_indicator_buttons')!.classList.remove('invisible');
    expect(isFormDirty(doc)).toBe(true);

    const other = page(FORM.replace('o_form_saved', 'o_form_dirty'));
    expect(isFormDirty(other)).toBe(true);
  });

  it('does not take a new record’s visible buttons for changes', () => {
    const doc = page(
      FORM.replace(
        '"o_form_status_indicator"',
        '"o_form_status_indicator o_form_status_indicator_new_record"',
      ).replace('o_form_status_indicator_buttons invisible', 'o_form_status_indicator_buttons'),
    );
    expect(isFormDirty(doc)).toBe(false);
    expect(isNewRecordForm(doc)).toBe(true);
  });
});

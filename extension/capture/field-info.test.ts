import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { fieldOf, isFieldEmpty } from './field-info.ts';

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

describe('fieldOf and isFieldEmpty', () => {
  it('names a field widget and its type, and says whether it is required', () => {
    const doc = page(FORM);
    const field = fieldOf(doc.querySelector('#partner')!);
    expect(field).toMatchObject({ name: 'partner_id', widget: 'many2one', required: true });
    expect(fieldOf(doc.querySelector('.o_breadcrumb')!)).toBeNull();
  });

  it('tells empty from filled by the input, the tags, or Odoo’s o_field_empty', () => {
    const doc = page(FORM);
    const partner = doc.querySelector('#partner') as HTMLInputElement;
    const widget = (name: string) => doc.querySelector(`[name=${name}]`)!;

    expect(isFieldEmpty(widget('partner_id'))).toBe(true);
    partner.value = 'Azure Interior';
    expect(isFieldEmpty(widget('partner_id'), partner)).toBe(false);
    expect(isFieldEmpty(widget('tag_ids'))).toBe(false);
    expect(isFieldEmpty(widget('amount_total'))).toBe(true);
  });
});

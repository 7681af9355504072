import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import {
  countImportErrors,
  importButtonStep,
  isImportFileInput,
  readExportDialog,
} from './export-import.ts';

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

describe('the export dialog', () => {
  it('reads the import-compatible box, the format and the number of chosen fields', () => {
    const doc = page(`<div class="o_dialog"><div class="modal-content o_export_data_dialog">
      <input type="checkbox" id="o-update-data">
      <input type="radio" name="o_export_format_name" value="xlsx" id="x">
      <input type="radio" name="o_export_format_name" value="csv" id="c">
      <ul class="o_fields_list"><li class="o_export_field">Customer</li>
        <li class="o_export_field">Total</li></ul></div></div>`);
    (doc.querySelector('#o-update-data') as HTMLInputElement).checked = true;
    (doc.querySelector('#c') as HTMLInputElement).checked = true;

    expect(readExportDialog(doc.querySelector('.o_dialog')!)).toEqual({
      importCompatible: true,
      format: 'csv',
      fields: 2,
    });
  });
});

describe('the import screen', () => {
  const PREVIEW = `<div class="o_action_manager"><div class="o_control_panel">
    <div class="o_control_panel_main_buttons"><div class="d-inline-flex">
      <button class="btn btn-primary" id="import">Importer</button>
      <button class="btn btn-secondary" id="test">Tester</button>
      <span class="o_file_input"><button class="btn btn-secondary" id="load">Load</button>
        <input type="file" class="o_input_file d-none"></span>
      <button class="btn btn-secondary" id="cancel">Annuler</button>
    </div></div></div>
    <div class="o_content o_import_action"><div class="o_import_data_content">
      <p class="alert alert-danger">The file contains blocking errors</p>
      <div class="o_import_report alert alert-danger">Missing required value</div>
      <p class="alert alert-info">Tip</p></div></div></div>`;

  it('tells Test from Import by their order, in any language (17/18)', () => {
    const doc = page(PREVIEW);
    const step = (id: string) => importButtonStep(doc.querySelector(`#${id}`)!);
    expect([step('import'), step('test'), step('load'), step('cancel')]).toEqual([
      'run',
      'test',
      null,
      null,
    ]);
  });

  it('knows 16’s named buttons', () => {
    const doc = page(`<form class="oe_import"><button class="o_import_validate">Test</button>
      <button class="o_import_import o_import_import_full">Import</button></form>`);
    expect(importButtonStep(doc.querySelector('.o_import_validate')!)).toBe('test');
    expect(importButtonStep(doc.querySelector('.o_import_import')!)).toBe('run');
  });

  it('counts error messages and finds the file input', () => {
    const doc = page(PREVIEW);
    expect(countImportErrors(doc)).toBe(2);
    expect(isImportFileInput(doc.querySelector('input[type=file]')!)).toBe(true);
    expect(importButtonStep(page(FORM).querySelector('.o_form_button_save')!)).toBeNull();
  });
});

/**
 * The record behind a form: server values, the user's unsaved changes (fields and one2many
 * lines), and which fields failed validation. It turns the changes into `web_save` values with
 * Odoo's x2many update commands (`[1, id, vals]`).
 */

export class FormRecord {
  /**
   * `fields`: name → definition (see fields.js); `readonly(name, data)`: whether a field is
   * read-only in the record's state; `onChange()` runs after every edit.
   */
  constructor({ model, data, fields, readonly = () => false, onChange = () => {} }) {
    this.model = model;
    this.fields = fields;
    this.readonlyRule = readonly;
    this.onChange = onChange;
    this.load(data);
  }

  load(data) {
    this.data = data;
    this.changes = {};
    this.lineChanges = new Map();
    this.invalid = new Set();
    this.unmatched = new Set();
  }

  get isNew() {
    return !this.data.id;
  }

  get isDirty() {
    return Object.keys(this.changes).length > 0 || this.lineChanges.size > 0;
  }

  value(name) {
    return name in this.changes ? this.changes[name] : this.data[name];
  }

  isReadonly(name) {
    return Boolean(this.fields[name]?.readonly) || this.readonlyRule(name, this.data);
  }

  isInvalid(name) {
    return this.invalid.has(name);
  }

  setValue(name, value) {
    this.changes[name] = value;
    this.invalid.delete(name);
    this.onChange();
  }

  /** Typed text in a many2one: an option's exact name selects it, empty clears it. */
  setMany2oneText(name, text) {
    const trimmed = text.trim();
    const options = this.fields[name]?.options ?? [];
    const match = options.find(([, label]) => label.toLowerCase() === trimmed.toLowerCase());
    if (trimmed && !match) this.unmatched.add(name);
    else this.unmatched.delete(name);
    this.setValue(name, match ?? false);
  }

  lineValue(field, line, name) {
    return this.lineChanges.get(`${field}:${line.id}`)?.[name] ?? line[name];
  }

  setLineValue(field, lineId, name, value) {
    const key = `${field}:${lineId}`;
    this.lineChanges.set(key, { ...(this.lineChanges.get(key) ?? {}), [name]: value });
    this.onChange();
  }

  /** Marks required-but-empty and unmatched fields invalid; returns their labels. */
  validate() {
    this.invalid = new Set(this.unmatched);
    for (const [name, def] of Object.entries(this.fields)) {
      const value = this.value(name);
      if (
        def.required &&
        !this.isReadonly(name) &&
        (value === false || value === '' || value === undefined)
      ) {
        this.invalid.add(name);
      }
    }
    return [...this.invalid].map((name) => this.fields[name]?.label ?? name);
  }

  /** The `vals` of `web_save`. */
  toVals() {
    const vals = {};
    for (const [name, value] of Object.entries(this.changes)) {
      vals[name] = Array.isArray(value) ? value[0] : value;
    }
    for (const [key, lineVals] of this.lineChanges) {
      const [field, id] = key.split(':');
      (vals[field] ??= []).push([1, Number(id), lineVals]);
    }
    return vals;
  }
}

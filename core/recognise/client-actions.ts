/**
 * Client actions (screens that are not a model's view) and how to tell them apart.
 *
 * Their tag becomes the screen's `viewType`, e.g. `import` or `mail.action_discuss`.
 */

/** Tags that may appear as such in a URL. Source: REFERENCE §1.1 (`action=import`), §3.2. */
export const URL_CLIENT_TAGS: ReadonlySet<string> = new Set(['import']);

/** 18 action paths of client actions → tag. Source: snapshot manifest 18, entry 02 (`discuss`). */
export const CLIENT_ACTION_PATHS: Readonly<Record<string, string>> = {
  discuss: 'mail.action_discuss',
};

/**
 * Root classes of client actions, for addresses that only carry a numeric action id
 * (17 `/web#action=124`). Sources: snapshots 17/18 entries 02 and 29 (`o-mail-Discuss`,
 * `div.o_content.o_import_action`), REFERENCE §3.2 (16 `form.oe_import`). `o_Discuss` stands for
 * 16's Discuss root [uncertain: 16 mail classes are not in REFERENCE nor in the snapshots].
 */
export const CLIENT_ACTION_MARKERS: ReadonlyArray<{ selector: string; tag: string }> = [
  { selector: '.o-mail-Discuss, .o_Discuss', tag: 'mail.action_discuss' },
  { selector: '.o_import_action, .oe_import', tag: 'import' },
];

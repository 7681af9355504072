import {
  countImportErrors,
  importButtonStep,
  isImportFileInput,
  readExportDialog,
} from './export-import.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';
import type { DomWatch } from './watch-dom.ts';
import type { NavigationInfo } from './watch-navigation.ts';

/**
 * Emits `export` events (dialog opened, export sent, Export All) and `import` events (screen
 * opened, file chosen, test, run, errors shown), the steps of the export-then-import workaround.
 * Returns a disposer.
 */
export function watchExportImport(
  ctx: CaptureContext,
  dom: DomWatch,
  clicks: Subscribe<ClickInfo>,
  navigations: Subscribe<NavigationInfo>,
): () => void {
  const { doc, emit } = ctx;
  const controller = new AbortController();
  const importModel = () => ctx.screen().model;

  const dialogs = doc.getElementsByClassName('o_export_data_dialog');
  const screens = doc.getElementsByClassName('o_import_action');
  const legacyScreens = doc.getElementsByClassName('oe_import');
  let known = new Set(Array.from(dialogs));
  let errors = 0;
  const stopCheck = dom.onCheck(() => {
    const current = new Set(Array.from(dialogs));
    for (const dialog of current) {
      if (known.has(dialog)) continue;
      emit({ type: 'export', step: 'dialog_open', ...readExportDialog(dialog) });
    }
    known = current;

    // The import screen's own live collections make the common case (no import screen) free.
    const onImport = screens.length > 0 || legacyScreens.length > 0;
    const count = onImport ? countImportErrors(doc) : 0;
    if (count !== errors && count > 0) {
      emit({ type: 'import', step: 'errors', model: importModel(), errors: count });
    }
    errors = count;
  });

  const stopClicks = clicks(({ element, target, t, screen }) => {
    // A disabled or covered button does nothing when clicked.
    if (target.disabled || target.covered) return;
    const dialog = element.closest('.o_export_data_dialog');
    if (dialog && element.matches('.o_select_button')) {
      emit({ type: 'export', step: 'sent', ...readExportDialog(dialog) }, { t, screen });
      return;
    }
    if (element.matches('.o_export_all_menu, .o_list_export_xlsx')) {
      // Export All downloads every field of the list as XLSX, without a dialog (REFERENCE §3.1).
      const all = { importCompatible: false, format: 'xlsx', fields: null } as const;
      emit({ type: 'export', step: 'export_all', ...all }, { t, screen });
      return;
    }
    const step = importButtonStep(element);
    if (step) emit({ type: 'import', step, model: screen.model, errors: null }, { t, screen });
  });

  // The file's name is never read: that the input changed is all there is to know.
  doc.addEventListener(
    'change',
    (event) => {
      if (!(event.target instanceof Element) || !isImportFileInput(event.target)) return;
      emit({ type: 'import', step: 'file_chosen', model: importModel(), errors: null });
    },
    { capture: true, signal: controller.signal },
  );

  const stopNavigations = navigations(({ screen, t }) => {
    if (screen.viewType !== 'import') return;
    emit({ type: 'import', step: 'opened', model: screen.model, errors: null }, { t, screen });
  });

  return () => {
    controller.abort();
    stopCheck();
    stopClicks();
    stopNavigations();
  };
}

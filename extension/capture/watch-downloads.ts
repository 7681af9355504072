import type { DOWNLOAD_KINDS } from '../../core/events/schema.ts';
import type { CaptureContext, ClickInfo, Subscribe } from './types.ts';

type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/**
 * A download is attributed to the print, report or export click that came at most this long
 * before: rendering a large PDF report on the server takes a while.
 */
export const DOWNLOAD_CAUSE_MS = 60_000;

/** A print button: `do_print_picking`, `action_print_pdf`, a report, or a printer icon. */
const PRINT_NAME = /print|report/i;

/**
 * Emits a `download` event per file the page downloads. Odoo saves every report and export the
 * same way (`core/network/download.js`): it fetches the file, then clicks a hidden `a[download]`
 * it appends to the body. That click is the download; its kind comes from the click that asked
 * for it: a Print button (`print`), an entry of the Print menu or any other report action
 * (`report`), or an export (`export`). Returns a disposer.
 */
export function watchDownloads(ctx: CaptureContext, clicks: Subscribe<ClickInfo>): () => void {
  const { doc, now, emit } = ctx;
  const controller = new AbortController();
  let cause: { kind: DownloadKind; t: number } | null = null;

  const stopClicks = clicks(({ element, target, t }) => {
    if (target.disabled || target.covered) return;
    const kind = downloadKindOf(doc, element, target.role);
    if (kind) cause = { kind, t };
  });

  doc.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('a[download]')) return;
      const recent = cause && now() - cause.t <= DOWNLOAD_CAUSE_MS ? cause : null;
      cause = null;
      emit({ type: 'download', kind: recent?.kind ?? 'report' });
    },
    { capture: true, signal: controller.signal },
  );

  return () => {
    controller.abort();
    stopClicks();
  };
}

/** What kind of download a click asks for, if any. Read before Odoo closes the menu. */
function downloadKindOf(doc: Document, element: Element, role: string): DownloadKind | null {
  if (element.matches('.o_select_button') && element.closest('.o_export_data_dialog')) {
    return 'export';
  }
  if (element.matches('.o_export_all_menu, .o_list_export_xlsx')) return 'export';

  if (role === 'primary_action' || role === 'secondary_action') {
    const name = element.getAttribute('name') ?? '';
    if (PRINT_NAME.test(name) || element.querySelector('.fa-print')) return 'print';
  }
  // 17 keeps the open menu inside its dropdown, 18 in a popover: the expanded toggler tells.
  const printMenu = doc.querySelector(
    '.dropdown-toggle[aria-expanded="true"] .fa-print, .show > .dropdown-toggle .fa-print',
  );
  if (role === 'menu' && printMenu) return 'report';
  return null;
}

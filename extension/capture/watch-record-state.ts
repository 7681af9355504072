import type { CaptureContext } from './types.ts';
import type { DomWatch } from './watch-dom.ts';

/**
 * Emits a `state` event when the statusbar's current state changes while the user stays on the
 * same record: the outcome of an object button (Validate, Confirm, Post) often shows only
 * there, with no navigation and no dialog. A change that comes with a new URL is the new
 * record's state, already on its `navigate` event. Returns a disposer.
 */
export function watchRecordState(ctx: CaptureContext, dom: DomWatch): () => void {
  const { doc } = ctx;
  const read = () =>
    doc
      .querySelector('.o_form_view .o_statusbar_status .o_arrow_button_current[data-value]')
      ?.getAttribute('data-value') ?? null;

  let url = location.href;
  let state = read();
  return dom.onCheck(() => {
    const now = read();
    const sameRecord = location.href === url;
    url = location.href;
    if (now === state) return;
    const from = state;
    state = now;
    // A form still rendering has no statusbar yet: its first state is not a change.
    if (sameRecord && from !== null && now !== null) ctx.emit({ type: 'state', from });
  });
}

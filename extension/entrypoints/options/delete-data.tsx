import { useState } from 'preact/hooks';

import type { DeleteReport } from '../../store/types.ts';
import { ask, errorText } from './ask.ts';
import { plural } from './plural.ts';

export interface DeleteDataProps {
  /** Events, sessions and waiting batches now stored, to say what deleting would remove. */
  events: number;
  sessions: number;
  outbox: number;
  /** Says what happened, in the page's live region. */
  report: (message: string) => void;
  /** Called after a deletion, to show the empty store. */
  onDeleted: () => void;
}

/**
 * Deletes everything stored, after a confirmation that says what goes: batches waiting for the
 * backend are deleted too, so nothing of it will ever be sent.
 */
export function DeleteData({ events, sessions, outbox, report, onDeleted }: DeleteDataProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const deleteAll = async () => {
    setBusy(true);
    try {
      const deleted = await ask<DeleteReport>({ type: 'pathlight/delete-all', confirm: true });
      report(
        `Deleted ${plural(deleted.events, 'event')}, ${plural(deleted.sessions, 'session')} ` +
          `and ${plural(deleted.outbox, 'batch', 'batches')} waiting to be sent. ` +
          'Nothing is stored in this browser now.',
      );
      onDeleted();
    } catch (error) {
      report(`Deleting failed: ${errorText(error)}`);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Delete all stored data…
      </button>
    );
  }

  return (
    <div role="group" aria-labelledby="delete-warning">
      <p id="delete-warning">
        This deletes all {plural(events, 'event')}, {plural(sessions, 'session')} and{' '}
        {plural(outbox, 'batch', 'batches')} waiting to be sent. Nothing is kept, and what was not
        sent yet will never reach your Odoo partner.
      </p>
      <button type="button" onClick={deleteAll} disabled={busy}>
        Delete everything
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} disabled={busy} autoFocus>
        Cancel
      </button>
    </div>
  );
}

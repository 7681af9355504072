import { useEffect, useState } from 'preact/hooks';

import type { ConfigIssue } from '../../config/schema.ts';
import type { StoredOverview } from '../../store/types.ts';
import { ask, errorText } from './ask.ts';
import { DeleteData } from './delete-data.tsx';
import { ExportData } from './export-data.tsx';
import { plural } from './plural.ts';
import { StoredData } from './stored-data.tsx';

/** The part of the `pathlight/status` answer shown here. */
interface Status {
  managed: boolean;
  issues: ConfigIssue[];
  backendUrl: string | null;
  retentionDays: number;
  maxStoredEvents: number;
}

/** What this browser has stored and where it sends it; export and delete it. */
export function OptionsPage() {
  const [status, setStatus] = useState<Status | null>(null);
  const [overview, setOverview] = useState<StoredOverview | null>(null);
  const [note, setNote] = useState('');
  // Bumped by a deletion: remounting the export drops its link to data that no longer exists.
  const [deletions, setDeletions] = useState(0);

  const refresh = async () => {
    try {
      const [nextStatus, nextOverview] = await Promise.all([
        ask<Status>({ type: 'pathlight/status' }),
        ask<StoredOverview>({ type: 'pathlight/stored-overview' }),
      ]);
      setStatus(nextStatus);
      setOverview(nextOverview);
    } catch (error) {
      setNote(errorText(error));
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  const syncNow = async () => {
    setNote('Sending…');
    try {
      const report = await ask<{ status: string; sent?: number; missing?: string[] }>({
        type: 'pathlight/sync-now',
      });
      setNote(
        report.status === 'done'
          ? `Sent ${plural(report.sent ?? 0, 'batch', 'batches')}.`
          : `Not configured: missing ${report.missing?.join(', ')}.`,
      );
    } catch (error) {
      setNote(errorText(error));
    }
    await refresh();
  };

  return (
    <main style={{ font: '14px system-ui, sans-serif', maxWidth: '60rem', margin: '2rem auto' }}>
      <h1>Pathlight</h1>
      <p>
        Pathlight records which Odoo screens and buttons you use, never what you type, and sends
        anonymous totals to your Odoo partner.
      </p>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        {status && (
          <dl>
            <dt>Sends to</dt>
            <dd>{status.backendUrl ?? 'nowhere yet (no backend configured)'}</dd>
            <dt>Configured by</dt>
            <dd>{status.managed ? 'your organisation (browser policy)' : 'this browser'}</dd>
          </dl>
        )}
        {status?.issues.map((issue) => (
          <p role="alert" key={issue.message}>
            {issue.message} [{issue.code}]
          </p>
        ))}
        <button type="button" onClick={syncNow}>
          Sync now
        </button>
      </section>

      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading">Stored in this browser</h2>
        {overview && status && (
          <StoredData
            overview={overview}
            retentionDays={status.retentionDays}
            maxStoredEvents={status.maxStoredEvents}
          />
        )}
      </section>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportData key={deletions} report={setNote} />
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete</h2>
        <DeleteData
          events={overview?.events ?? 0}
          sessions={overview?.sessions ?? 0}
          outbox={overview?.outbox ?? 0}
          report={setNote}
          onDeleted={() => {
            setDeletions((count) => count + 1);
            void refresh();
          }}
        />
      </section>

      <p id="result" role="status" aria-live="polite">
        {note}
      </p>
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import type { ConfigIssue } from '../../config/schema.ts';
import type { Message, Reply } from '../../messages.ts';

interface Status {
  events: number;
  sessions: number;
  outbox: number;
  managed: boolean;
  issues: ConfigIssue[];
  backendUrl: string | null;
}

async function ask<T>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T>;
  if (!reply.ok) throw new Error(`${reply.error.message} [${reply.error.code}]`);
  return reply.value;
}

/** What this browser has stored and where it sends it. */
export function OptionsPage() {
  const [status, setStatus] = useState<Status | null>(null);
  const [note, setNote] = useState('');

  const refresh = () =>
    ask<Status>({ type: 'pathlight/status' })
      .then(setStatus)
      .catch((error: Error) => setNote(error.message));

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
          ? `Sent ${report.sent ?? 0} batch(es).`
          : `Not configured: missing ${report.missing?.join(', ')}.`,
      );
    } catch (error) {
      setNote((error as Error).message);
    }
    await refresh();
  };

  return (
    <main style={{ font: '14px system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto' }}>
      <h1>Pathlight</h1>
      <p>
        Pathlight records which Odoo screens and buttons you use, never what you type, and sends
        anonymous totals to your Odoo partner.
      </p>
      {status && (
        <dl>
          <dt>Stored in this browser</dt>
          <dd>
            {status.events} events in {status.sessions} sessions; {status.outbox} batch(es) waiting
            to be sent
          </dd>
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
      <p aria-live="polite">{note}</p>
    </main>
  );
}

import type { AttemptRow } from '../../core/sync/schema.ts';
import { attemptRow, pseudonym } from '../../core/testing/attempt-rows.ts';

/**
 * Colleagues' completed receipts, as an organisation's extensions would have synced them, so
 * that the backend's hint pack has something to say: 45 completed receipts by 15 users, 41 of
 * which set quantities before validating (6 of those met the lot error on Validate and fixed it
 * in `lot_name`), and 4 that validated straight away. All on one day: an error seen on a single
 * day is something users fix, not an incident.
 */
export function colleaguesReceipts(day: string): AttemptRow[] {
  const lotError = { kind: 'user_error', button: 'button_validate', fix: 'lot_name', count: 1 };
  return Array.from({ length: 45 }, (_, n) =>
    attemptRow(
      { user: pseudonym(100 + (n % 15)), day },
      n < 41
        ? [
            'receipt-form',
            'quantities',
            n < 6 ? { step: 'validate', errors: [lotError] } : 'validate',
            'done',
          ]
        : ['receipt-form', 'validate', 'done'],
    ),
  );
}

/** Posts attempt rows to the backend's ingest in one batch; throws unless they were accepted. */
export async function ingestAttempts(
  backendUrl: string,
  ingestToken: string,
  attempts: AttemptRow[],
): Promise<void> {
  const response = await fetch(`${backendUrl}/v1/ingest`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      batchId: crypto.randomUUID(),
      client: 'pathlight-e2e/1.0.0',
      rows: [],
      sessions: [],
      attempts,
    }),
  });
  if (!response.ok) {
    throw new Error(
      `ingest refused the attempts: HTTP ${response.status} ${await response.text()}`,
    );
  }
}

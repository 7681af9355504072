import { useEffect, useState } from 'preact/hooks';

import type { ExportChunk } from '../../store/types.ts';
import { ask, errorText } from './ask.ts';
import { plural } from './plural.ts';

export interface ExportDataProps {
  /** Says what happened, in the page's live region. */
  report: (message: string) => void;
}

interface Download {
  url: string;
  name: string;
}

/**
 * Exports everything stored as a Pathlight trace file (`docs/trace-format.md`), read from the
 * background part by part so that a full store never has to fit in one message. The file is
 * offered as a link too, in case the browser held the automatic download back.
 */
export function ExportData({ report }: ExportDataProps) {
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<Download | null>(null);

  // A Blob URL keeps the exported data in memory until it is revoked.
  useEffect(() => {
    if (!download) return;
    return () => URL.revokeObjectURL(download.url);
  }, [download]);

  const exportAll = async () => {
    setBusy(true);
    report('Exporting…');
    try {
      const { blob, events } = await readTrace();
      const name = `pathlight-trace-${new Date().toISOString().slice(0, 10)}.jsonl`;
      const next = { url: URL.createObjectURL(blob), name };
      setDownload(next);
      save(next);
      report(`Exported ${plural(events, 'event')} to ${name}.`);
    } catch (error) {
      report(`Export failed: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        Saves everything stored as a Pathlight trace: one JSON line per event, with its screen and
        target by technical names. Read it with <code>npx pathlight trace summary FILE</code>.
      </p>
      <button type="button" onClick={exportAll} disabled={busy}>
        Export all events
      </button>{' '}
      {download && (
        <a id="export-link" href={download.url} download={download.name}>
          Save {download.name} again
        </a>
      )}
    </>
  );
}

async function readTrace(): Promise<{ blob: Blob; events: number }> {
  const parts: string[] = [];
  let events = 0;
  let after: number | null = null;
  do {
    const chunk: ExportChunk = await ask<ExportChunk>({ type: 'pathlight/export', after });
    parts.push(chunk.text);
    events += chunk.events;
    after = chunk.next;
  } while (after !== null);
  return { blob: new Blob(parts, { type: 'application/x-ndjson' }), events };
}

function save({ url, name }: Download): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

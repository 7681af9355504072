import { ANALYSIS_STYLES } from './analysis-styles.ts';

/**
 * The pages' only stylesheet, inlined so a page is one request and the Content-Security-Policy
 * can forbid everything else. System fonts, and colours that keep 4.5:1 contrast.
 */
export const STYLESHEET = `
  :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec;
    --panel: #f5f7fa; --accent: #0b6e4f; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    color: var(--ink); background: #fff; }
  main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; }
  header { border-bottom: 3px solid var(--accent); margin-bottom: 24px; padding-bottom: 12px; }
  .brand { color: var(--accent); font-weight: 600; letter-spacing: .02em; margin: 0; }
  h1 { font-size: 26px; margin: 4px 0 0; }
  h2 { font-size: 19px; margin: 32px 0 8px; }
  p { max-width: 70ch; }
  .muted, .none { color: var(--muted); }
  .totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; list-style: none; }
  .totals li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
    padding: 10px 16px; min-width: 150px; }
  .totals strong { display: block; font-size: 24px; font-variant-numeric: tabular-nums; }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; }
  th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left;
    vertical-align: top; }
  th { background: var(--panel); font-weight: 600; white-space: nowrap; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
  /* Dotted like an abbreviation: the tooltip holds the technical name. */
  .named { text-decoration: underline dotted var(--muted); text-underline-offset: 3px;
    white-space: nowrap; }
  .empty { background: var(--panel); border: 1px dashed var(--line); border-radius: 6px;
    padding: 16px 20px; }

  /* A phone cannot show eight columns: each row becomes a card, its first cell the heading and
     every other cell labelled from data-label. The header row stays for screen readers. */
  @media (max-width: 640px) {
    main { padding: 16px 12px 32px; }
    .stack, .stack tbody, .stack tr, .stack td { display: block; }
    .stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip-path: inset(50%); }
    .stack tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px;
      padding: 4px 0; }
    .stack td, .stack td.num { display: flex; justify-content: space-between; gap: 16px;
      border: 0; padding: 2px 12px; text-align: right; }
    .stack td::before { content: attr(data-label); color: var(--muted); text-align: left; }
    .stack td:first-child { font-weight: 600; text-align: left; padding-top: 6px; }
    .stack td:first-child::before { content: none; }
    /* Only here may a long xmlid break anywhere: in a wide table it would squeeze its column. */
    .stack code { min-width: 0; overflow-wrap: anywhere; }
  }
${ANALYSIS_STYLES}
`;

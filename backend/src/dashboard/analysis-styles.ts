/**
 * The styles of the analysis pages: filters, charts, cause and verdict badges, changes against
 * the previous weeks, cards. Added to `STYLESHEET`; the narrow-screen rules come last so they
 * win. Red and green always come with a sign or a word, never as the only cue.
 */
export const ANALYSIS_STYLES = `
  a { color: var(--accent); }
  main.wide { max-width: 1280px; }
  /* Long headings over narrow numbers: let the heading wrap, never the figure. */
  table.clusters th { white-space: normal; vertical-align: bottom; }
  table.clusters td.num { white-space: nowrap; }
  table.clusters td.name { min-width: 12em; }
  table.clusters td.cohort { min-width: 9em; }
  .crumbs { font-size: 14px; margin: 2px 0 0; }
  .subtitle { color: var(--muted); margin: 4px 0 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 16px; padding: 0;
    list-style: none; }
  .filters { display: flex; flex-wrap: wrap; gap: 12px 16px; align-items: flex-end;
    background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
    padding: 12px 16px; margin: 0 0 8px; }
  .filters label { display: flex; flex-direction: column; gap: 4px; font-size: 13px;
    color: var(--muted); }
  .filters label.grow { flex: 1 1 260px; }
  select, input[type="text"], input[type="search"] { font: inherit; color: var(--ink);
    background: #fff; border: 1px solid #9aa5b1; border-radius: 4px; padding: 5px 8px;
    min-width: 0; max-width: 100%; }
  button { font: inherit; font-weight: 600; color: #fff; background: var(--accent);
    border: 1px solid var(--accent); border-radius: 4px; padding: 5px 16px; cursor: pointer; }
  .charts { display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(230px, 100%), 1fr));
    gap: 12px; }
  .chart { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px 6px; margin: 0; }
  .chart h3 { font-size: 15px; margin: 0; }
  .chart .latest { font-size: 24px; font-weight: 600; margin: 2px 0 0;
    font-variant-numeric: tabular-nums; }
  .chart .hint { color: var(--muted); font-size: 12px; margin: 0; }
  .chart svg { display: block; width: 100%; height: auto; margin-top: 4px; }
  .chart .grid { stroke: var(--line); stroke-width: 1; }
  .chart .tick { fill: var(--muted); font-size: 11px; }
  .chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
  .chart .dot { fill: var(--accent); }
  .chart .dot.last { fill: #fff; stroke: var(--accent); stroke-width: 2.5; }
  .badge { display: inline-block; border-radius: 4px; padding: 0 7px; font-size: 13px;
    font-weight: 600; color: #fff; white-space: nowrap; }
  .cause-bug, .verdict-worse { background: #b42318; }
  .cause-knowledge { background: #175cd3; }
  .cause-ux_process { background: #8a5a00; }
  .verdict-improved { background: #0b6e4f; }
  .verdict-no_change, .verdict-insufficient_data { background: #52606d; }
  .worse { color: #b42318; }
  .better { color: #0b6e4f; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
    gap: 12px; margin: 0; padding: 0; list-style: none; }
  .card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
  .card h3 { font-size: 16px; margin: 0 0 6px; }
  .card p { margin: 4px 0; }
  .item { border: 1px solid var(--line); border-radius: 8px; padding: 4px 18px 16px;
    margin: 16px 0; }
  .item h3 { font-size: 18px; }
  .notice { border-left: 4px solid #b54708; background: #fffaeb; padding: 10px 14px;
    margin: 12px 0; }
  .answer { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
    padding: 10px 16px; margin: 12px 0; }
  .users { font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; }
  .pseudonym { white-space: nowrap; }
  table.figures th { white-space: normal; }
  pre { background: var(--panel); border-radius: 6px; padding: 10px 12px; white-space: pre-wrap;
    overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
  blockquote { margin: 8px 0; padding: 2px 12px; border-left: 3px solid var(--line);
    color: var(--muted); }
  tr.current td { background: #e6f4ee; }
  td.name a { font-weight: 600; }
  td .sub { display: block; color: var(--muted); font-size: 13px; }
  td .sub.worse { color: #b42318; }
  td .sub.better { color: #0b6e4f; }
  .legend { font-size: 13px; margin: 0 0 6px; }
  .two-columns { display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(320px, 100%), 1fr)); gap: 0 24px; }

  @media (max-width: 640px) {
    .filters label, .filters label.grow { flex: 1 1 100%; }
    .filters select, .filters input { width: 100%; }
    .item { padding: 4px 12px 12px; }
    table.figures th, table.figures td { padding: 5px 6px; }
    /* The figure and its change stay together at the right; a name keeps its path under it. */
    .stack td .sub { display: inline; margin-left: 8px; }
    .stack td.name { display: block; }
    .stack td.name .sub { display: block; margin-left: 0; font-weight: 400; }
  }
`;

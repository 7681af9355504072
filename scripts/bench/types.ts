/** What one scenario cost, between two readings of the counters. */
export interface Cost {
  /** Main-thread time of the page, all tasks, in ms. */
  taskMs: number;
  /** Of which running script, in ms. */
  scriptMs: number;
  /** Of which style recalculation and layout, in ms. */
  layoutMs: number;
  /** CPU time of all Chromium processes, in ms. */
  cpuMs: number;
  wallMs: number;
}

/** Both scenarios in one browser. */
export interface Run {
  list: Cost;
  /** How many interactions the list scenario made. */
  interactions: number;
  storm: Cost & { changes: number };
  /** How long the storm ran, in seconds. */
  stormSeconds: number;
  /** What capture stored; only with the extension. */
  events?: { list: number; storm: number; backoff: boolean; recovered: boolean };
}

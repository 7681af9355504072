/** Days to load, both included, as `YYYY-MM-DD` (UTC, as the rows carry them). */
export interface DayRange {
  /** First day loaded. */
  from: string;
  /** Last day loaded. */
  to: string;
}

/**
 * Turns the `input` events of one field into at most one `edit` per `EDIT_INTERVAL_MS`, and a
 * `clear` when the field goes from holding something to empty. Pure: times are given by the
 * caller, and only emptiness is known, never the value.
 */

/**
 * At most one `edit` per field per second while typing: enough to see activity and pauses in
 * it, never a log of keystrokes.
 */
export const EDIT_INTERVAL_MS = 1000;

export type EditAction = 'edit' | 'clear';

export class FieldEdits {
  private field: { key: string; empty: boolean; lastEditAt: number | null } | null = null;

  /** The user entered field `key`, which is `empty` or not. */
  focus(key: string, empty: boolean): void {
    this.field = { key, empty, lastEditAt: null };
  }

  /** The value of field `key` changed at `t` and is now `empty` or not. */
  input(key: string, empty: boolean, t: number): EditAction | null {
    // A change without a focus first (a script, autofill) starts from the opposite state.
    if (this.field?.key !== key) this.focus(key, !empty);
    const field = this.field!;
    const wasEmpty = field.empty;
    field.empty = empty;

    if (empty) return wasEmpty ? null : 'clear';
    if (field.lastEditAt !== null && t - field.lastEditAt < EDIT_INTERVAL_MS) return null;
    field.lastEditAt = t;
    return 'edit';
  }

  /** The user left field `key`. */
  blur(key: string): void {
    if (this.field?.key === key) this.field = null;
  }
}

/**
 * The smallest DOM surface the recogniser reads.
 *
 * `core/` runs in the extension, the backend and the CLI, so it names no browser or Node type:
 * a real `Document` and a linkedom `Document` both satisfy these interfaces structurally.
 */

/** One element: only its tag-level structure, never its value. */
export interface DomElement {
  readonly parentElement: DomElement | null;
  /** Read only for a dialog's title, and only to compare it with Odoo's fixed titles. */
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  matches(selectors: string): boolean;
  closest(selectors: string): DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** A document (or any subtree) to recognise. */
export interface DomRoot {
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

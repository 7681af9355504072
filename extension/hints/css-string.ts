/**
 * A value for a CSS attribute selector, quoted. Technical names never hold quotes or
 * backslashes; escaping them anyway keeps a selector sound whatever a page names things.
 */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

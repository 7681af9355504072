/**
 * Stored HTML (rich-text fields, chatter messages) turned into nodes. Odoo sanitises HTML on the
 * server; the sandbox keeps a small allow-list on the client instead, so text planted by a test
 * through `POST /sandbox/seed` can never run as script.
 */

const { DOMParser, document } = globalThis;

const ALLOWED_TAGS = new Set([
  'P',
  'BR',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'UL',
  'OL',
  'LI',
  'SPAN',
  'DIV',
  'A',
]);

/** A fragment with the allowed elements of `html`; anything else is kept as its text. */
export function htmlContent(html) {
  const parsed = new DOMParser().parseFromString(String(html ?? ''), 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) fragment.append(copyNode(node));
  return fragment;
}

function copyNode(node) {
  if (node.nodeType === 3) return document.createTextNode(node.textContent);
  if (node.nodeType !== 1) return document.createTextNode('');
  if (!ALLOWED_TAGS.has(node.tagName)) return document.createTextNode(node.textContent);

  const copy = document.createElement(node.tagName.toLowerCase());
  const href = node.getAttribute('href');
  if (node.tagName === 'A' && href && /^(https?:|mailto:)/.test(href)) copy.href = href;
  for (const child of node.childNodes) copy.append(copyNode(child));
  return copy;
}

/**
 * Reads the two Odoo web-client URL grammars (REFERENCE §1.1 and §1.2).
 *
 * 16/17 keep the state in the hash (`/web#action=271&model=stock.picking&view_type=form&id=12`);
 * 18 writes one path group per breadcrumb level (`/odoo/purchase/11/action-359/13`). Only the last
 * group describes the screen on display, so only that one is returned.
 */

/** What the address says about the screen on display; `null` where it is silent. */
export interface OdooUrl {
  /** `hash` for `/web#…` (16/17), `path` for `/odoo/…` (18 and later). */
  grammar: 'hash' | 'path';
  /** The action as written: numeric id, `action-<id>`, an xmlid, an 18 action path or a client tag. */
  action: string | null;
  /** A model named by the address itself (hash `model`, dotted or `m-` segment, import's model). */
  model: string | null;
  /** Record id, or `new` for an unsaved record. */
  resId: string | null;
  /** The `view_type` key, when the address carries one. */
  viewType: string | null;
  /** The raw `cids` value (16/17 only); its separator tells 16 from 17. */
  cids: string | null;
}

interface PathGroup {
  action: string | null;
  model: string | null;
  resId: string | null;
}

// Only used to resolve addresses given without an origin; never fetched.
const PLACEHOLDER_ORIGIN = 'http://odoo.invalid';

const RECORD_SEGMENT = /^(\d+|new)$/;

/** Parses an Odoo web-client address; `null` when it is not one (login page, website, junk). */
export function parseOdooUrl(url: string): OdooUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }

  const path = parsed.pathname.replace(/\/+$/, '');
  if (path === '/web') return parseHash(parsed.hash);
  if (path === '/odoo' || path.startsWith('/odoo/')) return parsePath(path, parsed.searchParams);
  return null;
}

function parseHash(hash: string): OdooUrl {
  const keys = new URLSearchParams(hash.replace(/^#/, ''));
  const action = keys.get('action');

  // 17's import action pushes `model`; 18-style `active_model` is accepted for the same tag.
  const importModel = action === 'import' ? keys.get('active_model') : null;

  return {
    grammar: 'hash',
    action,
    model: keys.get('model') ?? importModel,
    resId: keys.get('id'),
    viewType: keys.get('view_type'),
    cids: keys.get('cids'),
  };
}

function parsePath(path: string, query: URLSearchParams): OdooUrl {
  const segments = path.split('/').slice(2).filter(Boolean).map(safeDecode);
  const last = lastGroup(segments);
  const action = last?.action ?? null;

  // The import client action keeps its target model in the query (REFERENCE §1.2, §3.2).
  const importModel = action === 'import' ? query.get('active_model') : null;

  return {
    grammar: 'path',
    action,
    model: last?.model ?? importModel,
    resId: last?.resId ?? null,
    viewType: query.get('view_type'),
    cids: null,
  };
}

/**
 * Splits `[<active_id>/]<action-or-model>[/<resId>|/new]` groups. A number right after an action
 * is its record; any other number is the next level's `active_id` and says nothing about the screen.
 */
function lastGroup(segments: string[]): PathGroup | null {
  let current: PathGroup | null = null;

  for (const segment of segments) {
    if (RECORD_SEGMENT.test(segment)) {
      if (current && current.resId === null) current.resId = segment;
      continue;
    }
    current = { action: null, model: null, resId: null };
    if (segment.startsWith('action-')) current.action = segment;
    else if (segment.startsWith('m-')) current.model = segment.slice(2);
    else if (segment.includes('.')) current.model = segment;
    else current.action = segment;
  }

  return current;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

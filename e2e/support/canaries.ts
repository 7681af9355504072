import { randomInt } from 'node:crypto';

/**
 * Canaries: unique values planted in the page (record names, field values, tooltips, ...) or
 * typed by a simulated user, then looked for in everything the extension stored or sent. Each
 * canary carries a random token; the search looks for the token (and, for numbers and dates,
 * each way the page writes them), case-insensitively, so a canary that was lower-cased,
 * upper-cased, truncated around its token or quoted is still found.
 */

export interface Canary {
  /** What the canary stands for, e.g. `record name (quotation)`. */
  kind: string;
  /** The value planted or typed. */
  value: string;
  /** Strings whose presence anywhere means the canary leaked. */
  needles: string[];
}

/** One place a canary was found. */
export interface CanaryHit {
  kind: string;
  where: string;
  context: string;
}

/** Somewhere to search: a label for the report and the text to search. */
export interface Haystack {
  where: string;
  text: string;
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const CONTEXT_CHARS = 80;

/** `CANARY-<slug>-<token>`; the token alone is the needle. */
export function textCanary(kind: string, slug: string): Canary {
  const token = randomToken();
  return { kind, value: `CANARY-${slug}-${token}`, needles: [token] };
}

/** A login-like canary, lower case: `canary-login-<token>`. */
export function loginCanary(kind: string): Canary {
  const token = randomToken();
  return { kind, value: `canary-login-${token}`, needles: [token] };
}

export function emailCanary(kind: string): Canary {
  const token = randomToken();
  return { kind, value: `canary.${token}@example.org`, needles: [token] };
}

/** `+32 470 <9 digits>`: found by the digits whatever the spacing. */
export function phoneCanary(kind: string): Canary {
  const digits = randomDigits(9);
  return { kind, value: `+32 470 ${digits}`, needles: [digits] };
}

/** A number with 7 integer digits and 2 decimals, found as typed and as Odoo formats it. */
export function amountCanary(kind: string): Canary & { amount: number } {
  const whole = String(randomInt(1, 10)) + randomDigits(6);
  // A last digit of 0 would be dropped when the number is written as JSON.
  const cents = randomDigits(1) + String(randomInt(1, 10));
  const amount = Number(`${whole}.${cents}`);
  const grouped = Number(whole).toLocaleString('en-US');
  return {
    kind,
    value: `${whole}.${cents}`,
    needles: [`${whole}.${cents}`, `${grouped}.${cents}`],
    amount,
  };
}

/**
 * A date between 2040 and 2098, so never today's: typed as `MM/DD/YYYY` (en_US, as the sandbox
 * shows it) and stored as `YYYY-MM-DD`. `withTime` adds a time with seconds.
 */
export function dateCanary(
  kind: string,
  withTime = false,
): Canary & { iso: string; typed: string } {
  const year = String(randomInt(2040, 2099));
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const day = String(randomInt(1, 29)).padStart(2, '0');
  const time = withTime
    ? ` ${[randomInt(0, 24), randomInt(0, 60), randomInt(1, 60)].map(pad2).join(':')}`
    : '';
  const iso = `${year}-${month}-${day}${time}`;
  const typed = `${month}/${day}/${year}${time}`;
  const needles = [iso, typed, `${day}/${month}/${year}`, `${year}-${month}-${day}`];
  return { kind, value: typed, needles: [...new Set(needles)], iso, typed };
}

/** Every place each canary's needles occur in the haystacks. */
export function findCanaries(canaries: Canary[], haystacks: Haystack[]): CanaryHit[] {
  const hits: CanaryHit[] = [];
  for (const { where, text } of haystacks) {
    const lower = text.toLowerCase();
    for (const canary of canaries) {
      for (const needle of canary.needles) {
        const at = lower.indexOf(needle.toLowerCase());
        if (at === -1) continue;
        hits.push({ kind: canary.kind, where, context: contextAround(text, at, needle.length) });
        break;
      }
    }
  }
  return hits;
}

/** `<kind> found in <where>: <context>`, one line. */
export function formatHit(hit: CanaryHit): string {
  return `${hit.kind} found in ${hit.where}: ${hit.context}`;
}

/** A haystack of a value as JSON, plus its URL-decoded form when that differs. */
export function haystackOf(where: string, value: unknown): Haystack {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const decoded = safeDecode(text ?? '');
  return { where, text: decoded === text ? (text ?? '') : `${text}\n${decoded}` };
}

function contextAround(text: string, at: number, length: number): string {
  const start = Math.max(0, at - CONTEXT_CHARS);
  const end = Math.min(text.length, at + length + CONTEXT_CHARS);
  const snippet = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${snippet}${end < text.length ? '…' : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function randomToken(): string {
  // Ten characters of [a-z0-9]: one chance in 3.6e15 to meet any given ten characters.
  return Array.from({ length: 10 }, () => TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]).join(
    '',
  );
}

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

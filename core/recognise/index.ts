export { recognise } from './recognise.ts';
export { parseOdooUrl } from './url.ts';
export type { OdooUrl } from './url.ts';
export type { DomElement, DomRoot } from './types.ts';

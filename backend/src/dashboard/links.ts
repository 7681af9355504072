/**
 * Links between dashboard pages. A browser cannot send a header on a link, so each carries the
 * read token as `?token=`, last; parameters left undefined or empty are left out, so a link reads
 * as short as the page it opens.
 */

/** Query parameters of a link; undefined and empty ones are dropped. */
export type LinkParams = Record<string, string | number | undefined | null>;

/** `path?params&token=…`. */
export function linkTo(path: string, token: string, params: LinkParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  search.set('token', token);
  return `${path}?${search.toString()}`;
}

/** The path of an organisation's pages, `/orgs/northwind` and below. */
export function orgPath(orgId: string, ...parts: string[]): string {
  return ['/orgs', encodeURIComponent(orgId), ...parts.map(encodeURIComponent)].join('/');
}

/** The path of an organisation's API, for downloads: `/v1/orgs/northwind/export.csv`. */
export function apiPath(orgId: string, endpoint: string): string {
  return `/v1/orgs/${encodeURIComponent(orgId)}/${endpoint}`;
}

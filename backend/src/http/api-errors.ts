import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every error code the API answers, with its status and when it happens. `apiError` takes the
 * status from here, and the OpenAPI document lists the codes of each endpoint from here, so the
 * two cannot drift apart. Codes are stable: scripts and the extension match on them.
 */
export const API_ERRORS = {
  invalid_json: { status: 400, when: 'the body does not parse as JSON' },
  invalid_body: {
    status: 400,
    when: 'the body breaks the contract; `issues` lists each bad field by path',
  },
  invalid_query: {
    status: 400,
    when: 'a query parameter the endpoint does not take, or one given twice',
  },
  invalid_week: { status: 400, when: '`week` is not an ISO week such as 2026-W49' },
  invalid_weeks: { status: 400, when: '`weeks` is not a whole number of weeks in range' },
  invalid_module: { status: 400, when: '`module` is not the module of a golden path' },
  invalid_cohort: {
    status: 400,
    when: '`cohort` is not shaped as role/team/tenure (or `other`), or not a cohort of this organisation',
  },
  invalid_path: { status: 400, when: '`path` is not the id of a golden path' },
  invalid_step: { status: 400, when: '`step` is not a step of the golden path given' },
  invalid_range: {
    status: 400,
    when: 'a day or a range of days (`before`, `after`, `from`, `to`) that is not one',
  },
  invalid_format: { status: 400, when: '`format` is not one the endpoint answers in' },
  invalid_question: { status: 400, when: '`q` is missing, empty or too long' },
  missing_token: { status: 401, when: 'no token was sent' },
  invalid_token: {
    status: 401,
    when: 'not a token of the kind this endpoint needs (the message says which kind was sent)',
  },
  wrong_org: { status: 403, when: 'a valid read token that may not read this organisation' },
  unknown_org: { status: 404, when: 'a valid read token, and no organisation with that id' },
  unknown_intervention: { status: 404, when: 'no intervention with that id in the organisation' },
  not_found: { status: 404, when: 'no such endpoint under /v1' },
  method_not_allowed: {
    status: 405,
    when: 'the endpoint exists but not with this method; `Allow` lists the methods it takes',
  },
  body_too_large: { status: 413, when: 'the body is larger than the limit' },
  unsupported_media_type: {
    status: 415,
    when: 'the Content-Type is not application/json, or the body is compressed',
  },
  internal_error: { status: 500, when: 'a bug on our side; details in the server log only' },
} as const satisfies Record<string, { status: ContentfulStatusCode; when: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

import type { z } from 'zod';

import type { ApiErrorCode } from '../http/api-errors.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The token an endpoint needs: an organisation's ingest token (header only), a read token (an
 * organisation's or a partner's; header or `?token=`), or none.
 */
export type ApiAuth = 'ingest' | 'read' | 'none';

/** A zod schema and the name it has under `components.schemas` in the document. */
export interface NamedSchema {
  /** PascalCase, unique in the document, e.g. `IngestBatch`. */
  name: string;
  schema: z.ZodType;
}

/** One successful answer of an endpoint. */
export interface ApiResponse {
  description: string;
  /** The body; leave out for an empty body. */
  body?: NamedSchema;
  /** Default `application/json`; e.g. `text/csv` with no `body` schema for a CSV file. */
  mediaType?: string;
  /** Other media types the same answer may come in as text, e.g. `text/markdown`. */
  otherMediaTypes?: string[];
  /** Response headers worth knowing, by name, with what they say. */
  headers?: Record<string, string>;
}

/**
 * One endpoint as the OpenAPI document describes it. Each routes file has one beside it, and
 * `API_OPERATIONS` in `src/api-operations.ts` lists them all.
 */
export interface ApiOperation {
  /** Unique camelCase name, the document's `operationId`, e.g. `getHintPack`. */
  id: string;
  method: HttpMethod;
  /** As the Hono route writes it, e.g. `/v1/orgs/:org/summary`. */
  path: string;
  /** Groups endpoints in the document, e.g. `ingest`, `analysis`. */
  tag: string;
  /** One line. */
  summary: string;
  /** What a client needs to know beyond the schemas: caching, limits, retries. */
  description?: string;
  auth: ApiAuth;
  /** One entry per `:name` in `path`; add `.meta({ description })` to a field to explain it. */
  pathParams?: z.ZodObject;
  /** Query parameters (not the `token` of read links: `auth` covers it). */
  query?: z.ZodObject;
  /** The JSON request body, parsed against this schema. */
  body?: NamedSchema;
  /** Successful answers by status. */
  responses: Partial<Record<200 | 201 | 202 | 204, ApiResponse>>;
  /**
   * Error codes this endpoint answers besides those `auth` implies (`missing_token`,
   * `invalid_token`) and `internal_error`, which every endpoint may answer.
   */
  errors?: ApiErrorCode[];
  /** Schemas used inside the above that the document should name, e.g. `AttemptRow`. */
  nested?: NamedSchema[];
}

import { z } from 'zod';

import { apiErrorSchema } from '../http/api-error-schema.ts';
import { API_ERRORS, type ApiErrorCode } from '../http/api-errors.ts';
import type { ApiAuth, ApiOperation, ApiResponse, NamedSchema } from './types.ts';

/**
 * Builds an OpenAPI 3.1 document from operation descriptions. Schemas come from zod through
 * `z.toJSONSchema` (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses), so the document says
 * exactly what the handlers parse. A mistake in the descriptions (a path parameter without its
 * schema, one name for two schemas) throws: it is a bug, and building at start finds it.
 */

export type JsonObject = Record<string, unknown>;

export interface DocumentInfo {
  title: string;
  version: string;
  description?: string;
}

export const OPENAPI_VERSION = '3.1.0';

const SCHEMA_REF = '#/components/schemas/';

const SECURITY_SCHEMES: JsonObject = {
  ingestToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "An organisation's ingest token, as IT sets it in the extension's managed policy. Header " +
      'only: a URL with it is refused.',
  },
  readToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "An organisation's read token, which reads that organisation, or a partner's, which reads " +
      'the organisations listed for the partner in the organisations file.',
  },
  readTokenQuery: {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description: 'A read token in the URL, as dashboard links carry it. The header wins.',
  },
};

// Alternatives: either entry satisfies the endpoint.
const SECURITY: Record<ApiAuth, JsonObject[]> = {
  ingest: [{ ingestToken: [] }],
  read: [{ readToken: [] }, { readTokenQuery: [] }],
  none: [],
};

const AUTH_ERRORS: Record<ApiAuth, ApiErrorCode[]> = {
  ingest: ['missing_token', 'invalid_token'],
  read: ['missing_token', 'invalid_token'],
  none: [],
};

const ERROR_SCHEMA: NamedSchema = { name: 'ApiError', schema: apiErrorSchema };

/** The OpenAPI 3.1 document of `operations`. */
export function buildOpenApiDocument(
  operations: readonly ApiOperation[],
  info: DocumentInfo,
): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  const ids = new Set<string>();
  for (const operation of operations) {
    if (ids.has(operation.id)) throw new Error(`Two operations have the id "${operation.id}".`);
    ids.add(operation.id);

    const item = (paths[openApiPath(operation.path)] ??= {});
    if (item[operation.method]) {
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} is described twice.`);
    }
    item[operation.method] = describeOperation(operation);
  }

  return {
    openapi: OPENAPI_VERSION,
    info,
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas(operations), securitySchemes: SECURITY_SCHEMES },
  };
}

/** `/v1/orgs/:org/summary` → `/v1/orgs/{org}/summary`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function describeOperation(operation: ApiOperation): JsonObject {
  checkPathParams(operation);
  const parameters = [
    ...describeParameters(operation.pathParams, 'path'),
    ...describeParameters(operation.query, 'query'),
  ];

  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: SECURITY[operation.auth],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(operation.body) } },
          },
        }
      : {}),
    responses: { ...successResponses(operation), ...errorResponses(operation) },
  };
}

function checkPathParams(operation: ApiOperation): void {
  const inPath = [...operation.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
  const described = Object.keys(operation.pathParams?.shape ?? {});
  if (inPath.join() !== described.join()) {
    throw new Error(
      `${operation.id}: the path ${operation.path} has parameters [${inPath.join(', ')}] but ` +
        `pathParams describes [${described.join(', ')}]; describe each, in order.`,
    );
  }
}

function describeParameters(shape: z.ZodObject | undefined, where: 'path' | 'query'): JsonObject[] {
  if (!shape) return [];
  const json = withoutDialect(z.toJSONSchema(shape, { io: 'input' }) as JsonObject);
  const properties = (json.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((json.required ?? []) as string[]);

  return Object.entries(properties).map(([name, property]) => {
    const { description, ...schema } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema,
    };
  });
}

function successResponses(operation: ApiOperation): Record<string, JsonObject> {
  return Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      describeResponse(response as ApiResponse),
    ]),
  );
}

function describeResponse(response: ApiResponse): JsonObject {
  const mediaType = response.mediaType ?? 'application/json';
  const headers = Object.entries(response.headers ?? {}).map(([name, description]) => [
    name,
    { description, schema: { type: 'string' } },
  ]);
  const hasContent = response.body !== undefined || response.mediaType !== undefined;
  const others = (response.otherMediaTypes ?? []).map((type) => [
    type,
    { schema: { type: 'string' } },
  ]);

  return {
    description: response.description,
    ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
    ...(hasContent
      ? {
          content: {
            [mediaType]: { schema: response.body ? schemaRef(response.body) : { type: 'string' } },
            ...Object.fromEntries(others),
          },
        }
      : {}),
  };
}

// One entry per status, its description naming each code: OpenAPI keys responses by status
// only, and clients match on the code.
function errorResponses(operation: ApiOperation): Record<string, JsonObject> {
  const codes = new Set<ApiErrorCode>([
    ...AUTH_ERRORS[operation.auth],
    ...(operation.errors ?? []),
    'internal_error',
  ]);
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) {
    const status = API_ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }

  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, statusCodes]) => [
        String(status),
        {
          description: statusCodes
            .map((code) => `\`${code}\`: ${API_ERRORS[code].when}`)
            .join('; '),
          content: { 'application/json': { schema: schemaRef(ERROR_SCHEMA) } },
        },
      ]),
  );
}

function schemaRef(named: NamedSchema): JsonObject {
  return { $ref: `${SCHEMA_REF}${named.name}` };
}

/**
 * Request bodies are described as clients send them (zod's input: fields with a default are
 * optional) and answers as the backend sends them (output). Nested schemas go in both; a name
 * whose two forms differ would describe two shapes, so it throws.
 */
function componentSchemas(operations: readonly ApiOperation[]): Record<string, JsonObject> {
  const inputs = new Map<string, z.ZodType>();
  const outputs = new Map<string, z.ZodType>();
  name(outputs, ERROR_SCHEMA);
  for (const operation of operations) {
    if (operation.body) name(inputs, operation.body);
    for (const response of Object.values(operation.responses)) {
      if (response?.body) name(outputs, response.body);
    }
    for (const nested of operation.nested ?? []) {
      name(inputs, nested);
      name(outputs, nested);
    }
  }

  const input = convert(inputs, 'input');
  const output = convert(outputs, 'output');
  for (const [schemaName, json] of Object.entries(input)) {
    const other = output[schemaName];
    if (other && JSON.stringify(other) !== JSON.stringify(json)) {
      throw new Error(
        `Schema "${schemaName}" reads differently as a request and as an answer (a default or ` +
          'a transform); name its two forms differently.',
      );
    }
  }

  const all = { ...output, ...input };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((key) => [key, all[key] as JsonObject]),
  );
}

function name(names: Map<string, z.ZodType>, named: NamedSchema): void {
  const known = names.get(named.name);
  if (known && known !== named.schema) {
    throw new Error(`Two different schemas are named "${named.name}"; give each its own name.`);
  }
  names.set(named.name, named.schema);
}

function convert(
  names: Map<string, z.ZodType>,
  io: 'input' | 'output',
): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of names) {
    if (registry.has(schema)) {
      throw new Error(`One schema is named both "${registry.get(schema)?.id}" and "${id}".`);
    }
    registry.add(schema, { id });
  }

  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `${SCHEMA_REF}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, json]) => [id, withoutDialect(json as JsonObject)]),
  );
}

// Each converted schema names its dialect and an `$id`; inside an OpenAPI 3.1 document the
// dialect is the document's, and a fragment as `$id` confuses validators.
function withoutDialect(json: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(json).filter(([key]) => key !== '$schema' && key !== '$id'),
  );
}

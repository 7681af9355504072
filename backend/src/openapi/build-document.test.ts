import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { buildOpenApiDocument, openApiPath } from './build-document.ts';
import type { ApiOperation } from './types.ts';

const INFO = { title: 'Test', version: '1' };

const weekly: ApiOperation = {
  id: 'getWeeklyReview',
  method: 'get',
  path: '/v1/orgs/:org/weekly.csv',
  tag: 'analysis',
  summary: 'A week as CSV',
  auth: 'read',
  pathParams: z.object({ org: z.string() }),
  query: z.object({
    week: z.string().meta({ description: 'Monday of the week, YYYY-MM-DD.' }),
    cohort: z.string().optional(),
  }),
  responses: { 200: { description: 'One line per cluster.', mediaType: 'text/csv' } },
  errors: ['wrong_org'],
};

type Paths = Record<string, Record<string, Record<string, unknown>>>;

function operationOf(operation: ApiOperation): Record<string, unknown> | undefined {
  const document = buildOpenApiDocument([operation], INFO) as { paths: Paths };
  return document.paths[openApiPath(operation.path)]?.[operation.method];
}

describe('buildOpenApiDocument', () => {
  it('writes path and query parameters, with their descriptions and whether they are required', () => {
    expect(operationOf(weekly)?.parameters).toEqual([
      { name: 'org', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'week',
        in: 'query',
        required: true,
        description: 'Monday of the week, YYYY-MM-DD.',
        schema: { type: 'string' },
      },
      { name: 'cohort', in: 'query', required: false, schema: { type: 'string' } },
    ]);
  });

  it('describes a CSV answer as text, and groups error codes by status', () => {
    expect(operationOf(weekly)?.responses).toEqual({
      200: {
        description: 'One line per cluster.',
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
      401: expect.objectContaining({
        description: expect.stringMatching(/missing_token.*invalid_token/),
      }),
      403: expect.objectContaining({ description: expect.stringContaining('`wrong_org`') }),
      500: expect.objectContaining({ description: expect.stringContaining('`internal_error`') }),
    });
  });

  it('throws when a path parameter is not described', () => {
    const undescribed: ApiOperation = { ...weekly, pathParams: undefined };

    expect(() => buildOpenApiDocument([undescribed], INFO)).toThrow(
      'the path /v1/orgs/:org/weekly.csv has parameters [org] but pathParams describes []',
    );
  });

  it('throws when two different schemas take one name', () => {
    const answering = (id: string, path: string): ApiOperation => ({
      ...weekly,
      id,
      path,
      responses: { 200: { description: 'a', body: { name: 'Week', schema: z.object({}) } } },
    });
    const first = answering('first', '/v1/orgs/:org/first');
    const second = answering('second', '/v1/orgs/:org/second');

    expect(() => buildOpenApiDocument([first, second], INFO)).toThrow(
      'Two different schemas are named "Week"',
    );
  });

  it('throws when one endpoint is described twice', () => {
    expect(() => buildOpenApiDocument([weekly, { ...weekly, id: 'again' }], INFO)).toThrow(
      'GET /v1/orgs/:org/weekly.csv is described twice',
    );
  });
});

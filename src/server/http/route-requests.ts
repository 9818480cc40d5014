/**
 * Test helpers for the route inventory: a request for any registered route with real ids of the test world
 * in its path, and a minimal body/query that passes the route's schema (made from the OpenAPI document), so
 * that the handler — and its authorization — runs; and the text of a response, also of DOCX/XLSX files.
 */
import JSZip from 'jszip';
import { docxParagraphs } from '../documents/docx-text';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** "GET /api/proposals/{id}" for Fastify's "/api/proposals/:id". */
export const routeKey = (method: string, url: string) => `${method} ${url.replace(/:([A-Za-z]+)/g, '{$1}')}`;

const TEXT = 'Nội dung kiểm thử phân quyền truy cập hồ sơ';

/**
 * A value that passes `schema`; `ids` gives real ids for properties named like proposalId, unitId, …;
 * dates are `today` (by the test app's clock).
 */
export function sampleOf(
  schema: JsonSchema,
  name: string,
  ids: Record<string, string | string[]>,
  today: string,
): unknown {
  const known = ids[name];
  if (known !== undefined) return known;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined && schema.type !== 'object') return schema.default;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants)
    return sampleOf(variants.find((v) => v.type !== 'null') ?? variants[0] ?? {}, name, ids, today);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? [])
        out[key] = sampleOf(schema.properties?.[key] ?? {}, key, ids, today);
      return out;
    }
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, 1);
      const item = sampleOf(schema.items ?? {}, name.replace(/Ids$/, 'Id'), ids, today);
      return Array.from({ length: n }, () => item);
    }
    case 'integer':
    case 'number': {
      if (/year/i.test(name)) return 2025;
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(min, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return true;
    default: {
      if (
        schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') ||
        schema.format === 'date' ||
        /date|On$|From$|To$|^from$|^to$/.test(name)
      ) {
        return today;
      }
      if (schema.pattern === '^\\d{1,5}$') return '12';
      let s = TEXT;
      while (s.length < (schema.minLength ?? 0)) s += ` ${TEXT}`;
      return s.slice(0, schema.maxLength ?? s.length);
    }
  }
}

export interface BuiltRequest {
  method: string;
  url: string;
  body?: unknown;
  /** Commune A's ids this request names (in the path or the body). */
  namesIds: boolean;
}

/** The request for a route: real ids in the path, required query parameters, a schema-valid body (dates: `today`). */
export function requestFor(
  method: string,
  fastifyUrl: string,
  op: OpenApiOperation | undefined,
  pathIds: (segment: string, param: string) => string,
  bodyIds: Record<string, string | string[]>,
  today: string,
  override: { query?: Record<string, string>; body?: unknown; params?: Record<string, string> } = {},
): BuiltRequest {
  let namesIds = false;
  const parts = fastifyUrl.split('/');
  const url = parts
    .map((p, i) => {
      if (!p.startsWith(':')) return p;
      const param = p.slice(1);
      const value = override.params?.[param] ?? pathIds(parts[i - 1] ?? '', param);
      if (!['year', 'action', 'kind'].includes(param)) namesIds = true;
      return encodeURIComponent(value);
    })
    .join('/')
    .replace(/\*$/, 'index.css');
  const query: Record<string, string> = {};
  for (const p of op?.parameters ?? []) {
    if (p.in === 'query' && p.required) query[p.name] = String(sampleOf(p.schema, p.name, bodyIds, today));
  }
  Object.assign(query, override.query ?? {});
  const flatIds = Object.values(bodyIds)
    .flat()
    .filter((id) => id.length > 12);
  if (Object.values(query).some((v) => flatIds.some((id) => v.includes(id)))) namesIds = true;
  const qs = new URLSearchParams(query).toString();
  const schema = op?.requestBody?.content?.['application/json']?.schema;
  const body =
    override.body ??
    (schema
      ? sampleOf(schema, '', bodyIds, today)
      : method === 'GET' || method === 'DELETE'
        ? undefined
        : {});
  const json = body === undefined ? '' : JSON.stringify(body);
  if (flatIds.some((id) => json.includes(id))) namesIds = true;
  return { method, url: qs ? `${url}?${qs}` : url, body, namesIds };
}

/** The text of a response: JSON or text as is, DOCX paragraphs, XLSX shared strings and cells. */
export async function responseText(contentType: string, raw: Buffer): Promise<string> {
  if (contentType.includes('wordprocessingml')) return (await docxParagraphs(raw)).join('\n');
  if (contentType.includes('spreadsheetml')) {
    const zip = await JSZip.loadAsync(raw);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.endsWith('.xml'))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    return parts.join('\n');
  }
  return raw.toString('utf8');
}

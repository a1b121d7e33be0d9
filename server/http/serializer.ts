import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * Responses are written by fast-json-stringify, compiled once per route from the zod contract:
 * only the properties the contract names leave the server (a row with more columns than the
 * contract shows never leaks them), and no response is walked by zod in production, where
 * validating every item of every page was a tenth of a list request's CPU.
 * Outside production each response is also checked against its contract first, so the tests
 * catch a handler that drifts from it.
 */
export function createResponseSerializerCompiler(options: { validate: boolean }): FastifySerializerCompiler<unknown> {
  return ({ schema: maybeSchema, method, url }) =>
    createJsonWriter(zodSchemaOf(maybeSchema), options, (cause) => new ResponseSerializationError(method, url, { cause }));
}

/** A writer of JSON for one contract; `failure` is what a value outside the contract throws, when `validate` checks it. */
export function createJsonWriter(schema: z.ZodType, options: { validate: boolean }, failure: (cause: z.ZodError) => Error): (data: unknown) => string {
  // Compiled on the first answer: compiling every route's schemas at start-up took seconds.
  let compiled: ((data: unknown) => string) | undefined;
  const stringify = (data: unknown) => (compiled ??= fastJson(toSerializerSchema(schema) as unknown as Parameters<typeof fastJson>[0], WRITER_OPTIONS))(data);
  if (!options.validate) return stringify;
  return (data: unknown) => {
    const result = z.safeEncode(schema, data);
    if (!result.success) throw failure(result.error);
    return stringify(result.data);
  };
}

function zodSchemaOf(maybeSchema: unknown): z.ZodType {
  if (maybeSchema instanceof z.ZodType) return maybeSchema;
  const properties = (maybeSchema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error(`A response schema must be a zod schema: ${JSON.stringify(maybeSchema)}`);
}

/**
 * The contract as JSON Schema for writing, not validating: "X or null" becomes `type: [X, 'null']`,
 * which fast-json-stringify writes without a validator, and `additionalProperties: false` goes,
 * because the writer picks a union's member by validating the value, and a value carrying a field
 * the contract leaves out must still match its member (the field is then left out, not refused).
 */
export function toSerializerSchema(schema: z.ZodType): JsonSchema {
  return forWriting(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as JsonSchema);
}

// The validator that picks a union's member knows 'unsafe' as a format every string satisfies.
const WRITER_OPTIONS: Parameters<typeof fastJson>[1] = { ajv: { formats: { unsafe: true } } };

/** Written by JSON as it is: nothing to escape (quote, backslash, control character, lone surrogate half). */
const isPlain = (value: unknown) => typeof value === 'string' && JSON.stringify(value) === `"${value}"`;
/** Formats whose every valid value is plain. */
const PLAIN_FORMATS = new Set(['uuid', 'date', 'date-time']);

/**
 * A string the contract fixes to a plain shape (an id, a date, an instant, one of a vocabulary) is
 * written as it is, without the per-character escape check: there are ~25 such strings per task in a
 * list, and checking them was the larger part of writing the page. Outside production the contract
 * is checked first, so a value of another shape fails the tests rather than leaving unescaped.
 */
function isPlainString(node: JsonSchema): boolean {
  if (node.type !== 'string') return false;
  if (PLAIN_FORMATS.has(node.format as string)) return true;
  const values = (node.enum as unknown[] | undefined) ?? ('const' in node ? [node.const] : undefined);
  return values !== undefined && values.every(isPlain);
}

/** A union of constants of one type, as zod writes a union of literals, is an enum: written without a validator per member. */
function asEnum(branches: JsonSchema[]): JsonSchema | null {
  const type = branches[0]?.type;
  if (typeof type !== 'string' || !branches.every((branch) => branch.type === type && 'const' in branch && Object.keys(branch).length === 2)) return null;
  return { type, enum: branches.map((branch) => branch.const) };
}

function forWriting(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(forWriting) as unknown as JsonSchema;
  if (!node || typeof node !== 'object') return node as JsonSchema;
  const entries = Object.entries(node).filter(([key, value]) => !(key === 'additionalProperties' && value === false));
  let folded = Object.fromEntries(entries.map(([key, value]) => [key, forWriting(value)])) as JsonSchema;
  const literals = Array.isArray(folded.anyOf) ? asEnum(folded.anyOf as JsonSchema[]) : null;
  if (literals) {
    const { anyOf: _, ...rest } = folded;
    folded = { ...rest, ...literals };
  }
  if (isPlainString(folded)) folded = { ...folded, format: 'unsafe' };
  const branches = folded.anyOf as JsonSchema[] | undefined;
  if (branches?.length === 2) {
    const other = branches.find((branch) => branch.type !== 'null');
    const hasNull = branches.some((branch) => branch.type === 'null' && Object.keys(branch).length === 1);
    if (hasNull && other && typeof other.type === 'string' && !other.anyOf && !other.oneOf) {
      const { anyOf: _, ...rest } = folded;
      return { ...rest, ...other, type: [other.type, 'null'], ...(other.enum ? { enum: [...(other.enum as unknown[]), null] } : {}) };
    }
  }
  return folded;
}

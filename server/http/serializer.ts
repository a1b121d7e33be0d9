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
  return ({ schema: maybeSchema, method, url }) => {
    const schema = zodSchemaOf(maybeSchema);
    // Compiled on a route's first answer: compiling every route's schemas at start-up took seconds.
    let compiled: ((data: unknown) => string) | undefined;
    const stringify = (data: unknown) => (compiled ??= fastJson(toSerializerSchema(schema) as unknown as Parameters<typeof fastJson>[0]))(data);
    if (!options.validate) return stringify;
    return (data: unknown) => {
      const result = z.safeEncode(schema, data);
      if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
      return stringify(result.data);
    };
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

function forWriting(node: unknown): JsonSchema {
  if (Array.isArray(node)) return node.map(forWriting) as unknown as JsonSchema;
  if (!node || typeof node !== 'object') return node as JsonSchema;
  const entries = Object.entries(node).filter(([key, value]) => !(key === 'additionalProperties' && value === false));
  const folded = Object.fromEntries(entries.map(([key, value]) => [key, forWriting(value)])) as JsonSchema;
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

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createResponseSerializerCompiler } from './serializer.js';

const person = z.object({ id: z.uuid(), fullName: z.string(), unit: z.object({ id: z.uuid(), name: z.string() }).nullable() });
const request = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('transfer'), reason: z.string() }),
  z.object({ kind: z.literal('extension'), proposedDueDate: z.iso.date() }),
]);
const contract = z.object({
  items: z.array(person),
  grade: z.enum(['good', 'poor']).nullable(),
  dueDate: z.iso.date().nullable(),
  openRequest: request.nullable(),
  names: z.record(z.string(), z.string()),
  nextCursor: z.string().nullable(),
});
const id = '8f0c7b8e-2d1a-4c3b-9a7e-1f2e3d4c5b6a';
const compile = (validate: boolean) => createResponseSerializerCompiler({ validate })({ schema: contract, method: 'GET', url: '/x', httpStatus: '200' });
const page = {
  items: [{ id, fullName: 'Nguyễn Văn "An"', unit: null, partyMember: true }],
  grade: null,
  dueDate: '2026-11-25',
  openRequest: { kind: 'extension', proposedDueDate: '2026-12-01', decidedBy: 'x' },
  names: { [id]: 'Trần Thị Bình' },
  nextCursor: null,
  passwordHash: 'secret',
};

describe('response serializer', () => {
  it.each([
    ['production', false],
    ['development and tests', true],
  ])('writes exactly what the contract names in %s: unknown fields never leave the server', (_, validate) => {
    expect(JSON.parse(compile(validate)(page))).toEqual({
      items: [{ id, fullName: 'Nguyễn Văn "An"', unit: null }],
      grade: null,
      dueDate: '2026-11-25',
      openRequest: { kind: 'extension', proposedDueDate: '2026-12-01' },
      names: { [id]: 'Trần Thị Bình' },
      nextCursor: null,
    });
  });

  it('writes nullable objects, enums and union members when they are present', () => {
    const full = {
      ...page,
      items: [{ id, fullName: 'An', unit: { id, name: 'Văn phòng' } }],
      grade: 'good',
      openRequest: { kind: 'transfer', reason: 'Không đúng chức năng' },
    };
    expect(JSON.parse(compile(false)(full))).toMatchObject({
      items: [{ unit: { id, name: 'Văn phòng' } }],
      grade: 'good',
      openRequest: { kind: 'transfer', reason: 'Không đúng chức năng' },
    });
  });

  it('refuses, outside production, an answer that breaks its contract', () => {
    expect(() => compile(true)({ ...page, grade: 'excellent' })).toThrow(/doesn't match the schema/);
  });

  it('writes ids, dates, instants, vocabulary and numbered grades verbatim, and still escapes free text', () => {
    const shaped = z.object({
      id: z.uuid(),
      at: z.iso.datetime({ offset: true }).nullable(),
      on: z.iso.date(),
      status: z.enum(['in_progress', 'done']),
      grade: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
      note: z.string(),
    });
    const write = createResponseSerializerCompiler({ validate: false })({ schema: shaped, method: 'GET', url: '/y', httpStatus: '200' });
    const value = { id, at: '2026-12-04T19:45:00.123Z', on: '2026-12-04', status: 'in_progress', grade: 2, note: 'Ý kiến "khẩn"\n\\ tiếp' };
    expect(JSON.parse(write(value))).toEqual(value);
    expect(JSON.parse(write({ ...value, at: null, grade: null }))).toMatchObject({ at: null, grade: null });
  });
});

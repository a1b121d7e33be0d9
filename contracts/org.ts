import { z } from 'zod';
import { isoDate, optionalText, pageOf, pageQuery, text } from './common.js';

export const unitKinds = ['agency', 'party_committee', 'party_cell', 'department', 'office'] as const;
export const personCategories = ['cadre', 'civil_servant', 'worker'] as const;
export const unitKindSchema = z.enum(unitKinds);
export const personCategorySchema = z.enum(personCategories);

export const unitSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: unitKindSchema,
  code: z.string(),
  name: z.string(),
  depth: z.number().int(),
  isActive: z.boolean(),
  head: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  deputies: z.array(z.object({ id: z.uuid(), fullName: z.string() })),
  abilities: z.object({ edit: z.boolean(), deactivate: z.boolean() }),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitListResponse = z.object({ items: z.array(unitSchema) });

export const createUnitBody = z.object({
  parentId: z.uuid().describe('Đơn vị cấp trên'),
  kind: unitKindSchema.exclude(['agency']),
  code: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^[A-Za-z0-9_.-]+$/, 'Chỉ dùng chữ không dấu, số, dấu chấm, gạch / letters, digits, . _ - only'),
  name: text(200),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const updateUnitBody = z.object({ name: text(200), code: createUnitBody.shape.code, sortOrder: z.number().int().min(0).max(10_000).optional() });
export const moveUnitBody = z.object({ parentId: z.uuid() });
export const setUnitManagersBody = z.object({
  headId: z.uuid().nullable(),
  deputyIds: z.array(z.uuid()).max(10),
});

export const personSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  position: z.string(),
  category: personCategorySchema,
  unit: z.object({ id: z.uuid(), name: z.string() }),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(['active', 'left']),
  leftOn: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** Sensitive: null when the viewer may not see Party membership. */
  isPartyMember: z.boolean().nullable(),
  managerRole: z.enum(['head', 'deputy']).nullable(),
  hasAccount: z.boolean(),
  abilities: z.object({ edit: z.boolean(), move: z.boolean(), deactivate: z.boolean() }),
});
export type Person = z.infer<typeof personSchema>;

export const peopleQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Tên, không cần dấu: "nguyen van" tìm "Nguyễn Văn"'),
  unitId: z.uuid().optional().describe('Đơn vị (gồm cả đơn vị cấp dưới)'),
  category: personCategorySchema.optional(),
  status: z.enum(['active', 'left', 'all']).default('active'),
});
export const peoplePage = pageOf(personSchema);

const email = z.string().trim().max(200).pipe(z.email()).nullable().optional();
const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9 .-]{8,20}$/, 'Số điện thoại không hợp lệ / invalid phone number')
  .nullable()
  .optional();

export const personFields = z.object({
  fullName: text(120).describe('Họ và tên'),
  position: optionalText(120).default(''),
  category: personCategorySchema,
  unitId: z.uuid(),
  email,
  phone,
  isPartyMember: z.boolean().default(false),
  birthDate: isoDate.nullable().optional(),
});
export const createPersonBody = personFields;
export const updatePersonBody = personFields.omit({ unitId: true });
export type PersonInput = z.infer<typeof personFields>;
export const movePersonBody = z.object({ unitId: z.uuid() });
export const deactivatePersonBody = z.object({ leftOn: isoDate, reason: text(500) });

export const importRowError = z.object({ row: z.number().int(), field: z.string(), message: z.object({ vi: z.string(), en: z.string() }) });
export const importReport = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  created: z.number().int(),
  errors: z.array(importRowError),
  isCommitted: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;
export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

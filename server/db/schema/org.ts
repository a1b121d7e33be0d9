import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const unitKind = pgEnum('unit_kind', ['agency', 'party_committee', 'party_cell', 'department', 'office']);
export const personCategory = pgEnum('person_category', ['cadre', 'civil_servant', 'worker']);
export const personStatus = pgEnum('person_status', ['active', 'left']);
export const managerRole = pgEnum('manager_role', ['head', 'deputy']);

export const agencies = pgTable('agencies', {
  id: uuid().primaryKey().defaultRandom(),
  /** Every table carries agency_id; here it equals id so tenant sharding has one key everywhere. */
  agencyId: uuid().notNull(),
  code: text().notNull().unique(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    parentId: uuid(),
    kind: unitKind().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    searchText: text().notNull(),
    /** Materialised path of ids, '/root/child/', so a subtree is one indexed prefix scan. */
    path: text().notNull(),
    depth: integer().notNull(),
    sortOrder: integer().notNull().default(0),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_agency_code_key').on(t.agencyId, t.code),
    index('units_agency_path_idx').using('btree', t.agencyId, sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.parentId),
    // The top levels of a whole agency (dashboard, coverage): the units down to a depth, not all 2,000 of a city.
    index('units_agency_depth_idx').on(t.agencyId, t.depth),
  ],
);

export const people = pgTable(
  'people',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Copy of the unit's path, kept on move, so scope filters need no join. */
    unitPath: text().notNull(),
    fullName: text().notNull(),
    searchText: text().notNull(),
    position: text().notNull().default(''),
    category: personCategory().notNull(),
    /** Sensitive (Party membership): shown only to roles that need it. */
    isPartyMember: boolean().notNull().default(false),
    email: text(),
    phone: text(),
    birthDate: date({ mode: 'string' }),
    status: personStatus().notNull().default('active'),
    leftOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_scope_idx').using('btree', t.agencyId, sql`${t.unitPath} text_pattern_ops`, t.fullName, t.id),
    index('people_agency_name_idx').on(t.agencyId, t.fullName, t.id),
    index('people_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    uniqueIndex('people_agency_email_key').on(t.agencyId, sql`lower(${t.email})`),
  ],
);

export const unitManagers = pgTable(
  'unit_managers',
  {
    id: uuid().primaryKey().defaultRandom(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    role: managerRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('unit_managers_one_head_key')
      .on(t.unitId)
      .where(sql`${t.role} = 'head'`),
    uniqueIndex('unit_managers_unit_person_key').on(t.unitId, t.personId),
    index('unit_managers_person_idx').on(t.personId),
  ],
);

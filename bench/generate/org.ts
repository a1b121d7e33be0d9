import type { Role } from '../../contracts/auth.js';
import { agencies, people, unitManagers, units, users } from '../../server/db/schema/index.js';
import { fictionalName } from '../../server/db/seed/demo-names.js';
import { foldForSearch } from '../../server/platform/search-text.js';
import type { Random } from './random.js';
import { L1_NAMES, L2_NAMES, L3_NAMES, POSITIONS, type ScaleSpec } from './scales.js';

export type BenchRole = 'staff' | 'head' | 'leader' | 'inspector';

export interface OrgUnit {
  id: string;
  path: string;
  depth: number;
  parent: number | null;
  /** Indexes into `people`; the first is the head. */
  members: number[];
}
export interface OrgPerson {
  id: string;
  unit: number;
  fullName: string;
}
export interface Org {
  agencyId: string;
  units: OrgUnit[];
  people: OrgPerson[];
  rows: {
    agency: typeof agencies.$inferInsert;
    units: (typeof units.$inferInsert)[];
    people: (typeof people.$inferInsert)[];
    managers: (typeof unitManagers.$inferInsert)[];
    users: (typeof users.$inferInsert)[];
  };
  bench: { unit: number; staff: number; head: number; leader: number; inspector: number };
  /** People holding the inspector role (the inspection department's staff), the bench inspector first. */
  inspectors: number[];
  logins: { role: BenchRole; username: string }[];
}

function unitName(depth: number, index: number): string {
  const names = depth === 1 ? L1_NAMES : depth === 2 ? L2_NAMES : L3_NAMES;
  const base = names[index % names.length];
  return index < names.length ? base : `${base} số ${Math.floor(index / names.length) + 1}`;
}

/** How many people each unit gets: a small leadership at the root, the rest spread evenly. */
function headcounts(total: number, unitCount: number): number[] {
  if (unitCount === 1) return [total];
  const root = Math.min(Math.max(3, Math.round(total * 0.02)), Math.max(1, total - 2 * (unitCount - 1)));
  const rest = total - root;
  const each = Math.floor(rest / (unitCount - 1));
  return [root, ...Array.from({ length: unitCount - 1 }, (_, i) => each + (i < rest - each * (unitCount - 1) ? 1 : 0))];
}

/** The agency, its unit tree, people, heads and one login per person (all sharing one password hash). */
export function buildOrg(random: Random, scale: ScaleSpec, options: { code: string; name: string; usernamePrefix: string; passwordHash: string }): Org {
  const agencyId = random.uuid();
  const tree: OrgUnit[] = [];
  const unitRows: Org['rows']['units'] = [];
  scale.levels.forEach((count, depth) => {
    const parents = tree.map((unit, index) => ({ unit, index })).filter(({ unit }) => unit.depth === depth - 1);
    for (let i = 0; i < count; i++) {
      const id = random.uuid();
      const parent = depth === 0 ? null : parents[i % parents.length];
      const name = depth === 0 ? options.name : unitName(depth, Math.floor(i / Math.max(1, parents.length)));
      const path = `${parent ? parent.unit.path : '/'}${id}/`;
      tree.push({ id, path, depth, parent: parent?.index ?? null, members: [] });
      unitRows.push({
        id,
        agencyId,
        parentId: parent?.unit.id ?? null,
        kind: depth === 0 ? 'agency' : depth === 1 ? 'department' : 'office',
        code: depth === 0 ? options.code : `U${tree.length - 1}`,
        name,
        searchText: foldForSearch(name),
        path,
        depth,
        sortOrder: i,
      });
    }
  });

  const counts = headcounts(scale.people, tree.length);
  const personList: OrgPerson[] = [];
  const personRows: Org['rows']['people'] = [];
  counts.forEach((count, unitIndex) => {
    const unit = tree[unitIndex];
    for (let k = 0; k < count; k++) {
      const fullName = fictionalName(() => random.next());
      const role =
        k === 0
          ? { position: unit.depth === 0 ? 'Chủ tịch' : 'Trưởng ban', category: 'cadre' as const }
          : unit.depth === 0
            ? { position: 'Phó Chủ tịch', category: 'cadre' as const }
            : random.pick(POSITIONS);
      const id = random.uuid();
      unit.members.push(personList.length);
      personList.push({ id, unit: unitIndex, fullName });
      personRows.push({
        id,
        agencyId,
        unitId: unit.id,
        unitPath: unit.path,
        fullName,
        searchText: foldForSearch(fullName),
        position: role.position,
        category: role.category,
        isPartyMember: random.chance(0.6),
        status: 'active',
      });
    }
  });

  const managers: Org['rows']['managers'] = tree
    .filter((unit) => unit.members.length > 0)
    .map((unit) => ({ id: random.uuid(), agencyId, unitId: unit.id, personId: personList[unit.members[0]].id, role: 'head' as const }));

  const benchUnit = tree.length > 1 ? 1 : 0;
  // The inspection department (second department: "Ban Tổ chức – Kiểm tra"): its staff, not its head, inspect.
  const inspection = tree[Math.min(2, tree.length - 1)];
  const inspectors = inspection.members.slice(1, 4).filter((index) => index !== undefined);
  const bench = {
    unit: benchUnit,
    head: tree[benchUnit].members[0],
    staff: tree[benchUnit].members[1] ?? tree[benchUnit].members[0],
    leader: tree[0].members[0],
    inspector: inspectors[0] ?? tree[0].members[0],
  };
  const special = new Map<number, BenchRole>([
    [bench.staff, 'staff'],
    [bench.head, 'head'],
    [bench.leader, 'leader'],
  ]);
  if (!special.has(bench.inspector)) special.set(bench.inspector, 'inspector');
  const inspectorSet = new Set(inspectors);
  const userRows: Org['rows']['users'] = personList.map((person, index) => {
    const isHead = tree[person.unit].members[0] === index;
    const base: Role[] = tree[person.unit].depth === 0 ? ['leader'] : isHead ? ['unit_head', 'staff'] : ['staff'];
    const roles: Role[] = inspectorSet.has(index) ? ['inspector', ...base] : base;
    const benchRole = special.get(index);
    const username = `${options.usernamePrefix}${benchRole ? `bench-${benchRole}` : `nv${index}`}`;
    return { id: random.uuid(), agencyId, personId: person.id, username, displayName: person.fullName, passwordHash: options.passwordHash, roles };
  });
  const logins = [...special].map(([, role]) => ({ role, username: `${options.usernamePrefix}bench-${role}` }));
  return {
    agencyId,
    units: tree,
    people: personList,
    rows: { agency: { id: agencyId, agencyId, code: options.code, name: options.name }, units: unitRows, people: personRows, managers, users: userRows },
    bench,
    inspectors,
    logins,
  };
}

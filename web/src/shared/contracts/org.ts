import type { ImportReport, Person, personCategories, Unit, unitKinds } from '../../../../contracts/org';

export type UnitKind = (typeof unitKinds)[number];
export type PersonCategory = (typeof personCategories)[number];
export type { ImportReport, Person, Unit };

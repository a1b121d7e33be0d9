import type { PersonCategory, UnitKind } from '../../shared/contracts';
import type { PersonStatusFilter } from './api';

export const personCategories: PersonCategory[] = ['cadre', 'civil_servant', 'worker'];
export const personStatuses: PersonStatusFilter[] = ['active', 'left', 'all'];

/** The agency itself is the root and is never created from the app. */
export type CreatableUnitKind = Exclude<UnitKind, 'agency'>;
export const creatableUnitKinds: CreatableUnitKind[] = ['party_committee', 'party_cell', 'department', 'office'];

/** Same rule as the server: unaccented letters, digits, dot, underscore, dash. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const PHONE_PATTERN = /^\+?[0-9 .-]{8,20}$/;

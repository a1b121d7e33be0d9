import type { vi } from './vi';

type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/** The shape every language file must follow, taken from the Vietnamese source. */
export type Messages = Mirror<typeof vi>;

export type { ContractTexts } from './contract-texts';

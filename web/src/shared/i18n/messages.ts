import type { vi } from './vi';

type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/** The shape every language file must follow, taken from the Vietnamese source. */
export type Messages = Mirror<typeof vi>;

/** A contract's `{ key: { vi, en } }` labels as one language's texts, to check translations against the contract. */
export type ContractTexts<Labels, Lang extends 'vi' | 'en'> = { [K in keyof Labels]: Labels[K] extends Record<Lang, infer Text> ? Text : never };

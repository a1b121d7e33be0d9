/** A contract's `{ key: { vi, en } }` labels as one language's texts, to check translations against the contract. */
export type ContractTexts<Labels, Lang extends 'vi' | 'en'> = { [K in keyof Labels]: Labels[K] extends Record<Lang, infer Text> ? Text : never };

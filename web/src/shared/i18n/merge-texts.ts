type Texts = { [key: string]: string | Texts };

/** Joins two text trees key by key (a namespace may be split, e.g. its menu names apart from the rest). */
export function mergeTexts<A extends object, B extends object>(first: A, second: B): A & B {
  const merged: Texts = { ...(first as Texts) };
  for (const [key, value] of Object.entries(second as Texts)) {
    const existing = merged[key];
    merged[key] = typeof existing === 'object' && typeof value === 'object' ? mergeTexts(existing, value) : value;
  }
  return merged as A & B;
}

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
 * Stored beside the original and matched with trigram indexes, so "dun day" finds "đùn đẩy".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

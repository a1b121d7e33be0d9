const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'congvu.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The saved choice, Vietnamese by default. */
export function readStoredLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

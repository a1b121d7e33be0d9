import 'dayjs/locale/vi';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { use } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { LocalizedText } from '../contracts';
import { type Language, readStoredLanguage, storeLanguage } from './language';
import { coreMessages } from './vi/core';

export type { Language } from './language';
export type { ContractTexts, Messages } from './messages';

const initial = readStoredLanguage();
dayjs.locale(initial);
document.documentElement.lang = initial;

// English is loaded only by those who read it: Vietnamese pages stay lighter on a phone.
const loadEnglish = async () => {
  if (!i18n.hasResourceBundle('en', 'translation')) i18n.addResourceBundle('en', 'translation', (await import('./en')).en);
};

void i18n.use(initReactI18next).init({
  // The pages beyond the core add the rest before they render (loadAllTexts).
  resources: { vi: { translation: coreMessages } },
  lng: 'vi',
  fallbackLng: 'vi',
  initAsync: false,
  interpolation: { escapeValue: false },
});

let allTexts: Promise<void> | undefined;

/** Loads the Vietnamese texts beyond the core once; a failed load is tried again by the next page. */
export function loadAllTexts(): Promise<void> {
  allTexts ??= import('./vi/later').then(
    ({ laterMessages }) => void i18n.addResourceBundle('vi', 'translation', laterMessages, true, false),
    (error: unknown) => {
      allTexts = undefined;
      throw error;
    },
  );
  return allTexts;
}

/** Suspends the calling component until every text is there (a page beyond "Việc của tôi" and login). */
export function useAllTexts() {
  use(loadAllTexts());
}

// Someone who chose English sees it as soon as its texts arrive (a moment after the first paint).
if (initial === 'en') void loadEnglish().then(() => i18n.changeLanguage('en'));

export async function changeLanguage(language: Language) {
  if (language === 'en') await loadEnglish();
  storeLanguage(language);
  dayjs.locale(language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** The current language, re-rendering when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'vi';
}

/** Picks the right half of a server-sent { vi, en } message. */
export function localize(text: LocalizedText, language: Language = currentLanguage()): string {
  return text[language] || text.vi;
}

export { i18n };

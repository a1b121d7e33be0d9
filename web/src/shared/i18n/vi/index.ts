import { mergeTexts } from '../merge-texts';
import { coreMessages } from './core';
import { laterMessages } from './later';

/** Every Vietnamese text, the source of truth for the English file's shape; the app loads it in two parts (core, later). */
export const vi = mergeTexts(coreMessages, laterMessages);

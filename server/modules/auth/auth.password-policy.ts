import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths.js';
import { foldForSearch } from '../../platform/search-text.js';
import type { LocalizedText } from '../../platform/errors.js';

/** OWASP ASVS 2.1 / Decree 85/2016 level 3: length beats composition rules, so 12 characters, any kind. */
export const MIN_PASSWORD_LENGTH = 12;
const MIN_DISTINCT_CHARACTERS = 5;

const commonPasswords = new Set(
  readFileSync(join(projectRoot, 'server', 'modules', 'auth', 'common-passwords.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith('#')),
);

const squeeze = (text: string) => foldForSearch(text).replace(/[^a-z0-9]/g, '');

/** What is wrong with a new password for this person, in words; empty when it is acceptable. */
export function passwordProblems(password: string, person: { username: string; displayName: string }): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problems.push({ vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters` });
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS)
    problems.push({ vi: 'Mật khẩu lặp lại quá ít ký tự khác nhau', en: 'The password repeats too few different characters' });
  const plain = squeeze(password);
  const withoutTrailingDigits = plain.replace(/\d+$/, '');
  if (
    commonPasswords.has(password.toLowerCase()) ||
    commonPasswords.has(plain) ||
    (withoutTrailingDigits.length >= 4 && commonPasswords.has(withoutTrailingDigits))
  ) {
    problems.push({ vi: 'Mật khẩu quá phổ biến, dễ bị đoán', en: 'The password is too common and easy to guess' });
  }
  const names = [person.username, ...person.displayName.split(/\s+/), person.displayName].map(squeeze).filter((name) => name.length >= 4);
  if (names.some((name) => plain.includes(name)))
    problems.push({ vi: 'Mật khẩu không được chứa tên đăng nhập hoặc họ tên của bạn', en: 'The password must not contain your username or your name' });
  return problems;
}

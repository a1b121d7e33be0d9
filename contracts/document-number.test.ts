import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, kindAgreesWithNumber, kindOfTypeCode, parseDocumentNumber, type DocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['24-CT/TU', { style: 'party', sequence: '24', year: null, typeCode: 'CT', issuerCode: 'TU' }],
    ['152-KH/QU', { style: 'party', sequence: '152', year: null, typeCode: 'KH', issuerCode: 'QU' }],
    ['05-NQ/ĐU', { style: 'party', sequence: '05', year: null, typeCode: 'NQ', issuerCode: 'ĐU' }],
    ['366-QĐ/TW', { style: 'party', sequence: '366', year: null, typeCode: 'QĐ', issuerCode: 'TW' }],
    ['15/QĐ-UBND', { style: 'state', sequence: '15', year: null, typeCode: 'QĐ', issuerCode: 'UBND' }],
    ['120/KH-UBND', { style: 'state', sequence: '120', year: null, typeCode: 'KH', issuerCode: 'UBND' }],
    ['48/2023/NĐ-CP', { style: 'state', sequence: '48', year: 2023, typeCode: 'NĐ', issuerCode: 'CP' }],
    ['12/TTr-UBND-VP', { style: 'state', sequence: '12', year: null, typeCode: 'TTr', issuerCode: 'UBND-VP' }],
  ])('%s', (input, expected) => {
    expect(parseDocumentNumber(input)).toEqual({ ok: true, value: expected });
  });

  it('tolerates what people type: "Số", spaces around separators, decomposed diacritics', () => {
    expect(parseDocumentNumber(' Số 24 - CT / TU ')).toEqual(parseDocumentNumber('24-CT/TU'));
    expect(parseDocumentNumber('05-NQ/\u0110U'.normalize('NFD'))).toEqual(parseDocumentNumber('05-NQ/ĐU'));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['CT/TU', 'malformed'],
    ['24CT/TU', 'malformed'],
    ['24-ct/tu', 'malformed'],
    ['24-CT', 'malformed'],
    ['24/CT/TU', 'malformed'],
    ['24-CT/TU/', 'malformed'],
    ['-24-CT/TU', 'malformed'],
    ['1234567-CT/TU', 'malformed'],
    ['15/QĐ-', 'malformed'],
    ['0-CT/TU', 'zero_sequence'],
    ['000/QĐ-UBND', 'zero_sequence'],
    ['15/1800/QĐ-UBND', 'year_out_of_range'],
  ])('rejects %j as %s', (input, problem) => {
    expect(parseDocumentNumber(input)).toEqual({ ok: false, problem });
  });
});

describe('kind and symbol', () => {
  it.each([
    ['24-CT/TU', 'directive'],
    ['05-NQ/ĐU', 'resolution'],
    ['14-KL/TW', 'conclusion'],
    ['152-KH/QU', 'plan'],
    ['10-BC/ĐU', 'report'],
    ['05-HD/UBKTTW', 'guidance'],
    ['15/QĐ-UBND', 'decision'],
    ['3-TB/TU', 'other'],
  ])('%s is a %s', (input, kind) => {
    const parsed = parseDocumentNumber(input);
    if (!parsed.ok) throw new Error('should parse');
    expect(kindOfTypeCode(parsed.value.typeCode)).toBe(kind);
    expect(kindAgreesWithNumber(kind as never, parsed.value)).toBe(true);
    expect(kindAgreesWithNumber(kind === 'plan' ? 'directive' : 'plan', parsed.value)).toBe(false);
  });
});

const letters = 'ABCDEGHKLMNPQRSTUVXYĐ'.split('');
const upperWord = (max: number) =>
  fc
    .array(fc.constantFrom(...letters, ...'0123456789'.split('')), { minLength: 0, maxLength: max - 1 })
    .chain((rest) => fc.constantFrom(...letters).map((first) => first + rest.join('')));
const typeCode = fc
  .tuple(fc.constantFrom(...letters), fc.array(fc.constantFrom(...letters, 'r', 'đ'), { maxLength: 4 }))
  .map(([first, rest]) => first + rest.join(''));
const issuerCode = fc.array(upperWord(8), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-'));
const sequence = fc.stringMatching(/^\d{1,6}$/).filter((s) => !/^0+$/.test(s));
const documentNumber: fc.Arbitrary<DocumentNumber> = fc.oneof(
  fc.record({ style: fc.constant('party' as const), sequence, year: fc.constant(null), typeCode, issuerCode }),
  fc.record({ style: fc.constant('state' as const), sequence, year: fc.option(fc.integer({ min: 1945, max: 2100 }), { nil: null }), typeCode, issuerCode }),
);

describe('properties', () => {
  it('parse ∘ format gives the number back, and format ∘ parse is the identity on canonical text', () => {
    fc.assert(
      fc.property(documentNumber, (number) => {
        const text = formatDocumentNumber(number);
        const parsed = parseDocumentNumber(text);
        expect(parsed).toEqual({ ok: true, value: number });
        if (parsed.ok) expect(formatDocumentNumber(parsed.value)).toBe(text);
      }),
    );
  });

  it('anything the parser accepts formats to text it accepts the same way', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseDocumentNumber(text);
        if (parsed.ok) expect(parseDocumentNumber(formatDocumentNumber(parsed.value))).toEqual(parsed);
      }),
    );
  });

  it('rejects numbers broken by dropping a separator or adding stray characters', () => {
    fc.assert(
      fc.property(documentNumber, fc.constantFrom('@', '#', '.', ',', '_', '*', '(', 'a b'), fc.nat(), (number, junk, at) => {
        const text = formatDocumentNumber(number);
        const position = at % (text.length + 1);
        expect(parseDocumentNumber(text.slice(0, position) + junk + text.slice(position)).ok).toBe(false);
        const withoutSlash = text.replace('/', '');
        expect(
          parseDocumentNumber(withoutSlash).ok && formatDocumentNumber((parseDocumentNumber(withoutSlash) as { value: DocumentNumber }).value) === text,
        ).toBe(false);
      }),
    );
  });
});

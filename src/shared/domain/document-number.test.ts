import { describe, expect, it } from 'vitest';
import { findDocumentNumberPatternProblem, formatDocumentNumber } from './document-number';

describe('document number pattern', () => {
  it('formats the tokens with a padded sequence and Roman month', () => {
    expect(
      formatDocumentNumber('{seq:3}/{kind}/{unit}/{monthRoman}/{year}', {
        sequence: 30,
        kind: 'MOU',
        unit: 'LKP-MJ',
        month: 11,
        year: 2026,
      }),
    ).toBe('030/MOU/LKP-MJ/XI/2026');
  });

  it('leaves no empty segment for a token without a value', () => {
    const values = { sequence: 1, kind: 'PKS', unit: '', month: 3, year: 2026 };
    expect(formatDocumentNumber('{seq:3}/{kind}/{unit}/{monthRoman}/{year}', values)).toBe(
      '001/PKS/III/2026',
    );
    expect(formatDocumentNumber('{unit}/{seq:3}/{kind}', values)).toBe('001/PKS');
  });

  it('refuses a pattern without a sequence, with an unknown token or unbalanced braces', () => {
    expect(findDocumentNumberPatternProblem('{kind}/{year}')).toBe('MISSING_SEQUENCE');
    expect(findDocumentNumberPatternProblem('{seq}/{bogus}')).toBe('UNKNOWN_TOKEN');
    expect(findDocumentNumberPatternProblem('{seq}/{kind')).toBe('UNBALANCED_BRACES');
    expect(findDocumentNumberPatternProblem('{seq:3}/MOU/{month}/{year}')).toBeNull();
  });
});

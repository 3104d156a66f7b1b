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

  it('refuses a pattern without a sequence, with an unknown token or unbalanced braces', () => {
    expect(findDocumentNumberPatternProblem('{kind}/{year}')).toBe('MISSING_SEQUENCE');
    expect(findDocumentNumberPatternProblem('{seq}/{bogus}')).toBe('UNKNOWN_TOKEN');
    expect(findDocumentNumberPatternProblem('{seq}/{kind')).toBe('UNBALANCED_BRACES');
    expect(findDocumentNumberPatternProblem('{seq:3}/MOU/{month}/{year}')).toBeNull();
  });
});

import { documentNumberTokens } from './institution-kinds';

const tokenPattern = /\{([a-zA-Z]+)(?::(\d))?\}/g;
const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export type DocumentNumberPatternProblem = 'MISSING_SEQUENCE' | 'UNKNOWN_TOKEN' | 'UNBALANCED_BRACES';

export function findDocumentNumberPatternProblem(pattern: string): DocumentNumberPatternProblem | null {
  const stripped = pattern.replace(tokenPattern, '');
  if (stripped.includes('{') || stripped.includes('}')) return 'UNBALANCED_BRACES';
  let hasSequence = false;
  for (const match of pattern.matchAll(tokenPattern)) {
    const token = match[1] as (typeof documentNumberTokens)[number];
    if (!documentNumberTokens.includes(token)) return 'UNKNOWN_TOKEN';
    if (token === 'seq') hasSequence = true;
  }
  return hasSequence ? null : 'MISSING_SEQUENCE';
}

export interface DocumentNumberValues {
  sequence: number;
  kind: string;
  unit: string;
  /** The document's date; month and year are read in the institution's zone by the caller. */
  month: number;
  year: number;
}

/**
 * The number for these values. A token with no value (an institution without a unit code) leaves
 * no empty segment behind: `001/MOU//XI/2026` becomes `001/MOU/XI/2026`.
 */
export function formatDocumentNumber(pattern: string, values: DocumentNumberValues): string {
  return fillTokens(pattern, values)
    .replace(/([/.-])\1+/g, '$1')
    .replace(/^[/.-]+|[/.-]+$/g, '');
}

function fillTokens(pattern: string, values: DocumentNumberValues): string {
  return pattern.replace(tokenPattern, (_whole, token: string, width?: string) => {
    switch (token) {
      case 'seq':
        return String(values.sequence).padStart(Number(width ?? 1), '0');
      case 'kind':
        return values.kind;
      case 'unit':
        return values.unit;
      case 'monthRoman':
        return romanMonths[values.month - 1] ?? '';
      case 'month':
        return String(values.month).padStart(2, '0');
      case 'year':
        return String(values.year);
      default:
        return '';
    }
  });
}

import { describe, expect, it } from 'vitest';
import { formatFigure } from './figures';

describe('figures in the chosen language', () => {
  it('uses the locale separators', () => {
    expect(formatFigure(1234.5, 'id')).toBe('1.234,5');
    expect(formatFigure(1234.5, 'en')).toBe('1,234.5');
    expect(formatFigure(2 / 3, 'en')).toBe('0.67');
  });
});

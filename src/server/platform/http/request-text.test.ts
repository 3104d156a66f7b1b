import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { checkRequestText } from './request-text';

function refusalOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('checkRequestText', () => {
  it('makes each lone surrogate U+FFFD in strings, arrays and keys, and keeps whole pairs', () => {
    const body = JSON.parse(
      '{"nama": "a\\ud800b", "daftar": ["\\udc00", {"k\\ud801": "🤝 \\ud83e\\udd1d"}], "angka": 1}',
    ) as unknown;
    expect(checkRequestText(body, 'body')).toEqual({
      nama: 'a\uFFFDb',
      daftar: ['\uFFFD', { 'k\uFFFD': '🤝 🤝' }],
      angka: 1,
    });
    expect(checkRequestText('x\uD800', 'query')).toBe('x\uFFFD');
  });

  it('refuses U+0000 with the path to it, a key included', () => {
    expect(refusalOf(() => checkRequestText({ a: [1, { b: 'nol\u0000' }] }, 'body')).details).toEqual([
      expect.objectContaining({ path: ['body', 'a', 1, 'b'], code: 'nul_character' }),
    ]);
    expect(refusalOf(() => checkRequestText({ 'k\u0000': 1 }, 'query')).details).toEqual([
      expect.objectContaining({ path: ['query', 'k\u0000'], code: 'nul_character' }),
    ]);
  });

  it('walks a body nested 20,000 levels deep without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}"\\ud800"${']'.repeat(20_000)}`) as unknown;
    let inner = checkRequestText(deep, 'body');
    for (let level = 0; level < 20_000; level += 1) inner = (inner as unknown[])[0];
    expect(inner).toBe('\uFFFD');
  });
});

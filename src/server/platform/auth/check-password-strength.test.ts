import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error';
import { checkPasswordStrength } from './check-password-strength';

const context = { email: 'siti.aminah@lkp-rajut.id', name: 'Siti Aminah' };

/** The reason codes a refused password carries; fails the test when the password passes. */
function refusalReasons(password: string, ctx: { email: string; name?: string } = context): string[] {
  try {
    checkPasswordStrength(password, ctx);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('PASSWORD_TOO_WEAK');
    expect(appError.status).toBe(400);
    const details = appError.details as { path: string[]; code: string }[];
    for (const detail of details) expect(detail.path).toEqual(['body', 'password']);
    return details.map((d) => d.code);
  }
  throw new Error(`password ${JSON.stringify(password)} was accepted`);
}

describe('checkPasswordStrength', () => {
  it('refuses a password under 8 characters', () => {
    expect(refusalReasons('kT9#xq2')).toEqual(['TOO_SHORT']);
  });

  it.each(['password123', 'PASSWORD123', 'bismillah', 'BisMillah', 'BISMILLAH'])(
    'refuses the common password %s',
    (password) => {
      expect(refusalReasons(password)).toContain('TOO_COMMON');
    },
  );

  it('refuses a password containing the email local part', () => {
    expect(refusalReasons('Siti.Aminah-2026!')).toEqual(['CONTAINS_EMAIL']);
    expect(refusalReasons('siti.aminah@lkp-rajut.id')).toEqual(['CONTAINS_EMAIL']);
  });

  it('refuses the name written without spaces', () => {
    expect(refusalReasons('sitiaminah')).toEqual(['IS_NAME']);
  });

  it('refuses a repetitive password', () => {
    expect(refusalReasons('aaaaaaaaaa')).toEqual(['TOO_REPETITIVE']);
    expect(refusalReasons('abababababab')).toEqual(['TOO_REPETITIVE']);
  });

  it('reports every reason at once', () => {
    expect(refusalReasons('aaaa', { email: 'aaaa@contoh.id' }).sort()).toEqual([
      'CONTAINS_EMAIL',
      'TOO_REPETITIVE',
      'TOO_SHORT',
    ]);
  });

  it('accepts a long passphrase', () => {
    expect(() => checkPasswordStrength('kain tenun biru dari martapura', context)).not.toThrow();
  });

  it('ignores a short local part (under 4 characters)', () => {
    expect(() => checkPasswordStrength('ani-menjahit-tas-rajut', { email: 'ani@contoh.id' })).not.toThrow();
  });
});

import { AppError } from '../http/app-error';
import { isCommonPassword } from './common-passwords';

/** 8+ characters (long passphrases welcome), not a common password, not the email or name. */
export function checkPasswordStrength(password: string, context: { email: string; name?: string }): void {
  const reasons: string[] = [];
  if (password.length < 8) reasons.push('TOO_SHORT');
  if (password.length > 256) reasons.push('TOO_LONG');
  if (isCommonPassword(password)) reasons.push('TOO_COMMON');
  const lower = password.toLowerCase();
  const localPart = context.email.split('@')[0]?.toLowerCase() ?? '';
  if (lower === context.email.toLowerCase() || (localPart.length >= 4 && lower.includes(localPart))) {
    reasons.push('CONTAINS_EMAIL');
  }
  if (context.name && lower === context.name.toLowerCase().replace(/\s+/g, '')) reasons.push('IS_NAME');
  if (new Set(password).size < 3) reasons.push('TOO_REPETITIVE');
  if (reasons.length > 0) {
    throw new AppError(
      'PASSWORD_TOO_WEAK',
      reasons.map((reason) => ({ path: ['body', 'password'], code: reason, message: reason })),
    );
  }
}

import type { z } from 'zod';
import type { passwordLinkSchema } from '../../../shared/contracts/users';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { hashSecret, newId, newSecret } from '../../platform/ids';
import { expirePasswordLinksOfUser, insertPasswordLinkRow } from './one-time-links.repository';

export type PasswordLink = z.infer<typeof passwordLinkSchema>;
const linkLifetimeMs = 72 * 3_600_000;

export function publicBaseUrl(deps: AppDeps, requestOrigin: string | null): string {
  return deps.config.publicUrl ?? requestOrigin ?? `http://localhost:${deps.config.port}`;
}

/** A fresh one-time link replaces any earlier unused one for the same user. */
export async function createPasswordLink(
  trx: Db,
  deps: AppDeps,
  user: { institutionId: string; userId: string },
  baseUrl: string,
): Promise<{ url: string; expiresAt: string }> {
  const now = deps.clock.now();
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + linkLifetimeMs).toISOString();
  await expirePasswordLinksOfUser(trx, user.institutionId, user.userId, now.toISOString());
  await insertPasswordLinkRow(trx, {
    id: newId(),
    institution_id: user.institutionId,
    user_id: user.userId,
    token_hash: hashSecret(secret),
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { url: `${baseUrl}/atur-sandi?token=${secret}`, expiresAt };
}

export async function mailPasswordLink(
  deps: AppDeps,
  to: { email: string; name: string; institutionName: string },
  link: { url: string; expiresAt: string },
): Promise<boolean> {
  if (!deps.mailer.configured) return false;
  return deps.mailer.send({
    to: to.email,
    subject: `Akun Jalin Anda di ${to.institutionName}`,
    text: [
      `Yth. Bapak/Ibu ${to.name},`,
      '',
      `Anda didaftarkan sebagai pengguna Jalin di ${to.institutionName}.`,
      'Silakan buka tautan berikut untuk membuat kata sandi Anda (berlaku 72 jam, hanya sekali pakai):',
      link.url,
      '',
      'Terima kasih.',
    ].join('\n'),
  });
}

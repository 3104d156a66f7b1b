import type { z } from 'zod';
import type { passwordLinkSchema } from '../../../shared/contracts/users';
import { fill } from '../../../shared/i18n/catalog';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { hashSecret, newId, newSecret } from '../../platform/ids';
import { expirePasswordLinksOfUser, insertPasswordLinkRow } from './one-time-links.repository';

export type PasswordLink = z.infer<typeof passwordLinkSchema>;
const linkLifetimeHours = 72;
const linkLifetimeMs = linkLifetimeHours * 3_600_000;

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

/** The link by email, in the recipient's own language (their `locale`), not the sender's. */
export async function mailPasswordLink(
  deps: AppDeps,
  to: { email: string; name: string; locale: string; institutionName: string },
  link: { url: string; expiresAt: string },
): Promise<boolean> {
  if (!deps.mailer.configured) return false;
  const words = catalogOf(to.locale).passwordLinkMail;
  const institution = to.institutionName;
  return deps.mailer.send({
    to: to.email,
    subject: fill(words.subject, { institution }),
    text: [
      fill(words.greeting, { name: to.name }),
      '',
      fill(words.intro, { institution }),
      fill(words.action, { hours: linkLifetimeHours }),
      link.url,
      '',
      words.closing,
    ].join('\n'),
  });
}

import type { Db } from '../../db/database';
import { issuePublicLink, type PublicLink } from './public-links';

export interface ShareableLink {
  link: PublicLink;
  /** The page the partner opens on the public origin, carrying the token. */
  url: string;
  expiresAt: string;
}

/** Issues a public link that lasts `lifetimeMs` from `now`, addressed as `{baseUrl}{pagePath}/{subjectId}/{token}`. */
export async function issueShareableLink(
  trx: Db,
  input: {
    institutionId: string;
    purpose: string;
    subjectId: string;
    singleUse: boolean;
    recipient: string | null;
    createdByUserId: string | null;
    now: Date;
    lifetimeMs: number;
    baseUrl: string;
    pagePath: string;
  },
): Promise<ShareableLink> {
  const expiresAt = new Date(input.now.getTime() + input.lifetimeMs).toISOString();
  const { link, token } = await issuePublicLink(trx, {
    institutionId: input.institutionId,
    purpose: input.purpose,
    subjectId: input.subjectId,
    singleUse: input.singleUse,
    recipient: input.recipient,
    createdByUserId: input.createdByUserId,
    now: input.now.toISOString(),
    expiresAt,
  });
  return { link, url: `${input.baseUrl}${input.pagePath}/${input.subjectId}/${token}`, expiresAt };
}

import type { PublicEvidencePage } from '../../../shared/contracts/activities';
import type { Db } from '../../db/database';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { findInstitutionTimeZone } from '../institutions/index';
import {
  findInstitutionName,
  findPartnershipRow,
  listActivityRows,
  listEvidenceRows,
  listPartnerNames,
  listPlanItemRows,
  type PlanItemRow,
} from './activities.repository';
import { groupEvidence } from './activity-mappers';
import { activityEvidencePurpose } from './issue-evidence-link';
import { currentPlanItems } from './list-activities';

/** The link behind the token, when it opens this partnership; otherwise LINK_NOT_FOUND, _EXPIRED, _REVOKED. */
export function openEvidenceLink(
  db: Db,
  partnershipId: string,
  token: string,
  now: Date,
): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: activityEvidencePurpose,
    subjectId: partnershipId,
    now: now.toISOString(),
  });
}

/** The partner's own items of the current plan: those it carries out alone or together. */
export async function partnerItems(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<PlanItemRow[]> {
  const rows = currentPlanItems(await listPlanItemRows(db, institutionId, partnershipId));
  return rows.filter((row) => row.responsible_party === 'partner' || row.responsible_party === 'both');
}

/** What the partner sees: who asks, its own items with their activities and evidence; nothing else. */
export async function readPublicEvidence(
  db: Db,
  partnershipId: string,
  token: string,
  now: Date,
): Promise<PublicEvidencePage> {
  const link = await openEvidenceLink(db, partnershipId, token, now);
  const institutionId = link.institutionId;
  const partnership = await findPartnershipRow(db, institutionId, partnershipId);
  const items = await partnerItems(db, institutionId, partnershipId);
  const itemIds = new Set(items.map((item) => item.id));
  const activities = (await listActivityRows(db, institutionId, partnershipId)).filter(
    (row) => row.work_plan_item_id !== null && itemIds.has(row.work_plan_item_id),
  );
  const evidence = groupEvidence(
    await listEvidenceRows(
      db,
      institutionId,
      activities.map((row) => row.id),
    ),
  );
  const first = items[0];
  return {
    institutionName: await findInstitutionName(db, institutionId),
    partnershipName: partnership?.name ?? '',
    partnerNames: await listPartnerNames(db, institutionId, partnershipId),
    planTitle: first?.plan_title ?? null,
    cycleYear: first?.cycle_year ?? null,
    linkExpiresAt: link.expiresAt,
    timeZone: await findInstitutionTimeZone(db, institutionId),
    items: items.map((item) => ({
      id: item.id,
      activity: item.activity,
      responsibleParty: item.responsible_party as 'partner' | 'both',
      startsOn: item.starts_on,
      endsOn: item.ends_on,
      target: {
        quantity: Number(item.target_quantity),
        unit: item.target_unit,
        description: item.target_description,
      },
      activities: activities
        .filter((row) => row.work_plan_item_id === item.id)
        .map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status as PublicEvidencePage['items'][number]['activities'][number]['status'],
          startedOn: row.started_on,
          endedOn: row.ended_on,
          evidence: (evidence.get(row.id) ?? []).map(({ sizeBytes: _size, ...rest }) => rest),
        })),
    })),
  };
}

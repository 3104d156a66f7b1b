import type { z } from 'zod';
import type {
  clauseTemplatesResponseSchema,
  clauseVersionsResponseSchema,
  saveClauseTemplateRequestSchema,
} from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { isClauseKey, latestClauseRows } from './clause-library';
import {
  findLatestClauseVersion,
  insertClauseTemplateRow,
  listClauseVersionRows,
} from './clause-templates.repository';
import {
  clauseKeysOfKind,
  clausePlaceholders,
  defaultClauseTemplates,
  findUnknownPlaceholders,
  type ClauseKey,
} from './document/clause-templates';

type ClauseTemplates = z.input<typeof clauseTemplatesResponseSchema>;

/** What each key is called on the settings page and in the document. */
const clauseTitles: Record<ClauseKey, string> = {
  recitals: 'Pertimbangan',
  purpose: 'Maksud dan Tujuan',
  scope: 'Ruang Lingkup',
  mou_scope: 'Ruang Lingkup (Nota Kesepahaman)',
  mou_follow_up: 'Tindak Lanjut',
  rights_obligations: 'Hak dan Kewajiban',
  implementation: 'Pelaksanaan',
  funding: 'Pembiayaan',
  term: 'Jangka Waktu',
  extension: 'Perpanjangan',
  monitoring: 'Monitoring dan Evaluasi',
  force_majeure: 'Keadaan Kahar',
  disputes: 'Penyelesaian Perselisihan',
  addendum: 'Adendum',
  addendum_remaining: 'Ketentuan Lain',
  closing: 'Penutup',
};

function checkKey(key: string): ClauseKey {
  if (!isClauseKey(key)) throw new AppError('CLAUSE_KEY_UNKNOWN', { key });
  return key;
}

/** The current text of every article for one kind: the institution's newest, else the built-in one. */
export async function listClauseTemplates(
  db: Db,
  institutionId: string,
  kind: AgreementKind,
): Promise<ClauseTemplates> {
  const defaults = defaultClauseTemplates(kind);
  const latest = await latestClauseRows(db, institutionId, kind);
  return {
    items: clauseKeysOfKind[kind].map((key) => {
      const row = latest.get(key);
      const own = row && !row.retired_at ? row : null;
      return {
        key,
        agreementKind: kind,
        title: clauseTitles[key],
        body: own ? own.body : defaults[key],
        version: own ? own.version : 0,
        isDefault: !own,
        updatedAt: row ? row.created_at : null,
      };
    }),
    placeholders: Object.entries(clausePlaceholders).map(([name, description]) => ({ name, description })),
  };
}

async function addClauseVersion(
  deps: AppDeps,
  principal: Principal,
  key: ClauseKey,
  kind: AgreementKind,
  body: string,
  retired: boolean,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  const stamp = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const before = await findLatestClauseVersion(trx, institutionId, key, kind);
    if (retired && (!before || before.retired_at)) return;
    const version = (before?.version ?? 0) + 1;
    const id = newId();
    await insertClauseTemplateRow(trx, {
      id,
      institution_id: institutionId,
      clause_key: key,
      agreement_kind: kind,
      version,
      body,
      retired_at: retired ? stamp : null,
      created_by_user_id: principal.userId,
      created_at: stamp,
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: retired ? 'clause_template.reset' : 'clause_template.saved',
        entityType: 'clause_template',
        entityId: id,
        before: before ? { key, kind, version: before.version, body: before.body } : null,
        after: { key, kind, version, body, retired },
      },
    );
  });
}

/** A new version of one article's wording; a placeholder the engine cannot fill is refused. */
export async function saveClauseTemplate(
  deps: AppDeps,
  principal: Principal,
  key: string,
  input: z.output<typeof saveClauseTemplateRequestSchema>,
  requestId: string,
): Promise<ClauseTemplates> {
  const clauseKey = checkKey(key);
  const unknown = findUnknownPlaceholders(input.body);
  if (unknown.length > 0) throw new AppError('CLAUSE_PLACEHOLDER_UNKNOWN', { key, unknown });
  await addClauseVersion(deps, principal, clauseKey, input.agreementKind, input.body, false, requestId);
  return listClauseTemplates(deps.db, principal.institutionId, input.agreementKind);
}

/** Back to the built-in wording: a retired marker is added, earlier versions stay readable. */
export async function resetClauseTemplate(
  deps: AppDeps,
  principal: Principal,
  key: string,
  kind: AgreementKind,
  requestId: string,
): Promise<ClauseTemplates> {
  const clauseKey = checkKey(key);
  await addClauseVersion(
    deps,
    principal,
    clauseKey,
    kind,
    defaultClauseTemplates(kind)[clauseKey],
    true,
    requestId,
  );
  return listClauseTemplates(deps.db, principal.institutionId, kind);
}

export async function listClauseVersions(
  db: Db,
  institutionId: string,
  key: string,
  kind: AgreementKind,
): Promise<z.input<typeof clauseVersionsResponseSchema>> {
  const clauseKey = checkKey(key);
  const rows = await listClauseVersionRows(db, institutionId, clauseKey, kind);
  return {
    items: rows.map((row) => ({
      version: row.version,
      body: row.body,
      createdAt: row.created_at,
      createdByName: row.created_by_name,
    })),
  };
}

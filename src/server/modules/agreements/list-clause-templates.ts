import type { z } from 'zod';
import type { clauseTemplatesResponseSchema } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import { latestClauseRows } from './clause-library';
import { clauseTitles } from './clause-titles';
import { clauseKeysOfKind, clausePlaceholders, defaultClauseTemplates } from './document/clause-templates';

export type ClauseTemplates = z.input<typeof clauseTemplatesResponseSchema>;

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

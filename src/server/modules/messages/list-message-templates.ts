import type { MessageTemplate } from '../../../shared/contracts/messages';
import { defaultMessageTemplates } from '../../../shared/domain/default-message-templates';
import type { Db } from '../../db/database';
import { fromDefaultTemplate, toMessageTemplate } from './message-mappers';
import { listTemplateRows } from './message-templates.repository';

const useKey = (t: { purpose: string; occasionKey: string | null }) => `${t.purpose}:${t.occasionKey ?? ''}`;

/**
 * The institution's templates, then the shipped ones it has not replaced: a template of its own for
 * a purpose (and occasion) hides the default for the same use.
 */
export async function listMessageTemplates(db: Db, institutionId: string): Promise<MessageTemplate[]> {
  const own = (await listTemplateRows(db, institutionId)).map(toMessageTemplate);
  const replaced = new Set(own.map(useKey));
  const defaults = defaultMessageTemplates
    .map(fromDefaultTemplate)
    .filter((template) => !replaced.has(useKey(template)));
  return [...own, ...defaults];
}

import { unknownPlaceholders } from '../../../shared/domain/message-placeholders';
import { AppError } from '../../platform/http/app-error';

/** A misspelt placeholder would reach a partner as `{lembga}`: refused before anything is written. */
export function checkTemplatePlaceholders(texts: Array<string | null | undefined>): void {
  const unknown = [...new Set(texts.flatMap((text) => (text ? unknownPlaceholders(text) : [])))];
  if (unknown.length > 0) {
    throw new AppError('TEMPLATE_PLACEHOLDER_UNKNOWN', {
      placeholders: unknown.map((name) => `{${name}}`).join(', '),
      unknown,
    });
  }
}

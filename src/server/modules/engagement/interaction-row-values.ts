import {
  findingFields,
  interactionFutureToleranceMs,
  type FindingField,
} from '../../../shared/domain/interaction-vocabulary';
import { AppError } from '../../platform/http/app-error';
import { findingColumns } from './engagement-mappers';

type FindingColumn = (typeof findingColumns)[FindingField];
export type FindingValues = Record<FindingColumn, string | null> & { has_findings: number };

/** The finding columns and `has_findings` for a set of findings (all of them, blanks as null). */
export function findingValues(findings: Partial<Record<FindingField, string | null>>): FindingValues {
  const values = { has_findings: 0 } as FindingValues;
  for (const field of findingFields) {
    const text = findings[field] ?? null;
    values[findingColumns[field]] = text;
    if (text) values.has_findings = 1;
  }
  return values;
}

/** A contact cannot have happened more than a day from now; stored as UTC text for sorting. */
export function checkOccurredAt(occurredAt: string, now: Date): string {
  const at = new Date(occurredAt);
  if (at.getTime() - now.getTime() > interactionFutureToleranceMs)
    throw new AppError('INTERACTION_IN_FUTURE', {
      occurredAt,
      latest: new Date(now.getTime() + interactionFutureToleranceMs).toISOString(),
    });
  return at.toISOString();
}

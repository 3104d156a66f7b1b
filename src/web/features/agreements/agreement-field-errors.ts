import { z } from 'zod';
import type { Catalog } from '../../../shared/i18n/catalog';
import { ApiError } from '../../lib/api-client';
import { describeIssue, type IssueLike } from '../../lib/field-errors';

/** Problems keyed by the request's dotted path (`terms.profitSharing`, `witnesses.1.name`). */
export type PathErrors = Partial<Record<string, string>>;

const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string().optional(),
  minimum: z.unknown().optional(),
  maximum: z.unknown().optional(),
  format: z.string().optional(),
});
const requestParts = new Set(['body', 'query', 'params']);

function messageOf(issue: IssueLike, t: Catalog): string {
  const problems: Record<string, string> = t.termsProblems;
  return problems[issue.message] ?? describeIssue(issue, t, issue.code === 'invalid_type' ? '' : 'x');
}

export function issuesToErrors(issues: readonly IssueLike[], t: Catalog): PathErrors {
  const errors: PathErrors = {};
  for (const issue of issues) {
    const [first, ...rest] = issue.path;
    const path = typeof first === 'string' && requestParts.has(first) ? rest : issue.path;
    const key = path.map(String).join('.');
    errors[key] ??= messageOf(issue, t);
  }
  return errors;
}

/** Where a refused save belongs in the draft form, or null when it is not about fields. */
export function errorsFromSave(error: unknown, t: Catalog): PathErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'AGREEMENT_PERIOD_INVALID') return { endsOn: t.errors.AGREEMENT_PERIOD_INVALID };
  if (error.code === 'AGREEMENT_TERMS_PATTERN_MISMATCH')
    return { terms: t.errors.AGREEMENT_TERMS_PATTERN_MISMATCH };
  const list = z
    .array(issueSchema)
    .safeParse(
      Array.isArray(error.details) ? error.details : (error.details as { issues?: unknown } | null)?.issues,
    );
  if (list.success && list.data.length > 0) return issuesToErrors(list.data, t);
  // A refine code sent as its own error (PROFIT_SHARES_NOT_100) names its field in the details.
  const single = z.object({ path: issueSchema.shape.path }).safeParse(error.details);
  if (single.success) return issuesToErrors([{ path: single.data.path, message: error.code }], t);
  return null;
}

export function errorAt(errors: PathErrors, key: string): string | undefined {
  return errors[key];
}

/** The first problem at or below a path: a group shows what its parts got wrong. */
export function errorUnder(errors: PathErrors, prefix: string): string | undefined {
  const key = Object.keys(errors).find(
    (candidate) =>
      errors[candidate] !== undefined && (candidate === prefix || candidate.startsWith(`${prefix}.`)),
  );
  return key ? errors[key] : undefined;
}

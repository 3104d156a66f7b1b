import { Alert } from '@mantine/core';
import type { ErrorCode } from '../../shared/contracts/common';
import { isApiError } from '../lib/api-client';
import { ErrorAlert } from './error-alert';

/** A public page's own words for the ways its link can fail to open. */
export interface LinkProblems {
  title: string;
  messages: Partial<Record<ErrorCode, string>>;
}

/** Why a partner's link does not work, in the page's words; any other error as usual. */
export function LinkProblemAlert({ error, problems }: { error: unknown; problems: LinkProblems }) {
  const code = (Object.keys(problems.messages) as ErrorCode[]).find((candidate) =>
    isApiError(error, candidate),
  );
  if (!code) return <ErrorAlert error={error} />;
  return (
    <Alert color="orange" title={problems.title} data-testid="public-link-problem">
      {problems.messages[code]}
    </Alert>
  );
}

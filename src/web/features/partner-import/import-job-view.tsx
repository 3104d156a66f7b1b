import { useEffect } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { ButtonLink } from '../../ui/router-links';
import { partnersQueryKey } from '../partners/partner-api';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';
import { ImportSteps } from './import-steps';
import { importJobQueryOptions } from './partner-import-api';

/** Steps 3 and 4, from the job id in the URL: progress while it runs, then the result or the failure. */
export function ImportJobView({ jobId, onAnother }: { jobId: string; onAnother: () => void }) {
  const { t } = useT();
  const texts = t.partnerImport.result;
  const queryClient = useQueryClient();
  const job = useQuery(importJobQueryOptions(jobId));
  const succeeded = job.data?.status === 'succeeded';

  useEffect(() => {
    // New and updated partners must show in the list and map the user goes to next.
    if (succeeded) void queryClient.invalidateQueries({ queryKey: partnersQueryKey });
  }, [succeeded, queryClient]);

  const actions = (
    <>
      <Button variant="default" size="md" onClick={onAnother} data-testid="import-another">
        {texts.another}
      </Button>
      <ButtonLink to="/mitra" variant="default" size="md" data-testid="import-to-list">
        {texts.toList}
      </ButtonLink>
    </>
  );

  if (job.isPending) return <PageLoader />;
  if (job.isError) {
    return (
      <ErrorAlert error={job.error}>
        {isApiError(job.error, 'JOB_NOT_FOUND') && <Text size="sm">{texts.notFoundBody}</Text>}
        <Group gap="sm">{actions}</Group>
      </ErrorAlert>
    );
  }
  const current = job.data;
  if (current.status === 'failed') {
    const reason = t.errors[current.error?.code ?? 'INTERNAL'];
    return (
      <>
        <ImportSteps current="result" />
        <Alert color="red" title={texts.failedTitle} role="alert" data-testid="import-failed">
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {reason}
            </Text>
            <Text size="sm">{texts.failedBody}</Text>
            <Group gap="sm">{actions}</Group>
          </Stack>
        </Alert>
      </>
    );
  }
  if (current.status === 'succeeded' && current.result && 'counts' in current.result) {
    return (
      <>
        <ImportSteps current="result" />
        <ImportResult result={current.result} reportUrl={current.resultFileUrl} actions={actions} />
      </>
    );
  }
  return (
    <>
      <ImportSteps current="progress" />
      <ImportProgress job={current} />
    </>
  );
}

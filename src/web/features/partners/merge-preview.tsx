import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { planPartnerMerge } from '../../../shared/domain/partner-merge-plan';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { useNotify } from '../../ui/use-notify';
import { partnerQueryKey, partnerQueryOptions, partnersQueryKey } from './partner-api';
import { mergePartner } from './partner-merge-api';
import { MergePlanView, MergeSide } from './merge-plan-view';

interface MergePreviewProps {
  currentId: string;
  otherId: string;
  onBack: () => void;
  onClose: () => void;
}

/** Step two: both partners side by side, what the merge will do, and the confirmation. */
export function MergePreview({ currentId, otherId, onBack, onClose }: MergePreviewProps) {
  const { t } = useT();
  const tm = t.partnerMerge;
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = useQuery(partnerQueryOptions(currentId));
  const other = useQuery(partnerQueryOptions(otherId));
  const [keepCurrent, setKeepCurrent] = useState(true);

  const pair =
    current.data && other.data
      ? keepCurrent
        ? { kept: current.data, duplicate: other.data }
        : { kept: other.data, duplicate: current.data }
      : null;

  const merge = useMutation({
    mutationFn: () => {
      if (!pair) throw new Error('the partners are not loaded');
      return mergePartner(pair.kept.id, {
        duplicateId: pair.duplicate.id,
        version: pair.kept.version,
        duplicateVersion: pair.duplicate.version,
      });
    },
    onSuccess: async (result) => {
      if (!pair) return;
      // The duplicate's page must not refetch into its own "merged" redirect while we leave it.
      queryClient.removeQueries({ queryKey: partnerQueryKey(pair.duplicate.id) });
      queryClient.setQueryData(partnerQueryKey(result.partner.id), result.partner);
      onClose();
      notify.success(
        fill(tm.done, { kept: pair.kept.name, duplicate: pair.duplicate.name, count: result.movedContacts }),
      );
      await navigate({ to: '/mitra/$partnerId', params: { partnerId: result.partner.id } });
      void queryClient.invalidateQueries({ queryKey: partnersQueryKey });
    },
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        void current.refetch();
        void other.refetch();
      }
    },
  });

  if (current.isPending || other.isPending) return <PageLoader />;
  if (!pair) {
    return (
      <Stack>
        <ErrorAlert error={current.error ?? other.error} />
        <Group>
          <Button variant="default" onClick={onBack}>
            {tm.back}
          </Button>
        </Group>
      </Stack>
    );
  }
  const plan = planPartnerMerge(pair.kept, pair.duplicate);
  return (
    <Stack gap="md" data-testid="merge-preview">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MergeSide partner={pair.kept} kept />
        <MergeSide partner={pair.duplicate} kept={false} />
      </SimpleGrid>
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => {
            setKeepCurrent((value) => !value);
            merge.reset();
          }}
          data-testid="merge-swap"
        >
          {tm.swap}
        </Button>
      </Group>
      <MergePlanView plan={plan} kept={pair.kept} duplicate={pair.duplicate} />
      {merge.isError && !isApiError(merge.error, 'VERSION_CONFLICT') && <ErrorAlert error={merge.error} />}
      {merge.isError && isApiError(merge.error, 'VERSION_CONFLICT') && (
        <Alert color="orange" role="alert">
          {tm.conflict}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={merge.isPending}>
          {tm.back}
        </Button>
        <Button
          color="red"
          loading={merge.isPending}
          onClick={() => merge.mutate()}
          data-testid="merge-confirm"
        >
          {tm.confirm}
        </Button>
      </Group>
    </Stack>
  );
}

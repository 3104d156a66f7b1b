import { useState } from 'react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { ConfirmModal } from '../../ui/confirm-modal';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { useNotify } from '../../ui/use-notify';
import { NeedCandidates } from './need-candidates';
import { NeedFormModal } from './need-form-modal';
import { NeedSummary } from './need-summary';
import { deleteNeed, needsQueryKey, relevanceQueryOptions } from './needs-api';

const routeApi = getRouteApi('/_app/kebutuhan/$needId');

/** Kebutuhan › {title}: the need, then the partners ranked for it with their reasons. */
export function NeedPage() {
  const { t } = useT();
  const tn = t.needsUi;
  const { needId } = routeApi.useParams();
  const canWrite = useCan('partnerships.write');
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const query = useQuery(relevanceQueryOptions(needId));
  const remove = useMutation({
    mutationFn: () => deleteNeed(needId),
    onSuccess: async () => {
      notify.success(tn.deleted);
      await queryClient.invalidateQueries({ queryKey: needsQueryKey });
      void navigate({ to: '/kebutuhan' });
    },
    onError: (error) => {
      setDeleting(false);
      notify.error(error);
    },
  });
  const back = (
    <AnchorLink to="/kebutuhan" size="sm">
      ← {tn.backToList}
    </AnchorLink>
  );
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <>
        {back}
        {isApiError(query.error, 'NEED_NOT_FOUND') ? (
          <EmptyPanel
            testId="need-not-found"
            title={tn.notFound}
            description={tn.intro}
            actions={<ButtonLink to="/kebutuhan">{tn.backToList}</ButtonLink>}
          />
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </>
    );
  }
  const { need } = query.data;
  return (
    <>
      {back}
      <PageHeader
        title={need.title}
        actions={
          canWrite && (
            <>
              <Button variant="default" onClick={() => setEditing(true)} data-testid="need-edit">
                {tn.edit}
              </Button>
              <Button
                variant="subtle"
                color="red"
                onClick={() => setDeleting(true)}
                data-testid="need-delete"
              >
                {tn.delete}
              </Button>
            </>
          )
        }
      />
      {editing && <NeedFormModal need={need} onClose={() => setEditing(false)} />}
      <ConfirmModal
        opened={deleting}
        title={tn.delete}
        body={fill(tn.deleteConfirm, { title: need.title })}
        confirmLabel={tn.delete}
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setDeleting(false)}
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md" data-testid="need-details">
          <Stack gap={6}>
            <NeedSummary need={need} />
            {need.notes && <Text size="sm">{need.notes}</Text>}
          </Stack>
        </Paper>
        <NeedCandidates ranking={query.data} />
      </Stack>
    </>
  );
}

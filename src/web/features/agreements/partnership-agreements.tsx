import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AgreementChain, chainsOf } from './agreement-chain';
import { partnershipAgreementsQueryOptions } from './agreements-api';
import { CreateDraftModal } from './create-draft-modal';

/** Kesepakatan on the partnership page (steps 6, 7, 11): its agreements as chains, and new drafts. */
export function PartnershipAgreements({ partnership }: { partnership: Partnership }) {
  const { t } = useT();
  const tp = t.partnershipAgreements;
  const canWrite = useCan('agreements.write');
  const [creating, setCreating] = useState<'mou' | 'pks' | null>(null);
  const query = useQuery(partnershipAgreementsQueryOptions(partnership.id));
  const items = query.data?.items ?? [];
  const buttons = canWrite && partnership.partners.length > 0 && (
    <Group gap="xs">
      <Button onClick={() => setCreating('mou')} data-testid="agreement-create-mou">
        {tp.createMou}
      </Button>
      <Button variant="light" onClick={() => setCreating('pks')} data-testid="agreement-create-pks">
        {tp.createPks}
      </Button>
    </Group>
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="partnership-agreements">
      {creating && (
        <CreateDraftModal partnership={partnership} kind={creating} onClose={() => setCreating(null)} />
      )}
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tp.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tp.intro}
          </Text>
        </div>
        {items.length > 0 && buttons}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <EmptyPanel
          testId="partnership-agreements-empty"
          title={tp.emptyTitle}
          description={tp.emptyBody}
          actions={buttons || undefined}
        />
      ) : (
        <Stack gap="md">
          {chainsOf(items).map((chain) => (
            <AgreementChain key={chain[0]?.id} items={chain} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

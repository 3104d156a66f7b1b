import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Agreement, AgreementSummary } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AgreementChangeModal, type ChangeKind } from './agreement-change-modals';
import { AgreementChain, chainOf } from './agreement-chain';
import { partnershipAgreementsQueryOptions } from './agreements-api';

const renewable = new Set(['active', 'expiring', 'expired']);

/** "Riwayat": the agreement's chain of extensions and addenda, and the moves that extend or end it. */
export function AgreementHistoryTab({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const th = t.agreementHistory;
  const zone = useMe().institution.timeZone;
  const canWrite = useCan('agreements.write');
  const canSign = useCan('agreements.sign');
  const [change, setChange] = useState<ChangeKind | null>(null);
  const query = useQuery(partnershipAgreementsQueryOptions(agreement.partnershipId));
  const chain: AgreementSummary[] = query.data ? chainOf(query.data.items, agreement.id) : [];
  const open = renewable.has(agreement.status);
  const terminable = agreement.storedStatus !== 'draft' && agreement.storedStatus !== 'terminated';

  return (
    <Paper withBorder radius="md" p="md">
      {change && <AgreementChangeModal agreement={agreement} kind={change} onClose={() => setChange(null)} />}
      <Title order={2} size="h4">
        {th.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {th.intro}
      </Text>
      <Stack gap="md">
        {agreement.terminatedAt && (
          <Alert color="gray" data-testid="agreement-terminated">
            {fill(th.terminated, {
              when: formatDateTime(agreement.terminatedAt, locale, zone),
              reason: agreement.terminationReason ?? '—',
            })}
          </Alert>
        )}
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ErrorAlert error={query.error} />
        ) : chain.length <= 1 ? (
          <Text size="sm" c="dimmed" data-testid="history-none">
            {th.none}
          </Text>
        ) : (
          <AgreementChain items={chain} currentId={agreement.id} />
        )}
        {(open && canWrite) || (terminable && canSign) ? (
          <Group gap="xs">
            {open && canWrite && (
              <>
                <Button onClick={() => setChange('extend')} data-testid="agreement-extend">
                  {th.extend}
                </Button>
                <Button
                  variant="light"
                  onClick={() => setChange('addendum')}
                  data-testid="agreement-addendum"
                >
                  {th.addendum}
                </Button>
              </>
            )}
            {terminable && canSign && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setChange('terminate')}
                data-testid="agreement-terminate"
              >
                {th.terminate}
              </Button>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { AgreementSigningPanel } from '../agreement-signing/agreement-signing-panel';
import { agreementQueryKey, agreementsQueryKey, requestSignatures } from './agreements-api';

const missingSchema = z.union([
  z.object({ missing: z.array(z.string()) }).transform((details) => details.missing),
  z.array(z.string()),
]);

/** What AGREEMENT_NOT_READY says is missing, as names the checklist knows (unknown ones as sent). */
export function readMissing(error: unknown): string[] | null {
  if (!isApiError(error, 'AGREEMENT_NOT_READY')) return null;
  const parsed = missingSchema.safeParse(error.details);
  return parsed.success ? parsed.data : [];
}

function ReadyToSign({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const ts = t.agreementSigningTab;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canSign = useCan('agreements.sign');
  const request = useMutation({
    mutationFn: () => requestSignatures(agreement.id),
    onSuccess: (saved) => {
      queryClient.setQueryData(agreementQueryKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
      notify.success(fill(ts.requested, { number: saved.numbers.institution ?? '—' }));
    },
  });
  const missing = readMissing(request.error);
  const labels: Record<string, string> = ts.missing;
  return (
    <Paper withBorder radius="md" p="md" data-testid="signing-ready">
      <Title order={2} size="h4">
        {ts.ready}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {ts.readyIntro}
      </Text>
      {missing ? (
        <Alert color="orange" mb="sm" data-testid="signing-not-ready">
          <Text size="sm" mb={4}>
            {ts.notReady}
          </Text>
          <List size="sm">
            {missing.map((item) => (
              <List.Item key={item} data-testid="signing-missing">
                {labels[item] ?? item}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        request.error && <ErrorAlert error={request.error} />
      )}
      {canSign ? (
        <Button onClick={() => request.mutate()} loading={request.isPending} data-testid="signing-request">
          {ts.ready}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {ts.noPermission}
        </Text>
      )}
    </Paper>
  );
}

/** "Tanda tangan": first the request that numbers and freezes the draft, then the signing panel. */
export function AgreementSigningTab({ agreement }: { agreement: Agreement }) {
  const beforeSigning = agreement.storedStatus === 'draft' || agreement.storedStatus === 'in_review';
  return (
    <Stack gap="md">
      {beforeSigning && <ReadyToSign agreement={agreement} />}
      <AgreementSigningPanel agreement={agreement} />
    </Stack>
  );
}

import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { signatureFileUrl } from './signing-api';

const parties = ['institution', 'partner'] as const;

/** Each side's signatory with when and how they signed, or that they have not yet. */
export function SignatureList({ agreement }: { agreement: Agreement }) {
  const { t, locale } = useT();
  const ts = t.signing;
  const me = useMe();
  return (
    <Stack gap="xs" data-testid="signature-list">
      {parties.map((party) => {
        const signatory = agreement.signatories[party];
        const signature = agreement.signatures.find((item) => item.party === party);
        return (
          <Paper key={party} withBorder radius="sm" p="sm" data-testid={`signature-row-${party}`}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Stack gap={2} style={{ flex: 1, minWidth: 180 }}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {ts.party[party]}
                </Text>
                <Text fw={500}>
                  {fill(ts.signedBy, {
                    name: signature?.signerName ?? signatory.name,
                    position: signature?.signerPosition ?? signatory.position,
                  })}
                </Text>
                {signature && (
                  <Text size="sm" c="dimmed">
                    {fill(ts.signed, {
                      time: formatDateTime(signature.signedAt, locale, me.institution.timeZone),
                    })}
                    {' · '}
                    {ts.method[signature.method]}
                    {' · '}
                    <Anchor href={signatureFileUrl(agreement.id, signature.id)} target="_blank" size="sm">
                      {ts.viewFile}
                    </Anchor>
                  </Text>
                )}
              </Stack>
              <Badge color={signature ? 'teal' : 'gray'} variant={signature ? 'filled' : 'outline'} tt="none">
                {signature ? ts.signedBadge : ts.waiting}
              </Badge>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { NeglectedPartner } from '../../../shared/contracts/care';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { EmptyPanel } from '../../ui/empty-panel';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { ComposeMessageButton } from '../messages/compose-message-button';
import { neglectedQueryOptions } from './care-api';

const bandColor = { healthy: 'teal', attention: 'yellow', critical: 'red' } as const;

function NeglectedRow({ item }: { item: NeglectedPartner }) {
  const { t, locale } = useT();
  const me = useMe();
  const tc = t.carePage;
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="neglected-item">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Group gap="xs">
            <AnchorLink to="/mitra/$partnerId" params={{ partnerId: item.partnerId }} fw={700}>
              {item.partnerName}
            </AnchorLink>
            <Badge color={bandColor[item.healthBand]} variant="light">
              {t.partnerHealth.bands[item.healthBand]} · {item.healthScore}/100
            </Badge>
          </Group>
          <Stack component="ul" gap={0} pl="md" m={0}>
            {item.reasons.map((reason) => (
              <Text component="li" size="sm" key={reason} data-testid="neglected-reason">
                {fill(tc.neglectReasons[reason], {
                  days: item.daysSince,
                  cadence: item.cadenceDays,
                  score: item.healthScore,
                })}
              </Text>
            ))}
          </Stack>
          <Text size="sm" c="dimmed">
            {item.lastContactOn
              ? fill(tc.lastContact, {
                  date: formatDate(item.lastContactOn, locale, me.institution.timeZone),
                })
              : tc.neverContacted}
          </Text>
        </Stack>
        <ComposeMessageButton
          partnerId={item.partnerId}
          purpose={item.lastContactOn ? 'follow_up' : 'introduction'}
          label={tc.contact}
          testId="neglected-contact"
        />
      </Group>
    </Paper>
  );
}

/** The partners nobody is looking after (technique 1), the longest silence first. */
export function NeglectedPanel() {
  const { t } = useT();
  const tc = t.carePage;
  const query = useQuery(neglectedQueryOptions);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0)
    return (
      <EmptyPanel
        testId="neglected-empty"
        title={tc.neglectedEmptyTitle}
        description={tc.neglectedEmptyBody}
      />
    );
  return (
    <Stack gap="sm" data-testid="neglected-panel">
      <Text c="dimmed">{tc.neglectedIntro}</Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {query.data.items.map((item) => (
          <NeglectedRow key={item.partnerId} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

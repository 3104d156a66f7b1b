import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { AgendaItemRow } from './agenda-item-row';
import { agendaQueryOptions } from './care-api';

const shown = 5;

/** Beranda: the five most urgent agenda items, and the way to the rest. */
export function AgendaHomeCard() {
  const { t } = useT();
  const tc = t.carePage;
  const query = useQuery(agendaQueryOptions(undefined));
  const items = query.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" data-testid="agenda-home-card">
      <Title order={2} size="h4" mb="sm">
        {tc.homeTitle}
      </Title>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="agenda-home-empty">
          {tc.homeEmpty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.slice(0, shown).map((item) => (
            <AgendaItemRow
              key={`${item.reason}:${item.subject.type}:${item.subject.id}:${item.partnerId}`}
              item={item}
              compact
            />
          ))}
        </Stack>
      )}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed">
          {items.length > shown ? fill(tc.homeMore, { count: items.length - shown }) : ''}
        </Text>
        <AnchorLink to="/perawatan" size="sm" data-testid="agenda-home-see-all">
          {tc.homeSeeAll}
        </AnchorLink>
      </Group>
    </Paper>
  );
}

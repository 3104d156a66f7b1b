import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FollowUpItem } from '../../../shared/contracts/follow-ups';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { FollowUpRow } from './follow-up-row';
import { followUpCardQueryOptions, useCompleteFollowUp } from './follow-ups-api';

function Section({
  title,
  items,
  today,
  testId,
}: {
  title: string;
  items: FollowUpItem[];
  today: string;
  testId: string;
}) {
  const canWrite = useCan('interactions.write');
  const complete = useCompleteFollowUp();
  if (items.length === 0) return null;
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <FollowUpRow
            key={item.interactionId}
            item={item}
            today={today}
            canWrite={canWrite}
            busy={complete.isPending && complete.variables.item.interactionId === item.interactionId}
            onDone={(target, done) => complete.mutate({ item: target, done })}
          />
        ))}
      </Stack>
    </Stack>
  );
}

/** Beranda: my follow-ups, overdue first (marked in words), then the coming seven days. */
export function FollowUpsCard() {
  const { t } = useT();
  const tf = t.followUps;
  const me = useMe();
  const weekEnd = addDays(localDateOf(new Date(), me.institution.timeZone), 7);
  const query = useQuery(followUpCardQueryOptions(weekEnd));
  const page = query.data;
  const overdue = page?.items.filter((item) => item.overdue) ?? [];
  const upcoming = page?.items.filter((item) => !item.overdue) ?? [];

  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" data-testid="follow-ups-card">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4">
          {tf.cardTitle}
        </Title>
        {page && page.overdueCount > 0 && (
          <Badge
            color="red"
            variant="filled"
            size="lg"
            aria-label={fill(tf.overdueCountLabel, { count: page.overdueCount })}
            data-testid="follow-ups-overdue-count"
          >
            {fill(tf.overdueCount, { count: page.overdueCount })}
          </Badge>
        )}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : page && page.items.length === 0 ? (
        <Stack gap={4} data-testid="follow-ups-card-empty">
          <Text fw={600}>{tf.cardEmptyTitle}</Text>
          <Text size="sm" c="dimmed">
            {tf.cardEmptyBody}
          </Text>
        </Stack>
      ) : (
        page && (
          <Stack gap="md">
            <Section
              title={tf.overdueSection}
              items={overdue}
              today={page.today}
              testId="follow-ups-overdue"
            />
            <Section title={tf.weekSection} items={upcoming} today={page.today} testId="follow-ups-week" />
          </Stack>
        )
      )}
      <Group justify="flex-end" mt="sm">
        <AnchorLink to="/tindak-lanjut" size="sm" data-testid="follow-ups-see-all">
          {tf.seeAll}
        </AnchorLink>
      </Group>
    </Paper>
  );
}

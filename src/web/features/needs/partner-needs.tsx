import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { partnerRelevanceQueryOptions } from './needs-api';

/** "Kebutuhan yang cocok" on a partner's page: the open needs its offers could meet, best fit first. */
export function PartnerNeeds({ partnerId }: { partnerId: string }) {
  const { t } = useT();
  const tn = t.needsUi;
  const query = useQuery(partnerRelevanceQueryOptions(partnerId));
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="partner-needs">
      <Title order={2} size="h4" mb="sm">
        {tn.partnerSectionTitle}
      </Title>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {tn.partnerSectionEmpty}
        </Text>
      ) : (
        <Stack gap="sm">
          {query.data.items.map(({ need, score, decision }) => (
            <Stack key={need.id} gap={4} data-testid="partner-need">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <AnchorLink to="/kebutuhan/$needId" params={{ needId: need.id }} fw={600} size="sm">
                  {need.title}
                </AnchorLink>
                <Text size="sm" fw={700}>
                  {fill(tn.partnerSectionScore, { score })}
                </Text>
              </Group>
              <Progress value={score} size="sm" radius="xl" aria-label={fill(tn.scoreLabel, { score })} />
              <Group gap={6}>
                <Badge variant="light" size="sm">
                  {t.partnerVocab.exchange[need.item]}
                </Badge>
                {decision && (
                  <Badge variant="outline" size="sm">
                    {t.needDecisions[decision.decision]}
                  </Badge>
                )}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

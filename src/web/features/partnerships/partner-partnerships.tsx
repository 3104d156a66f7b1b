import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { AnchorLink } from '../../ui/router-links';
import { partnershipListQueryOptions } from './partnerships-api';

/** The partnerships a partner takes part in, with where each stands, on the partner's page. */
export function PartnerPartnerships({ partnerId }: { partnerId: string }) {
  const { t } = useT();
  const query = useInfiniteQuery(partnershipListQueryOptions({ partnerId }));
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="partner-partnerships">
      <Title order={2} size="h4" mb="sm">
        {t.partnershipsUi.partnerPartnerships}
      </Title>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.partnershipsUi.partnerNoPartnerships}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <Group key={item.id} justify="space-between" gap="xs" data-testid="partner-partnership">
              <AnchorLink
                to="/kemitraan/$partnershipId"
                params={{ partnershipId: item.id }}
                fw={600}
                size="sm"
              >
                {item.name}
              </AnchorLink>
              <Badge variant="light" size="sm">
                {t.partnershipStages[item.stage]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

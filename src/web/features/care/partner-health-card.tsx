import { Badge, Divider, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PartnerCare } from '../../../shared/contracts/care';
import { fill } from '../../../shared/i18n/catalog';
import { formatDate, toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { CadenceEditor } from './cadence-editor';
import { partnerCareQueryOptions } from './care-api';

const bandColor = { healthy: 'teal', attention: 'yellow', critical: 'red' } as const;

type Component = PartnerCare['health']['components'][number];

/** The sentence of a component, its dates and averages written the reader's way. */
function useReasonText() {
  const { t, locale } = useT();
  const me = useMe();
  return (component: Component) => {
    const values: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(component.values)) {
      if (value === null) continue;
      if (key === 'date' && typeof value === 'string')
        values[key] = formatDate(value, locale, me.institution.timeZone);
      else if (typeof value === 'number') values[key] = value.toLocaleString(toIntlLocale(locale));
      else values[key] = value;
    }
    return fill(t.partnerHealth.reasons[component.reason], values);
  };
}

function BeforeContacting({ care }: { care: PartnerCare }) {
  const { t } = useT();
  const th = t.partnerHealth;
  const noted = care.contacts.filter((c) => c.preferences || c.sensitiveTopics || c.consentWithdrawn);
  return (
    <Stack gap="xs" data-testid="partner-care-notes">
      <Text fw={700}>{th.beforeContacting}</Text>
      {noted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {th.noNotes}
        </Text>
      ) : (
        noted.map((contact) => (
          <Stack key={contact.id} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {contact.name}
              </Text>
              {contact.consentWithdrawn && (
                <Badge color="red" variant="light" size="sm">
                  {th.consentWithdrawn}
                </Badge>
              )}
            </Group>
            {contact.preferences && (
              <Text size="sm">
                <Text span fw={600}>
                  {th.preferences}:
                </Text>{' '}
                {contact.preferences}
              </Text>
            )}
            {contact.sensitiveTopics && (
              <Text size="sm" c="orange.9">
                <Text span fw={600}>
                  {th.sensitiveTopics}:
                </Text>{' '}
                {contact.sensitiveTopics}
              </Text>
            )}
          </Stack>
        ))
      )}
    </Stack>
  );
}

/** Mitra › health: the score with why (each component's points), cadence, next contact, what to mind. */
export function PartnerHealthCard({ partnerId }: { partnerId: string }) {
  const { t, locale } = useT();
  const th = t.partnerHealth;
  const me = useMe();
  const canWrite = useCan('care.write');
  const reasonText = useReasonText();
  const query = useQuery(partnerCareQueryOptions(partnerId));
  const care = query.data;
  const date = (value: string) => formatDate(value, locale, me.institution.timeZone);

  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="partner-health">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {th.title}
        </Title>
        {care && (
          <Group gap="xs">
            <Text fw={700} size="xl" data-testid="partner-health-score">
              {fill(th.score, { score: care.health.score })}
            </Text>
            <Badge color={bandColor[care.health.band]} size="lg" data-testid="partner-health-band">
              {th.bands[care.health.band]}
            </Badge>
          </Group>
        )}
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        care && (
          <Stack gap="md">
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {care.health.components.map((component) => (
                <Stack
                  component="li"
                  gap={2}
                  key={component.component}
                  data-testid="partner-health-component"
                >
                  <Group justify="space-between" gap="xs">
                    <Text fw={600}>{th.components[component.component]}</Text>
                    <Text size="sm" fw={600}>
                      {fill(th.points, { points: component.points, max: component.max })}
                    </Text>
                  </Group>
                  <Progress
                    value={(component.points / component.max) * 100}
                    color={
                      component.points / component.max >= 0.7
                        ? 'teal'
                        : component.points / component.max >= 0.4
                          ? 'yellow'
                          : 'red'
                    }
                    size="sm"
                    aria-hidden
                  />
                  <Text size="sm" c="dimmed">
                    {reasonText(component)}
                  </Text>
                </Stack>
              ))}
            </Stack>
            <Divider />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Stack gap={0}>
                <Text size="sm" c="dimmed">
                  {th.lastContact}
                </Text>
                <Text fw={600} data-testid="partner-health-last">
                  {care.lastContactOn ? date(care.lastContactOn) : th.never}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="sm" c="dimmed">
                  {th.nextContact}
                </Text>
                <Text
                  fw={600}
                  c={care.daysOverdue > 0 ? 'red.8' : undefined}
                  data-testid="partner-health-next"
                >
                  {date(care.nextContactDueOn)}
                </Text>
              </Stack>
            </SimpleGrid>
            <CadenceEditor
              key={`${care.cadence.days}:${care.cadence.overrideDays}`}
              care={care}
              canWrite={canWrite}
            />
            <Divider />
            <BeforeContacting care={care} />
          </Stack>
        )
      )}
    </Paper>
  );
}

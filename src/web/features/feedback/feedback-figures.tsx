import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { FeedbackSummary } from '../../../shared/contracts/feedback';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={800} fz={24} lh={1.2}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The institution's feedback figures over the last 12 months. */
export function FeedbackFigures({ summary }: { summary: FeedbackSummary }) {
  const { t, locale } = useT();
  const tf = t.feedbackUi;
  const number = (value: number, digits = 1) =>
    value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {tf.figuresTitle}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
        <Figure label={tf.figureSent} value={String(summary.sent)} testId="feedback-figure-sent" />
        <Figure
          label={tf.figureAnswered}
          value={String(summary.answered)}
          testId="feedback-figure-answered"
        />
        <Figure
          label={tf.figureResponseRate}
          value={summary.responseRate === null ? '—' : `${number(summary.responseRate * 100, 0)}%`}
          testId="feedback-figure-rate"
        />
        <Figure
          label={tf.figureAverage}
          value={summary.averageSatisfaction === null ? '—' : `${number(summary.averageSatisfaction)}/5`}
          testId="feedback-figure-average"
        />
        <Figure
          label={tf.figureNps}
          value={summary.netPromoterScore === null ? '—' : String(summary.netPromoterScore)}
          note={fill(tf.npsBands, {
            promoters: summary.promoters,
            passives: summary.passives,
            detractors: summary.detractors,
          })}
          testId="feedback-figure-nps"
        />
      </SimpleGrid>
    </Stack>
  );
}

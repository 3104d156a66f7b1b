import { Group, Text } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

/** A 1–5 score as stars with "n/5" beside them (the stars are decoration; the text is read out). */
export function FeedbackStars({ score, size = 'md' }: { score: number; size?: 'sm' | 'md' | 'xl' }) {
  const { t } = useT();
  return (
    <Group gap={6} wrap="nowrap" data-testid="feedback-stars">
      <Text span c="yellow.7" fz={size} aria-hidden lh={1}>
        {'★'.repeat(score)}
        <Text span c="gray.4" inherit>
          {'★'.repeat(Math.max(0, 5 - score))}
        </Text>
      </Text>
      <Text span fw={700} fz={size}>
        {fill(t.feedbackUi.scoreOutOf, { score })}
      </Text>
    </Group>
  );
}

import { Group, Stack, Text } from '@mantine/core';
import type { DeviationView } from '../../../shared/contracts/monitoring';
import { useT } from '../../lib/i18n';
import { deviationSentence } from './deviation-sentence';
import { SeverityBadge } from './severity-badge';

/** The partnership's deviations, most severe first, each as a sentence with its kind and severity. */
export function DeviationList({ deviations }: { deviations: readonly DeviationView[] }) {
  const { t, locale } = useT();
  return (
    <Stack gap="xs" data-testid="deviations">
      {deviations.map((deviation, index) => (
        <Group
          key={`${deviation.kind}-${deviation.itemId ?? deviation.activityId ?? deviation.party}-${index}`}
          gap="sm"
          wrap="nowrap"
          align="flex-start"
          data-testid={`deviation-${deviation.kind}`}
        >
          <SeverityBadge severity={deviation.severity} />
          <div>
            <Text size="sm">{deviationSentence(t, locale, deviation)}</Text>
            <Text size="xs" c="dimmed">
              {t.deviationKinds[deviation.kind]}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  );
}

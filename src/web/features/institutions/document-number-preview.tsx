import { Code, Group, Text } from '@mantine/core';
import {
  findDocumentNumberPatternProblem,
  formatDocumentNumber,
} from '../../../shared/domain/document-number';
import { timeZones, type TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { getZonedYearMonth } from '../../lib/format';
import { useT } from '../../lib/i18n';

interface DocumentNumberPreviewProps {
  pattern: string;
  unitCode: string;
  timeZone: string;
}

function toZone(value: string): TimeZoneCode {
  return timeZones.find((zone) => zone === value) ?? 'WIB';
}

/** Live example of the pattern: the first MoU of this month, in the institution's zone. */
export function DocumentNumberPreview({ pattern, unitCode, timeZone }: DocumentNumberPreviewProps) {
  const { t } = useT();
  const problem = findDocumentNumberPatternProblem(pattern.trim());
  const { year, month } = getZonedYearMonth(new Date(), toZone(timeZone));
  const example = problem
    ? null
    : formatDocumentNumber(pattern.trim(), { sequence: 1, kind: 'MOU', unit: unitCode.trim(), month, year });

  return (
    <Group gap="xs" aria-live="polite" data-testid="document-number-preview">
      <Text size="sm" c="dimmed">
        {t.institution.preview}:
      </Text>
      {example ? (
        <Code fz="sm" data-testid="document-number-example">
          {example}
        </Code>
      ) : (
        <Text size="sm" c="orange.8">
          {t.institution.previewUnavailable}
        </Text>
      )}
    </Group>
  );
}

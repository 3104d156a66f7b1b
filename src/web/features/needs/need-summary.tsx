import { Badge, Group, Text } from '@mantine/core';
import type { Need } from '../../../shared/contracts/needs';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';

const priorityColor = { high: 'red', medium: 'orange', low: 'gray' } as const;

/** What, how urgent, how many and when, in one wrapped line of badges and text. */
export function NeedSummary({ need }: { need: Need }) {
  const { t, locale } = useT();
  const me = useMe();
  const tn = t.needsUi;
  const date = (value: string) => formatShortDate(value, locale, me.institution.timeZone);
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light" color="teal">
        {t.partnerVocab.exchange[need.item]}
      </Badge>
      <Badge variant="light" color={priorityColor[need.priority]}>
        {t.needsUi.fieldPriority}: {t.needPriorities[need.priority]}
      </Badge>
      {need.status !== 'open' && <Badge variant="outline">{t.needStatuses[need.status]}</Badge>}
      {need.quantity !== null && <Text size="sm">{fill(tn.quantityValue, { count: need.quantity })}</Text>}
      {(need.periodStart || need.periodEnd) && (
        <Text size="sm" c="dimmed">
          {fill(tn.period, {
            start: need.periodStart ? date(need.periodStart) : '…',
            end: need.periodEnd ? date(need.periodEnd) : '…',
          })}
        </Text>
      )}
      {need.programme && (
        <Text size="sm" c="dimmed">
          {need.programme}
        </Text>
      )}
    </Group>
  );
}

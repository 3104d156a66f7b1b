import { Box, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { WorkPlanItemView } from '../../../shared/contracts/work-plans';
import type { ResponsibleParty } from '../../../shared/domain/work-plan-items';
import { fill } from '../../../shared/i18n/catalog';
import { formatShortDate, toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';

/** Months never narrower than "Agu 2026": on a phone the chart scrolls sideways instead of shrinking. */
const monthWidth = 64;
const labelWidth = 120;
export const partyColors: Record<ResponsibleParty, string> = {
  institution: 'var(--mantine-color-teal-6)',
  partner: 'var(--mantine-color-orange-6)',
  both: 'var(--mantine-color-indigo-6)',
};

interface MonthCell {
  year: number;
  month: number;
}

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function monthsBetween(first: string, last: string): MonthCell[] {
  const from = parts(first);
  const to = parts(last);
  const cells: MonthCell[] = [];
  let { year, month } = from;
  while (year < to.year || (year === to.year && month <= to.month)) {
    cells.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return cells;
}

/** Where a day sits on the chart, in months from the first month's start; `end` counts the whole day. */
function offsetOf(isoDate: string, start: MonthCell, end = false): number {
  const { year, month, day } = parts(isoDate);
  const index = (year - start.year) * 12 + (month - start.month);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return index + (day - (end ? 0 : 1)) / days;
}

/** The plan as a Gantt chart: one bar per activity across the months it spans, coloured by who does it. */
export function WorkPlanTimeline({ items }: { items: readonly WorkPlanItemView[] }) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {tu.timelineEmpty}
      </Text>
    );
  }
  const first = items.reduce((min, item) => (item.startsOn < min ? item.startsOn : min), items[0]!.startsOn);
  const last = items.reduce((max, item) => (item.endsOn > max ? item.endsOn : max), items[0]!.endsOn);
  const months = monthsBetween(first, last);
  const start = months[0]!;
  const monthLabel = new Intl.DateTimeFormat(toIntlLocale(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const minWidth = labelWidth + months.length * monthWidth;
  const sticky = {
    width: labelWidth,
    flex: 'none',
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: 'var(--mantine-color-body)',
  } as const;
  return (
    <Stack gap="xs" data-testid="work-plan-timeline">
      <div>
        <Title order={3} size="h5">
          {tu.timeline}
        </Title>
        <Text size="xs" c="dimmed">
          {tu.timelineHint}
        </Text>
        <Group gap="md" mt={4}>
          {(['institution', 'partner', 'both'] as const).map((party) => (
            <Group key={party} gap={6}>
              <Box w={14} h={10} style={{ borderRadius: 3, background: partyColors[party] }} />
              <Text size="xs">{t.responsibleParties[party]}</Text>
            </Group>
          ))}
        </Group>
      </div>
      <ScrollArea type="auto" offsetScrollbars viewportProps={{ tabIndex: 0 }}>
        <Box style={{ minWidth }} role="list" aria-label={tu.timeline}>
          <Box style={{ display: 'flex' }} aria-hidden>
            <Box style={sticky} />
            {months.map((cell) => (
              <Text
                key={`${cell.year}-${cell.month}`}
                size="xs"
                c="dimmed"
                ta="center"
                style={{ flex: '1 0 0', borderLeft: '1px solid var(--mantine-color-gray-3)' }}
                data-testid="timeline-month"
              >
                {monthLabel.format(new Date(Date.UTC(cell.year, cell.month - 1, 1)))}
              </Text>
            ))}
          </Box>
          {items.map((item) => {
            const left = offsetOf(item.startsOn, start);
            const width = offsetOf(item.endsOn, start, true) - left;
            const label = fill(tu.timelineBar, {
              activity: item.activity,
              from: formatShortDate(item.startsOn, locale, 'WIB'),
              to: formatShortDate(item.endsOn, locale, 'WIB'),
              party: t.responsibleParties[item.responsibleParty],
            });
            return (
              <Box
                key={item.id}
                role="listitem"
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  minHeight: 40,
                  borderTop: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <Text size="xs" lineClamp={2} style={{ ...sticky, paddingRight: 8 }}>
                  {item.activity}
                </Text>
                <Box
                  style={{
                    position: 'relative',
                    flex: '1 0 0',
                    height: 40,
                    backgroundImage: `repeating-linear-gradient(to right, var(--mantine-color-gray-2) 0 1px, transparent 1px ${100 / months.length}%)`,
                  }}
                >
                  <Box
                    title={label}
                    aria-label={label}
                    role="img"
                    data-testid="timeline-bar"
                    data-party={item.responsibleParty}
                    style={{
                      position: 'absolute',
                      left: `${(left / months.length) * 100}%`,
                      width: `max(6px, ${(width / months.length) * 100}%)`,
                      top: 11,
                      height: 18,
                      borderRadius: 4,
                      background: partyColors[item.responsibleParty],
                    }}
                  />
                </Box>
              </Box>
            );
          })}
        </Box>
      </ScrollArea>
    </Stack>
  );
}

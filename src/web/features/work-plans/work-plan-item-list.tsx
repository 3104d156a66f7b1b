import { keyboardScrollable } from '../../ui/keyboard-scrollable';
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { WorkPlanItemView } from '../../../shared/contracts/work-plans';
import type { Locale } from '../../../shared/contracts/auth';
import { formatNumber, formatRupiah, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { partyColors } from './work-plan-timeline';

interface WorkPlanItemListProps {
  items: readonly WorkPlanItemView[];
  /** Without it the list is read-only (the partner's page, a reader's role). */
  onEdit?: (index: number) => void;
  onRemove?: (index: number) => void;
}

function targetText(item: WorkPlanItemView, locale: Locale): string {
  return `${formatNumber(item.target.quantity, locale)} ${item.target.unit} ${item.target.description}`;
}

const partyTint: Record<WorkPlanItemView['responsibleParty'], string> = {
  institution: 'teal',
  partner: 'orange',
  both: 'indigo',
};

/** A tag that never truncates: "Lembaga" cut to "LEMBA…" would say nothing. */
function PartyTag({ item }: { item: WorkPlanItemView }) {
  const { t } = useT();
  const tint = partyTint[item.responsibleParty];
  return (
    <Text
      span
      size="xs"
      fw={700}
      c={`${tint}.8`}
      bg={`${tint}.0`}
      px={8}
      py={2}
      style={{ borderRadius: 999, whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {t.responsibleParties[item.responsibleParty]}
    </Text>
  );
}

function Aspirations({ item }: { item: WorkPlanItemView }) {
  const { t } = useT();
  return (
    <>
      {item.aspirations.institution && (
        <Text size="xs">
          {t.workPlansUi.aspirationInstitution}: {item.aspirations.institution}
        </Text>
      )}
      {item.aspirations.partner && (
        <Text size="xs">
          {t.workPlansUi.aspirationPartner}: {item.aspirations.partner}
        </Text>
      )}
      {item.evaluationNote && (
        <Text size="xs" c="grape.8" data-testid="item-evaluation-note">
          {t.activitiesUi.evaluationNote}: {item.evaluationNote}
        </Text>
      )}
    </>
  );
}

/** The plan's activities: a table on a desk, cards on a phone, each with every field a partner checks. */
export function WorkPlanItemList({ items, onEdit, onRemove }: WorkPlanItemListProps) {
  const { t, locale } = useT();
  const tu = t.workPlansUi;
  const period = (item: WorkPlanItemView) =>
    `${formatShortDate(item.startsOn, locale, 'WIB')} – ${formatShortDate(item.endsOn, locale, 'WIB')}`;
  const actions = (index: number) =>
    onEdit || onRemove ? (
      <Group gap={4}>
        {onEdit && (
          <Button size="compact-sm" variant="light" onClick={() => onEdit(index)} data-testid="item-edit">
            {tu.editItem}
          </Button>
        )}
        {onRemove && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onRemove(index)}>
            {tu.removeItem}
          </Button>
        )}
      </Group>
    ) : null;
  return (
    <>
      <Table.ScrollContainer minWidth={520} scrollAreaProps={keyboardScrollable} visibleFrom="sm">
        <Table verticalSpacing="xs" data-testid="work-plan-items-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{tu.activity}</Table.Th>
              <Table.Th>{tu.period}</Table.Th>
              <Table.Th ta="right">{tu.budget}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.id} data-testid="work-plan-item-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={600}>
                      {item.activity}
                    </Text>
                    <PartyTag item={item} />
                  </Group>
                  {item.responsiblePerson && (
                    <Text size="xs">
                      {tu.responsiblePerson}: {item.responsiblePerson}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {item.objective}
                  </Text>
                  <Text size="xs">
                    {tu.target}: {targetText(item, locale)}
                  </Text>
                  <Aspirations item={item} />
                  {(onEdit || onRemove) && (
                    <Group mt={4} gap={4}>
                      {actions(index)}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatShortDate(item.startsOn, locale, 'WIB')}</Text>
                  <Text size="sm">– {formatShortDate(item.endsOn, locale, 'WIB')}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatRupiah(item.budgetRupiah, locale, { withSen: true })}</Text>
                  <Text size="xs" c="dimmed">
                    {t.responsibleParties.institution}{' '}
                    {formatRupiah(item.contributions.institution, locale, { withSen: true })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t.responsibleParties.partner}{' '}
                    {formatRupiah(item.contributions.partner, locale, { withSen: true })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs" hiddenFrom="sm" data-testid="work-plan-item-cards">
        {items.map((item, index) => (
          <Paper
            key={item.id}
            withBorder
            radius="sm"
            p="sm"
            style={{ borderLeft: `4px solid ${partyColors[item.responsibleParty]}` }}
            data-testid="work-plan-item-card"
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text fw={600}>{item.activity}</Text>
              <PartyTag item={item} />
            </Group>
            <Text size="sm" c="dimmed">
              {item.objective}
            </Text>
            <Text size="sm" mt={4}>
              {period(item)}
              {item.responsiblePerson ? ` · ${item.responsiblePerson}` : ''}
            </Text>
            <Text size="sm">
              {tu.budget}: {formatRupiah(item.budgetRupiah, locale, { withSen: true })}
            </Text>
            <Text size="xs" c="dimmed">
              {t.responsibleParties.institution}{' '}
              {formatRupiah(item.contributions.institution, locale, { withSen: true })} ·{' '}
              {t.responsibleParties.partner}{' '}
              {formatRupiah(item.contributions.partner, locale, { withSen: true })}
            </Text>
            <Text size="sm">
              {tu.target}: {targetText(item, locale)}
            </Text>
            <Aspirations item={item} />
            {(onEdit || onRemove) && <Group mt="xs">{actions(index)}</Group>}
          </Paper>
        ))}
      </Stack>
    </>
  );
}

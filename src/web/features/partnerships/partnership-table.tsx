import { Alert, Table, Text } from '@mantine/core';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { TableFrame } from '../../ui/table-frame';
import { usePatternNames } from '../partnership-patterns/partnership-patterns-api';
import { MoveMenu } from './move-menu';
import type { PartnershipMover } from './use-move-partnership';

interface TableProps {
  partnerships: PartnershipSummary[];
  nameOf: (id: string | null) => string | null;
  mover: PartnershipMover;
  canWrite: boolean;
}

/** The list view of the board: the same partnerships and moves, one row each. */
export function PartnershipTable({ partnerships, nameOf, mover, canWrite }: TableProps) {
  const { t } = useT();
  const tu = t.partnershipsUi;
  const patterns = usePatternNames();
  return (
    <TableFrame minWidth={860}>
      <Table striped highlightOnHover data-testid="partnership-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{tu.name}</Table.Th>
            <Table.Th>{tu.partners}</Table.Th>
            <Table.Th>{tu.stage}</Table.Th>
            <Table.Th>{tu.pattern}</Table.Th>
            <Table.Th>{tu.facilitator}</Table.Th>
            {canWrite && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partnerships.map((item) => (
            <Table.Tr key={item.id} data-testid="partnership-row">
              <Table.Td>
                <AnchorLink to="/kemitraan/$partnershipId" params={{ partnershipId: item.id }} fw={600}>
                  {item.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{item.partners.map((partner) => partner.name).join(', ')}</Table.Td>
              <Table.Td>
                {t.partnershipStages[item.stage]}
                {mover.refusals[item.id] && (
                  <Alert color="orange" p={4} mt={4} data-testid="move-refusal">
                    <Text size="xs">{mover.refusals[item.id]}</Text>
                  </Alert>
                )}
              </Table.Td>
              <Table.Td>{item.pattern ? patterns.nameOf(item.pattern) : '—'}</Table.Td>
              <Table.Td>{nameOf(item.facilitatorUserId) ?? '—'}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <MoveMenu partnership={item} mover={mover} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}

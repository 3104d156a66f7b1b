import { useState } from 'react';
import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog } from '../../../shared/i18n/catalog';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import type { PartnerEditEntry } from '../../lib/offline/outbox-entry';
import { discard, requeue } from '../../lib/offline/sync-outbox';
import { partnerQueryKey } from './partner-api';
import {
  toPartnerFormValues,
  toPartnerRequest,
  type PartnerFieldName,
  type PartnerFormValues,
} from './partner-form-values';

function fieldLabels(t: Catalog): Record<PartnerFieldName, string> {
  const f = t.partnerForm;
  return {
    name: f.name,
    category: f.category,
    size: f.size,
    sector: f.sector,
    scope: f.scope,
    description: f.description,
    characteristics: f.characteristics,
    needs: f.needs,
    offers: f.offers,
    'region.provinceCode': t.regions.province,
    'region.regencyCode': t.regions.regency,
    'region.districtCode': t.regions.district,
    'region.villageCode': t.regions.village,
    address: f.address,
    'location.lat': f.latitude,
    'location.lng': f.longitude,
    'identifiers.nib': f.nib,
    'identifiers.npwp': f.npwp,
    'identifiers.kbliCode': f.kbliCode,
    'identifiers.kbliVersion': f.kbliVersion,
    'identifiers.cooperativeLegalNumber': f.cooperativeNumber,
    website: f.website,
    foundedOn: f.foundedOn,
    socialLinks: f.socialLinks,
    source: f.source,
    tags: f.tags,
    facilitatorUserId: f.facilitator,
  };
}

/**
 * Fields this edit changed that the server now holds differently: what the choice is about. A
 * field changed only on the server is not a conflict; it stays as the server has it either way.
 */
function conflictingFields(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  server: PartnerFormValues,
): PartnerFieldName[] {
  return (Object.keys(mine) as PartnerFieldName[]).filter(
    (name) => mine[name] !== base[name] && mine[name] !== server[name],
  );
}

/** The server's copy with this edit's own changes laid over it. */
function mergeEdit(
  base: PartnerFormValues,
  mine: PartnerFormValues,
  server: PartnerFormValues,
): PartnerFormValues {
  const merged = { ...server };
  for (const name of Object.keys(mine) as PartnerFieldName[]) {
    if (mine[name] !== base[name]) merged[name] = mine[name];
  }
  return merged;
}

/**
 * A partner edited on the phone while someone else saved it on the server: both versions side by
 * side, field by field, and the facilitator chooses. Nothing is overwritten without that choice.
 */
export function PartnerConflictModal({ entry, onClose }: { entry: PartnerEditEntry; onClose: () => void }) {
  const { t } = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const server = entry.server;
  if (!server) return null;
  const serverValues = toPartnerFormValues(server);
  const baseValues = entry.base as PartnerFormValues;
  const mineValues = entry.mine as PartnerFormValues;
  const labels = fieldLabels(t);
  const rows = conflictingFields(baseValues, mineValues, serverValues);
  const show = (value: string) => (value.trim() === '' ? t.offline.conflictEmpty : value);

  const keepMine = async () => {
    setBusy(true);
    const merged = toPartnerRequest(mergeEdit(baseValues, mineValues, serverValues));
    await requeue({ ...entry, server: null, body: { ...merged, version: server.version } });
    setBusy(false);
    onClose();
  };
  const keepServer = async () => {
    setBusy(true);
    queryClient.setQueryData(partnerQueryKey(server.id), server);
    await discard(entry);
    setBusy(false);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t.offline.conflictTitle} size="xl" fullScreen={phone}>
      <Stack gap="md" data-testid="partner-conflict">
        <Text size="sm">{fill(t.offline.conflictBody, { name: server.name })}</Text>
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder withColumnBorders layout="fixed" style={{ overflowWrap: 'anywhere' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.offline.conflictField}</Table.Th>
                <Table.Th>{t.offline.conflictServer}</Table.Th>
                <Table.Th>{t.offline.conflictMine}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((name) => (
                <Table.Tr key={name} data-testid={`conflict-row-${name}`}>
                  <Table.Th scope="row">{labels[name]}</Table.Th>
                  <Table.Td data-testid="conflict-server" style={{ whiteSpace: 'pre-wrap' }}>
                    {show(serverValues[name])}
                  </Table.Td>
                  <Table.Td data-testid="conflict-mine" style={{ whiteSpace: 'pre-wrap' }}>
                    {show(mineValues[name])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap="xs">
          <Button size="md" loading={busy} onClick={() => void keepMine()} data-testid="conflict-keep-mine">
            {t.offline.keepMine}
          </Button>
          <Button
            variant="default"
            size="md"
            loading={busy}
            onClick={() => void keepServer()}
            data-testid="conflict-keep-server"
          >
            {t.offline.keepServer}
          </Button>
        </Stack>
      </Stack>
    </Modal>
  );
}

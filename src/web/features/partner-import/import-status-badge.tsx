import { Badge } from '@mantine/core';
import type { PartnerImportRowStatus } from '../../../shared/domain/partner-import-fields';
import { useT } from '../../lib/i18n';

export const statusColors: Record<PartnerImportRowStatus, string> = {
  created: 'teal',
  updated: 'blue',
  duplicate: 'yellow',
  unchanged: 'gray',
  rejected: 'red',
};

export function ImportStatusBadge({ status }: { status: PartnerImportRowStatus }) {
  const { t } = useT();
  return (
    <Badge color={statusColors[status]} variant="light" data-testid="import-problem-status">
      {t.partnerImport.statuses[status]}
    </Badge>
  );
}

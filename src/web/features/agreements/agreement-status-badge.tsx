import { Badge } from '@mantine/core';
import type { AgreementStatus } from '../../../shared/domain/agreement-status';
import { useT } from '../../lib/i18n';

const colours: Record<AgreementStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  awaiting_signatures: 'violet',
  active: 'teal',
  expiring: 'orange',
  expired: 'red',
  terminated: 'dark',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useT();
  return (
    <Badge color={colours[status]} variant="light" data-testid="agreement-status" data-status={status}>
      {t.agreementStatusNames[status]}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import type { DeviationSeverity } from '../../../shared/domain/monitoring-vocabulary';
import { useT } from '../../lib/i18n';

const colours: Record<DeviationSeverity, string> = { high: 'red', medium: 'orange', low: 'yellow' };

export function SeverityBadge({ severity }: { severity: DeviationSeverity }) {
  const { t } = useT();
  return (
    <Badge
      color={colours[severity]}
      variant="light"
      style={{ flexShrink: 0 }}
      data-testid={`severity-${severity}`}
    >
      {t.deviationSeverities[severity]}
    </Badge>
  );
}

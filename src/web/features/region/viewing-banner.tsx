import { Alert, Button, Group, Text } from '@mantine/core';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { useViewingInstitution } from '../../lib/viewing-institution';
import { useSwitchViewing } from './use-switch-viewing';

/** Over every page while a supervisor looks at one of its institutions: whose data, and the way back. */
export function ViewingBanner() {
  const { t } = useT();
  const me = useMe();
  const viewing = useViewingInstitution();
  const switchViewing = useSwitchViewing();
  if (!viewing) return null;
  return (
    <Alert color="indigo" variant="light" mb="md" data-testid="viewing-banner">
      <Group justify="space-between" gap="sm">
        <Text fw={600}>{fill(t.regionUi.viewingBanner, { institution: me.institution.name })}</Text>
        {me.permissions.includes('reports.region') && (
          <Button
            size="xs"
            variant="white"
            onClick={() => void switchViewing(null)}
            data-testid="viewing-back"
          >
            {t.regionUi.backToRegion}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

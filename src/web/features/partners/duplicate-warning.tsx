import { forwardRef } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import type { DuplicateCandidate } from '../../../shared/contracts/partners';
import { useT } from '../../lib/i18n';

interface DuplicateWarningProps {
  candidates: DuplicateCandidate[];
  saving: boolean;
  onConfirm: () => void;
}

/** The server found likely duplicates and saved nothing: show them, and let the user save anyway. */
export const DuplicateWarning = forwardRef<HTMLDivElement, DuplicateWarningProps>(function DuplicateWarning(
  { candidates, saving, onConfirm },
  ref,
) {
  const { t } = useT();
  return (
    <Alert ref={ref} color="orange" title={t.partnerForm.duplicateTitle} data-testid="duplicate-warning">
      <Stack gap="sm">
        <Text size="sm">{t.partnerForm.duplicateBody}</Text>
        <List spacing={6} size="sm">
          {candidates.map((candidate) => (
            <List.Item key={candidate.id} data-testid="duplicate-candidate">
              <Anchor
                href={`/mitra/${encodeURIComponent(candidate.id)}`}
                target="_blank"
                rel="noopener"
                fw={600}
              >
                {candidate.name}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {' '}
                ({candidate.reasons.map((reason) => t.partnerVocab.duplicateReasons[reason]).join(', ')})
              </Text>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button color="orange" loading={saving} onClick={onConfirm} data-testid="duplicate-confirm">
            {t.partnerForm.duplicateConfirm}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
});

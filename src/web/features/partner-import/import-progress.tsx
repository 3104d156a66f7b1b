import { Paper, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '../../../shared/contracts/jobs';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';

/** Step 3: the job's progress, polled; the sentence says the page may be left. */
export function ImportProgress({ job }: { job: Job }) {
  const { t } = useT();
  const texts = t.partnerImport.progress;
  const percent = Math.round(job.progress * 100);
  const status = job.status === 'queued' ? texts.queued : fill(texts.running, { percent });
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="import-progress">
      <Stack gap="sm">
        <Text fw={700} role="status" aria-live="polite" data-testid="import-progress-text">
          {status}
        </Text>
        <Progress
          value={job.status === 'queued' ? 100 : Math.max(percent, 3)}
          striped
          animated
          size="xl"
          color={job.status === 'queued' ? 'gray' : undefined}
          aria-label={texts.label}
          aria-valuetext={status}
        />
        <Text size="sm" c="dimmed">
          {texts.body}
        </Text>
      </Stack>
    </Paper>
  );
}

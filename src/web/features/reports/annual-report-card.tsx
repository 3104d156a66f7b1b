import { useState } from 'react';
import { Alert, Button, Group, Paper, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import {
  annualReportJobQueryOptions,
  startAnnualReport,
  type AnnualReportFormat,
  type AnnualReportJob,
} from './annual-report-api';

const formats: AnnualReportFormat[] = ['pdf', 'docx', 'xlsx'];
const yearsShown = 6;

function JobState({ job }: { job: AnnualReportJob }) {
  const { t } = useT();
  const texts = t.annualReportUi;
  if (job.status === 'failed') {
    return (
      <Alert color="red" title={texts.failed} role="alert" data-testid="annual-report-failed">
        {job.error?.message}
      </Alert>
    );
  }
  if (job.status === 'succeeded' && job.result && job.resultFileUrl) {
    return (
      <Alert
        color="green"
        title={fill(texts.ready, { format: job.result.format.toUpperCase(), year: job.result.year })}
      >
        <Button
          component="a"
          href={job.resultFileUrl}
          download={job.result.fileName}
          data-testid="annual-report-download"
        >
          {fill(texts.download, { fileName: job.result.fileName })}
        </Button>
      </Alert>
    );
  }
  const percent = Math.round(job.progress * 100);
  const status = job.status === 'queued' ? texts.queued : fill(texts.running, { percent });
  return (
    <Stack gap={6} data-testid="annual-report-progress">
      <Text fw={600} role="status" aria-live="polite">
        {status}
      </Text>
      <Progress
        value={job.status === 'queued' ? 100 : Math.max(percent, 3)}
        striped
        animated
        size="lg"
        aria-label={texts.progressLabel}
        aria-valuetext={status}
      />
    </Stack>
  );
}

/** The annual report: choose a year, make one format as a background job, then download it. */
export function AnnualReportCard() {
  const { t } = useT();
  const texts = t.annualReportUi;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const [jobId, setJobId] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: (format: AnnualReportFormat) => startAnnualReport(Number(year), format),
    onSuccess: (job) => {
      queryClient.setQueryData(annualReportJobQueryOptions(job.id).queryKey, job);
      setJobId(job.id);
    },
    onMutate: () => setJobId(null),
  });
  const job = useQuery({ ...annualReportJobQueryOptions(jobId ?? ''), enabled: jobId !== null });
  const busy = start.isPending || job.data?.status === 'queued' || job.data?.status === 'running';
  const labels: Record<AnnualReportFormat, string> = {
    pdf: texts.makePdf,
    docx: texts.makeDocx,
    xlsx: texts.makeXlsx,
  };
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="annual-report-card">
      <Stack gap="md">
        <Title order={2} size="h3">
          {texts.heading}
        </Title>
        <Text size="sm" c="dimmed">
          {texts.intro}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={texts.year}
            data={Array.from({ length: yearsShown }, (_, i) => String(thisYear - i))}
            value={year}
            onChange={(value) => value && setYear(value)}
            allowDeselect={false}
            w={120}
            data-testid="annual-report-year"
          />
          {formats.map((format) => (
            <Button
              key={format}
              variant={format === 'pdf' ? 'filled' : 'light'}
              onClick={() => start.mutate(format)}
              disabled={busy}
              loading={start.isPending && start.variables === format}
              data-testid={`annual-report-make-${format}`}
            >
              {labels[format]}
            </Button>
          ))}
        </Group>
        {start.error ? <ErrorAlert error={start.error} title={texts.failed} /> : null}
        {job.error ? <ErrorAlert error={job.error} title={texts.failed} /> : null}
        {job.data ? <JobState job={job.data} /> : null}
      </Stack>
    </Paper>
  );
}

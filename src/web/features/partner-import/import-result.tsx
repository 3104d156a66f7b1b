import type { ReactNode } from 'react';
import { Alert, Button, Flex, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PartnerImportResult } from '../../../shared/contracts/partner-import';
import { partnerImportRowStatuses } from '../../../shared/domain/partner-import-fields';
import { fill } from '../../../shared/i18n/catalog';
import { toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ImportProblems } from './import-problems';
import { statusColors } from './import-status-badge';

// On a narrow phone the long label wraps instead of being cut off.
const wrappingLabel = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

interface ImportResultProps {
  result: PartnerImportResult;
  reportUrl: string | null;
  actions: ReactNode;
}

/** Step 4: how many rows went where, the rows that need a look, and the full report to download. */
export function ImportResult({ result, reportUrl, actions }: ImportResultProps) {
  const { t, locale } = useT();
  const texts = t.partnerImport.result;
  const number = (value: number) => value.toLocaleString(toIntlLocale(locale));
  return (
    <Stack gap="lg" data-testid="import-result">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {texts.doneTitle}
            </Title>
            <Text c="dimmed" data-testid="import-total">
              {fill(texts.summary, { total: number(result.totalRows) })}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="sm">
            {partnerImportRowStatuses.map((status) => (
              <Paper
                key={status}
                withBorder
                radius="md"
                p="sm"
                data-testid={`import-count-${status}`}
                data-count={result.counts[status]}
                style={{ borderLeft: `4px solid var(--mantine-color-${statusColors[status]}-6)` }}
              >
                <Text size="xl" fw={700} lh={1.2}>
                  {number(result.counts[status])}
                </Text>
                <Text size="sm" c="dimmed">
                  {t.partnerImport.statuses[status]}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Flex direction={{ base: 'column', sm: 'row' }} gap="sm" wrap="wrap">
            {reportUrl && (
              <Button
                component="a"
                href={reportUrl}
                download
                size="md"
                h="auto"
                mih={42}
                py={8}
                styles={wrappingLabel}
                data-testid="import-report"
              >
                {texts.download}
              </Button>
            )}
            {actions}
          </Flex>
        </Stack>
      </Paper>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {texts.problemsTitle}
        </Title>
        {result.problems.length === 0 ? (
          <Alert color="teal" data-testid="import-no-problems">
            {texts.noProblems}
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {texts.problemsIntro}
            </Text>
            {result.problemsTruncated && (
              <Alert color="blue" data-testid="import-truncated">
                {fill(texts.truncated, { count: number(result.problems.length) })}
              </Alert>
            )}
            <ImportProblems rows={result.problems} />
          </>
        )}
      </Stack>
    </Stack>
  );
}

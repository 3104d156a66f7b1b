import { keyboardScrollable } from '../../ui/keyboard-scrollable';
import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { Evaluation, FollowUpRow } from '../../../shared/contracts/evaluations';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { followUpPlanUrl, replaceFollowUpRows } from './evaluations-api';
import { useSaveEvaluation } from './use-save-evaluation';

type RowValues = Omit<FollowUpRow, 'id'>;
const fields = ['activity', 'target', 'timing', 'personResponsible', 'successIndicator'] as const;
const blank: RowValues = {
  activity: '',
  target: '',
  timing: '',
  personResponsible: '',
  successIndicator: '',
};

/** Rencana Tindak Lanjut (guide step 11): five columns, every row whole, downloadable as XLSX and PDF. */
export function FollowUpRowsEditor({ evaluation, canWrite }: { evaluation: Evaluation; canWrite: boolean }) {
  const { t } = useT();
  const tu = t.evaluationsUi;
  const heads: Record<(typeof fields)[number], string> = {
    activity: tu.rtlActivity,
    target: tu.rtlTarget,
    timing: tu.rtlTiming,
    personResponsible: tu.rtlPerson,
    successIndicator: tu.rtlIndicator,
  };
  const [rows, setRows] = useState<RowValues[]>(() =>
    evaluation.followUpRows.map(({ id: _id, ...row }) => row),
  );
  const save = useSaveEvaluation(
    evaluation,
    () => replaceFollowUpRows(evaluation.id, { version: evaluation.version, rows }),
    tu.saved,
  );
  const saved = evaluation.followUpRows.length > 0;
  return (
    <Paper withBorder radius="md" p="md" data-testid="evaluation-rtl">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h4">
            {tu.rtlTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {tu.rtlIntro}
          </Text>
        </div>
        {saved && (
          <Group gap="xs">
            <Button
              component="a"
              variant="light"
              href={followUpPlanUrl(evaluation.id, 'xlsx')}
              download
              data-testid="rtl-download-xlsx"
            >
              {tu.downloadXlsx}
            </Button>
            <Button
              component="a"
              variant="light"
              href={followUpPlanUrl(evaluation.id, 'pdf')}
              download
              data-testid="rtl-download-pdf"
            >
              {tu.downloadPdf}
            </Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={820} scrollAreaProps={keyboardScrollable}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              {fields.map((field) => (
                <Table.Th key={field}>{heads[field]}</Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index} data-testid={`rtl-row-${index}`}>
                {fields.map((field) => (
                  <Table.Td key={field}>
                    <Textarea
                      aria-label={heads[field]}
                      value={row[field]}
                      autosize
                      minRows={1}
                      readOnly={!canWrite}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setRows(
                          rows.map((current, at) =>
                            at === index ? { ...current, [field]: value } : current,
                          ),
                        );
                      }}
                      data-testid={`rtl-${field}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  {canWrite && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={tu.remove}
                      onClick={() => setRows(rows.filter((_, at) => at !== index))}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs" mt="xs">
        {save.error && <ErrorAlert error={save.error} />}
        {canWrite && (
          <Group justify="space-between">
            <Button variant="default" onClick={() => setRows([...rows, blank])} data-testid="rtl-add">
              {tu.addRow}
            </Button>
            <Button onClick={() => save.mutate(undefined)} loading={save.isPending} data-testid="rtl-save">
              {tu.saveRows}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

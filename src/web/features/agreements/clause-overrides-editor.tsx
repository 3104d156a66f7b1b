import { Accordion, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { errorUnder, type PathErrors } from './agreement-field-errors';
import { clauseTemplatesQueryOptions } from './agreements-api';

interface ClauseOverridesEditorProps {
  kind: AgreementKind;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  errors: PathErrors;
  readOnly: boolean;
}

/** "Ubah teks pasal": this agreement's own wording of a library article; the library stays as it is. */
export function ClauseOverridesEditor({
  kind,
  value,
  onChange,
  errors,
  readOnly,
}: ClauseOverridesEditorProps) {
  const { t } = useT();
  const tf = t.agreementForm;
  const query = useQuery(clauseTemplatesQueryOptions(kind));
  const overridden = Object.keys(value).length;
  return (
    <Accordion variant="contained" data-testid="clause-overrides">
      <Accordion.Item value="clauses">
        <Accordion.Control>
          <Group gap="xs">
            <Text fw={600}>{tf.clauseEdits}</Text>
            {overridden > 0 && <Badge variant="light">{overridden}</Badge>}
          </Group>
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" c="dimmed" mb="sm">
            {tf.clauseEditsHint}
          </Text>
          {query.isPending ? (
            <PageLoader />
          ) : query.isError ? (
            <ErrorAlert error={query.error} />
          ) : (
            <Stack gap="md">
              {query.data.items.map((clause) => {
                const own = value[clause.key];
                const set = (text: string) => {
                  const next = { ...value };
                  if (text === clause.body || text.trim() === '') delete next[clause.key];
                  else next[clause.key] = text;
                  onChange(next);
                };
                return (
                  <Stack key={clause.key} gap={4} data-testid="clause-override">
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {clause.title}
                      </Text>
                      {own !== undefined && (
                        <Badge size="xs" color="orange" variant="light">
                          {tf.clauseOverridden}
                        </Badge>
                      )}
                    </Group>
                    <Textarea
                      aria-label={clause.title}
                      value={own ?? clause.body}
                      onChange={(event) => set(event.currentTarget.value)}
                      readOnly={readOnly}
                      autosize
                      minRows={2}
                      maxRows={12}
                      error={errorUnder(errors, `clauseOverrides.${clause.key}`)}
                    />
                    {own !== undefined && !readOnly && (
                      <Group>
                        <Button variant="subtle" size="xs" onClick={() => set(clause.body)}>
                          {tf.clauseReset}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                );
              })}
            </Stack>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

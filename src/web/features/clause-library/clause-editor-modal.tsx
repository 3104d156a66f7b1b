import { useRef, useState } from 'react';
import {
  Button,
  Group,
  Modal,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import {
  clauseTemplatesKey,
  namesFromDetails,
  saveClauseTemplate,
  unknownPlaceholders,
  type ClauseTemplate,
} from './clause-library-api';

interface ClauseEditorModalProps {
  clause: ClauseTemplate;
  kind: AgreementKind;
  placeholders: ReadonlyArray<{ name: string; description: string }>;
  onClose: () => void;
}

/** One article's text beside the values it may use; unknown `{{…}}` are named before anything is sent. */
export function ClauseEditorModal({ clause, kind, placeholders, onClose }: ClauseEditorModalProps) {
  const { t } = useT();
  const tc = t.clauseLibrary;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [body, setBody] = useState(clause.body);
  const [serverUnknown, setServerUnknown] = useState<string[] | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const known = new Set(placeholders.map((item) => item.name));
  const unknown = unknownPlaceholders(body, known);

  const save = useMutation({
    mutationFn: () => saveClauseTemplate(clause.key, kind, body),
    onSuccess: async (list) => {
      await queryClient.invalidateQueries({ queryKey: clauseTemplatesKey });
      const saved = list.items.find((item) => item.key === clause.key);
      notify.success(fill(tc.saved, { version: saved?.version ?? clause.version + 1 }));
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'CLAUSE_PLACEHOLDER_UNKNOWN')) setServerUnknown(namesFromDetails(error.details));
    },
  });

  const insert = (name: string) => {
    const textarea = textareaRef.current;
    const token = `{{${name}}}`;
    const start = textarea?.selectionStart ?? body.length;
    const end = textarea?.selectionEnd ?? body.length;
    const next = body.slice(0, start) + token + body.slice(end);
    setBody(next);
    setServerUnknown(null);
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const shownUnknown = unknown.length > 0 ? unknown : (serverUnknown ?? []);
  const fieldError =
    shownUnknown.length > 0
      ? fill(tc.unknown, { names: shownUnknown.map((name) => `{{${name}}}`).join(', ') })
      : serverUnknown !== null
        ? t.errors.CLAUSE_PLACEHOLDER_UNKNOWN
        : body.trim() === ''
          ? t.fields.required
          : undefined;

  return (
    <Modal
      opened
      onClose={onClose}
      title={fill(tc.editTitle, { title: clause.title })}
      size="xl"
      data-testid="clause-editor"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (unknown.length === 0 && body.trim() !== '') save.mutate();
        }}
      >
        <Stack gap="md">
          {save.isError && !isApiError(save.error, 'CLAUSE_PLACEHOLDER_UNKNOWN') && (
            <ErrorAlert error={save.error} />
          )}
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            <div style={{ gridColumn: 'span 2' }}>
              <Textarea
                ref={textareaRef}
                label={tc.body}
                description={tc.bodyHint}
                value={body}
                onChange={(event) => {
                  setBody(event.currentTarget.value);
                  setServerUnknown(null);
                }}
                error={fieldError}
                autosize
                minRows={10}
                maxRows={24}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                errorProps={{ 'data-testid': 'clause-unknown' }}
                data-testid="clause-body-input"
              />
            </div>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {tc.placeholders}
              </Text>
              <Text size="xs" c="dimmed">
                {tc.placeholdersHint}
              </Text>
              <ScrollArea.Autosize mah={420} type="auto">
                <Stack gap={4} data-testid="clause-placeholders">
                  {placeholders.map((item) => (
                    <UnstyledButton
                      key={item.name}
                      onClick={() => insert(item.name)}
                      p={6}
                      style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-3)' }}
                      data-testid="clause-placeholder"
                      data-name={item.name}
                    >
                      <Text size="xs" ff="monospace" fw={600}>
                        {`{{${item.name}}}`}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.description}
                      </Text>
                    </UnstyledButton>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Stack>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={unknown.length > 0 || body.trim() === ''}
              data-testid="clause-save"
            >
              {tc.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useState } from 'react';
import {
  Code,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MessageTemplate } from '../../../shared/contracts/messages';
import { messagePurposes, type MessagePurpose } from '../../../shared/domain/care-vocabulary';
import { greetingOccasionKeys, type GreetingOccasionKey } from '../../../shared/domain/greeting-audience';
import {
  messagePlaceholders,
  renderTemplate,
  unknownPlaceholders,
  type PlaceholderValues,
} from '../../../shared/domain/message-placeholders';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { FormModal } from '../../ui/form-modal';
import { useNotify } from '../../ui/use-notify';
import { createMessageTemplate, messageTemplatesQueryKey, updateMessageTemplate } from './message-api';

interface MessageTemplateEditorProps {
  /** An own template to edit, or a shipped one to start a replacement from, or null for a new one. */
  template: MessageTemplate | null;
  onClose: () => void;
}

/** Made-up values for the live preview (the same ones the hint names). */
function sampleValues(institutionName: string, senderName: string): PlaceholderValues {
  return {
    salam: 'Selamat pagi',
    sapaan: 'Bapak Andi',
    nama_kontak: 'Andi Wijaya',
    nama_mitra: 'Koperasi Maju Bersama',
    lembaga: institutionName,
    pengirim: senderName,
    jabatan_pengirim: 'Koordinator Kemitraan',
    momen: 'Hari Raya Idulfitri 1447 Hijriah',
    tahun: '1447 H',
    tanggal: 'Sabtu, 21 Maret 2026',
  };
}

export function MessageTemplateEditor({ template, onClose }: MessageTemplateEditorProps) {
  const { t } = useT();
  const tm = t.messagesUi;
  const me = useMe();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const own = template && !template.isDefault ? template : null;
  const [name, setName] = useState(template?.name ?? '');
  const [purpose, setPurpose] = useState<MessagePurpose>(template?.purpose ?? 'follow_up');
  const [occasionKey, setOccasionKey] = useState<string>(template?.occasionKey ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const save = useMutation({
    mutationFn: () => {
      const fields = {
        name,
        purpose,
        occasionKey: purpose === 'greeting' && occasionKey ? (occasionKey as GreetingOccasionKey) : null,
        subject: subject || null,
        body,
      };
      return own
        ? updateMessageTemplate(own.id, { ...fields, version: own.version ?? 1 })
        : createMessageTemplate(fields);
    },
    onSuccess: () => {
      notify.success(tm.templates.saved);
      void queryClient.invalidateQueries({ queryKey: messageTemplatesQueryKey });
      onClose();
    },
  });
  const values = sampleValues(me.institution.name, me.user.name);
  const unknown = [...new Set([...unknownPlaceholders(body), ...unknownPlaceholders(subject)])];
  return (
    <FormModal
      title={own ? tm.templates.edit : tm.templates.add}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
      saveLabel={tm.templates.save}
      cancelLabel={t.common.cancel}
      testId="template-form"
      saveTestId="template-save"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={tm.templates.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-testid="template-name"
        />
        <NativeSelect
          label={tm.purpose}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value as MessagePurpose)}
          data={messagePurposes.map((p) => ({ value: p, label: tm.purposes[p] }))}
          data-testid="template-purpose"
        />
      </SimpleGrid>
      {purpose === 'greeting' && (
        <NativeSelect
          label={tm.templates.occasion}
          value={occasionKey}
          onChange={(e) => setOccasionKey(e.currentTarget.value)}
          data={[
            { value: '', label: tm.templates.occasionNone },
            ...greetingOccasionKeys.map((key) => ({ value: key, label: tm.occasionKeys[key] })),
          ]}
          data-testid="template-occasion"
        />
      )}
      <TextInput
        label={tm.subject}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        data-testid="template-subject"
      />
      <Textarea
        label={tm.body}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={6}
        required
        data-testid="template-body"
      />
      <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="template-preview">
        <Stack gap={4}>
          <Title order={3} size="h6">
            {tm.templates.preview}
          </Title>
          <Text size="xs" c="dimmed">
            {tm.templates.previewHint}
          </Text>
          {unknown.length > 0 && (
            <Text size="sm" c="red" data-testid="template-unknown">
              {fill(tm.templates.unknownInPreview, { placeholders: unknown.map((p) => `{${p}}`).join(', ') })}
            </Text>
          )}
          {subject && (
            <Text size="sm" fw={600}>
              {renderTemplate(subject, values).text}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {renderTemplate(body, values).text}
          </Text>
        </Stack>
      </Paper>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {tm.templates.placeholders}
        </Text>
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {messagePlaceholders.map((p) => (
              <Table.Tr key={p}>
                <Table.Td>
                  <Code>{`{${p}}`}</Code>
                </Table.Td>
                <Table.Td>{tm.placeholderHelp[p]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </FormModal>
  );
}

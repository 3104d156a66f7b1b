import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageTemplate } from '../../../shared/contracts/messages';
import { messagePurposes } from '../../../shared/domain/care-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ConfirmModal } from '../../ui/confirm-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { PageLoader } from '../../ui/page-loader';
import { RequirePermission } from '../../ui/require-permission';
import { useNotify } from '../../ui/use-notify';
import {
  archiveMessageTemplate,
  messageTemplatesQueryKey,
  messageTemplatesQueryOptions,
} from './message-api';
import { MessageTemplateEditor } from './message-template-editor';

function TemplateCard({
  template,
  onEdit,
  onArchive,
}: {
  template: MessageTemplate;
  onEdit: () => void;
  onArchive: () => void;
}) {
  const { t } = useT();
  const tm = t.messagesUi;
  return (
    <Paper withBorder radius="sm" p="md" data-testid="template-card" data-template-id={template.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5">
            {template.name}
          </Title>
          <Group gap={4}>
            {template.occasionKey && (
              <Badge variant="light" tt="none">
                {tm.occasionKeys[template.occasionKey]}
              </Badge>
            )}
            <Badge
              variant={template.isDefault ? 'outline' : 'light'}
              color={template.isDefault ? 'gray' : 'teal'}
              tt="none"
            >
              {template.isDefault ? tm.templates.isDefault : tm.templates.isOwn}
            </Badge>
          </Group>
        </Group>
        {template.subject && (
          <Text size="sm" fw={600}>
            {template.subject}
          </Text>
        )}
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
          {template.body}
        </Text>
        <Group gap="xs" justify="flex-end">
          {!template.isDefault && (
            <Button variant="subtle" color="red" size="sm" onClick={onArchive}>
              {tm.templates.archive}
            </Button>
          )}
          <Button variant="default" size="sm" onClick={onEdit} data-testid="template-edit">
            {template.isDefault ? tm.templates.customize : tm.templates.edit}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function MessageTemplatesContent() {
  const { t } = useT();
  const tm = t.messagesUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const query = useQuery(messageTemplatesQueryOptions);
  const [editing, setEditing] = useState<MessageTemplate | 'new' | null>(null);
  const [archiving, setArchiving] = useState<MessageTemplate | null>(null);
  const archive = useMutation({
    mutationFn: (template: MessageTemplate) => archiveMessageTemplate(template.id, template.version ?? 1),
    onSuccess: () => {
      setArchiving(null);
      notify.success(tm.templates.archived);
      void queryClient.invalidateQueries({ queryKey: messageTemplatesQueryKey });
    },
    onError: (error) => {
      setArchiving(null);
      notify.error(error);
    },
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return (
    <>
      <PageHeader
        title={tm.templates.title}
        description={tm.templates.intro}
        actions={
          <Button onClick={() => setEditing('new')} data-testid="template-add">
            {tm.templates.add}
          </Button>
        }
      />
      <Stack gap="lg">
        {messagePurposes.map((purpose) => {
          const items = query.data.items.filter((item) => item.purpose === purpose);
          return (
            <Stack key={purpose} gap="xs" data-testid={`templates-${purpose}`}>
              <Title order={2} size="h4">
                {tm.purposes[purpose]}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                {items.map((template) => (
                  <TemplateCard
                    key={template.id}
                    template={template}
                    onEdit={() => setEditing(template)}
                    onArchive={() => setArchiving(template)}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          );
        })}
      </Stack>
      {editing && (
        <MessageTemplateEditor
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {archiving && (
        <ConfirmModal
          opened
          title={fill(tm.templates.archiveTitle, { name: archiving.name })}
          body={tm.templates.archiveBody}
          confirmLabel={tm.templates.archive}
          danger
          loading={archive.isPending}
          onConfirm={() => archive.mutate(archiving)}
          onClose={() => setArchiving(null)}
        />
      )}
    </>
  );
}

/** Pengaturan › Templat pesan: the shipped templates and the institution's own, with a live preview. */
export function MessageTemplatesPage() {
  return (
    <RequirePermission permission="messageTemplates.manage">
      <MessageTemplatesContent />
    </RequirePermission>
  );
}

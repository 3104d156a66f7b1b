import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMessageResponse, PreviewMessageRequest } from '../../../shared/contracts/messages';
import {
  messageChannels,
  messagePurposes,
  type MessageChannel,
  type MessagePurpose,
} from '../../../shared/domain/care-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { partnerQueryOptions } from '../partners/partner-api';
import {
  confirmMessage,
  createMessage,
  messagePreviewQueryOptions,
  messageTemplatesQueryOptions,
} from './message-api';
import { MessageOccasionPicker } from './message-occasion-picker';
import { MessagePartnerPicker } from './message-partner-picker';
import { MessagePreviewNotes } from './message-preview-notes';
import { MessageSendStep } from './message-send-step';

interface ComposeMessageModalProps {
  partnerId: string | null;
  purpose: MessagePurpose;
  occasionRef: string | null;
  onClose: () => void;
}

/** The composer: who, which channel and template, what to heed, the editable text; then send and ask. */
export function ComposeMessageModal(props: ComposeMessageModalProps) {
  const { t } = useT();
  const tm = t.messagesUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  // On a phone the composer takes the whole screen: the text and the WhatsApp button stay in reach.
  const isPhone = useMediaQuery('(max-width: 36em)') ?? false;
  const [partnerId, setPartnerId] = useState<string | null>(props.partnerId);
  const [contactId, setContactId] = useState<string | null>(null);
  const [channel, setChannel] = useState<MessageChannel>('whatsapp');
  const [purpose, setPurpose] = useState<MessagePurpose>(props.purpose);
  const [templateId, setTemplateId] = useState('');
  const [occasionRef, setOccasionRef] = useState(props.occasionRef ?? '');
  const [edited, setEdited] = useState<{ key: string; body: string; subject: string } | null>(null);
  const [result, setResult] = useState<CreateMessageResponse | null>(null);
  const [asking, setAsking] = useState(false);

  const partner = useQuery({ ...partnerQueryOptions(partnerId ?? ''), enabled: partnerId !== null });
  const contacts = partner.data?.contacts ?? [];
  const chosenContactId = contactId ?? contacts[0]?.id ?? null;
  const templates = useQuery(messageTemplatesQueryOptions);
  const request: PreviewMessageRequest | null =
    partnerId && chosenContactId
      ? {
          partnerId,
          contactId: chosenContactId,
          channel,
          purpose,
          templateId: templateId || null,
          occasionRef: purpose === 'greeting' && occasionRef ? occasionRef : null,
        }
      : null;
  const preview = useQuery({
    ...messagePreviewQueryOptions(request ?? ({} as PreviewMessageRequest)),
    enabled: request !== null,
  });
  const key = JSON.stringify(request);
  const draft =
    edited?.key === key
      ? edited
      : { key, body: preview.data?.body ?? '', subject: preview.data?.subject ?? '' };

  const finish = (message: string) => {
    notify.success(message);
    void queryClient.invalidateQueries();
    props.onClose();
  };
  const send = useMutation({
    mutationFn: () =>
      createMessage({
        ...request!,
        body: draft.body,
        subject: channel === 'email' ? draft.subject || null : null,
      }),
    onSuccess: (response) => {
      if (response.message.status === 'sent') finish(tm.emailSent);
      else if (response.message.status === 'failed') notify.warn(tm.emailFailed);
      else setResult(response);
    },
  });
  const answer = useMutation({
    mutationFn: (sent: boolean) => confirmMessage(result!.message.id, sent),
    onSuccess: (message) => finish(message.status === 'sent' ? tm.confirmedSent : tm.confirmedNotSent),
    onError: (error) => notify.error(error),
  });

  const purposeTemplates = (templates.data?.items ?? []).filter((tpl) => tpl.purpose === purpose);
  const blocked = preview.data?.blockedBy ?? null;
  const locked = result !== null;

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={tm.title}
      size="lg"
      fullScreen={isPhone}
      data-testid="message-modal"
    >
      <Stack gap="sm" data-testid="message-compose-form">
        {props.partnerId === null && (
          <MessagePartnerPicker
            value={partnerId}
            onChange={(id) => {
              setPartnerId(id);
              setContactId(null);
            }}
          />
        )}
        {partnerId && partner.isSuccess && contacts.length === 0 && (
          <Alert color="gray" variant="light">
            {tm.noContacts}
          </Alert>
        )}
        {contacts.length > 0 && (
          <NativeSelect
            label={tm.contact}
            value={chosenContactId ?? ''}
            onChange={(event) => setContactId(event.currentTarget.value)}
            data={contacts.map((c) => ({
              value: c.id,
              label: c.position ? `${c.name} — ${c.position}` : c.name,
            }))}
            disabled={locked}
            data-testid="message-contact"
          />
        )}
        <Group grow align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {tm.channel}
            </Text>
            <SegmentedControl
              value={channel}
              onChange={(value) => setChannel(value)}
              data={messageChannels.map((c) => ({ value: c, label: tm.channels[c] }))}
              disabled={locked}
              data-testid="message-channel"
            />
          </Stack>
          <NativeSelect
            label={tm.purpose}
            value={purpose}
            onChange={(event) => {
              setPurpose(event.currentTarget.value as MessagePurpose);
              setTemplateId('');
            }}
            data={messagePurposes.map((p) => ({ value: p, label: tm.purposes[p] }))}
            disabled={locked}
            data-testid="message-purpose"
          />
        </Group>
        {purpose === 'greeting' && !props.occasionRef && (
          <MessageOccasionPicker
            partnerId={partnerId}
            value={occasionRef}
            onChange={(ref) => {
              setOccasionRef(ref);
              setTemplateId('');
            }}
            disabled={locked}
          />
        )}
        <NativeSelect
          label={tm.template}
          value={templateId}
          onChange={(event) => setTemplateId(event.currentTarget.value)}
          data={[
            { value: '', label: tm.templateAuto },
            ...purposeTemplates.map((tpl) => ({
              value: tpl.id,
              label: tpl.isDefault ? fill(tm.templateDefault, { name: tpl.name }) : tpl.name,
            })),
          ]}
          disabled={locked}
          data-testid="message-template"
        />
        {preview.isFetching && !preview.data && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{tm.loading}</Text>
          </Group>
        )}
        {preview.isError && <ErrorAlert error={preview.error} />}
        {preview.data && (
          <>
            <MessagePreviewNotes preview={preview.data} />
            {channel === 'email' && (
              <TextInput
                label={tm.subject}
                value={draft.subject}
                onChange={(event) => setEdited({ ...draft, subject: event.currentTarget.value })}
                disabled={locked}
                data-testid="message-subject"
              />
            )}
            <Textarea
              label={tm.body}
              description={tm.bodyHint}
              value={draft.body}
              onChange={(event) => setEdited({ ...draft, body: event.currentTarget.value })}
              autosize
              minRows={6}
              maxRows={16}
              disabled={locked}
              data-testid="message-body"
            />
            {preview.data.missingPlaceholders.length > 0 && (
              <Text size="sm" c="orange" data-testid="message-missing">
                {fill(tm.missing, {
                  placeholders: preview.data.missingPlaceholders.map((p) => `{${p}}`).join(', '),
                })}
              </Text>
            )}
          </>
        )}
        {send.isError && <ErrorAlert error={send.error} />}
        {result ? (
          <MessageSendStep
            result={result}
            asking={asking}
            onOpened={() => setAsking(true)}
            onAnswer={(sent) => answer.mutate(sent)}
            answering={answer.isPending}
          />
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t.common.cancel}
            </Button>
            <Button
              onClick={() => send.mutate()}
              loading={send.isPending}
              disabled={!preview.data || blocked !== null || draft.body.trim().length < 2}
              data-testid="message-prepare"
            >
              {channel === 'email' && preview.data?.emailBySmtp ? tm.sendEmail : tm.prepare}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

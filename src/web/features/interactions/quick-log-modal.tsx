import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Collapse,
  Group,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createInteractionRequestSchema } from '../../../shared/contracts/interactions';
import {
  findingFields,
  interactionApproaches,
  interactionKinds,
  type FindingField,
  type InteractionApproach,
  type InteractionKind,
} from '../../../shared/domain/interaction-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { ApiError, isApiError } from '../../lib/api-client';
import { hasFieldErrors, placeFieldErrors, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { focusFirstError } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { freshOutboxFields, newOutboxKey } from '../../lib/offline/outbox-entry';
import { enqueue, isOffline } from '../../lib/offline/sync-outbox';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { AttachmentPicker } from './attachment-picker';
import { ChoiceButtons } from './choice-buttons';
import { createInteraction, interactionsQueryKey } from './interactions-api';
import { useAttachmentUploads, type ChosenAttachment } from './use-attachment-uploads';

interface QuickLogModalProps {
  partners: ReadonlyArray<{ id: string; name: string }>;
  partnershipId?: string;
  /**
   * Opened from a partner's page: its open partnerships, one of which the contact may be about.
   * With exactly one it is chosen already, since that is nearly always what the visit was for.
   */
  partnershipChoices?: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}

/** The device's local time as a datetime-local value (minutes), so "now" is the default. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const emptyFindings = Object.fromEntries(findingFields.map((field) => [field, ''])) as Record<
  FindingField,
  string
>;

/** Logging a visit or contact on a phone, standing in front of the partner: few taps, big targets. */
export function QuickLogModal({ partners, partnershipId, partnershipChoices, onClose }: QuickLogModalProps) {
  const { t } = useT();
  const tu = t.interactionsUi;
  const ta = t.attachmentsUi;
  const phone = useMediaQuery('(max-width: 48em)');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [chosenPartnershipId, setChosenPartnershipId] = useState<string | null>(
    partnershipChoices?.length === 1 ? partnershipChoices[0]!.id : null,
  );
  const [kind, setKind] = useState<InteractionKind>('visit');
  const [approach, setApproach] = useState<InteractionApproach>('personal');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState(emptyFindings);
  const [showFindings, setShowFindings] = useState(false);
  const [task, setTask] = useState('');
  const [dueOn, setDueOn] = useState('');
  const filled = findingFields.filter((field) => findings[field].trim() !== '').length;
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const attachments = useAttachmentUploads();
  const me = useMe();
  /** The record's idempotency key: the same whether it is sent now, again, or from the queue. */
  const [recordKey] = useState(newOutboxKey);
  /** Set once the record exists: from then on only the attachments are (re)sent. */
  const [savedId, setSavedId] = useState<string | null>(null);
  const [failedCount, setFailedCount] = useState(0);
  const uploadTotal = attachments.items.length;
  const uploadDone = attachments.items.filter(
    (item) => item.status === 'uploaded' || item.status === 'failed',
  ).length;

  const refresh = async () => {
    // A finding may open a gate, so the partnerships' moves are read again too.
    await queryClient.invalidateQueries({ queryKey: interactionsQueryKey });
    await queryClient.invalidateQueries({ queryKey: ['partnerships'] });
    // A follow-up task shows on the home card and in the menu's overdue count.
    await queryClient.invalidateQueries({ queryKey: ['follow-ups'] });
  };

  const body = () => ({
    kind,
    approach,
    occurredAt: occurredAt && !Number.isNaN(Date.parse(occurredAt)) ? new Date(occurredAt).toISOString() : '',
    partnerIds: partners.map((partner) => partner.id),
    partnershipId: partnershipId ?? chosenPartnershipId,
    summary: summary.trim() || null,
    findings: Object.fromEntries(findingFields.map((field) => [field, findings[field].trim() || null])),
    followUp: task.trim() || dueOn ? { task: task.trim(), dueOn } : null,
  });

  /** The form's values by the field keys the request's issues name (`followUp.dueOn`). */
  const fieldValues = (): Record<string, unknown> => ({
    occurredAt,
    summary,
    'followUp.task': task,
    'followUp.dueOn': dueOn,
    ...Object.fromEntries(findingFields.map((field) => [`findings.${field}`, findings[field]])),
  });

  /** Shows each problem under its field and moves focus to the first, opening the findings if one is there. */
  const showErrors = (fieldErrors: FieldErrors) => {
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).some((key) => key.startsWith('findings.'))) setShowFindings(true);
    focusFirstError(formRef.current);
  };

  /**
   * Checked here with the server's own schema before anything is sent or queued: offline, a record the
   * server would refuse would otherwise wait on the phone and be rejected hours later.
   */
  const checkBeforeSave = (): boolean => {
    const parsed = createInteractionRequestSchema.safeParse(body());
    if (parsed.success) return true;
    showErrors(toFieldErrors(parsed.error.issues, t, fieldValues()));
    return false;
  };

  /** On the phone until the connection returns: the record (unless the server has it) and its files. */
  const queue = async (createdId: string | null, files: ChosenAttachment[]) => {
    await enqueue({
      kind: 'interaction',
      ...freshOutboxFields(
        recordKey,
        me.user.id,
        `${t.interactionKinds[kind]} · ${partners.map((partner) => partner.name).join(', ')}`,
      ),
      createPath: '/interactions',
      body: body(),
      createdId,
      files: files
        .filter((item) => !item.tooLarge && item.status !== 'uploaded')
        .map((item) => ({
          key: item.idempotencyKey,
          name: item.file.name,
          type: item.file.type,
          blob: item.file,
          fields: {},
          sent: false,
        })),
    });
  };

  const save = useMutation({
    mutationFn: async () => {
      const chosen = await attachments.settled();
      let id = savedId;
      if (!id) {
        try {
          if (isOffline()) throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
          id = (await createInteraction(body(), recordKey)).id;
        } catch (error) {
          if (!isApiError(error, 'NETWORK_ERROR')) throw error;
          await queue(null, chosen);
          return { uploaded: 0, failed: 0, queued: true };
        }
        setSavedId(id);
        await refresh();
      }
      const result = await attachments.uploadAll(id);
      if (result.unsent.length === 0) return { ...result, queued: false };
      await queue(id, result.unsent);
      return { ...result, failed: result.failed - result.unsent.length, queued: true };
    },
    onError: (error) => {
      const placed = placeFieldErrors(error, t, fieldValues());
      if (placed) showErrors(placed);
    },
    onSuccess: async ({ uploaded, failed, queued }) => {
      if (queued) {
        notify.warn(t.offline.savedOffline);
        onClose();
        return;
      }
      setFailedCount(failed);
      if (uploaded > 0) await refresh();
      if (failed > 0) return;
      notify.success(uploaded > 0 ? fill(ta.savedAllUploaded, { count: uploaded }) : tu.saved);
      onClose();
    },
  });
  const uploading = save.isPending && savedId !== null;

  return (
    <Modal opened onClose={onClose} title={tu.log} fullScreen={phone} size="lg">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (savedId === null && !checkBeforeSave()) return;
          setErrors({});
          save.mutate();
        }}
        data-testid="quick-log-form"
      >
        <Stack gap="md">
          {save.isError && !hasFieldErrors(errors) && <ErrorAlert error={save.error} />}
          <Text size="sm" c="dimmed">
            {tu.partners}: {partners.map((partner) => partner.name).join(', ')}
          </Text>
          {!partnershipId && partnershipChoices && partnershipChoices.length > 0 && (
            <Select
              label={tu.partnership}
              description={tu.partnershipHint}
              data={partnershipChoices.map((item) => ({ value: item.id, label: item.name }))}
              value={chosenPartnershipId}
              onChange={setChosenPartnershipId}
              placeholder={tu.partnershipNone}
              clearable
              disabled={savedId !== null}
              size="md"
              data-testid="quick-log-partnership"
            />
          )}
          {/* Once saved, the record is final here; only its attachments can still be sent. */}
          <fieldset disabled={savedId !== null} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
            <Stack gap="md">
              <ChoiceButtons
                label={tu.kind}
                value={kind}
                onChange={setKind}
                options={interactionKinds.map((value) => ({ value, label: t.interactionKinds[value] }))}
                cols={{ base: 2, sm: 4 }}
                testId="quick-log-kind"
              />
              <ChoiceButtons
                label={tu.approach}
                value={approach}
                onChange={setApproach}
                options={interactionApproaches.map((value) => ({
                  value,
                  label: t.interactionApproaches[value],
                }))}
                cols={{ base: 1, sm: 3 }}
                testId="quick-log-approach"
              />
              <TextInput
                type="datetime-local"
                label={tu.occurredAt}
                value={occurredAt}
                onChange={(event) => setOccurredAt(event.currentTarget.value)}
                error={errors.occurredAt}
                required
                size="md"
                data-testid="quick-log-when"
              />
              <Textarea
                label={tu.summary}
                value={summary}
                onChange={(event) => setSummary(event.currentTarget.value)}
                error={errors.summary}
                autosize
                minRows={2}
                size="md"
                data-testid="quick-log-summary"
              />
              <Button
                variant="light"
                size="md"
                onClick={() => setShowFindings((open) => !open)}
                aria-expanded={showFindings}
                h="auto"
                mih={48}
                py={8}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                data-testid="quick-log-findings-toggle"
              >
                {tu.findings}
                {filled > 0 && ` · ${fill(tu.findingsCount, { count: filled })}`}
              </Button>
              <Collapse expanded={showFindings}>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {findingFields.map((field) => (
                    <Textarea
                      key={field}
                      label={t.interactionFindings[field]}
                      value={findings[field]}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setFindings((current) => ({ ...current, [field]: value }));
                      }}
                      error={errors[`findings.${field}`]}
                      autosize
                      minRows={1}
                      size="md"
                      data-testid={`quick-log-finding-${field}`}
                    />
                  ))}
                </SimpleGrid>
              </Collapse>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={`${tu.followUp}: ${tu.followUpTask}`}
                  value={task}
                  onChange={(event) => setTask(event.currentTarget.value)}
                  error={errors['followUp.task']}
                  required={dueOn !== ''}
                  size="md"
                  data-testid="quick-log-follow-up"
                />
                <TextInput
                  type="date"
                  label={tu.followUpDue}
                  value={dueOn}
                  onChange={(event) => setDueOn(event.currentTarget.value)}
                  error={errors['followUp.dueOn']}
                  required={task.trim() !== ''}
                  size="md"
                  data-testid="quick-log-follow-up-due"
                />
              </SimpleGrid>
            </Stack>
          </fieldset>
          <AttachmentPicker
            items={attachments.items}
            overflow={attachments.overflow}
            locked={savedId !== null}
            onAdd={attachments.add}
            onRemove={attachments.remove}
          />
          {savedId && failedCount > 0 && !save.isPending && (
            <Alert color="yellow" role="status" data-testid="quick-log-saved-with-failures">
              {fill(ta.savedWithFailures, { count: failedCount })}
            </Alert>
          )}
          {uploading && uploadTotal > 0 && (
            <Stack gap={4} data-testid="quick-log-upload-progress">
              <Text size="sm">
                {fill(ta.progress, { done: Math.min(uploadDone + 1, uploadTotal), total: uploadTotal })}
              </Text>
              <Progress value={(uploadDone / uploadTotal) * 100} size="md" />
            </Stack>
          )}
          <Group grow>
            <Button
              variant="default"
              size="lg"
              onClick={onClose}
              disabled={uploading}
              h="auto"
              mih={52}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              data-testid="quick-log-close"
            >
              {savedId ? ta.close : t.partnershipsUi.cancel}
            </Button>
            {(!savedId || attachments.retryable || save.isPending) && (
              <Button
                type="submit"
                size="lg"
                loading={save.isPending}
                h="auto"
                mih={52}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                data-testid="quick-log-save"
              >
                {savedId ? ta.retry : tu.save}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

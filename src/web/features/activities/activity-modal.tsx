import { useRef, useState } from 'react';
import {
  Button,
  FileInput,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityPlanItem } from '../../../shared/contracts/activities';
import {
  activityParties,
  activityStatuses,
  evidenceKinds,
  outcomeKinds,
  type EvidenceKind,
} from '../../../shared/domain/activity-vocabulary';
import { outcomeKindOfTarget } from '../../../shared/domain/outcome-kind-of-target';
import { fill } from '../../../shared/i18n/catalog';
import { ApiError, isApiError } from '../../lib/api-client';
import { useMe } from '../../lib/me-query';
import { freshOutboxFields, newOutboxKey } from '../../lib/offline/outbox-entry';
import { resizePhoto } from '../../lib/offline/resize-photo';
import { enqueue, isOffline } from '../../lib/offline/sync-outbox';
import { useNotify } from '../../ui/use-notify';
import { focusFirstError } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { RupiahInput } from '../work-plans/rupiah-input';
import { refreshAfterActivityChange, createActivity, updateActivity, uploadEvidence } from './activities-api';
import {
  activityToValues,
  emptyActivityValues,
  fieldOfRefusal,
  readActivityValues,
  unplannedValue,
  type ActivityFormValues,
} from './activity-form-values';

type ActivityBody = NonNullable<ReturnType<typeof readActivityValues>['body']>;

interface ActivityModalProps {
  partnershipId: string;
  planItems: readonly ActivityPlanItem[];
  /** Null: a new activity, for `item` when given. */
  activity: Activity | null;
  item: ActivityPlanItem | null;
  today: string;
  onClose: () => void;
}

/**
 * Records or edits an activity, with an optional piece of evidence sent right after it is saved. A
 * refused save keeps everything typed and puts the message under the field it concerns.
 */
export function ActivityModal({
  partnershipId,
  planItems,
  activity,
  item,
  today,
  onClose,
}: ActivityModalProps) {
  const { t, locale } = useT();
  const tu = t.activitiesUi;
  const phone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<Activity | null>(activity);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<EvidenceKind>('photo');
  const [caption, setCaption] = useState('');
  const me = useMe();
  const notify = useNotify();
  /** Idempotency keys: the same whether sent now, again, or from the offline queue. */
  const [recordKey] = useState(newOutboxKey);
  const [evidenceKey] = useState(newOutboxKey);
  const form = useFormValues<ActivityFormValues>(() =>
    activity ? activityToValues(activity, locale) : emptyActivityValues(item, today),
  );
  const { values, errors, field, setValue } = form;
  const chosenItem =
    planItems.find((candidate) => candidate.id === values.workPlanItemId) ?? saved?.planItem ?? null;

  /** A new activity waits on the phone when there is no connection, with its evidence. */
  const queue = async (body: ActivityBody, createdId: string | null, evidence: File | null) => {
    await enqueue({
      kind: 'activity',
      ...freshOutboxFields(recordKey, me.user.id, body.title),
      createPath: `/partnerships/${partnershipId}/activities`,
      body,
      createdId,
      files: evidence
        ? [
            {
              key: evidenceKey,
              name: evidence.name,
              type: evidence.type,
              blob: evidence,
              fields: { kind, ...(caption.trim() ? { caption: caption.trim() } : {}) },
              sent: false,
            },
          ]
        : [],
    });
  };

  const save = useMutation({
    mutationFn: async (body: ActivityBody): Promise<'saved' | 'queued'> => {
      const evidence = file && kind === 'photo' ? await resizePhoto(file) : file;
      let stored: Activity;
      try {
        if (!saved && isOffline()) throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
        stored = saved
          ? await updateActivity(saved.id, { ...body, version: saved.version })
          : await createActivity(partnershipId, body, recordKey);
      } catch (error) {
        // An edit of a stored activity needs the server's version; only a new one can wait.
        if (saved || !isApiError(error, 'NETWORK_ERROR')) throw error;
        await queue(body, null, evidence);
        return 'queued';
      }
      setSaved(stored);
      if (evidence) {
        try {
          await uploadEvidence(stored.id, evidence, kind, caption, evidenceKey);
        } catch (error) {
          if (activity || !isApiError(error, 'NETWORK_ERROR')) throw error;
          await queue(body, stored.id, evidence);
          return 'queued';
        }
        setFile(null);
        setCaption('');
      }
      return 'saved';
    },
    onSettled: () => void refreshAfterActivityChange(queryClient, partnershipId),
    onSuccess: (outcome) => {
      if (outcome === 'queued') notify.warn(t.offline.savedOffline);
      onClose();
    },
    onError: (error) => {
      const field = error instanceof ApiError ? fieldOfRefusal(error.details) : null;
      if (field && field in values && error instanceof ApiError && error.code !== 'VALIDATION_FAILED') {
        form.setErrors({ [field]: t.errors[error.code as keyof typeof t.errors] });
        form.setFormError(null);
      } else if (!form.applyError(error, t)) form.setFormError(error);
      requestAnimationFrame(() => focusFirstError(formRef.current));
    },
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readActivityValues(values, t, locale);
    if (read.errors) {
      form.setErrors(read.errors);
      requestAnimationFrame(() => focusFirstError(formRef.current));
      return;
    }
    save.mutate(read.body);
  };

  const chooseItem = (value: string | null) => {
    const next = planItems.find((candidate) => candidate.id === value) ?? null;
    setValue('workPlanItemId', value ?? unplannedValue);
    if (next) {
      if (!values.title.trim()) setValue('title', next.activity);
      setValue('carriedOutBy', next.responsibleParty);
      setValue('outcomeKind', outcomeKindOfTarget(next.target));
    }
  };

  return (
    <Modal opened onClose={onClose} title={saved ? tu.modalEdit : tu.modalNew} size="lg" fullScreen={phone}>
      <form ref={formRef} onSubmit={submit} noValidate data-testid="activity-form">
        <Stack gap="sm">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <Select
            label={tu.planItem}
            value={values.workPlanItemId}
            onChange={chooseItem}
            allowDeselect={false}
            error={errors.workPlanItemId}
            data={[
              ...planItems.map((candidate) => ({ value: candidate.id, label: candidate.activity })),
              ...(saved?.planItem && !planItems.some((p) => p.id === saved.planItem?.id)
                ? [{ value: saved.planItem.id, label: saved.planItem.activity }]
                : []),
              { value: unplannedValue, label: tu.unplannedOption },
            ]}
            data-testid="activity-item"
          />
          <TextInput {...field('title')} label={tu.activityTitle} data-testid="activity-title" />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {tu.status}
            </Text>
            <SegmentedControl
              fullWidth
              value={values.status}
              onChange={(value) => setValue('status', value)}
              data={activityStatuses.map((status) => ({ value: status, label: t.activityStatuses[status] }))}
              data-testid="activity-status"
            />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {tu.carriedOutBy}
            </Text>
            <SegmentedControl
              fullWidth
              value={values.carriedOutBy}
              onChange={(value) => setValue('carriedOutBy', value)}
              data={activityParties.map((party) => ({ value: party, label: t.activityParties[party] }))}
            />
          </div>
          <SimpleGrid cols={2}>
            <TextInput
              {...field('startedOn')}
              type="date"
              label={tu.startedOn}
              data-testid="activity-started-on"
            />
            <TextInput {...field('endedOn')} type="date" label={tu.endedOn} data-testid="activity-ended-on" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...field('actualQuantity')}
              label={tu.actualQuantity}
              inputMode="decimal"
              description={
                chosenItem
                  ? fill(tu.actualQuantityHint, {
                      target: `${chosenItem.target.quantity} ${chosenItem.target.unit} ${chosenItem.target.description}`,
                    })
                  : undefined
              }
              data-testid="activity-actual"
            />
            <Select
              label={tu.outcomeKind}
              value={values.outcomeKind}
              onChange={(value) => setValue('outcomeKind', value ?? 'other')}
              allowDeselect={false}
              data={outcomeKinds.map((kindOf) => ({ value: kindOf, label: t.outcomeKinds[kindOf] }))}
            />
          </SimpleGrid>
          <Textarea
            {...field('outputs')}
            label={tu.outputs}
            autosize
            minRows={2}
            data-testid="activity-outputs"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RupiahInput
              label={tu.institutionSpent}
              value={values.institutionSpentRupiah}
              error={errors.institutionSpentRupiah}
              hint={t.workPlansUi.rupiahHint}
              onChange={(value) => setValue('institutionSpentRupiah', value)}
              testId="activity-institution-spent"
            />
            <RupiahInput
              label={tu.partnerSpent}
              value={values.partnerSpentRupiah}
              error={errors.partnerSpentRupiah}
              hint={t.workPlansUi.rupiahHint}
              onChange={(value) => setValue('partnerSpentRupiah', value)}
              testId="activity-partner-spent"
            />
          </SimpleGrid>
          <Textarea {...field('notes')} label={tu.notes} autosize minRows={2} />
          <Stack gap={6} p="sm" bg="gray.0" style={{ borderRadius: 8 }}>
            <Text size="sm" fw={600}>
              {tu.addEvidence}
            </Text>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(value) => setKind(value)}
              data={evidenceKinds.map((option) => ({ value: option, label: t.evidenceKinds[option] }))}
              data-testid="activity-evidence-kind"
            />
            <FileInput
              label={tu.evidenceFile}
              description={tu.evidenceHint}
              value={file}
              onChange={setFile}
              clearable
              accept={
                kind === 'photo'
                  ? 'image/jpeg,image/png,image/webp'
                  : 'image/jpeg,image/png,image/webp,application/pdf'
              }
              data-testid="activity-evidence-file"
            />
            <TextInput
              label={tu.evidenceCaption}
              value={caption}
              onChange={(event) => setCaption(event.currentTarget.value)}
              data-testid="activity-evidence-caption"
            />
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="activity-save">
              {tu.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

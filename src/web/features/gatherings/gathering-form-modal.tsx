import { useState } from 'react';
import { Select, TextInput, Textarea } from '@mantine/core';
import type { GatheringSummary } from '../../../shared/contracts/gatherings';
import { gatheringStatuses, type GatheringStatus } from '../../../shared/domain/care-vocabulary';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { FormModal } from '../../ui/form-modal';
import { isoToLocalInput, localInputToIso, useSaveGathering } from './gatherings-api';

/** Plans a gathering or edits one (times typed in the institution's zone). */
export function GatheringFormModal({
  existing,
  onClose,
}: {
  existing: GatheringSummary | null;
  onClose: () => void;
}) {
  const { t } = useT();
  const tf = t.gatheringsUi.form;
  const zone = useMe().institution.timeZone;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [startsAt, setStartsAt] = useState(existing ? isoToLocalInput(existing.startsAt, zone) : '');
  const [endsAt, setEndsAt] = useState(existing ? isoToLocalInput(existing.endsAt, zone) : '');
  const [place, setPlace] = useState(existing?.place ?? '');
  const [agenda, setAgenda] = useState(existing?.agenda ?? '');
  const [status, setStatus] = useState<GatheringStatus>(existing?.status ?? 'planned');
  const save = useSaveGathering(existing);
  return (
    <FormModal
      title={existing ? tf.editTitle : tf.createTitle}
      onClose={onClose}
      onSubmit={() =>
        save.mutate(
          {
            title,
            startsAt: startsAt ? localInputToIso(startsAt, zone) : '',
            endsAt: endsAt ? localInputToIso(endsAt, zone) : '',
            place,
            agenda: agenda.trim() || null,
            ...(existing ? { status } : {}),
          },
          { onSuccess: onClose },
        )
      }
      error={save.error}
      saving={save.isPending}
      saveLabel={tf.save}
      cancelLabel={tf.cancel}
      testId="gathering-form"
      saveTestId="gathering-save"
    >
      <TextInput
        label={tf.title}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-testid="gathering-title"
      />
      <TextInput
        label={`${tf.startsAt} (${zone})`}
        type="datetime-local"
        required
        value={startsAt}
        onChange={(e) => setStartsAt(e.currentTarget.value)}
        data-testid="gathering-starts"
      />
      <TextInput
        label={`${tf.endsAt} (${zone})`}
        type="datetime-local"
        required
        value={endsAt}
        onChange={(e) => setEndsAt(e.currentTarget.value)}
        data-testid="gathering-ends"
      />
      <TextInput
        label={tf.place}
        required
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
        data-testid="gathering-place"
      />
      <Textarea
        label={tf.agenda}
        autosize
        minRows={2}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        data-testid="gathering-agenda"
      />
      {existing && (
        <Select
          label={tf.status}
          data={gatheringStatuses.map((s) => ({ value: s, label: t.gatheringsUi.statuses[s] }))}
          value={status}
          onChange={(value) => value && setStatus(value)}
          allowDeselect={false}
        />
      )}
    </FormModal>
  );
}

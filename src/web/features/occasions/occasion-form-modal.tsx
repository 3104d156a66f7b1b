import { useState } from 'react';
import { Checkbox, Select, TextInput } from '@mantine/core';
import { occasionKinds, type OccasionKind } from '../../../shared/domain/care-vocabulary';
import { useT } from '../../lib/i18n';
import { FormModal } from '../../ui/form-modal';
import { useSaveOccasion } from './occasions-api';
import { PartnerSelect } from './partner-select';

export interface EditableOccasion {
  id: string;
  version: number;
  kind: OccasionKind;
  title: string;
  date: string;
  repeatsYearly: boolean;
  partnerId: string | null;
  partnerName: string | null;
}

/** Adds or edits a product launch or custom occasion. */
export function OccasionFormModal({
  existing,
  onClose,
}: {
  existing: EditableOccasion | null;
  onClose: () => void;
}) {
  const { t } = useT();
  const tf = t.occasionsUi.form;
  const [kind, setKind] = useState<OccasionKind>(existing?.kind ?? 'product_launch');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [date, setDate] = useState(existing?.date ?? '');
  const [repeatsYearly, setRepeatsYearly] = useState(existing?.repeatsYearly ?? false);
  const [partnerId, setPartnerId] = useState<string | null>(existing?.partnerId ?? null);
  const save = useSaveOccasion(existing);
  return (
    <FormModal
      title={existing ? tf.editTitle : tf.createTitle}
      onClose={onClose}
      onSubmit={() => save.mutate({ kind, title, date, repeatsYearly, partnerId }, { onSuccess: onClose })}
      error={save.error}
      saving={save.isPending}
      saveLabel={tf.save}
      cancelLabel={tf.cancel}
      testId="occasion-form"
      saveTestId="occasion-save"
    >
      <Select
        label={tf.kind}
        data={occasionKinds.map((k) => ({ value: k, label: t.occasionsUi.kinds[k] }))}
        value={kind}
        onChange={(value) => value && setKind(value)}
        allowDeselect={false}
        data-testid="occasion-kind"
      />
      <TextInput
        label={tf.title}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-testid="occasion-title"
      />
      <TextInput
        label={tf.date}
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        data-testid="occasion-date"
      />
      <Checkbox
        label={tf.repeatsYearly}
        checked={repeatsYearly}
        onChange={(e) => setRepeatsYearly(e.currentTarget.checked)}
        data-testid="occasion-repeats"
      />
      <PartnerSelect
        label={tf.partner}
        placeholder={tf.partnerNone}
        value={partnerId}
        initialName={existing?.partnerName ?? null}
        onChange={setPartnerId}
        testId="occasion-partner"
      />
    </FormModal>
  );
}

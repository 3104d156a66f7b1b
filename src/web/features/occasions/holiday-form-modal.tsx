import { useState } from 'react';
import { Select, TextInput } from '@mantine/core';
import type { Holiday } from '../../../shared/contracts/occasions';
import { holidayKinds, type HolidayKind } from '../../../shared/domain/care-vocabulary';
import { holidayOccasionKeys, type HolidayOccasionKey } from '../../../shared/domain/official-holidays';
import { useT } from '../../lib/i18n';
import { FormModal } from '../../ui/form-modal';
import { useSaveHoliday } from './occasions-api';

/** Adds a holiday to a year or corrects one; the first change copies the year into the institution's list. */
export function HolidayFormModal({
  existing,
  year,
  onClose,
}: {
  existing: Holiday | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useT();
  const tu = t.occasionsUi;
  const th = tu.holidays;
  const [date, setDate] = useState(existing?.date ?? `${year}-01-01`);
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<HolidayKind>(existing?.kind ?? 'national_holiday');
  const [occasionKey, setOccasionKey] = useState<string | null>(existing?.occasionKey ?? null);
  const [label, setLabel] = useState(existing?.calendarYearLabel ?? '');
  const [decree, setDecree] = useState(existing?.sourceDecree ?? '');
  const save = useSaveHoliday(existing ? { id: existing.id, version: existing.version } : null);
  return (
    <FormModal
      title={existing ? th.editTitle : th.createTitle}
      onClose={onClose}
      onSubmit={() =>
        save.mutate(
          {
            date,
            name,
            kind,
            occasionKey: (occasionKey as HolidayOccasionKey | null) ?? null,
            calendarYearLabel: label.trim() || null,
            sourceDecree: decree.trim() || null,
          },
          { onSuccess: onClose },
        )
      }
      error={save.error}
      saving={save.isPending}
      saveLabel={tu.form.save}
      cancelLabel={tu.form.cancel}
      testId="holiday-form"
      saveTestId="holiday-save"
    >
      <TextInput
        label={th.date}
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        data-testid="holiday-date"
      />
      <TextInput
        label={th.name}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="holiday-name"
      />
      <Select
        label={th.kind}
        data={holidayKinds.map((k) => ({ value: k, label: tu.kinds[k] }))}
        value={kind}
        onChange={(value) => value && setKind(value)}
        allowDeselect={false}
      />
      <Select
        label={th.occasionKey}
        placeholder={th.occasionKeyNone}
        data={holidayOccasionKeys.map((k) => ({ value: k, label: k }))}
        value={occasionKey}
        onChange={setOccasionKey}
        clearable
      />
      <TextInput
        label={th.yearLabel}
        value={label}
        onChange={(e) => setLabel(e.currentTarget.value)}
        placeholder="1448 H"
      />
      <TextInput label={th.decree} value={decree} onChange={(e) => setDecree(e.currentTarget.value)} />
    </FormModal>
  );
}

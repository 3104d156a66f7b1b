import { useState } from 'react';
import { Group, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ValueRecord } from '../../../shared/contracts/value-records';
import {
  valueCategories,
  valueRecordKinds,
  type ValueCategory,
  type ValueRecordKind,
} from '../../../shared/domain/care-vocabulary';
import { useT } from '../../lib/i18n';
import { FormModal } from '../../ui/form-modal';
import { useNotify } from '../../ui/use-notify';
import { createValueRecord, updateValueRecord, valueRecordsQueryKey } from './value-records-api';

interface ValueRecordModalProps {
  partnerId: string;
  /** The record to change; a new one otherwise. */
  record: ValueRecord | null;
  today: string;
  onClose: () => void;
}

export function ValueRecordModal({ partnerId, record, today, onClose }: ValueRecordModalProps) {
  const { t } = useT();
  const tv = t.valueRecordsUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ValueRecordKind>(record?.kind ?? 'unique_value');
  const [category, setCategory] = useState<ValueCategory>(record?.category ?? 'workshop');
  const [title, setTitle] = useState(record?.title ?? '');
  const [description, setDescription] = useState(record?.description ?? '');
  const [givenOn, setGivenOn] = useState(record?.givenOn ?? today);
  const save = useMutation({
    mutationFn: () => {
      const body = { kind, category, title, description, givenOn };
      return record
        ? updateValueRecord(partnerId, record.id, { ...body, version: record.version })
        : createValueRecord(partnerId, body);
    },
    onSuccess: () => {
      notify.success(tv.saved);
      void queryClient.invalidateQueries({ queryKey: valueRecordsQueryKey(partnerId) });
      onClose();
    },
  });
  return (
    <FormModal
      title={record ? tv.editTitle : tv.addTitle}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
      saveLabel={tv.save}
      cancelLabel={t.common.cancel}
      testId="value-record-form"
      saveTestId="value-record-save"
    >
      <Group grow align="flex-start">
        <Select
          label={tv.kind}
          required
          allowDeselect={false}
          data={valueRecordKinds.map((value) => ({ value, label: tv.kinds[value] }))}
          value={kind}
          onChange={(value) => value && setKind(value)}
          data-testid="value-record-kind"
        />
        <Select
          label={tv.category}
          required
          allowDeselect={false}
          data={valueCategories.map((value) => ({ value, label: tv.categories[value] }))}
          value={category}
          onChange={(value) => value && setCategory(value)}
          data-testid="value-record-category"
        />
      </Group>
      <TextInput
        label={tv.title}
        required
        minLength={2}
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        data-testid="value-record-title"
      />
      <Textarea
        label={tv.description}
        autosize
        minRows={2}
        maxLength={4000}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        data-testid="value-record-description"
      />
      <TextInput
        type="date"
        label={tv.givenOn}
        required
        max={today}
        value={givenOn}
        onChange={(e) => setGivenOn(e.currentTarget.value)}
        data-testid="value-record-given-on"
      />
    </FormModal>
  );
}

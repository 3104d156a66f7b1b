import { useState } from 'react';
import { Group, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MonitoringVisit } from '../../../shared/contracts/monitoring';
import { useT } from '../../lib/i18n';
import { FormModal } from '../../ui/form-modal';
import { createVisit, monitoringQueryKey, updateVisit } from './monitoring-api';

interface VisitModalProps {
  partnershipId: string;
  visit?: MonitoringVisit;
  /** The institution's today, the default date of a new visit. */
  today: string;
  onClose: () => void;
}

const peopleOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Record or edit a monitoring visit: when, where, who came from each side, findings, recommendations. */
export function VisitModal({ partnershipId, visit, today, onClose }: VisitModalProps) {
  const { t } = useT();
  const tu = t.monitoringUi;
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    visitedOn: visit?.visitedOn ?? today,
    place: visit?.place ?? '',
    visitors: visit?.visitors.join('\n') ?? '',
    partnerAttendees: visit?.partnerAttendees.join('\n') ?? '',
    findings: visit?.findings ?? '',
    recommendations: visit?.recommendations ?? '',
  });
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...values,
        visitors: peopleOf(values.visitors),
        partnerAttendees: peopleOf(values.partnerAttendees),
      };
      return visit
        ? updateVisit(visit.id, { version: visit.version, ...body })
        : createVisit(partnershipId, body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: monitoringQueryKey(partnershipId) });
      onClose();
    },
  });

  return (
    <FormModal
      title={visit ? tu.editVisit : tu.addVisit}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
      saveLabel={tu.save}
      cancelLabel={tu.cancel}
      testId="visit-form"
      saveTestId="visit-save"
    >
      <Group grow>
        <TextInput
          type="date"
          label={tu.visitedOn}
          required
          value={values.visitedOn}
          onChange={(e) => set('visitedOn')(e.currentTarget.value)}
          data-testid="visit-date"
        />
        <TextInput
          label={tu.place}
          required
          value={values.place}
          onChange={(e) => set('place')(e.currentTarget.value)}
          data-testid="visit-place"
        />
      </Group>
      <Textarea
        label={tu.visitors}
        description={tu.peopleHint}
        required
        autosize
        minRows={2}
        value={values.visitors}
        onChange={(e) => set('visitors')(e.currentTarget.value)}
        data-testid="visit-visitors"
      />
      <Textarea
        label={tu.partnerAttendees}
        description={tu.peopleHint}
        required
        autosize
        minRows={2}
        value={values.partnerAttendees}
        onChange={(e) => set('partnerAttendees')(e.currentTarget.value)}
        data-testid="visit-partner-attendees"
      />
      <Textarea
        label={tu.findings}
        required
        autosize
        minRows={3}
        value={values.findings}
        onChange={(e) => set('findings')(e.currentTarget.value)}
        data-testid="visit-findings"
      />
      <Textarea
        label={tu.recommendations}
        autosize
        minRows={2}
        value={values.recommendations}
        onChange={(e) => set('recommendations')(e.currentTarget.value)}
        data-testid="visit-recommendations"
      />
    </FormModal>
  );
}

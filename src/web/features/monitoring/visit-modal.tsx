import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MonitoringVisit } from '../../../shared/contracts/monitoring';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
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
    <Modal opened onClose={onClose} title={visit ? tu.editVisit : tu.addVisit} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        data-testid="visit-form"
      >
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="visit-save">
              {tu.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

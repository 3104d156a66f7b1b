import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '../../../shared/contracts/meetings';
import {
  interestLevels,
  meetingOutcomes,
  type InterestLevel,
  type MeetingOutcome,
} from '../../../shared/domain/exploration-meetings';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { ChoiceButtons } from '../interactions/choice-buttons';
import { partnershipsQueryKey } from './partnerships-api';
import { updateMeeting } from './meetings-api';

interface MeetingOutcomeModalProps {
  partnershipId: string;
  meeting: Meeting;
  onClose: () => void;
}

/** Right after the audience: how it went, how interested the partner is, and what comes next. */
export function MeetingOutcomeModal({ partnershipId, meeting, onClose }: MeetingOutcomeModalProps) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const phone = useMediaQuery('(max-width: 48em)');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<MeetingOutcome>(meeting.outcome ?? 'positive');
  const [interest, setInterest] = useState<InterestLevel>(meeting.interestLevel ?? 'medium');
  const [notes, setNotes] = useState(meeting.outcomeNotes ?? '');
  const [nextStep, setNextStep] = useState(meeting.nextStep ?? '');

  const save = useMutation({
    mutationFn: () =>
      updateMeeting(partnershipId, meeting.id, {
        version: meeting.version,
        outcome,
        interestLevel: interest,
        outcomeNotes: notes.trim() || null,
        nextStep: nextStep.trim() || null,
      }),
    onSuccess: async () => {
      notify.success(tu.outcomeSaved);
      // The outcome may open the move to work planning: the partnership is read again too.
      await queryClient.invalidateQueries({ queryKey: partnershipsQueryKey });
      onClose();
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${tu.outcomeTitle}: ${meeting.title}`}
      fullScreen={phone}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        data-testid="meeting-outcome-form"
      >
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <ChoiceButtons
            label={tu.outcome}
            value={outcome}
            onChange={setOutcome}
            options={meetingOutcomes.map((value) => ({ value, label: t.meetingOutcomes[value] }))}
            cols={{ base: 1, sm: 3 }}
            testId="meeting-outcome"
          />
          <ChoiceButtons
            label={tu.interestLevel}
            value={interest}
            onChange={setInterest}
            options={interestLevels.map((value) => ({ value, label: t.interestLevels[value] }))}
            cols={{ base: 3 }}
            testId="meeting-interest"
          />
          <Textarea
            label={tu.outcomeNotes}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            autosize
            minRows={3}
            size="md"
            data-testid="meeting-outcome-notes"
          />
          <TextInput
            label={tu.nextStep}
            value={nextStep}
            onChange={(event) => setNextStep(event.currentTarget.value)}
            size="md"
            data-testid="meeting-next-step"
          />
          <Group grow>
            <Button variant="default" size="lg" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" size="lg" loading={save.isPending} data-testid="meeting-outcome-save">
              {tu.saveOutcome}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

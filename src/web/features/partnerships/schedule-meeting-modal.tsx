import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import type { Meeting } from '../../../shared/contracts/meetings';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { meetingKinds } from '../../../shared/domain/exploration-meetings';
import { fill } from '../../../shared/i18n/catalog';
import { revealElement } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { ChoiceButtons } from '../interactions/choice-buttons';
import { partnerQueryOptions } from '../partners/partner-api';
import { FreeAttendeesInput } from './free-attendees-input';
import {
  meetingToFormValues,
  newMeetingFormValues,
  rebaseFormValues,
  toMeetingRequest,
  withStoredChoices,
  type AttendeeChoice,
  type MeetingFormValues,
} from './meeting-form-values';
import { useFacilitators } from './use-facilitators';
import { useSaveMeeting } from './use-save-meeting';

interface ScheduleMeetingModalProps {
  partnership: Pick<Partnership, 'id' | 'name' | 'partners'>;
  /** The meeting to change; without it a new one is scheduled. */
  meeting?: Meeting;
  onClose: () => void;
}

const materialAccept = 'application/pdf,image/jpeg,image/png,image/webp';

/** The contact persons of every partner, as choices labelled with their partner. */
function usePartnerContacts(partners: Partnership['partners']) {
  const results = useQueries({ queries: partners.map((partner) => partnerQueryOptions(partner.id)) });
  const contacts: AttendeeChoice[] = results.flatMap((result) =>
    (result.data?.contacts ?? []).map((contact) => ({
      id: contact.id,
      name: contact.name,
      role: contact.position,
      label: `${contact.name}${contact.position ? `, ${contact.position}` : ''} (${result.data!.name})`,
    })),
  );
  return { contacts, loading: results.some((result) => result.isPending) };
}

/** Scheduling (or changing) an audience from a phone: the few fields an invitation needs, then the material. */
export function ScheduleMeetingModal({ partnership, meeting, onClose }: ScheduleMeetingModalProps) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const me = useMe();
  const zone = me.institution.timeZone;
  const phone = useMediaQuery('(max-width: 48em)');
  const facilitators = useFacilitators();
  const partnerContacts = usePartnerContacts(partnership.partners);
  // The meeting as last read: edits are sent against its version and compared with its values.
  const [base, setBase] = useState<Meeting | null>(meeting ?? null);
  const [original, setOriginal] = useState<MeetingFormValues>(() =>
    meeting
      ? meetingToFormValues(meeting, zone)
      : newMeetingFormValues(fill(tu.defaultTitle, { name: partnership.name }), me.user.id),
  );
  const [values, setValues] = useState<MeetingFormValues>(original);
  const [material, setMaterial] = useState<File | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const contacts = useMemo(
    () =>
      withStoredChoices(
        partnerContacts.contacts,
        (base?.attendees.partner ?? []).map((a) => ({ id: a.contactId, name: a.name, role: a.role })),
      ),
    [partnerContacts.contacts, base],
  );
  const users = useMemo(() => {
    const others = facilitators.options.filter((option) => option.value !== me.user.id);
    const stored = (base?.attendees.institution ?? []).map((a) => ({
      id: a.userId,
      name: a.name,
      role: a.role,
    }));
    // Accounts carry no role: a role written through the API stays with its attendee.
    const choices = [{ value: me.user.id, label: me.user.name }, ...others].map((option) => ({
      id: option.value,
      name: option.label,
      role: stored.find((a) => a.id === option.value)?.role ?? null,
      label: option.label,
    }));
    return withStoredChoices(choices, stored);
  }, [facilitators.options, me.user.id, me.user.name, base]);

  const { save, saved } = useSaveMeeting({
    partnershipId: partnership.id,
    base,
    onConflict: (latest) => {
      const latestValues = meetingToFormValues(latest, zone);
      setValues((typed) => rebaseFormValues(original, typed, latestValues));
      setOriginal(latestValues);
      setBase(latest);
      setReloaded(true);
    },
    onDone: onClose,
  });
  const locked = Boolean(saved);
  // The save button is at the bottom of a long form: the answer to it must come into view.
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.error) revealElement(alertRef.current);
  }, [save.error]);

  return (
    <Modal
      opened
      onClose={onClose}
      title={meeting ? tu.editTitle : tu.scheduleTitle}
      fullScreen={phone}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setReloaded(false);
          save.mutate({
            before: base ? toMeetingRequest(original, zone, contacts, users) : null,
            after: toMeetingRequest(values, zone, contacts, users),
            material,
          });
        }}
        data-testid="meeting-form"
      >
        <Stack gap="md">
          {save.isError && (
            <div ref={alertRef}>
              <ErrorAlert error={save.error}>
                {saved && <Text size="sm">{tu.savedUploadFailed}</Text>}
                {reloaded && <Text size="sm">{tu.conflictReloaded}</Text>}
              </ErrorAlert>
            </div>
          )}
          <ChoiceButtons
            label={tu.kind}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
            options={meetingKinds.map((value) => ({ value, label: t.meetingKinds[value] }))}
            cols={{ base: 1, xs: 3 }}
            testId="meeting-kind"
          />
          <TextInput
            label={tu.meetingTitle}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            required
            minLength={3}
            size="md"
            disabled={locked}
            data-testid="meeting-title"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={tu.startsAt}
              description={fill(tu.timeZoneHint, { zone })}
              value={values.startsAt}
              onChange={(event) => set('startsAt', event.currentTarget.value)}
              required
              size="md"
              disabled={locked}
              data-testid="meeting-starts"
            />
            <TextInput
              type="datetime-local"
              label={tu.endsAt}
              description={fill(tu.timeZoneHint, { zone })}
              value={values.endsAt}
              min={values.startsAt || undefined}
              onChange={(event) => set('endsAt', event.currentTarget.value)}
              size="md"
              disabled={locked}
              data-testid="meeting-ends"
            />
          </SimpleGrid>
          <TextInput
            label={tu.place}
            description={tu.placeHint}
            value={values.place}
            onChange={(event) => set('place', event.currentTarget.value)}
            size="md"
            disabled={locked}
            data-testid="meeting-place"
          />
          <TextInput
            type="url"
            label={tu.onlineLink}
            placeholder={tu.onlineLinkHint}
            value={values.onlineLink}
            onChange={(event) => set('onlineLink', event.currentTarget.value)}
            size="md"
            disabled={locked}
            data-testid="meeting-link"
          />
          <Stack gap={6}>
            <MultiSelect
              label={tu.partnerAttendees}
              placeholder={tu.partnerAttendeesHint}
              description={!partnerContacts.loading && contacts.length === 0 ? tu.noContacts : undefined}
              data={contacts.map((contact) => ({ value: contact.id, label: contact.label }))}
              value={values.contactIds}
              onChange={(ids) => set('contactIds', ids)}
              searchable
              size="md"
              disabled={locked}
              data-testid="meeting-partner-attendees"
            />
            <FreeAttendeesInput
              values={values.otherPartner}
              onChange={(list) => set('otherPartner', list)}
              disabled={locked}
              testId="meeting-other-partner"
            />
          </Stack>
          <Stack gap={6}>
            <MultiSelect
              label={tu.institutionAttendees}
              data={users.map((user) => ({ value: user.id, label: user.label }))}
              value={values.userIds}
              onChange={(ids) => set('userIds', ids)}
              searchable
              size="md"
              disabled={locked}
              data-testid="meeting-institution-attendees"
            />
            <FreeAttendeesInput
              values={values.otherInstitution}
              onChange={(list) => set('otherInstitution', list)}
              disabled={locked}
              testId="meeting-other-institution"
            />
          </Stack>
          <Textarea
            label={tu.agenda}
            placeholder={tu.agendaHint}
            value={values.agenda}
            onChange={(event) => set('agenda', event.currentTarget.value)}
            required
            minLength={3}
            autosize
            minRows={3}
            size="md"
            disabled={locked}
            data-testid="meeting-agenda"
          />
          <FileInput
            label={tu.material}
            placeholder={tu.materialHint}
            description={
              base?.material ? fill(tu.materialReplaceHint, { name: base.material.name }) : undefined
            }
            accept={materialAccept}
            value={material}
            onChange={setMaterial}
            clearable
            size="md"
            data-testid="meeting-material"
          />
          <Group grow>
            <Button variant="default" size="lg" onClick={onClose}>
              {tu.cancel}
            </Button>
            <Button type="submit" size="lg" loading={save.isPending} data-testid="meeting-save">
              {saved ? tu.retryUpload : tu.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

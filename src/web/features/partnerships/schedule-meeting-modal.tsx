import { useMemo, useState } from 'react';
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
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '../../../shared/contracts/meetings';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { meetingKinds, type MeetingKind } from '../../../shared/domain/exploration-meetings';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { ChoiceButtons } from '../interactions/choice-buttons';
import { partnerQueryOptions } from '../partners/partner-api';
import { createMeeting, meetingsQueryKey, uploadMeetingMaterial, zonedInputToIso } from './meetings-api';
import { useFacilitators } from './use-facilitators';

interface ScheduleMeetingModalProps {
  partnership: Pick<Partnership, 'id' | 'name' | 'partners'>;
  onClose: () => void;
}

const materialAccept = 'application/pdf,image/jpeg,image/png,image/webp';

/** The contact persons of every partner, as choices labelled with their partner. */
function usePartnerContacts(partners: Partnership['partners']) {
  const results = useQueries({ queries: partners.map((partner) => partnerQueryOptions(partner.id)) });
  const contacts = results.flatMap((result) =>
    (result.data?.contacts ?? []).map((contact) => ({
      id: contact.id,
      name: contact.name,
      role: contact.position,
      label: `${contact.name}${contact.position ? `, ${contact.position}` : ''} (${result.data!.name})`,
    })),
  );
  return { contacts, loading: results.some((result) => result.isPending) };
}

/** Scheduling an audience from a phone: the few fields an invitation needs, then the material. */
export function ScheduleMeetingModal({ partnership, onClose }: ScheduleMeetingModalProps) {
  const { t } = useT();
  const tu = t.meetingsUi;
  const me = useMe();
  const zone = me.institution.timeZone;
  const phone = useMediaQuery('(max-width: 48em)');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const facilitators = useFacilitators();
  const { contacts, loading } = usePartnerContacts(partnership.partners);
  const [kind, setKind] = useState<MeetingKind>('audience');
  const [title, setTitle] = useState(() => fill(tu.defaultTitle, { name: partnership.name }));
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineLink, setOnlineLink] = useState('');
  const [agenda, setAgenda] = useState('');
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([me.user.id]);
  const [material, setMaterial] = useState<File | null>(null);
  // Kept once the schedule is saved, so a failed upload is retried without a second meeting.
  const [saved, setSaved] = useState<Meeting | null>(null);

  const userOptions = useMemo(() => {
    const options = facilitators.options.filter((option) => option.value !== me.user.id);
    return [{ value: me.user.id, label: me.user.name }, ...options];
  }, [facilitators.options, me.user.id, me.user.name]);

  const save = useMutation({
    mutationFn: async () => {
      const meeting =
        saved ??
        (await createMeeting(partnership.id, {
          kind,
          title: title.trim(),
          startsAt: zonedInputToIso(startsAt, zone),
          endsAt: endsAt ? zonedInputToIso(endsAt, zone) : null,
          place: place.trim() || null,
          onlineLink: onlineLink.trim() || null,
          agenda: agenda.trim(),
          attendees: {
            partner: contacts
              .filter((contact) => contactIds.includes(contact.id))
              .map((contact) => ({ contactId: contact.id, name: contact.name, role: contact.role })),
            institution: userOptions
              .filter((option) => userIds.includes(option.value))
              .map((option) => ({ userId: option.value, name: option.label })),
          },
        }));
      setSaved(meeting);
      if (material) await uploadMeetingMaterial(partnership.id, meeting.id, material);
    },
    onSuccess: async () => {
      notify.success(tu.scheduled);
      await queryClient.invalidateQueries({ queryKey: meetingsQueryKey(partnership.id) });
      onClose();
    },
    onError: async () => {
      if (saved) await queryClient.invalidateQueries({ queryKey: meetingsQueryKey(partnership.id) });
    },
  });

  return (
    <Modal opened onClose={onClose} title={tu.scheduleTitle} fullScreen={phone} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        data-testid="meeting-form"
      >
        <Stack gap="md">
          {save.isError && (
            <ErrorAlert error={save.error}>
              {saved && <Text size="sm">{tu.savedUploadFailed}</Text>}
            </ErrorAlert>
          )}
          <ChoiceButtons
            label={tu.kind}
            value={kind}
            onChange={setKind}
            options={meetingKinds.map((value) => ({ value, label: t.meetingKinds[value] }))}
            cols={{ base: 1, xs: 3 }}
            testId="meeting-kind"
          />
          <TextInput
            label={tu.meetingTitle}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            required
            minLength={3}
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-title"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={tu.startsAt}
              description={fill(tu.timeZoneHint, { zone })}
              value={startsAt}
              onChange={(event) => setStartsAt(event.currentTarget.value)}
              required
              size="md"
              disabled={Boolean(saved)}
              data-testid="meeting-starts"
            />
            <TextInput
              type="datetime-local"
              label={tu.endsAt}
              description={fill(tu.timeZoneHint, { zone })}
              value={endsAt}
              min={startsAt || undefined}
              onChange={(event) => setEndsAt(event.currentTarget.value)}
              size="md"
              disabled={Boolean(saved)}
              data-testid="meeting-ends"
            />
          </SimpleGrid>
          <TextInput
            label={tu.place}
            description={tu.placeHint}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-place"
          />
          <TextInput
            type="url"
            label={tu.onlineLink}
            placeholder={tu.onlineLinkHint}
            value={onlineLink}
            onChange={(event) => setOnlineLink(event.currentTarget.value)}
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-link"
          />
          <MultiSelect
            label={tu.partnerAttendees}
            placeholder={tu.partnerAttendeesHint}
            description={!loading && contacts.length === 0 ? tu.noContacts : undefined}
            data={contacts.map((contact) => ({ value: contact.id, label: contact.label }))}
            value={contactIds}
            onChange={setContactIds}
            searchable
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-partner-attendees"
          />
          <MultiSelect
            label={tu.institutionAttendees}
            data={userOptions}
            value={userIds}
            onChange={setUserIds}
            searchable
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-institution-attendees"
          />
          <Textarea
            label={tu.agenda}
            placeholder={tu.agendaHint}
            value={agenda}
            onChange={(event) => setAgenda(event.currentTarget.value)}
            required
            minLength={3}
            autosize
            minRows={3}
            size="md"
            disabled={Boolean(saved)}
            data-testid="meeting-agenda"
          />
          <FileInput
            label={tu.material}
            placeholder={tu.materialHint}
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

import { useRef, useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Partnership } from '../../../shared/contracts/partnerships';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import { fill } from '../../../shared/i18n/catalog';
import { focusFirstError } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { partnerQueryOptions } from '../partners/partner-api';
import { errorAt, errorsFromSave, type PathErrors } from './agreement-field-errors';
import { agreementQueryKey, agreementsQueryKey, createAgreement } from './agreements-api';
import type { DraftValues } from './draft-form-values';
import { SignatoriesFields } from './signatories-fields';

type Signatories = Pick<DraftValues, 'institutionSignatory' | 'partnerSignatory' | 'witnesses'>;

/** A year from the first day, ending the day before: "1 April 2026 s.d. 31 Maret 2027". */
function yearFrom(startsOn: string): string {
  return addDays(`${Number(startsOn.slice(0, 4)) + 1}${startsOn.slice(4)}`, -1);
}

/** "Buat draf MoU/PKS": the few facts a first draft needs, prefilled; the rest is edited on the draft. */
export function CreateDraftModal({
  partnership,
  kind,
  onClose,
}: {
  partnership: Partnership;
  kind: 'mou' | 'pks';
  onClose: () => void;
}) {
  const { t } = useT();
  const tp = t.partnershipAgreements;
  const tf = t.agreementForm;
  const me = useMe();
  const phone = useMediaQuery('(max-width: 36em)');
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = localDateOf(new Date(), me.institution.timeZone);
  const [partnerId, setPartnerId] = useState(partnership.partners[0]?.id ?? '');
  const [subject, setSubject] = useState(
    fill(tp.defaultSubject, { programme: partnership.programme ?? partnership.name }),
  );
  const [place, setPlace] = useState('');
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(yearFrom(today));
  const [people, setPeople] = useState<Signatories>({
    institutionSignatory: { name: me.user.name, position: '', userId: me.user.id },
    partnerSignatory: { name: '', position: '', contactId: null },
    witnesses: [],
  });
  const [errors, setErrors] = useState<PathErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  // The partner's first contact is the likely signatory until someone picks another.
  const partner = useQuery({ ...partnerQueryOptions(partnerId), enabled: partnerId !== '' });
  const [prefilledFor, setPrefilledFor] = useState<string | null>(null);
  if (partner.data && prefilledFor !== partner.data.id) {
    setPrefilledFor(partner.data.id);
    const contact = partner.data.contacts[0];
    setPeople((current) => ({
      ...current,
      partnerSignatory: contact
        ? { name: contact.name, position: contact.position ?? '', contactId: contact.id }
        : { name: '', position: '', contactId: null },
    }));
  }

  const create = useMutation({
    mutationFn: () =>
      createAgreement({
        partnershipId: partnership.id,
        partnerId,
        kind,
        subject,
        place,
        startsOn,
        endsOn,
        signatories: { institution: people.institutionSignatory, partner: people.partnerSignatory },
      }),
    onSuccess: (agreement) => {
      queryClient.setQueryData(agreementQueryKey(agreement.id), agreement);
      void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
      notify.success(tp.created);
      onClose();
      void navigate({ to: '/kesepakatan/$agreementId', params: { agreementId: agreement.id } });
    },
    onError: (error) => {
      const placed = errorsFromSave(error, t);
      if (placed) {
        setErrors(placed);
        focusFirstError(formRef.current);
      }
    },
  });
  const placed = Object.values(errors).some(Boolean);

  return (
    <Modal
      opened
      onClose={onClose}
      title={fill(tp.createTitle, { kind: t.agreementKindNames[kind] })}
      fullScreen={phone}
      size="xl"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setErrors({});
          create.mutate();
        }}
        data-testid="agreement-create-form"
      >
        <Stack gap="md">
          {create.isError && !placed && <ErrorAlert error={create.error} />}
          {partnership.partners.length > 1 && (
            <Select
              label={tp.partner}
              data={partnership.partners.map((item) => ({ value: item.id, label: item.name }))}
              value={partnerId}
              allowDeselect={false}
              onChange={(value) => value && setPartnerId(value)}
              error={errorAt(errors, 'partnerId')}
              data-testid="agreement-create-partner"
            />
          )}
          <TextInput
            label={tf.subject}
            description={tf.subjectHint}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            error={errorAt(errors, 'subject')}
            data-testid="agreement-create-subject"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={tf.place}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
              error={errorAt(errors, 'place')}
              data-testid="agreement-create-place"
            />
            <TextInput
              type="date"
              label={tf.startsOn}
              value={startsOn}
              onChange={(event) => setStartsOn(event.currentTarget.value)}
              error={errorAt(errors, 'startsOn')}
              data-testid="agreement-create-starts-on"
            />
            <TextInput
              type="date"
              label={tf.endsOn}
              value={endsOn}
              onChange={(event) => setEndsOn(event.currentTarget.value)}
              error={errorAt(errors, 'endsOn')}
              data-testid="agreement-create-ends-on"
            />
          </SimpleGrid>
          {partnerId !== '' && (
            <SignatoriesFields
              values={people}
              partnerId={partnerId}
              onChange={(patch) => setPeople((current) => ({ ...current, ...patch }))}
              errors={errors}
              readOnly={false}
              withWitnesses={false}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="agreement-create-submit">
              {kind === 'mou' ? tp.createMou : tp.createPks}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

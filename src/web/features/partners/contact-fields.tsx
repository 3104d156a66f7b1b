import { useState } from 'react';
import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import {
  consentChannels,
  contactSalutations,
  legalBases,
  religions,
} from '../../../shared/domain/partner-vocabulary';
import { normalizePhone } from '../../../shared/domain/phone';
import { fill } from '../../../shared/i18n/catalog';
import type { FieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { hasConsentRecord, type ContactFieldName, type ContactFormValues } from './contact-form-values';
import type { TextFieldProps } from './partner-form-fields';

export interface ContactFieldsProps {
  values: ContactFormValues;
  errors: FieldErrors;
  field: (name: ContactFieldName) => TextFieldProps;
  setValue: (name: ContactFieldName, value: string) => void;
  setErrors: (update: (previous: FieldErrors) => FieldErrors) => void;
}

function PhoneInput({ values, field, setErrors }: ContactFieldsProps) {
  const { t } = useT();
  const [normalized, setNormalized] = useState<string | null>(() => normalizePhone(values.phone));
  const props = field('phone');
  return (
    <TextInput
      {...props}
      onChange={(event) => {
        setNormalized(null);
        props.onChange(event);
      }}
      onBlur={() => {
        const text = values.phone.trim();
        if (text === '') return;
        const e164 = normalizePhone(text);
        setNormalized(e164);
        if (!e164) setErrors((previous) => ({ ...previous, phone: t.partnerFields.phone }));
      }}
      label={t.contacts.phone}
      description={
        normalized ? fill(t.contacts.phoneNormalized, { phone: normalized }) : t.contacts.phoneHint
      }
      type="tel"
      inputMode="tel"
      autoComplete="off"
    />
  );
}

function ConsentFields({ values, field }: ContactFieldsProps) {
  const { t } = useT();
  const tc = t.contacts;
  return (
    <Fieldset legend={tc.consentRecord} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput {...field('consent.givenBy')} label={tc.consentGivenBy} required />
        <TextInput {...field('consent.givenAt')} label={tc.consentGivenAt} type="date" required />
        <NativeSelect
          {...field('consent.channel')}
          label={tc.consentChannel}
          required
          data={[
            { value: '', label: '–' },
            ...consentChannels.map((channel) => ({
              value: channel,
              label: t.partnerVocab.consentChannels[channel],
            })),
          ]}
        />
      </SimpleGrid>
      {hasConsentRecord(values) && (
        <NativeSelect
          {...field('religion')}
          mt="sm"
          label={tc.religion}
          description={tc.religionHint}
          data={[
            { value: '', label: tc.religionNone },
            ...religions.map((religion) => ({ value: religion, label: t.partnerVocab.religions[religion] })),
          ]}
        />
      )}
    </Fieldset>
  );
}

/** A contact person's inputs, shared by the contact dialog and the new-partner form's first contact. */
export function ContactFields(props: ContactFieldsProps) {
  const { t } = useT();
  const tc = t.contacts;
  const { values, field, setValue } = props;
  return (
    <Stack gap="sm" data-testid="contact-fields">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          {...field('salutation')}
          label={t.messagesUi.salutation}
          data={[
            { value: '', label: t.messagesUi.salutationNone },
            ...contactSalutations.map((s) => ({ value: s, label: t.messagesUi.salutations[s] })),
          ]}
        />
        <TextInput {...field('name')} label={tc.name} required autoComplete="off" />
        <TextInput {...field('position')} label={tc.position} />
        <PhoneInput {...props} />
        <TextInput {...field('email')} label={tc.email} type="email" inputMode="email" autoComplete="off" />
      </SimpleGrid>
      <Checkbox
        label={tc.whatsApp}
        checked={values.whatsApp === 'yes'}
        onChange={(event) => {
          setValue('whatsApp', event.currentTarget.checked ? 'yes' : 'no');
        }}
        size="md"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Textarea
          {...field('preferences')}
          label={tc.preferences}
          placeholder={tc.preferencesHint}
          autosize
          minRows={2}
        />
        <Textarea
          {...field('sensitiveTopics')}
          label={tc.sensitiveTopics}
          placeholder={tc.sensitiveTopicsHint}
          autosize
          minRows={2}
        />
      </SimpleGrid>
      <NativeSelect
        {...field('legalBasis')}
        label={tc.legalBasis}
        description={tc.legalBasisHint}
        required
        data={[
          { value: '', label: tc.legalBasisChoose },
          ...legalBases.map((basis) => ({ value: basis, label: t.partnerVocab.legalBases[basis] })),
        ]}
      />
      {values.legalBasis === 'consent' && <ConsentFields {...props} />}
    </Stack>
  );
}

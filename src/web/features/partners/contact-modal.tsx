import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createContactRequestSchema,
  updateContactRequestSchema,
} from '../../../shared/contracts/partner-contact-requests';
import type { Contact } from '../../../shared/contracts/partners';
import { isApiError } from '../../lib/api-client';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { ContactFields } from './contact-fields';
import {
  emptyContactValues,
  refineContactErrors,
  toContactFormValues,
  toContactRequest,
} from './contact-form-values';
import {
  createContact,
  partnerQueryKey,
  partnerQueryOptions,
  partnersQueryKey,
  updateContact,
} from './partner-api';
import { placeRefinedErrors } from './partner-form-fields';

interface ContactModalProps {
  partnerId: string;
  /** Absent: a new contact. */
  contact: Contact | null;
  onClose: () => void;
}

/** Add or edit a contact person; a stale version reloads the version and keeps the typed values. */
export function ContactModal({ partnerId, contact, onClose }: ContactModalProps) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormValues(() => (contact ? toContactFormValues(contact) : emptyContactValues));
  const [version, setVersion] = useState(contact?.version ?? 1);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      contact ? updateContact(partnerId, contact.id, body) : createContact(partnerId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: partnerQueryKey(partnerId) });
      void queryClient.invalidateQueries({ queryKey: [...partnersQueryKey, 'list'] });
      notify.success(t.contacts.saved);
      onClose();
    },
    onError: async (error) => {
      if (contact && isApiError(error, 'VERSION_CONFLICT')) {
        const latest = await queryClient
          .fetchQuery({ ...partnerQueryOptions(partnerId), staleTime: 0 })
          .catch(() => null);
        const fresh = latest?.contacts.find((item) => item.id === contact.id);
        if (fresh) setVersion(fresh.version);
        notify.warn(t.contacts.conflict);
        return;
      }
      const placed = placeRefinedErrors(error, t, form.values, (errors) => refineContactErrors(errors, t));
      if (placed) {
        form.setErrors(placed);
        form.setFormError(null);
      } else form.setFormError(error);
    },
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = toContactRequest(form.values);
    const parsed = contact
      ? updateContactRequestSchema.safeParse({ ...body, version })
      : createContactRequestSchema.safeParse(body);
    if (!parsed.success) {
      form.setErrors(refineContactErrors(toFieldErrors(parsed.error.issues, t, form.values), t));
      return;
    }
    form.setFormError(null);
    save.mutate(parsed.data);
  };

  return (
    <Modal opened onClose={onClose} title={contact ? t.contacts.edit : t.contacts.add} centered size="xl">
      <form onSubmit={submit} noValidate data-testid="contact-form">
        <Stack gap="md">
          {form.formError !== null && <ErrorAlert error={form.formError} />}
          <ContactFields
            values={form.values}
            errors={form.errors}
            field={form.field}
            setValue={form.setValue}
            setErrors={form.setErrors}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="contact-save">
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { createContactRequestSchema } from '../../../shared/contracts/partner-contact-requests';
import {
  createPartnerRequestSchema,
  updatePartnerRequestSchema,
  type DuplicateCandidate,
  type Partner,
} from '../../../shared/contracts/partners';
import { isApiError } from '../../lib/api-client';
import { hasFieldErrors, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { focusFirstError, revealElement } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/me-query';
import { freshOutboxFields, newOutboxKey } from '../../lib/offline/outbox-entry';
import { enqueue, isOffline } from '../../lib/offline/sync-outbox';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { ContactFields } from './contact-fields';
import {
  emptyContactValues,
  isContactStarted,
  refineContactErrors,
  toContactRequest,
} from './contact-form-values';
import { DuplicateWarning } from './duplicate-warning';
import { partnerQueryOptions } from './partner-api';
import { placeRefinedErrors, refinePartnerErrors } from './partner-form-fields';
import { BusinessSection, OtherSection } from './partner-form-more';
import { ExchangeSection, IdentitySection, LocationSection } from './partner-form-sections';
import { emptyPartnerValues, toPartnerFormValues, toPartnerRequest } from './partner-form-values';
import { useCreatePartner, useUpdatePartner } from './use-partner-save';

/** New partner (no `partner`) or edit; nothing typed is lost on any error. */
export function PartnerForm({ partner }: { partner?: Partner }) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormValues(() => (partner ? toPartnerFormValues(partner) : emptyPartnerValues));
  const contact = useFormValues(() => emptyContactValues);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [conflict, setConflict] = useState(false);
  const [baseVersion, setBaseVersion] = useState(partner?.version ?? 1);
  const [reveal, setReveal] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reveal > 0) focusFirstError(formRef.current);
  }, [reveal]);
  useEffect(() => {
    if (duplicates || conflict) revealElement(alertRef.current);
  }, [duplicates, conflict]);

  const showServerError = (error: Error) => {
    const onPartner = placeRefinedErrors(error, t, form.values, (e) =>
      refinePartnerErrors(e, form.values, t),
    );
    if (onPartner) {
      form.setErrors(onPartner);
      form.setFormError(null);
      setReveal((count) => count + 1);
    } else form.setFormError(error);
  };
  const create = useCreatePartner({ onDuplicates: setDuplicates, onError: showServerError });
  const navigate = useNavigate();
  const me = useMe();
  /**
   * No connection: the edit waits on the phone with the version it began from; if the partner
   * changes on the server meanwhile, the sync panel shows both copies and the facilitator chooses.
   */
  const queueEdit = async (body: Record<string, unknown> & { version: number }) => {
    if (!partner) return;
    await enqueue({
      kind: 'partner-edit',
      ...freshOutboxFields(newOutboxKey(), me.user.id, partner.name),
      partnerId: partner.id,
      body,
      base: toPartnerFormValues(partner),
      mine: form.values,
      server: null,
    });
    notify.warn(t.offline.savedOffline);
    void navigate({ to: '/mitra/$partnerId', params: { partnerId: partner.id } });
  };
  const update = useUpdatePartner(partner?.id ?? '', (error, body) => {
    if (isApiError(error, 'VERSION_CONFLICT')) {
      form.setFormError(null);
      setConflict(true);
    } else if (isApiError(error, 'NETWORK_ERROR')) {
      void queueEdit(body as Record<string, unknown> & { version: number });
    } else showServerError(error);
  });
  const saving = create.isPending || update.isPending;

  const submit = (options: { confirmDuplicates?: boolean; version?: number } = {}) => {
    const body = toPartnerRequest(form.values);
    const parsed = partner
      ? updatePartnerRequestSchema.safeParse({ ...body, version: options.version ?? baseVersion })
      : createPartnerRequestSchema.safeParse({ ...body, confirmDuplicates: options.confirmDuplicates });
    const partnerErrors: FieldErrors = parsed.success
      ? {}
      : refinePartnerErrors(toFieldErrors(parsed.error.issues, t, form.values), form.values, t);
    const withContact = !partner && isContactStarted(contact.values);
    const contactParsed = withContact
      ? createContactRequestSchema.safeParse(toContactRequest(contact.values))
      : null;
    const contactErrors =
      contactParsed && !contactParsed.success
        ? refineContactErrors(toFieldErrors(contactParsed.error.issues, t, contact.values), t)
        : {};
    form.setErrors(partnerErrors);
    contact.setErrors(contactErrors);
    if (!parsed.success || (contactParsed && !contactParsed.success)) {
      setReveal((count) => count + 1);
      return;
    }
    form.setFormError(null);
    if (partner && isOffline()) void queueEdit(parsed.data as Record<string, unknown> & { version: number });
    else if (partner) update.mutate(parsed.data);
    else create.mutate({ partner: parsed.data, contact: contactParsed?.success ? contactParsed.data : null });
  };

  const reload = async (overwrite: boolean) => {
    if (!partner) return;
    const latest = await queryClient
      .query({ ...partnerQueryOptions(partner.id), staleTime: 0 })
      .catch((error: unknown) => {
        notify.error(error);
        return null;
      });
    if (!latest) return;
    setBaseVersion(latest.version);
    setConflict(false);
    if (overwrite) submit({ version: latest.version });
    else {
      form.setValues(toPartnerFormValues(latest));
      form.setErrors({});
    }
  };

  const sectionProps = {
    values: form.values,
    errors: form.errors,
    field: form.field,
    setValue: form.setValue,
  };
  const showSummary = hasFieldErrors(form.errors) || hasFieldErrors(contact.errors);

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="partner-form"
      onSubmit={(event) => {
        event.preventDefault();
        setDuplicates(null);
        submit();
      }}
    >
      <Stack gap="lg">
        <IdentitySection {...sectionProps} />
        <LocationSection {...sectionProps} />
        <ExchangeSection {...sectionProps} />
        <BusinessSection {...sectionProps} />
        <OtherSection {...sectionProps} />
        {!partner && (
          <Fieldset legend={t.partnerForm.firstContact} data-testid="first-contact">
            <Text size="sm" c="dimmed" mb="sm">
              {t.partnerForm.firstContactHint}
            </Text>
            <ContactFields
              values={contact.values}
              errors={contact.errors}
              field={contact.field}
              setValue={contact.setValue}
              setErrors={contact.setErrors}
            />
          </Fieldset>
        )}
        {conflict && (
          <Alert
            ref={alertRef}
            color="orange"
            title={t.partnerForm.conflictTitle}
            data-testid="version-conflict"
          >
            <Stack gap="sm">
              <Text size="sm">{t.partnerForm.conflictBody}</Text>
              <Group gap="xs">
                <Button variant="white" color="orange" onClick={() => void reload(false)}>
                  {t.partnerForm.conflictReload}
                </Button>
                <Button color="orange" loading={saving} onClick={() => void reload(true)}>
                  {t.partnerForm.conflictOverwrite}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {duplicates && (
          <DuplicateWarning
            ref={alertRef}
            candidates={duplicates}
            saving={saving}
            onConfirm={() => {
              submit({ confirmDuplicates: true });
            }}
          />
        )}
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        {showSummary && (
          <Alert color="red" role="alert">
            {t.fields.fixBelow}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={saving} data-testid="partner-save">
            {t.partnerForm.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

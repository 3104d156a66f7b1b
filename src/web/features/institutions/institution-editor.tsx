import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  institutionSchema,
  updateInstitutionRequestSchema,
  type Institution,
} from '../../../shared/contracts/institutions';
import { api, isApiError } from '../../lib/api-client';
import { hasFieldErrors, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { focusFirstError, revealElement } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { meQueryKey } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { InstitutionFormSections } from './institution-form-sections';
import { toFormValues, toUpdateRequest } from './institution-form-values';
import { institutionQueryKey, institutionQueryOptions } from './institution-queries';

interface InstitutionEditorProps {
  institution: Institution;
  canUpdate: boolean;
  /** The version this form was loaded at; a save with it is refused if someone saved in between. */
  baseVersion: number;
  onBaseVersionChange: (version: number) => void;
}

/** The profile form: PATCH with `version`; a conflict keeps what the user typed and offers a way out. */
export function InstitutionEditor({
  institution,
  canUpdate,
  baseVersion,
  onBaseVersionChange,
}: InstitutionEditorProps) {
  const { t } = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useFormValues(() => toFormValues(institution));
  const [conflict, setConflict] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  // Bumped when a save finds field errors: once they render, the first one is focused.
  const [errorReveal, setErrorReveal] = useState(0);
  const showErrors = (errors: FieldErrors) => {
    form.setErrors(errors);
    setErrorReveal((count) => count + 1);
  };

  useEffect(() => {
    if (errorReveal > 0) focusFirstError(formRef.current);
  }, [errorReveal]);
  useEffect(() => {
    if (conflict) revealElement(conflictRef.current);
  }, [conflict]);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.patch(`/institutions/${encodeURIComponent(institution.id)}`, institutionSchema, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(institutionQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      onBaseVersionChange(updated.version);
      form.setValues(toFormValues(updated));
      setConflict(false);
      form.setFormError(null);
      notify.success(t.institution.saved);
    },
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) {
        form.setFormError(null);
        setConflict(true);
      } else if (form.applyError(error, t)) {
        setErrorReveal((count) => count + 1);
      }
    },
  });

  const submitWithVersion = (version: number) => {
    const parsed = updateInstitutionRequestSchema.safeParse(toUpdateRequest(form.values, version));
    if (!parsed.success) {
      showErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    form.setErrors({});
    save.mutate(parsed.data);
  };

  const fetchLatest = async (): Promise<Institution | null> => {
    setRefreshing(true);
    try {
      return await queryClient.query({ ...institutionQueryOptions(institution.id), staleTime: 0 });
    } catch (error) {
      notify.error(error);
      return null;
    } finally {
      setRefreshing(false);
    }
  };

  const reloadLatest = async () => {
    const latest = await fetchLatest();
    if (!latest) return;
    onBaseVersionChange(latest.version);
    form.setValues(toFormValues(latest));
    form.setErrors({});
    setConflict(false);
  };

  const overwriteWithMine = async () => {
    const latest = await fetchLatest();
    if (!latest) return;
    onBaseVersionChange(latest.version);
    setConflict(false);
    submitWithVersion(latest.version);
  };

  const showValidationSummary = hasFieldErrors(form.errors);

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="institution-form"
      onSubmit={(event) => {
        event.preventDefault();
        submitWithVersion(baseVersion);
      }}
    >
      <Stack gap="lg">
        {!canUpdate && <Alert color="blue">{t.institution.readOnly}</Alert>}
        {conflict && (
          <Alert
            ref={conflictRef}
            color="orange"
            title={t.institution.conflictTitle}
            data-testid="version-conflict"
          >
            <Stack gap="sm">
              <Text size="sm">{t.institution.conflictBody}</Text>
              <Group gap="xs">
                <Button
                  variant="white"
                  color="orange"
                  loading={refreshing}
                  onClick={() => void reloadLatest()}
                >
                  {t.institution.conflictReload}
                </Button>
                <Button
                  color="orange"
                  loading={refreshing || save.isPending}
                  onClick={() => void overwriteWithMine()}
                >
                  {t.institution.conflictOverwrite}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        {showValidationSummary && (
          <Alert color="red" role="alert">
            {t.fields.fixBelow}
          </Alert>
        )}
        <fieldset disabled={!canUpdate} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <InstitutionFormSections values={form.values} field={form.field} setValue={form.setValue} />
        </fieldset>
        {canUpdate && (
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={save.isPending} data-testid="institution-save">
              {t.common.save}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { isAgreementEditable } from '../../../shared/domain/agreement-status';
import { patternTermsSchema } from '../../../shared/domain/pattern-terms';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { focusFirstError, revealElement } from '../../lib/focus-first-error';
import { useT } from '../../lib/i18n';
import { useCan } from '../../lib/me-query';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { errorAt, errorsFromSave, issuesToErrors, type PathErrors } from './agreement-field-errors';
import { agreementQueryKey, agreementsQueryKey, updateAgreement } from './agreements-api';
import { ClauseOverridesEditor } from './clause-overrides-editor';
import { DeleteDraftButton } from './delete-draft-button';
import { cleanTerms, toDraftValues, toUpdateRequest, type DraftValues } from './draft-form-values';
import { PatternTermsEditor } from './pattern-terms-editor';
import { SignatoriesFields } from './signatories-fields';
import { emptyTerms } from './terms-defaults';

/** Form names whose request paths differ: typing there clears the errors under the request path. */
const errorPrefixes: Partial<Record<string, string>> = {
  institutionSignatory: 'signatories.institution',
  partnerSignatory: 'signatories.partner',
};

function isStale(error: unknown): boolean {
  return isApiError(error, 'VERSION_CONFLICT') || isApiError(error, 'AGREEMENT_VERSION_STALE');
}

/** Terms never entered and still as the editor started them are not sent: the rest can be saved first. */
function withoutBlankTerms(values: DraftValues, agreement: Agreement): DraftValues {
  const untouched =
    agreement.terms === null &&
    JSON.stringify(values.terms) === JSON.stringify(emptyTerms(agreement.pattern));
  return untouched ? { ...values, terms: null } : values;
}

function initialValues(agreement: Agreement): DraftValues {
  const values = toDraftValues(agreement);
  return { ...values, terms: values.terms ?? emptyTerms(agreement.pattern) };
}

/** What the browser can check before asking: the period and the pattern's own rules. */
function checkLocally(values: DraftValues, t: ReturnType<typeof useT>['t']): PathErrors {
  const errors: PathErrors = {};
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn)
    errors.endsOn = t.errors.AGREEMENT_PERIOD_INVALID;
  if (values.terms) {
    const parsed = patternTermsSchema.safeParse(cleanTerms(values.terms));
    if (!parsed.success)
      Object.assign(
        errors,
        issuesToErrors(
          parsed.error.issues.map((i) => ({ ...i, path: ['terms', ...i.path] })),
          t,
        ),
      );
  }
  return errors;
}

/** "Isi": the draft's content; read-only, saying why, once the agreement may no longer change. */
export function AgreementDraftForm({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const tf = t.agreementForm;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canWrite = useCan('agreements.write');
  const editable = isAgreementEditable(agreement.storedStatus);
  const readOnly = !editable || !canWrite;
  const [values, setValues] = useState(() => initialValues(agreement));
  const [baseVersion, setBaseVersion] = useState(agreement.version);
  const [errors, setErrors] = useState<PathErrors>({});
  const [reloaded, setReloaded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  // A draft another tab or person changed is shown as stored while nothing was typed here.
  const [pristine, setPristine] = useState(true);
  if (pristine && agreement.version !== baseVersion) {
    setValues(initialValues(agreement));
    setBaseVersion(agreement.version);
  }

  const patch = (next: Partial<DraftValues>) => {
    setPristine(false);
    setValues((current) => ({ ...current, ...next }));
    const touched = Object.keys(next).map((name) => errorPrefixes[name] ?? name);
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(
          ([key]) => !touched.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
        ),
      ),
    );
  };

  const save = useMutation({
    mutationFn: () =>
      updateAgreement(
        agreement.id,
        toUpdateRequest(withoutBlankTerms(values, agreement), { ...agreement, version: baseVersion }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(agreementQueryKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
      setValues(initialValues(saved));
      setBaseVersion(saved.version);
      setPristine(true);
      setReloaded(false);
      notify.success(fill(tf.saved, { number: saved.currentVersion }));
    },
    onError: (error) => {
      const placed = errorsFromSave(error, t);
      if (placed && Object.keys(placed).length > 0) {
        setErrors(placed);
        focusFirstError(formRef.current);
      } else revealElement(alertRef.current);
    },
  });

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: agreementQueryKey(agreement.id), exact: true });
    const latest = queryClient.getQueryData<Agreement>(agreementQueryKey(agreement.id));
    if (latest) setBaseVersion(latest.version);
    save.reset();
    setReloaded(true);
  };

  const submit = () => {
    setReloaded(false);
    const local = checkLocally(withoutBlankTerms(values, agreement), t);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      focusFirstError(formRef.current);
      return;
    }
    save.mutate();
  };

  const why = !canWrite
    ? tf.readOnlyRole
    : agreement.storedStatus === 'awaiting_signatures'
      ? tf.readOnlyAwaiting
      : tf.readOnlySigned;
  const placedErrors = Object.values(errors).some(Boolean);

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="agreement-form"
      noValidate
    >
      <Stack gap="md">
        {readOnly && (
          <Alert color="gray" data-testid="agreement-read-only">
            {why}
          </Alert>
        )}
        <div ref={alertRef}>
          {save.isError && isStale(save.error) ? (
            <Alert color="orange" title={t.common.errorTitle} data-testid="agreement-stale">
              <Stack gap="xs">
                <Text size="sm">{tf.stale}</Text>
                <Group>
                  <Button size="xs" onClick={() => void reload()} data-testid="agreement-reload">
                    {tf.reload}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : save.isError && !placedErrors ? (
            <ErrorAlert error={save.error} />
          ) : null}
          {reloaded && (
            <Alert color="blue" data-testid="agreement-reloaded">
              {tf.reloaded}
            </Alert>
          )}
          {placedErrors && (
            <Alert color="red" data-testid="agreement-form-errors">
              {tf.fixErrors}
            </Alert>
          )}
        </div>
        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4" mb="sm">
            {tf.basics}
          </Title>
          <Stack gap="sm">
            <Text size="sm">
              <Text span c="dimmed">
                {tf.kind}:{' '}
              </Text>
              {t.agreementKindNames[agreement.kind]}
            </Text>
            <TextInput
              label={tf.subject}
              description={tf.subjectHint}
              value={values.subject}
              onChange={(event) => patch({ subject: event.currentTarget.value })}
              readOnly={readOnly}
              error={errorAt(errors, 'subject')}
              data-testid="agreement-subject"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={tf.place}
                value={values.place}
                onChange={(event) => patch({ place: event.currentTarget.value })}
                readOnly={readOnly}
                error={errorAt(errors, 'place')}
                data-testid="agreement-place"
              />
              <TextInput
                type="date"
                label={tf.datedOn}
                description={tf.datedOnHint}
                value={values.datedOn}
                onChange={(event) => patch({ datedOn: event.currentTarget.value })}
                readOnly={readOnly}
                error={errorAt(errors, 'datedOn')}
                data-testid="agreement-dated-on"
              />
              <TextInput
                type="date"
                label={tf.startsOn}
                value={values.startsOn}
                onChange={(event) => patch({ startsOn: event.currentTarget.value })}
                readOnly={readOnly}
                error={errorAt(errors, 'startsOn')}
                data-testid="agreement-starts-on"
              />
              <TextInput
                type="date"
                label={tf.endsOn}
                value={values.endsOn}
                onChange={(event) => patch({ endsOn: event.currentTarget.value })}
                readOnly={readOnly}
                error={errorAt(errors, 'endsOn')}
                data-testid="agreement-ends-on"
              />
            </SimpleGrid>
            <TextInput
              label={tf.partnerNumber}
              description={tf.partnerNumberHint}
              value={values.partnerNumber}
              onChange={(event) => patch({ partnerNumber: event.currentTarget.value })}
              readOnly={readOnly}
              error={errorAt(errors, 'partnerNumber')}
              data-testid="agreement-partner-number"
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Title order={2} size="h4" mb="sm">
            {tf.signatories}
          </Title>
          <SignatoriesFields
            values={values}
            partnerId={agreement.partnerId}
            onChange={patch}
            errors={errors}
            readOnly={readOnly}
          />
        </Paper>
        {agreement.kind === 'addendum' && (
          <Fieldset legend={tf.changes}>
            <Textarea
              description={tf.changesHint}
              value={values.changes}
              onChange={(event) => patch({ changes: event.currentTarget.value })}
              readOnly={readOnly}
              autosize
              minRows={3}
              error={errorAt(errors, 'changes')}
              data-testid="agreement-changes"
            />
          </Fieldset>
        )}
        <Paper withBorder radius="md" p="md" data-testid="agreement-terms">
          <Title order={2} size="h4" mb="sm">
            {tf.terms}
            {agreement.patternName ? ` · ${agreement.patternName}` : ''}
          </Title>
          {errorAt(errors, 'terms') && (
            <Text c="red" size="sm" mb="xs">
              {errorAt(errors, 'terms')}
            </Text>
          )}
          <PatternTermsEditor
            value={values.terms}
            onChange={(terms) => patch({ terms })}
            errors={errors}
            readOnly={readOnly}
          />
        </Paper>
        <ClauseOverridesEditor
          kind={agreement.kind}
          value={values.clauseOverrides}
          onChange={(clauseOverrides) => patch({ clauseOverrides })}
          errors={errors}
          readOnly={readOnly}
        />
        {!readOnly && (
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <TextInput
                label={tf.versionNote}
                description={tf.versionNoteHint}
                value={values.versionNote}
                onChange={(event) => patch({ versionNote: event.currentTarget.value })}
                error={errorAt(errors, 'versionNote')}
                data-testid="agreement-version-note"
              />
              <Group justify="flex-end">
                {agreement.storedStatus === 'draft' && (
                  <DeleteDraftButton agreementId={agreement.id} version={baseVersion} />
                )}
                <Button type="submit" size="md" loading={save.isPending} data-testid="agreement-save">
                  {tf.save}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>
    </form>
  );
}

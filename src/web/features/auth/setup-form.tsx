import type { ReactNode } from 'react';
import { Button, Fieldset, NativeSelect, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { setupRequestSchema } from '../../../shared/contracts/auth';
import { institutionKinds, timeZones } from '../../../shared/domain/institution-kinds';
import { isApiError } from '../../lib/api-client';
import { toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { meQueryKey } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotify } from '../../ui/use-notify';
import { logIn, runSetup } from './auth-api';

interface SetupFormProps {
  token: string;
  signInLink: ReactNode;
}

const initialValues = {
  institutionName: '',
  institutionKind: 'LKP',
  timeZone: 'WITA',
  managerName: '',
  email: '',
  password: '',
  confirmPassword: '',
};

type SetupBody = ReturnType<typeof setupRequestSchema.parse>;

export function SetupForm({ token, signInLink }: SetupFormProps) {
  const { t } = useT();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormValues(initialValues);

  const setup = useMutation({
    mutationFn: async (body: SetupBody) => {
      await runSetup(body);
      return logIn({ email: body.email, password: body.password });
    },
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      await queryClient.invalidateQueries({ queryKey: ['setup-status'] });
      notify.success(t.setup.done);
      await navigate({ to: '/' });
    },
    onError: (error) => form.applyError(error, t, { PASSWORD_TOO_WEAK: 'password', EMAIL_TAKEN: 'email' }),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { confirmPassword, ...rest } = form.values;
    const parsed = setupRequestSchema.safeParse({ ...rest, token });
    const errors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error.issues, t, form.values);
    if (confirmPassword !== rest.password) errors.confirmPassword = t.fields.passwordMismatch;
    if (!parsed.success || errors.confirmPassword) {
      form.setErrors(errors);
      return;
    }
    setup.mutate(parsed.data);
  };

  const error = form.formError;

  return (
    <form onSubmit={submit} noValidate data-testid="setup-form">
      <Stack gap="md">
        <Text size="sm">{t.setup.intro}</Text>
        {error !== null && (
          <ErrorAlert error={error}>{isApiError(error, 'SETUP_ALREADY_DONE') && signInLink}</ErrorAlert>
        )}
        <Fieldset legend={t.setup.institutionSection}>
          <Stack gap="sm">
            <TextInput
              {...form.field('institutionName')}
              label={t.setup.institutionName}
              placeholder={t.setup.institutionNamePlaceholder}
              required
              withAsterisk={false}
            />
            <NativeSelect
              {...form.field('institutionKind')}
              label={t.setup.kind}
              data={institutionKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
            />
            <NativeSelect
              {...form.field('timeZone')}
              label={t.setup.timeZone}
              data={timeZones.map((zone) => ({ value: zone, label: t.timeZones[zone] }))}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t.setup.managerSection}>
          <Stack gap="sm">
            <TextInput
              {...form.field('managerName')}
              label={t.setup.managerName}
              autoComplete="name"
              required
              withAsterisk={false}
            />
            <TextInput
              {...form.field('email')}
              label={t.setup.email}
              type="email"
              inputMode="email"
              autoComplete="username"
              required
              withAsterisk={false}
            />
            <PasswordInput
              {...form.field('password')}
              label={t.setup.password}
              description={t.setup.passwordHint}
              autoComplete="new-password"
              required
              withAsterisk={false}
            />
            <PasswordInput
              {...form.field('confirmPassword')}
              label={t.setup.confirmPassword}
              autoComplete="new-password"
              required
              withAsterisk={false}
            />
          </Stack>
        </Fieldset>
        <Button type="submit" size="md" loading={setup.isPending} data-testid="setup-submit">
          {t.setup.submit}
        </Button>
      </Stack>
    </form>
  );
}

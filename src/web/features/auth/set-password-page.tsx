import type { JSX } from 'react';
import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { newPasswordSchema } from '../../../shared/contracts/auth';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { getPasswordLinkInfo, setPassword } from './auth-api';

const routeApi = getRouteApi('/atur-sandi');

function isLinkProblem(error: unknown): boolean {
  return (
    isApiError(error, 'LINK_INVALID') ||
    isApiError(error, 'VALIDATION_FAILED') ||
    isApiError(error, 'USER_NOT_FOUND')
  );
}

function InvalidLink() {
  const { t } = useT();
  return (
    <Alert color="orange" title={t.setPassword.invalidTitle} data-testid="link-invalid">
      {t.setPassword.invalidBody}
    </Alert>
  );
}

function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { t } = useT();
  const navigate = useNavigate();
  const form = useFormValues({ password: '', confirm: '' });

  const save = useMutation({
    mutationFn: (password: string) => setPassword(token, password),
    onSuccess: () => navigate({ to: '/masuk', search: { status: 'password-set', email } }),
    onError: (error) => form.applyError(error, t, { PASSWORD_TOO_WEAK: 'password' }),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { password, confirm } = form.values;
    let problem: { password?: string; confirm?: string } | null = null;
    if (password === '') problem = { password: t.fields.required };
    else if (!newPasswordSchema.safeParse(password).success)
      problem = { password: t.fields.passwordTooShort };
    else if (confirm !== password) problem = { confirm: t.fields.passwordMismatch };
    if (problem) form.setErrors(problem);
    else save.mutate(password);
  };

  if (save.error && isApiError(save.error, 'LINK_INVALID')) return <InvalidLink />;

  return (
    <form onSubmit={submit} noValidate data-testid="set-password-form">
      <Stack gap="md">
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        <PasswordInput
          {...form.field('password')}
          label={t.setPassword.password}
          description={t.setPassword.passwordHint}
          autoComplete="new-password"
          required
          withAsterisk={false}
        />
        <PasswordInput
          {...form.field('confirm')}
          label={t.setPassword.confirm}
          autoComplete="new-password"
          required
          withAsterisk={false}
        />
        <Button type="submit" size="md" loading={save.isPending} data-testid="set-password-submit">
          {t.setPassword.submit}
        </Button>
      </Stack>
    </form>
  );
}

/** /atur-sandi?token=…: a new user (or one who forgot) sets a password from a manager's link. */
export function SetPasswordPage(): JSX.Element {
  const { t } = useT();
  const { token } = routeApi.useSearch();
  const info = useQuery({
    queryKey: ['password-link', token],
    queryFn: ({ signal }) => getPasswordLinkInfo(token ?? '', signal),
    enabled: Boolean(token),
    staleTime: Infinity,
  });

  let content: JSX.Element;
  if (!token) content = <InvalidLink />;
  else if (info.isPending) content = <PageLoader />;
  else if (info.isError)
    content = isLinkProblem(info.error) ? <InvalidLink /> : <ErrorAlert error={info.error} />;
  else {
    content = (
      <Stack gap="md">
        <Text size="sm" data-testid="set-password-intro">
          {fill(t.setPassword.intro, {
            name: info.data.name,
            email: info.data.email,
            institution: info.data.institutionName,
          })}
        </Text>
        <SetPasswordForm token={token} email={info.data.email} />
      </Stack>
    );
  }

  return <PublicFrame title={t.setPassword.title}>{content}</PublicFrame>;
}

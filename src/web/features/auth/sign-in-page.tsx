import type { JSX } from 'react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { loginRequestSchema } from '../../../shared/contracts/auth';
import { toFieldErrors } from '../../lib/field-errors';
import { useT } from '../../lib/i18n';
import { meQueryKey } from '../../lib/me-query';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { PublicFrame } from '../../ui/public-frame';
import { logIn, setupStatusQueryOptions, toSafeRedirect } from './auth-api';

const routeApi = getRouteApi('/masuk');

function StatusMessage({ status }: { status: string | undefined }) {
  const { t } = useT();
  if (status === 'password-set') return <Alert color="teal">{t.signIn.passwordSet}</Alert>;
  if (status === 'signed-out') return <Alert color="teal">{t.signIn.signedOut}</Alert>;
  if (status === 'session-expired') return <Alert color="yellow">{t.errors.UNAUTHENTICATED}</Alert>;
  return null;
}

/** /masuk: email and password; after sign-in to `/` (or back where the session ended). */
export function SignInPage(): JSX.Element {
  const { t } = useT();
  const search = routeApi.useSearch();
  const navigate = useNavigate();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useFormValues({ email: search.email ?? '', password: '' });
  const setupStatus = useQuery(setupStatusQueryOptions);

  const login = useMutation({
    mutationFn: logIn,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      const redirect = toSafeRedirect(search.redirect);
      if (redirect) router.history.push(redirect);
      else await navigate({ to: '/' });
    },
    onError: (error) => form.applyError(error, t),
  });

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse(form.values);
    if (!parsed.success) {
      form.setErrors(toFieldErrors(parsed.error.issues, t, form.values));
      return;
    }
    login.mutate(parsed.data);
  };

  return (
    <PublicFrame title={t.signIn.title}>
      <Stack gap="md">
        {setupStatus.data?.needsSetup && <Alert color="blue">{t.signIn.needsSetup}</Alert>}
        {!login.isError && <StatusMessage status={search.status} />}
        {form.formError !== null && <ErrorAlert error={form.formError} />}
        <form onSubmit={submit} noValidate data-testid="sign-in-form">
          <Stack gap="md">
            <TextInput
              {...form.field('email')}
              label={t.signIn.email}
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              withAsterisk={false}
              data-testid="sign-in-email"
            />
            <PasswordInput
              {...form.field('password')}
              label={t.signIn.password}
              autoComplete="current-password"
              required
              withAsterisk={false}
              data-testid="sign-in-password"
            />
            <Button type="submit" loading={login.isPending} fullWidth size="md" data-testid="sign-in-submit">
              {t.signIn.submit}
            </Button>
          </Stack>
        </form>
        <Text size="sm" c="dimmed">
          {t.signIn.forgot}
        </Text>
      </Stack>
    </PublicFrame>
  );
}

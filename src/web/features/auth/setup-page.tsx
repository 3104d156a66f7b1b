import type { JSX } from 'react';
import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { ButtonLink } from '../../ui/router-links';
import { setupStatusQueryOptions } from './auth-api';
import { SetupForm } from './setup-form';

const routeApi = getRouteApi('/setup');

/** /setup?token=…: the first run creates the first institution and its manager. */
export function SetupPage(): JSX.Element {
  const { t } = useT();
  const { token } = routeApi.useSearch();
  const status = useQuery(setupStatusQueryOptions);

  const signInLink = (
    <ButtonLink to="/masuk" variant="light" w="fit-content">
      {t.setup.goToSignIn}
    </ButtonLink>
  );

  let content: JSX.Element;
  if (status.isPending) content = <PageLoader />;
  else if (status.isError) content = <ErrorAlert error={status.error} />;
  else if (!status.data.needsSetup) {
    content = (
      <Stack>
        <Alert color="teal" data-testid="setup-done">
          {t.setup.alreadyDone}
        </Alert>
        {signInLink}
      </Stack>
    );
  } else if (!token) {
    content = (
      <Alert color="yellow" data-testid="setup-missing-token">
        {t.setup.missingToken}
      </Alert>
    );
  } else {
    content = <SetupForm token={token} signInLink={signInLink} />;
  }

  return (
    <PublicFrame title={t.setup.title} size={560}>
      {content}
    </PublicFrame>
  );
}

import { Alert, Text } from '@mantine/core';
import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';

const linkCodes = ['LINK_EXPIRED', 'LINK_USED', 'LINK_REVOKED', 'LINK_NOT_FOUND'] as const;

/** Why a partner's link does not open, in words that say what to do next; other errors as usual. */
export function PublicLinkProblem({ error }: { error: unknown }) {
  const { t } = useT();
  const code = linkCodes.find((candidate) => isApiError(error, candidate));
  if (!code) return <ErrorAlert error={error} />;
  return (
    <Alert
      color="orange"
      title={t.publicAgreement.linkProblemTitle[code]}
      data-testid="public-link-problem"
      data-code={code}
    >
      <Text size="sm">{t.errors[code]}</Text>
    </Alert>
  );
}

import { useState } from 'react';
import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { AgreementPdfPreview } from './agreement-pdf-preview';
import {
  publicSigningDocumentUrl,
  publicSigningQueryOptions,
  signAsPartner,
  type PublicSigning,
} from './public-agreement-api';
import { formatPublicMoment } from './public-format';
import { PublicLinkProblem } from './public-link-problem';
import { SignatureForm } from './signature-form';

const routeApi = getRouteApi('/tautan/tanda-tangan/$agreementId/$token');

function SigningHeading({ signing }: { signing: PublicSigning }) {
  const { t } = useT();
  const tp = t.publicAgreement;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="public-signing-heading">
      <Text fw={700} tt="uppercase">
        {signing.heading}
      </Text>
      <Text size="sm">{signing.subject}</Text>
      {signing.numbers.institution && (
        <Text size="sm" c="dimmed">
          {tp.number}: {signing.numbers.institution}
          {signing.numbers.partner ? ` · ${signing.numbers.partner}` : ''}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {fill(tp.version, { version: signing.versionNumber })}
      </Text>
    </Paper>
  );
}

function Signed({ institutionName }: { institutionName: string }) {
  const { t } = useT();
  const tp = t.publicAgreement;
  return (
    <Alert color="teal" title={tp.signedTitle} data-testid="public-signed">
      {fill(tp.signedBody, { institution: institutionName })}
    </Alert>
  );
}

/** /tautan/tanda-tangan/…: the partner's signatory reads the document and signs with a finger. */
export function PublicSigningPage() {
  const { t, locale } = useT();
  const tp = t.publicAgreement;
  const { agreementId, token } = routeApi.useParams();
  // The link is single-use: once signed here, asking the server again would only say "used".
  const signing = useQuery({ ...publicSigningQueryOptions(agreementId, token), staleTime: Infinity });
  const [signed, setSigned] = useState(false);

  let content;
  if (signed && signing.data) content = <Signed institutionName={signing.data.institutionName} />;
  else if (signing.isPending) content = <PageLoader />;
  else if (signing.isError) content = <PublicLinkProblem error={signing.error} />;
  else {
    const data = signing.data;
    content = (
      <Stack gap="lg">
        <Stack gap={4} data-testid="public-signing-intro">
          <Text size="sm">
            {fill(tp.signSentBy, { institution: data.institutionName, partner: data.partnerName })}
          </Text>
          <Text size="sm">{tp.signWhy}</Text>
          <Text size="xs" c="dimmed">
            {fill(tp.validUntil, { date: formatPublicMoment(data.expiresAt, locale) })}
          </Text>
        </Stack>
        <SigningHeading signing={data} />
        {data.alreadySigned ? (
          <Alert color="teal" data-testid="public-already-signed">
            {tp.alreadySigned}
          </Alert>
        ) : (
          <>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {tp.document}
              </Title>
              <AgreementPdfPreview url={publicSigningDocumentUrl(agreementId, token)} />
            </Stack>
            <Divider />
            <Title order={2} size="h4">
              {tp.confirmTitle}
            </Title>
            <SignatureForm
              expected={data.signatory}
              versionNumber={data.versionNumber}
              onSign={(submission) => signAsPartner(agreementId, token, submission)}
              onSigned={() => setSigned(true)}
              padTitle={tp.signTitle}
            />
          </>
        )}
      </Stack>
    );
  }
  return (
    <PublicFrame title={tp.signingTitle} size={760}>
      {content}
    </PublicFrame>
  );
}

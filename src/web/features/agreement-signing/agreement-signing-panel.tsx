import { useState } from 'react';
import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { formatDateTime } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useCan, useMe } from '../../lib/me-query';
import { MeteraiNotes } from './meterai-notes';
import { PartnerLinkModal } from './partner-link-modal';
import { SignAgreementModal } from './sign-agreement-modal';
import { SignatureList } from './signature-list';
import { issueSigningLink, signedDocumentUrl } from './signing-api';
import { VerificationBox } from './verification-box';

function SignedFile({ agreement, final }: { agreement: Agreement; final: NonNullable<Agreement['final']> }) {
  const { t, locale } = useT();
  const ts = t.signing;
  const me = useMe();
  return (
    <Alert color="teal" title={ts.activeTitle} data-testid="signing-active">
      <Stack gap="xs">
        <Text size="sm">
          {fill(ts.activeBody, { time: formatDateTime(final.activatedAt, locale, me.institution.timeZone) })}
        </Text>
        <Text size="xs" fw={500}>
          {ts.sha256}
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="signing-sha256">
          {final.sha256}
        </Code>
        <Group>
          <Button
            component="a"
            href={signedDocumentUrl(agreement.id)}
            download
            data-testid="signing-download"
          >
            {ts.downloadSigned}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Step 7 on the agreement page: who has signed, signing for the institution, the partner's one-time
 * link, and once active the signed file's fingerprint, its verification and the meterai notes.
 */
export function AgreementSigningPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  const ts = t.signing;
  const canSign = useCan('agreements.sign');
  const [signing, setSigning] = useState(false);
  const [linking, setLinking] = useState(false);
  const awaiting = agreement.storedStatus === 'awaiting_signatures';
  const signedBy = (party: 'institution' | 'partner') =>
    agreement.signatures.some((item) => item.party === party);
  const final = agreement.final;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="signing-title">
      <Stack gap="md" data-testid="signing-panel" data-status={agreement.storedStatus}>
        <Title order={2} size="h4" id="signing-title">
          {ts.title}
        </Title>
        {!awaiting && !final && agreement.signatures.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="signing-not-yet">
            {ts.notYet}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {fill(ts.intro, { version: agreement.currentVersion })}
            </Text>
            <SignatureList agreement={agreement} />
          </>
        )}
        {awaiting && canSign && (
          <Group gap="xs">
            {!signedBy('institution') && (
              <Button onClick={() => setSigning(true)} data-testid="signing-sign">
                {ts.signAsInstitution}
              </Button>
            )}
            {!signedBy('partner') && (
              <Button variant="light" onClick={() => setLinking(true)} data-testid="signing-link-open">
                {ts.sendLink}
              </Button>
            )}
          </Group>
        )}
        {final && (
          <>
            <SignedFile agreement={agreement} final={final} />
            <VerificationBox agreementId={agreement.id} sha256={final.sha256} />
            <MeteraiNotes agreement={agreement} canRecord={canSign} />
          </>
        )}
      </Stack>
      {signing && <SignAgreementModal agreement={agreement} onClose={() => setSigning(false)} />}
      {linking && (
        <PartnerLinkModal
          title={t.partnerLinks.signingTitle}
          intro={t.partnerLinks.signingIntro}
          onClose={() => setLinking(false)}
          issue={(recipientName) => issueSigningLink(agreement.id, recipientName)}
          testId="signing-link-modal"
        />
      )}
    </Paper>
  );
}

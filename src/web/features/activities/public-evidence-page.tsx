import { useState } from 'react';
import {
  Alert,
  Button,
  FileInput,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PublicEvidencePage as PublicEvidence } from '../../../shared/contracts/activities';
import { evidenceKinds, type EvidenceKind } from '../../../shared/domain/activity-vocabulary';
import { fill } from '../../../shared/i18n/catalog';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/describe-error';
import { formatLongDateTime, formatShortDate } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoader } from '../../ui/page-loader';
import { PublicFrame } from '../../ui/public-frame';
import { publicEvidenceQueryOptions, sendPartnerEvidence } from './activities-api';

const routeApi = getRouteApi('/tautan/bukti-kegiatan/$partnershipId/$token');
const linkCodes = ['LINK_NOT_FOUND', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REVOKED'] as const;

function EvidenceForm({
  page,
  partnershipId,
  token,
  onSent,
}: {
  page: PublicEvidence;
  partnershipId: string;
  token: string;
  onSent: (next: PublicEvidence) => void;
}) {
  const { t, locale } = useT();
  const tu = t.publicEvidenceUi;
  const [itemId, setItemId] = useState(page.items[0]?.id ?? '');
  const [kind, setKind] = useState<EvidenceKind>('photo');
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () =>
      sendPartnerEvidence(partnershipId, token, itemId, {
        file: file!,
        kind,
        caption,
        contributorName: name.trim(),
      }),
    onSuccess: (next) => {
      setFile(null);
      setCaption('');
      onSent(next);
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim().length < 2) {
          setNameError(t.fields.required);
          return;
        }
        setNameError(null);
        if (file && itemId) send.mutate();
      }}
      data-testid="public-evidence-form"
    >
      <Stack gap="sm">
        {send.error && <ErrorAlert error={send.error} />}
        <Radio.Group label={tu.chooseItem} value={itemId} onChange={setItemId}>
          <Stack gap={6} mt={4}>
            {page.items.map((item) => (
              <Radio
                key={item.id}
                value={item.id}
                data-testid="public-evidence-item"
                label={item.activity}
                description={fill(tu.period, {
                  from: formatShortDate(item.startsOn, locale, page.timeZone),
                  to: formatShortDate(item.endsOn, locale, page.timeZone),
                })}
              />
            ))}
          </Stack>
        </Radio.Group>
        <SegmentedControl
          fullWidth
          value={kind}
          onChange={(value) => setKind(value)}
          data={evidenceKinds.map((option) => ({ value: option, label: t.evidenceKinds[option] }))}
          data-testid="public-evidence-kind"
        />
        <FileInput
          label={t.activitiesUi.evidenceFile}
          description={t.activitiesUi.evidenceHint}
          value={file}
          onChange={setFile}
          accept={
            kind === 'photo'
              ? 'image/jpeg,image/png,image/webp'
              : 'image/jpeg,image/png,image/webp,application/pdf'
          }
          required
          data-testid="public-evidence-file"
        />
        <TextInput
          label={t.activitiesUi.evidenceCaption}
          value={caption}
          onChange={(event) => setCaption(event.currentTarget.value)}
          data-testid="public-evidence-caption"
        />
        <TextInput
          label={tu.yourName}
          value={name}
          error={nameError}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          data-testid="public-evidence-name"
        />
        <Button
          type="submit"
          size="md"
          loading={send.isPending}
          disabled={!file}
          data-testid="public-evidence-send"
        >
          {tu.send}
        </Button>
      </Stack>
    </form>
  );
}

/** The page a partner opens from WhatsApp, on a phone, without an account, to send its own evidence. */
export function PublicEvidencePage() {
  const { t, locale } = useT();
  const tu = t.publicEvidenceUi;
  const { partnershipId, token } = routeApi.useParams();
  const queryClient = useQueryClient();
  const options = publicEvidenceQueryOptions(partnershipId, token);
  const query = useQuery(options);
  const [sent, setSent] = useState(false);

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    const linkProblem = linkCodes.some((code) => isApiError(query.error, code));
    return (
      <PublicFrame title={tu.pageTitle} size={640}>
        {linkProblem ? (
          <Alert color="orange" title={tu.linkProblemTitle} data-testid="public-link-problem">
            {describeError(query.error, t).message}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </PublicFrame>
    );
  }
  const page = query.data;
  const received = page.items.flatMap((item) =>
    item.activities.flatMap((activity) => activity.evidence.map((evidence) => ({ item, evidence }))),
  );
  return (
    <PublicFrame title={tu.pageTitle} size={640}>
      <Stack gap="md" data-testid="public-evidence">
        <Text size="sm">
          {fill(tu.from, {
            institution: page.institutionName,
            partnership: page.partnershipName,
            partners: page.partnerNames.join(', '),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {tu.why}
        </Text>
        {sent && (
          <Alert color="teal" data-testid="public-evidence-sent">
            {fill(tu.sent, { institution: page.institutionName })}
          </Alert>
        )}
        {page.items.length === 0 ? (
          <Alert color="gray">{tu.noItems}</Alert>
        ) : (
          <EvidenceForm
            page={page}
            partnershipId={partnershipId}
            token={token}
            onSent={(next) => {
              queryClient.setQueryData(options.queryKey, next);
              setSent(true);
            }}
          />
        )}
        {received.length > 0 && (
          <Paper withBorder p="sm" radius="md">
            <Title order={3} size="h6" mb={4}>
              {tu.already}
            </Title>
            <Stack gap={2} data-testid="public-evidence-received">
              {received.map(({ item, evidence }) => (
                <Text key={evidence.id} size="sm">
                  {item.activity}: {t.evidenceKinds[evidence.kind]}
                  {evidence.caption ? ` – ${evidence.caption}` : ''}
                  {evidence.contributorName ? ` (${evidence.contributorName})` : ''}
                </Text>
              ))}
            </Stack>
          </Paper>
        )}
        <Text size="xs" c="dimmed">
          {fill(tu.validUntil, { until: formatLongDateTime(page.linkExpiresAt, locale, page.timeZone) })}
        </Text>
      </Stack>
    </PublicFrame>
  );
}

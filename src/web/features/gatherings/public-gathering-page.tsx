import { useState } from 'react';
import { Alert, Button, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { PublicInvitation } from '../../../shared/contracts/gatherings';
import { salutation } from '../../../shared/domain/message-etiquette';
import { fill } from '../../../shared/i18n/catalog';
import { toIntlLocale } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { LinkProblemAlert, type LinkProblems } from '../../ui/link-problem-alert';
import { PublicLinkPage } from '../../ui/public-link-page';
import { publicInvitationQueryOptions, replyToInvitation } from './gatherings-api';

const routeApi = getRouteApi('/tautan/temu-mitra/$invitationId/$token');
type Answer = 'attending' | 'maybe' | 'declined';

function when(invitation: PublicInvitation, locale: 'id' | 'en'): string {
  const intl = toIntlLocale(locale);
  const day = new Intl.DateTimeFormat(intl, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: invitation.timeZone,
  }).format(new Date(invitation.startsAt));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(intl, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: invitation.timeZone,
    })
      .format(new Date(iso))
      .replace(':', '.');
  return `${day}, ${time(invitation.startsAt)}–${time(invitation.endsAt)}`;
}

function ReplyForm({
  invitation,
  id,
  token,
  problems,
}: {
  invitation: PublicInvitation;
  id: string;
  token: string;
  problems: LinkProblems;
}) {
  const { t } = useT();
  const tu = t.publicGatheringUi;
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<Answer | null>(
    invitation.reply === 'pending' ? null : invitation.reply,
  );
  const [people, setPeople] = useState<number | string>(invitation.attendeeCount ?? 1);
  const [note, setNote] = useState(invitation.replyNote ?? '');
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = useMutation({
    mutationFn: () =>
      replyToInvitation(id, token, {
        reply: answer!,
        attendeeCount: answer === 'declined' ? null : Number(people) || 1,
        note: note.trim() || null,
      }),
    onSuccess: (updated) => {
      setSent(true);
      queryClient.setQueryData(publicInvitationQueryOptions(id, token).queryKey, updated);
    },
  });
  const options: { value: Answer; label: string; color: string }[] = [
    { value: 'attending', label: tu.attending, color: 'teal' },
    { value: 'maybe', label: tu.maybe, color: 'yellow' },
    { value: 'declined', label: tu.declined, color: 'red' },
  ];
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (answer) submit.mutate();
      }}
    >
      <Stack gap="md" data-testid="gathering-reply-form">
        {sent && (
          <Alert color="teal" data-testid="gathering-reply-thanks">
            {tu.thanks} {tu.canChange}
          </Alert>
        )}
        <Text fw={600}>{tu.question}</Text>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {options.map((option) => (
            <Button
              key={option.value}
              size="lg"
              variant={answer === option.value ? 'filled' : 'default'}
              color={option.color}
              onClick={() => setAnswer(option.value)}
              aria-pressed={answer === option.value}
              data-testid={`gathering-answer-${option.value}`}
            >
              {option.label}
            </Button>
          ))}
        </SimpleGrid>
        {tried && !answer && (
          <Text c="red" size="sm">
            {tu.pickReply}
          </Text>
        )}
        {answer && answer !== 'declined' && (
          <NumberInput
            label={tu.people}
            size="md"
            min={1}
            max={50}
            value={people}
            onChange={setPeople}
            data-testid="gathering-people"
          />
        )}
        <Textarea
          label={tu.note}
          size="md"
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="gathering-note"
        />
        {submit.error && <LinkProblemAlert error={submit.error} problems={problems} />}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={submit.isPending}
          data-testid="gathering-reply-submit"
        >
          {invitation.reply === 'pending' ? tu.submit : tu.change}
        </Button>
      </Stack>
    </form>
  );
}

/** The page an invited partner opens from WhatsApp, on a phone, without an account. */
export function PublicGatheringPage() {
  const { t, locale } = useT();
  const tu = t.publicGatheringUi;
  const { invitationId, token } = routeApi.useParams();
  const query = useQuery(publicInvitationQueryOptions(invitationId, token));
  // Read once per visit: replies close at the start, and the server refuses late ones anyway.
  const [openedAt] = useState(() => Date.now());
  const problems: LinkProblems = {
    title: tu.linkProblemTitle,
    messages: {
      LINK_EXPIRED: tu.linkExpired,
      LINK_REVOKED: tu.linkRevoked,
      LINK_NOT_FOUND: tu.linkNotFound,
      GATHERING_REPLY_CLOSED: tu.closed,
    },
  };
  return (
    <PublicLinkPage query={query} title={tu.pageTitle} problems={problems}>
      {(invitation) => {
        const open = invitation.status === 'planned' && Date.parse(invitation.startsAt) > openedAt;
        return (
          <Stack gap="md" data-testid="public-gathering">
            <Text>{fill(tu.greeting, { name: salutation(invitation.contactName) })},</Text>
            <Text>
              {fill(tu.invitedBy, {
                institution: invitation.institutionName,
                partner: invitation.partnerName,
              })}
            </Text>
            <Paper withBorder p="md" radius="md" bg="teal.0">
              <Stack gap={6}>
                <Text fw={700} size="lg" data-testid="public-gathering-title">
                  {invitation.title}
                </Text>
                <Text size="sm">
                  <b>{tu.when}:</b> {when(invitation, locale)}
                </Text>
                <Text size="sm">
                  <b>{tu.place}:</b> {invitation.place}
                </Text>
                {invitation.agenda && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    <b>{tu.agenda}:</b> {invitation.agenda}
                  </Text>
                )}
              </Stack>
            </Paper>
            {invitation.reply !== 'pending' && (
              <Text size="sm" data-testid="public-gathering-current">
                {fill(tu.current, { reply: t.gatheringsUi.replies[invitation.reply] })}
              </Text>
            )}
            {invitation.status === 'cancelled' ? (
              <Alert color="red">{tu.cancelled}</Alert>
            ) : open ? (
              <ReplyForm invitation={invitation} id={invitationId} token={token} problems={problems} />
            ) : (
              <Alert color="gray">{tu.closed}</Alert>
            )}
          </Stack>
        );
      }}
    </PublicLinkPage>
  );
}

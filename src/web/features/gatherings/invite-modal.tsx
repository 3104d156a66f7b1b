import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { IssuedInvitation } from '../../../shared/contracts/gatherings';
import { useT } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/error-alert';
import { IssuedLinkFields } from '../../ui/issued-link-fields';
import { PartnerMultiSelect } from '../occasions/partner-select';
import { useInvite } from './gatherings-api';

/** Invites partners; each gets its own link and a WhatsApp draft, shown once (the token is not kept). */
export function InviteModal({ gatheringId, onClose }: { gatheringId: string; onClose: () => void }) {
  const { t } = useT();
  const tu = t.gatheringsUi;
  const [partners, setPartners] = useState<{ value: string; label: string }[]>([]);
  const [issued, setIssued] = useState<IssuedInvitation[] | null>(null);
  const invite = useInvite(gatheringId);
  return (
    <Modal opened onClose={onClose} title={tu.inviteTitle} size="lg">
      {issued ? (
        <Stack gap="md" data-testid="invite-issued">
          <Text size="sm">{tu.invitedIntro}</Text>
          {issued.map((item) => (
            <Paper key={item.invitation.id} withBorder p="sm" radius="md" data-testid="invite-issued-item">
              <Stack gap="xs">
                <Text fw={600}>
                  {item.invitation.partnerName}
                  {item.invitation.contactName && ` · ${item.invitation.contactName}`}
                </Text>
                <IssuedLinkFields link={item} texts={tu} testIdPrefix="invite" rows={[4, 10]} />
              </Stack>
            </Paper>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tu.done}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate(
              partners.map((p) => p.value),
              { onSuccess: (response) => setIssued(response.items) },
            );
          }}
        >
          <Stack gap="sm">
            {invite.error && <ErrorAlert error={invite.error} />}
            <PartnerMultiSelect
              label={tu.invitePartners}
              placeholder={tu.inviteSearch}
              value={partners}
              onChange={setPartners}
              testId="invite-partners"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {tu.form.cancel}
              </Button>
              <Button
                type="submit"
                loading={invite.isPending}
                disabled={partners.length === 0}
                data-testid="invite-submit"
              >
                {tu.inviteSubmit}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { useFormValues } from '../../lib/use-form-values';
import { ErrorAlert } from '../../ui/error-alert';
import { PartnerLinkView } from './partner-link-view';
import type { PartnerLink } from './signing-api';

interface PartnerLinkModalProps {
  title: string;
  intro: string;
  onClose: () => void;
  issue: (recipientName: string | null) => Promise<PartnerLink>;
  onIssued?: () => void;
  testId: string;
}

/** Asks whom the link is for (to greet them in the message), then shows the link to send. */
export function PartnerLinkModal({ title, intro, onClose, issue, onIssued, testId }: PartnerLinkModalProps) {
  const { t } = useT();
  const tl = t.partnerLinks;
  const form = useFormValues({ recipientName: '' });
  const create = useMutation({
    mutationFn: () => issue(form.values.recipientName.trim() || null),
    onSuccess: onIssued,
    onError: (error) => form.applyError(error, t),
  });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" data-testid={testId}>
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        {create.data ? (
          <>
            <PartnerLinkView link={create.data} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-testid="partner-link-close">
                {tl.close}
              </Button>
            </Group>
          </>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate();
            }}
          >
            <Stack gap="md">
              {form.formError !== null && <ErrorAlert error={form.formError} />}
              <TextInput
                {...form.field('recipientName')}
                label={tl.recipient}
                description={tl.recipientHint}
                data-testid="partner-link-recipient"
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t.common.cancel}
                </Button>
                <Button type="submit" loading={create.isPending} data-testid="partner-link-create">
                  {tl.create}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}

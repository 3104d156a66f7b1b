import { Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Agreement } from '../../../shared/contracts/agreements';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { useNotify } from '../../ui/use-notify';
import { agreementsQueryKey } from '../agreements/agreements-api';
import { SignatureForm } from './signature-form';
import { signAsInstitution } from './signing-api';

/** The institution's signatory confirms who they are and signs the frozen version. */
export function SignAgreementModal({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useT();
  const ts = t.signing;
  const queryClient = useQueryClient();
  const notify = useNotify();
  return (
    <Modal opened onClose={onClose} title={ts.modalTitle} size="lg" data-testid="sign-modal">
      <Stack gap="md">
        <Text size="sm">{fill(ts.modalIntro, { version: agreement.currentVersion })}</Text>
        <SignatureForm
          expected={agreement.signatories.institution}
          versionNumber={agreement.currentVersion}
          onSign={(submission) => signAsInstitution(agreement.id, submission)}
          onSigned={() => {
            // The last signature activates the agreement: lists and the page both change.
            void queryClient.invalidateQueries({ queryKey: agreementsQueryKey });
            notify.success(ts.done);
            onClose();
          }}
        />
      </Stack>
    </Modal>
  );
}

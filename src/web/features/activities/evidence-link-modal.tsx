import { Modal } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { ShareLinkPanel } from '../../ui/share-link-panel';
import { issueEvidenceLink } from './activities-api';

/** A reusable link for the partner to upload its own evidence, with a WhatsApp message ready to send. */
export function EvidenceLinkModal({
  partnershipId,
  onClose,
}: {
  partnershipId: string;
  onClose: () => void;
}) {
  const { t } = useT();
  const tu = t.activitiesUi;
  return (
    <Modal opened onClose={onClose} title={tu.evidenceLinkTitle} size="lg">
      <ShareLinkPanel
        issue={(recipientName) => issueEvidenceLink(partnershipId, recipientName)}
        texts={{
          intro: tu.evidenceLinkIntro,
          link: tu.link,
          message: tu.message,
          openWhatsApp: tu.openWhatsApp,
          recipientName: tu.recipientName,
          create: tu.createLink,
          cancel: tu.cancel,
        }}
        testIdPrefix="evidence-link"
        onClose={onClose}
      />
    </Modal>
  );
}

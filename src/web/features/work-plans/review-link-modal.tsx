import { Modal } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { WorkPlan } from '../../../shared/contracts/work-plans';
import { useT } from '../../lib/i18n';
import { ShareLinkPanel } from '../../ui/share-link-panel';
import { issueReviewLink, workPlansQueryKey } from './work-plans-api';

/** A link for the partner to review the plan without an account, with a WhatsApp message ready to send. */
export function ReviewLinkModal({ plan, onClose }: { plan: WorkPlan; onClose: () => void }) {
  const { t } = useT();
  const tu = t.workPlansUi;
  const queryClient = useQueryClient();
  return (
    <Modal opened onClose={onClose} title={tu.sendTitle} size="lg">
      <ShareLinkPanel
        issue={(recipientName) => issueReviewLink(plan.id, recipientName)}
        // Issuing the link marks the plan as sent for review.
        onIssued={() =>
          void queryClient.invalidateQueries({ queryKey: workPlansQueryKey(plan.partnershipId) })
        }
        texts={{
          intro: tu.sendIntro,
          link: tu.link,
          message: tu.message,
          openWhatsApp: tu.openWhatsApp,
          recipientName: tu.recipientName,
          create: tu.createLink,
          cancel: tu.cancel,
        }}
        testIdPrefix="review-link"
        onClose={onClose}
      />
    </Modal>
  );
}

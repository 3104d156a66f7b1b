import { useQueryClient } from '@tanstack/react-query';
import type { PartnershipPatternItem } from '../../../shared/contracts/partnership-patterns';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { InUseDeleteModal } from '../../ui/in-use-delete-modal';
import { ButtonLink } from '../../ui/router-links';
import { deletePattern, partnershipPatternsQueryOptions } from './partnership-patterns-api';

interface PatternDeleteModalProps {
  pattern: PartnershipPatternItem;
  onClose: () => void;
}

/** Deletes an unused pattern; one that partnerships follow links to them on the board instead. */
export function PatternDeleteModal({ pattern, onClose }: PatternDeleteModalProps) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const queryClient = useQueryClient();
  const inUse = pattern.partnershipCount > 0;
  return (
    <InUseDeleteModal
      title={fill(tp.removeTitle, { name: pattern.name })}
      body={inUse ? fill(tp.removeInUse, { count: pattern.partnershipCount }) : tp.removeBody}
      usedByLink={
        inUse ? (
          <ButtonLink
            to="/kemitraan"
            search={{ pattern: pattern.code, view: 'list' }}
            data-testid="pattern-partnerships"
          >
            {fill(tp.viewPartnerships, { count: pattern.partnershipCount })}
          </ButtonLink>
        ) : null
      }
      confirmLabel={tp.remove}
      removedMessage={fill(tp.removed, { name: pattern.name })}
      remove={() => deletePattern(pattern.code)}
      refresh={() => queryClient.invalidateQueries({ queryKey: partnershipPatternsQueryOptions.queryKey })}
      testId="pattern-delete"
      onClose={onClose}
    />
  );
}

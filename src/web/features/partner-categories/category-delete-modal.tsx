import { useQueryClient } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { InUseDeleteModal } from '../../ui/in-use-delete-modal';
import { ButtonLink } from '../../ui/router-links';
import { customCategoriesQueryOptions } from '../partners/partner-api';
import { deleteCategory } from './partner-categories-api';

interface CategoryDeleteModalProps {
  category: { code: string; name: string; partnerCount: number };
  onClose: () => void;
}

/** Deletes an unused category; one that partners use links to them instead. */
export function CategoryDeleteModal({ category, onClose }: CategoryDeleteModalProps) {
  const { t } = useT();
  const tc = t.partnerCategories;
  const queryClient = useQueryClient();
  const inUse = category.partnerCount > 0;
  return (
    <InUseDeleteModal
      title={fill(tc.removeTitle, { name: category.name })}
      body={inUse ? fill(tc.removeInUse, { count: category.partnerCount }) : tc.removeBody}
      usedByLink={
        inUse ? (
          <ButtonLink to="/mitra" search={{ category: category.code }} data-testid="category-partners">
            {fill(tc.viewPartners, { count: category.partnerCount })}
          </ButtonLink>
        ) : null
      }
      confirmLabel={tc.remove}
      removedMessage={fill(tc.removed, { name: category.name })}
      remove={() => deleteCategory(category.code)}
      refresh={() => queryClient.invalidateQueries({ queryKey: customCategoriesQueryOptions.queryKey })}
      testId="category-delete"
      onClose={onClose}
    />
  );
}

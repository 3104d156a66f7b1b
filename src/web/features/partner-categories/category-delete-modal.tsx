import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ButtonLink } from '../../ui/router-links';
import { useNotify } from '../../ui/use-notify';
import { customCategoriesQueryOptions } from '../partners/partner-api';
import { deleteCategory } from './partner-categories-api';

interface CategoryDeleteModalProps {
  category: { code: string; name: string; partnerCount: number };
  onClose: () => void;
}

/**
 * Deletes an unused category. One that partners use cannot go: the dialog says how many and links
 * to them; should partners have been filed under it meanwhile, the server refuses with the count.
 */
export function CategoryDeleteModal({ category, onClose }: CategoryDeleteModalProps) {
  const { t } = useT();
  const tc = t.partnerCategories;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: customCategoriesQueryOptions.queryKey });
  const remove = useMutation({
    mutationFn: () => deleteCategory(category.code),
    onSuccess: () => {
      notify.success(fill(tc.removed, { name: category.name }));
      void refresh();
      onClose();
    },
    onError: (error) => {
      notify.error(error);
      void refresh();
      onClose();
    },
  });
  const inUse = category.partnerCount > 0;
  return (
    <Modal opened onClose={onClose} title={fill(tc.removeTitle, { name: category.name })} centered>
      <Stack data-testid="category-delete-dialog">
        <Text size="sm">
          {inUse ? fill(tc.removeInUse, { count: category.partnerCount }) : tc.removeBody}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={remove.isPending}>
            {t.common.cancel}
          </Button>
          {inUse ? (
            <ButtonLink to="/mitra" search={{ category: category.code }} data-testid="category-partners">
              {fill(tc.viewPartners, { count: category.partnerCount })}
            </ButtonLink>
          ) : (
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
              data-testid="category-delete-confirm"
            >
              {tc.remove}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

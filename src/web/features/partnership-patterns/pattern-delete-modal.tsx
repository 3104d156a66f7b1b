import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnershipPatternItem } from '../../../shared/contracts/partnership-patterns';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { ButtonLink } from '../../ui/router-links';
import { useNotify } from '../../ui/use-notify';
import { deletePattern, partnershipPatternsQueryOptions } from './partnership-patterns-api';

interface PatternDeleteModalProps {
  pattern: PartnershipPatternItem;
  onClose: () => void;
}

/**
 * Deletes an unused pattern. One that partnerships follow cannot go: the dialog says how many and
 * links to them on the board; should one have taken it meanwhile, the server refuses with the count.
 */
export function PatternDeleteModal({ pattern, onClose }: PatternDeleteModalProps) {
  const { t } = useT();
  const tp = t.partnershipPatternsUi;
  const notify = useNotify();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: partnershipPatternsQueryOptions.queryKey });
  const remove = useMutation({
    mutationFn: () => deletePattern(pattern.code),
    onSuccess: () => {
      notify.success(fill(tp.removed, { name: pattern.name }));
      void refresh();
      onClose();
    },
    onError: (error) => {
      notify.error(error);
      void refresh();
      onClose();
    },
  });
  const inUse = pattern.partnershipCount > 0;
  return (
    <Modal opened onClose={onClose} title={fill(tp.removeTitle, { name: pattern.name })} centered>
      <Stack data-testid="pattern-delete-dialog">
        <Text size="sm">
          {inUse ? fill(tp.removeInUse, { count: pattern.partnershipCount }) : tp.removeBody}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={remove.isPending}>
            {t.common.cancel}
          </Button>
          {inUse ? (
            <ButtonLink
              to="/kemitraan"
              search={{ pattern: pattern.code, view: 'list' }}
              data-testid="pattern-partnerships"
            >
              {fill(tp.viewPartnerships, { count: pattern.partnershipCount })}
            </ButtonLink>
          ) : (
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
              data-testid="pattern-delete-confirm"
            >
              {tp.remove}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

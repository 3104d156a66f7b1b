import { Group, Stack, Text } from '@mantine/core';
import type { AgreementSummary } from '../../../shared/contracts/agreements';
import { useT } from '../../lib/i18n';
import { AnchorLink } from '../../ui/router-links';
import { AgreementStatusBadge } from './agreement-status-badge';

/** The agreements descended from one root, oldest first, each after the one it renews or changes. */
function descendants(items: AgreementSummary[], rootId: string): AgreementSummary[] {
  const root = items.find((item) => item.id === rootId);
  if (!root) return [];
  const children = items.filter((item) => item.parentAgreementId === rootId);
  return [root, ...children.flatMap((child) => descendants(items, child.id))];
}

/** The whole chain an agreement belongs to: up to its first agreement, then everything made from it. */
export function chainOf(items: AgreementSummary[], id: string): AgreementSummary[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  let root = byId.get(id);
  const seen = new Set<string>();
  while (root?.parentAgreementId && byId.has(root.parentAgreementId) && !seen.has(root.id)) {
    seen.add(root.id);
    root = byId.get(root.parentAgreementId);
  }
  return root ? descendants(items, root.id) : [];
}

/** The agreements of a partnership grouped into chains (an MoU, then its extensions and addenda). */
export function chainsOf(items: AgreementSummary[]): AgreementSummary[][] {
  const ids = new Set(items.map((item) => item.id));
  return items
    .filter((item) => !item.parentAgreementId || !ids.has(item.parentAgreementId))
    .map((root) => descendants(items, root.id));
}

function depthOf(items: AgreementSummary[], item: AgreementSummary): number {
  let depth = 0;
  let parent = items.find((candidate) => candidate.id === item.parentAgreementId);
  while (parent && depth < 20) {
    depth += 1;
    parent = items.find((candidate) => candidate.id === parent?.parentAgreementId);
  }
  return depth;
}

export function AgreementChain({ items, currentId }: { items: AgreementSummary[]; currentId?: string }) {
  const { t } = useT();
  return (
    <Stack gap={6} data-testid="agreement-chain">
      {items.map((item) => (
        <Group
          key={item.id}
          gap="xs"
          pl={depthOf(items, item) * 16}
          wrap="nowrap"
          data-testid="chain-item"
          data-current={item.id === currentId ? 'true' : undefined}
        >
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {depthOf(items, item) > 0 ? '↳ ' : ''}
            {t.agreementKindNames[item.kind]}
          </Text>
          {item.id === currentId ? (
            <Text size="sm" fw={700}>
              {item.subject}
            </Text>
          ) : (
            <AnchorLink to="/kesepakatan/$agreementId" params={{ agreementId: item.id }} size="sm">
              {item.subject}
            </AnchorLink>
          )}
          <AgreementStatusBadge status={item.status} />
          {item.numbers.institution && (
            <Text size="xs" c="dimmed">
              {item.numbers.institution}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

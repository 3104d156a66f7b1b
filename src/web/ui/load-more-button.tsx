import { Button, Center } from '@mantine/core';
import { useT } from '../lib/i18n';

interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

export function LoadMoreButton({ hasMore, loading, onLoadMore }: LoadMoreButtonProps) {
  const { t } = useT();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onLoadMore}>
        {t.common.loadMore}
      </Button>
    </Center>
  );
}

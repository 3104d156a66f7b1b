import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { LinkProblemAlert, type LinkProblems } from './link-problem-alert';
import { PageLoader } from './page-loader';
import { PublicFrame } from './public-frame';

interface PublicLinkPageProps<T> {
  query: UseQueryResult<T>;
  title: string;
  problems: LinkProblems;
  size?: number;
  children: (data: T) => ReactNode;
}

/** A page a partner opens from a link without an account: loading, why the link fails, or the page. */
export function PublicLinkPage<T>({ query, title, problems, size = 560, children }: PublicLinkPageProps<T>) {
  if (query.isPending) return <PageLoader />;
  return (
    <PublicFrame title={title} size={size}>
      {query.isError ? <LinkProblemAlert error={query.error} problems={problems} /> : children(query.data)}
    </PublicFrame>
  );
}

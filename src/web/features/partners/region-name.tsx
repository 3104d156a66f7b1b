import { useQuery } from '@tanstack/react-query';
import { regionQueryOptions } from './partner-api';

/** A region's name, or its code while loading or when the regions service cannot say. */
export function useRegionName(code: string | null | undefined): string | null {
  const query = useQuery({ ...regionQueryOptions(code ?? ''), enabled: Boolean(code) });
  if (!code) return null;
  return query.data?.region.name ?? code;
}

export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** "Kalimantan Selatan › Kota Banjarbaru › …" from the deepest code, codes if names are unavailable. */
export function useRegionPath(code: string): string {
  const query = useQuery(regionQueryOptions(code));
  if (!query.data) return code;
  return [...query.data.path, query.data.region].map((region) => region.name).join(' › ');
}

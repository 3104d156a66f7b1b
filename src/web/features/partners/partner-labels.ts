import { useQuery } from '@tanstack/react-query';
import {
  builtInPartnerCategories,
  exchangeItems,
  partnerSizes,
} from '../../../shared/domain/partner-vocabulary';
import { useT } from '../../lib/i18n';
import { customCategoriesQueryOptions } from './partner-api';

export interface Option {
  value: string;
  label: string;
}

function isBuiltIn(code: string): code is (typeof builtInPartnerCategories)[number] {
  return (builtInPartnerCategories as readonly string[]).includes(code);
}

/** The guide's five categories, then the institution's own (`custom:…`), with a label lookup. */
export function useCategoryOptions(): { options: Option[]; labelOf: (code: string) => string } {
  const { t } = useT();
  const custom = useQuery(customCategoriesQueryOptions);
  const customItems = custom.data?.items ?? [];
  const options = [
    ...builtInPartnerCategories.map((code) => ({ value: code, label: t.partnerVocab.categories[code] })),
    ...customItems.map((item) => ({ value: item.code, label: item.name })),
  ];
  const labelOf = (code: string) =>
    isBuiltIn(code)
      ? t.partnerVocab.categories[code]
      : (customItems.find((item) => item.code === code)?.name ?? code.replace(/^custom:/, ''));
  return { options, labelOf };
}

export function useSizeOptions(): Option[] {
  const { t } = useT();
  return partnerSizes.map((size) => ({ value: size, label: t.partnerVocab.sizes[size] }));
}

export function useExchangeOptions(): Option[] {
  const { t } = useT();
  return exchangeItems.map((item) => ({ value: item, label: t.partnerVocab.exchange[item] }));
}

export const categoryColor: Record<string, string> = {
  community_group: 'grape',
  community_figure: 'pink',
  business: 'teal',
  cooperative: 'orange',
  government: 'blue',
};

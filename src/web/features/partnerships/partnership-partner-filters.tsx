import { useState } from 'react';
import { Box, Group, Select, TextInput } from '@mantine/core';
import { useT } from '../../lib/i18n';
import { useCategoryOptions } from '../partners/partner-labels';
import { RegionPicker } from '../regions/region-picker';
import type { PartnershipSearch } from './partnership-search';

type PartnerFilterPatch = Pick<PartnershipSearch, 'category' | 'regionCode' | 'programme'>;

interface PartnershipPartnerFiltersProps {
  search: PartnershipSearch;
  onChange: (patch: PartnerFilterPatch) => void;
}

/** The pipeline narrowed by its partners (category incl. the institution's own, region) and programme. */
export function PartnershipPartnerFilters({ search, onChange }: PartnershipPartnerFiltersProps) {
  const { t } = useT();
  const tf = t.engagementFilters;
  const categories = useCategoryOptions().options;
  const [programme, setProgramme] = useState(search.programme ?? '');
  const applyProgramme = () => onChange({ programme: programme.trim() || undefined });
  return (
    <Group gap="sm" align="flex-start">
      <Select
        label={tf.partnerCategory}
        placeholder={t.partnershipsUi.anyValue}
        clearable
        searchable
        value={search.category ?? null}
        onChange={(value) => onChange({ category: value ?? undefined })}
        data={categories}
        w={220}
        data-testid="filter-partner-category"
      />
      <TextInput
        label={tf.programme}
        placeholder={tf.programmePlaceholder}
        value={programme}
        onChange={(event) => setProgramme(event.currentTarget.value)}
        onBlur={applyProgramme}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applyProgramme();
        }}
        w={220}
        data-testid="filter-programme"
      />
      {/* Province and regency are enough to narrow a pipeline; the partner list goes deeper. */}
      <Box w={{ base: '100%', sm: 452 }}>
        <RegionPicker
          label={tf.partnerRegion}
          deepestLevel="regency"
          value={search.regionCode ?? null}
          onChange={(code) => onChange({ regionCode: code ?? undefined })}
        />
      </Box>
    </Group>
  );
}

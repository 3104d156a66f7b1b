import { Fieldset, Loader, Select, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { regionLevels, type RegionLevel } from '../../../shared/domain/region-code';
import { fill } from '../../../shared/i18n/catalog';
import { useT } from '../../lib/i18n';
import { regionChildrenQueryOptions } from './regions-api';

export interface RegionPickerProps {
  /** The deepest chosen code (`63.72`), or null for none. */
  value: string | null;
  onChange: (code: string | null) => void;
  /** Levels down to this one are required (partners: `regency`); none when absent. */
  requiredLevel?: RegionLevel;
  /** The deepest level offered (default `village`). */
  deepestLevel?: RegionLevel;
  label?: string;
  description?: string;
  /** A problem with the whole value (from the form or the server). */
  error?: string | undefined;
  disabled?: boolean;
}

const depthOf = (level: RegionLevel) => regionLevels.indexOf(level);

/** `63.72.02` → ['63', '63.72', '63.72.02', null]: the chosen code of each level. */
function codesByLevel(value: string | null): (string | null)[] {
  const parts = value ? value.split('.') : [];
  return regionLevels.map((_level, index) =>
    index < parts.length ? parts.slice(0, index + 1).join('.') : null,
  );
}

interface LevelSelectProps {
  level: RegionLevel;
  parentCode: string | null;
  /** The level above, for the "choose … first" hint; null for provinces. */
  parentLevel: RegionLevel | null;
  selected: string | null;
  required: boolean;
  error: string | undefined;
  disabled: boolean;
  onSelect: (code: string | null) => void;
}

function LevelSelect({
  level,
  parentCode,
  parentLevel,
  selected,
  required,
  error,
  disabled,
  onSelect,
}: LevelSelectProps) {
  const { t } = useT();
  const waiting = parentLevel !== null && parentCode === null;
  const query = useQuery({ ...regionChildrenQueryOptions(parentCode), enabled: !waiting });
  const data = (query.data?.items ?? []).map((region) => ({ value: region.code, label: region.name }));
  // A saved code shows even before (or without) its list: the select needs it among the options.
  if (selected && !data.some((option) => option.value === selected))
    data.push({ value: selected, label: selected });
  const label = t.regions[level];
  return (
    <Select
      label={label}
      placeholder={
        waiting && parentLevel
          ? fill(t.regions.chooseAboveFirst, { level: t.regions[parentLevel].toLowerCase() })
          : fill(t.regions.choose, { level: label.toLowerCase() })
      }
      data={data}
      value={selected}
      onChange={(code) => onSelect(code)}
      searchable
      clearable={!required}
      required={required}
      nothingFoundMessage={t.regions.nothingFound}
      disabled={disabled || waiting}
      error={query.isError ? t.regions.loadFailed : error}
      rightSection={query.isFetching ? <Loader size={14} /> : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid={`region-${level}`}
    />
  );
}

/**
 * Province → regency/city → district → village, each list loaded when its parent is chosen.
 * The value is the deepest chosen code; choosing higher up clears the levels below.
 */
export function RegionPicker({
  value,
  onChange,
  requiredLevel,
  deepestLevel = 'village',
  label,
  description,
  error,
  disabled = false,
}: RegionPickerProps) {
  const chosen = codesByLevel(value);
  const levels = regionLevels.slice(0, depthOf(deepestLevel) + 1);
  const requiredDepth = requiredLevel ? depthOf(requiredLevel) : -1;
  // The error sits on the first required level still empty, else on the deepest chosen one.
  const firstMissing = levels.findIndex((_level, index) => index <= requiredDepth && chosen[index] === null);
  const deepestChosen = Math.max(0, chosen.filter((code) => code !== null).length - 1);
  const errorAt = firstMissing >= 0 ? firstMissing : deepestChosen;

  return (
    <Fieldset
      variant="unstyled"
      legend={label}
      disabled={disabled}
      data-testid="region-picker"
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      {description && (
        <Text size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {levels.map((level, index) => (
          <LevelSelect
            key={level}
            level={level}
            parentCode={index === 0 ? null : (chosen[index - 1] ?? null)}
            parentLevel={index === 0 ? null : (regionLevels[index - 1] ?? null)}
            selected={chosen[index] ?? null}
            required={index <= requiredDepth}
            error={index === errorAt ? error : undefined}
            disabled={disabled}
            onSelect={(code) => onChange(code ?? (index === 0 ? null : (chosen[index - 1] ?? null)))}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

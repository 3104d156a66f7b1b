import { ancestorCodesOf } from '../../../shared/domain/region-code';
import { RegionPicker } from '../regions/region-picker';

export interface RegionValue {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  villageCode: string;
}

export const emptyRegion: RegionValue = {
  provinceCode: '',
  regencyCode: '',
  districtCode: '',
  villageCode: '',
};
const levels = ['provinceCode', 'regencyCode', 'districtCode', 'villageCode'] as const;

export function deepestCode(value: RegionValue): string {
  return value.villageCode || value.districtCode || value.regencyCode || value.provinceCode;
}

/** A single code (any level) spread over the four levels: `63.72.01` → province 63, regency 63.72, … */
export function regionFromCode(code: string | undefined): RegionValue {
  if (!code) return emptyRegion;
  const chain = [...ancestorCodesOf(code), code];
  const value: RegionValue = { ...emptyRegion };
  chain.forEach((item, index) => {
    const level = levels[index];
    if (level) value[level] = item;
  });
  return value;
}

interface RegionInputProps {
  value: RegionValue;
  onChange: (next: RegionValue) => void;
  errors?: Partial<Record<keyof RegionValue, string>>;
  /** Province and regency are required for a partner; a filter needs none. */
  required?: boolean;
  label?: string;
}

/** Region of a partner or a filter, Province → Regency/City → District → Village, as four codes. */
export function RegionInput({ value, onChange, errors, required, label }: RegionInputProps) {
  const error = errors && levels.map((level) => errors[level]).find((message) => message !== undefined);
  return (
    <RegionPicker
      value={deepestCode(value) || null}
      onChange={(code) => {
        onChange(regionFromCode(code ?? undefined));
      }}
      requiredLevel={required ? 'regency' : undefined}
      label={label}
      error={error}
    />
  );
}

import type { PartnerImportMapping } from '../../../shared/contracts/partner-import';
import type { PartnerImportField } from '../../../shared/domain/partner-import-fields';
import type { Catalog } from '../../../shared/i18n/catalog';

/** The fields in the order a user thinks of them, grouped as the partner form groups them. */
const fieldGroups: Record<keyof Catalog['partnerImport']['fieldGroups'], PartnerImportField[]> = {
  partner: [
    'name',
    'category',
    'size',
    'sector',
    'description',
    'characteristics',
    'needs',
    'offers',
    'scope',
    'tags',
    'source',
    'website',
  ],
  region: ['province', 'regency', 'district', 'village', 'regionCode', 'address', 'lat', 'lng'],
  business: ['nib', 'npwp', 'kbliCode', 'kbliVersion', 'cooperativeLegalNumber'],
  contact: ['contactName', 'contactPosition', 'contactPhone', 'contactWhatsApp', 'contactEmail'],
};

/** Without a name and a regency (or a region code) no row can become a partner. */
export const requiredFields: ReadonlySet<PartnerImportField> = new Set(['name', 'regency', 'regionCode']);

export const ignoreValue = '';

export function fieldSelectData(t: Catalog) {
  const texts = t.partnerImport;
  const label = (field: PartnerImportField) =>
    field === 'name' || field === 'regency'
      ? `${texts.fields[field]} (${texts.mapping.required})`
      : texts.fields[field];
  return [
    { value: ignoreValue, label: texts.mapping.ignore },
    ...Object.entries(fieldGroups).map(([group, fields]) => ({
      group: texts.fieldGroups[group as keyof typeof fieldGroups],
      items: fields.map((field) => ({ value: field, label: label(field) })),
    })),
  ];
}

export type MissingRequired = 'name' | 'region';

/** The same rule as the server's: a name column, and a regency or region-code column. */
export function findMissingRequired(fields: (PartnerImportField | null)[]): MissingRequired[] {
  const missing: MissingRequired[] = [];
  if (!fields.includes('name')) missing.push('name');
  if (!fields.includes('regency') && !fields.includes('regionCode')) missing.push('region');
  return missing;
}

/** Every header the user sees, with the field shown for it (null: ignored); the first of twin headers wins. */
export function toMapping(headers: string[], fields: (PartnerImportField | null)[]): PartnerImportMapping {
  const mapping: PartnerImportMapping = {};
  headers.forEach((header, index) => {
    if (!Object.prototype.hasOwnProperty.call(mapping, header)) mapping[header] = fields[index] ?? null;
  });
  return mapping;
}

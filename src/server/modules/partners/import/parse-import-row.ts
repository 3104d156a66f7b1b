import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { PartnerImportIssue } from '../../../../shared/contracts/partner-import';
import { createContactRequestSchema } from '../../../../shared/contracts/partner-contact-requests';
import { createPartnerRequestSchema } from '../../../../shared/contracts/partners';
import {
  templateExamplePrefix,
  type PartnerImportField,
  type PartnerImportIssueCode,
} from '../../../../shared/domain/partner-import-fields';
import { acceptImportContact, acceptImportPartner } from './accept-import-row';
import type { CellValue } from '../../../platform/files/spreadsheet/spreadsheet-source';
import type { RegionNameIndex } from '../../regions/index';
import {
  categoryFrom,
  categoryFromName,
  cellText,
  coordinate,
  exchangeItemsFrom,
  listFrom,
  phoneText,
  scopeFrom,
  sizeFrom,
  yesNo,
} from './import-cell-values';
import type { ImportColumns } from './resolve-import-columns';

export type PartnerInput = z.output<typeof createPartnerRequestSchema>;
export type ContactInput = z.output<typeof createContactRequestSchema>;

export interface ParsedImportRow {
  rowNumber: number;
  name: string | null;
  /** Null when the row is rejected; `issues` then says why. */
  partner: PartnerInput | null;
  contact: ContactInput | null;
  issues: PartnerImportIssue[];
  /** Kept with the row but worth a look (an unknown need recorded as "other"). */
  warnings: PartnerImportIssue[];
  /** Fingerprint of the row's meaning (not its position): the same row imported twice is recognised. */
  importKey: string;
}

export interface RowContext {
  columns: ImportColumns;
  regions: RegionNameIndex;
  /** Header key of each of the institution's own category names → its code. */
  customCategories: Map<string, string>;
}

const issueByMessage: Partial<Record<string, PartnerImportIssueCode>> = {
  NIB_FORMAT: 'NIB_FORMAT',
  NPWP_FORMAT: 'NPWP_FORMAT',
  KBLI_FORMAT: 'KBLI_FORMAT',
  COOPERATIVE_NUMBER_FORMAT: 'COOPERATIVE_NUMBER_FORMAT',
  PARTNER_CATEGORY_UNKNOWN: 'CATEGORY_UNKNOWN',
  PHONE_INVALID: 'PHONE_INVALID',
};

const issueByField: Partial<Record<string, PartnerImportIssueCode>> = {
  name: 'NAME_INVALID',
  location: 'LOCATION_INVALID',
  website: 'WEBSITE_INVALID',
  kbliVersion: 'KBLI_VERSION_UNKNOWN',
  email: 'EMAIL_INVALID',
  phone: 'PHONE_INVALID',
};

function issuesOf(error: z.ZodError, valueAt: (path: PropertyKey[]) => string | null, contact: boolean) {
  return error.issues.map((issue): PartnerImportIssue => {
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const code =
      issueByMessage[issue.message] ??
      (contact && field === 'name' ? 'CONTACT_NAME_MISSING' : undefined) ??
      issueByField[field] ??
      issueByField[String(issue.path[0])] ??
      'TEXT_TOO_LONG';
    return { code, value: code === 'TEXT_TOO_LONG' ? field : valueAt(issue.path) };
  });
}

/** One spreadsheet row to a validated partner (and contact), or every reason it cannot be one. */
export async function parseImportRow(
  rowNumber: number,
  cells: CellValue[],
  context: RowContext,
): Promise<ParsedImportRow> {
  const { byField } = context.columns;
  const raw = (field: PartnerImportField) => {
    const index = byField.get(field);
    return index === undefined ? undefined : cells[index];
  };
  const text = (field: PartnerImportField) => cellText(raw(field));
  const issues: PartnerImportIssue[] = [];
  const warnings: PartnerImportIssue[] = [];
  const name = text('name');
  if (!name) issues.push({ code: 'NAME_MISSING', value: null });
  if (name?.toUpperCase().startsWith(templateExamplePrefix))
    issues.push({ code: 'EXAMPLE_ROW', value: null });

  const categoryText = text('category');
  let category: string | null = null;
  if (categoryText) {
    category = categoryFrom(categoryText, context.customCategories);
    if (!category) issues.push({ code: 'CATEGORY_UNKNOWN', value: categoryText });
  } else if (name) {
    category = categoryFromName(name);
    if (!category) issues.push({ code: 'CATEGORY_MISSING', value: null });
  }

  const sizeText = text('size');
  const size = sizeText ? sizeFrom(sizeText) : null;
  if (sizeText && !size) issues.push({ code: 'SIZE_UNKNOWN', value: sizeText });
  const scopeText = text('scope');
  const scope = scopeText ? scopeFrom(scopeText) : null;
  if (scopeText && !scope) issues.push({ code: 'SCOPE_UNKNOWN', value: scopeText });

  const exchange = (field: 'needs' | 'offers') => {
    const value = text(field);
    if (!value) return undefined;
    const parsed = exchangeItemsFrom(value);
    for (const unknown of parsed.unknown) warnings.push({ code: 'EXCHANGE_UNKNOWN', value: unknown });
    return parsed.unknown.length > 0 && !parsed.items.includes('other')
      ? [...parsed.items, 'other' as const]
      : parsed.items;
  };
  const needs = exchange('needs');
  const offers = exchange('offers');

  const region = await context.regions.resolve({
    province: text('province'),
    regency: text('regency'),
    district: text('district'),
    village: text('village'),
    code: text('regionCode'),
  });
  if ('code' in region) issues.push(region);

  const lat = coordinate(raw('lat'));
  const lng = coordinate(raw('lng'));
  let location: { lat: number; lng: number } | null = null;
  if (lat === 'invalid' || lng === 'invalid' || (lat === null) !== (lng === null)) {
    issues.push({ code: 'LOCATION_INVALID', value: [text('lat'), text('lng')].filter(Boolean).join(', ') });
  } else if (lat !== null && lng !== null) {
    location = { lat, lng };
  }

  const tagsText = text('tags');
  const candidate = {
    name: name ?? '',
    category: category ?? 'business',
    size,
    sector: text('sector'),
    description: text('description'),
    characteristics: text('characteristics'),
    needs,
    offers,
    scope: scope ?? undefined,
    region: 'code' in region ? { provinceCode: '00', regencyCode: '00.00' } : region,
    address: text('address'),
    location,
    website: text('website'),
    source: text('source'),
    tags: tagsText ? listFrom(tagsText).slice(0, 20) : undefined,
    identifiers: {
      nib: text('nib'),
      npwp: text('npwp'),
      kbliCode: text('kbliCode'),
      kbliVersion: text('kbliVersion'),
      cooperativeLegalNumber: text('cooperativeLegalNumber'),
    },
  };
  // A row already refused needs every reason, and only the contract gives them all.
  const quick = issues.length === 0 ? acceptImportPartner(candidate) : null;
  const partner = quick
    ? ({ success: true, data: quick } as const)
    : createPartnerRequestSchema.safeParse(candidate);
  if (!partner.success) {
    const valueAt = (path: PropertyKey[]) => {
      let value: unknown = candidate;
      for (const key of path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      return value && typeof value === 'object' ? JSON.stringify(value) : null;
    };
    const known = new Set(issues.map((issue) => issue.code));
    for (const issue of issuesOf(partner.error, valueAt, false)) {
      if (issue.code === 'NAME_INVALID' && known.has('NAME_MISSING')) continue;
      issues.push(issue);
    }
  }

  const phone = phoneText(raw('contactPhone'));
  const email = text('contactEmail');
  let contact: ContactInput | null = null;
  const contactName = text('contactName');
  if (contactName || phone || email) {
    const whatsAppChoice = yesNo(raw('contactWhatsApp'));
    const contactCandidate = {
      name: contactName ?? name ?? '',
      position: text('contactPosition'),
      phone,
      email,
      legalBasis: 'legitimate_interest' as const,
    };
    const quickContact = acceptImportContact(contactCandidate);
    const parsedContact = quickContact
      ? ({ success: true, data: quickContact } as const)
      : createContactRequestSchema.safeParse(contactCandidate);
    if (parsedContact.success) {
      const mobile = parsedContact.data.phone?.startsWith('+628') ?? false;
      contact = { ...parsedContact.data, whatsApp: whatsAppChoice ?? mobile };
    } else {
      const valueAt = (path: PropertyKey[]) => {
        const value = (contactCandidate as Record<string, unknown>)[String(path[0])];
        return typeof value === 'string' ? value : null;
      };
      issues.push(...issuesOf(parsedContact.error, valueAt, true));
    }
  }

  const accepted = issues.length === 0 && partner.success ? partner.data : null;
  const importKey = createHash('sha256')
    .update(JSON.stringify(accepted ? { partner: accepted, contact } : { cells }))
    .digest('hex');
  return {
    rowNumber,
    name,
    partner: accepted,
    contact: accepted ? contact : null,
    issues,
    warnings,
    importKey,
  };
}

import type { Contact, Partner, PartnerSummary } from '../../../shared/contracts/partners';
import type { ContactRow, ContactSummaryRow } from './partner-contacts.repository';
import type { PartnerLabels } from './partner-labels.repository';
import type { PartnerRow, PartnerSummaryRow } from './partners.repository';
import { consentUseEnded } from '../../../shared/domain/consent-use-ended';

type Summary = PartnerSummary;

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    partnerId: row.partner_id,
    name: row.name,
    salutation: row.salutation as Contact['salutation'],
    position: row.position,
    phone: row.phone,
    whatsApp: row.whatsapp === 1,
    email: row.email,
    preferences: row.preferences,
    sensitiveTopics: row.sensitive_topics,
    legalBasis: row.legal_basis as Contact['legalBasis'],
    consent:
      row.consent_given_by && row.consent_given_at && row.consent_channel
        ? {
            givenBy: row.consent_given_by,
            givenAt: row.consent_given_at,
            channel: row.consent_channel as NonNullable<Contact['consent']>['channel'],
          }
        : null,
    religion: row.religion as Contact['religion'],
    consentWithdrawnAt: row.consent_withdrawn_at,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Whether the contact may still be shown as the partner's contact in lists and exports. */
export function isListableContact(
  contact: Pick<ContactSummaryRow, 'legal_basis' | 'consent_withdrawn_at'>,
): boolean {
  return !consentUseEnded(contact.legal_basis, contact.consent_withdrawn_at);
}

export function toPartnerSummary(
  row: PartnerSummaryRow,
  labels: PartnerLabels,
  primary: ContactSummaryRow | undefined,
): Summary {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    size: row.size as Summary['size'],
    sector: row.sector,
    regionCode: row.region_code,
    regencyCode: row.regency_code,
    scope: row.scope as Summary['scope'],
    tags: labels.tags,
    needs: labels.needs as Summary['needs'],
    offers: labels.offers as Summary['offers'],
    facilitatorUserId: row.facilitator_user_id,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    primaryContact: primary
      ? { name: primary.name, phone: primary.phone, whatsApp: primary.whatsapp === 1, email: primary.email }
      : null,
    updatedAt: row.updated_at,
  };
}

export function toPartner(row: PartnerRow, labels: PartnerLabels, contacts: ContactRow[]): Partner {
  return {
    ...toPartnerSummary(row, labels, contacts.find(isListableContact)),
    description: row.description,
    characteristics: row.characteristics,
    region: {
      provinceCode: row.province_code,
      regencyCode: row.regency_code,
      districtCode: row.district_code,
      villageCode: row.village_code,
    },
    address: row.address,
    website: row.website,
    foundedOn: row.founded_on,
    socialLinks: JSON.parse(row.social_links_json) as string[],
    source: row.source,
    identifiers: {
      nib: row.nib,
      npwp: row.npwp,
      kbliCode: row.kbli_code,
      kbliVersion: row.kbli_version as Partner['identifiers']['kbliVersion'],
      cooperativeLegalNumber: row.cooperative_legal_number,
    },
    contacts: contacts.map(toContact),
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Lower-case, no punctuation, no legal-form words: "CV. Rajut Indah" and "Rajut Indah" meet. */
export function toNameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const legalWords = new Set([
  'cv',
  'pt',
  'ud',
  'tbk',
  'persero',
  'koperasi',
  'kud',
  'toko',
  'usaha',
  'kelompok',
  'bapak',
  'ibu',
  'pak',
  'bu',
  'h',
  'hj',
]);

export function toComparableName(name: string): string {
  return toNameKey(name)
    .split(' ')
    .filter((word) => word && !legalWords.has(word))
    .join(' ');
}

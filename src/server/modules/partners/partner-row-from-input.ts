import type { Insertable } from 'kysely';
import type { z } from 'zod';
import type { createPartnerRequestSchema } from '../../../shared/contracts/partners';
import type { PartnersTable } from '../../db/schema';
import { toNameKey } from './partner-mappers';

type CreateInput = z.output<typeof createPartnerRequestSchema>;

/** The stored row of a new partner, from a validated create request (form or imported row). */
export function partnerRowFromInput(
  input: CreateInput,
  meta: { id: string; institutionId: string; now: string; importKey?: string },
): Insertable<PartnersTable> {
  const identifiers = input.identifiers ?? {};
  const region = input.region;
  return {
    id: meta.id,
    institution_id: meta.institutionId,
    name: input.name,
    name_key: toNameKey(input.name),
    category: input.category,
    size: input.size ?? null,
    sector: input.sector ?? null,
    description: input.description ?? null,
    characteristics: input.characteristics ?? null,
    scope: input.scope ?? 'local',
    province_code: region.provinceCode,
    regency_code: region.regencyCode,
    district_code: region.districtCode ?? null,
    village_code: region.villageCode ?? null,
    region_code: region.villageCode ?? region.districtCode ?? region.regencyCode,
    address: input.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    website: input.website ?? null,
    founded_on: input.foundedOn ?? null,
    social_links_json: JSON.stringify(input.socialLinks ?? []),
    source: input.source ?? null,
    facilitator_user_id: input.facilitatorUserId ?? null,
    nib: identifiers.nib ?? null,
    npwp: identifiers.npwp ?? null,
    kbli_code: identifiers.kbliCode ?? null,
    kbli_version: identifiers.kbliVersion ?? null,
    cooperative_legal_number: identifiers.cooperativeLegalNumber ?? null,
    import_key: meta.importKey ?? null,
    version: 1,
    created_at: meta.now,
    updated_at: meta.now,
  };
}

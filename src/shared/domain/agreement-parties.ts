import { z } from 'zod';

/**
 * The two sides of an agreement: the institution (PIHAK PERTAMA) and the partner (PIHAK KEDUA).
 * A partnership with several partners signs one agreement per partner, so terms stay two-sided.
 */
export const agreementParties = ['institution', 'partner'] as const;
export type AgreementParty = (typeof agreementParties)[number];
export const agreementPartySchema = z.enum(agreementParties);

/** How documents name each side unless the agreement says otherwise. */
export const defaultPartyLabels: Record<AgreementParty, string> = {
  institution: 'PIHAK PERTAMA',
  partner: 'PIHAK KEDUA',
};

/** What an agreement is (api.md): MoU, PKS, an addendum changing one, an extension renewing one. */
export const agreementKinds = ['mou', 'pks', 'addendum', 'extension'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/** Token for the number pattern's `{kind}` (e.g. `030/MOU/LKP-MJ/XI/2026`). */
export const agreementKindNumberCodes: Record<AgreementKind, string> = {
  mou: 'MOU',
  pks: 'PKS',
  addendum: 'ADD',
  extension: 'PERP',
};

/** Stored states; an agreement moves only forward along them (terminated from any but draft). */
export const storedAgreementStatuses = [
  'draft',
  'in_review',
  'awaiting_signatures',
  'active',
  'terminated',
] as const;
export type StoredAgreementStatus = (typeof storedAgreementStatuses)[number];

/** What people see: an active agreement is also expiring or expired depending on today. */
export const agreementStatuses = [
  'draft',
  'in_review',
  'awaiting_signatures',
  'active',
  'expiring',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** Reminders and the "expiring" state start this many days before the end date (guide step 11). */
export const expiringWithinDays = 90;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The status to show on `today` (the institution's calendar day, `YYYY-MM-DD`). */
export function displayAgreementStatus(
  stored: StoredAgreementStatus,
  endsOn: string,
  today: string,
): AgreementStatus {
  if (stored !== 'active') return stored;
  if (endsOn < today) return 'expired';
  return daysBetween(today, endsOn) <= expiringWithinDays ? 'expiring' : 'active';
}

/** Text fields of a draft may change only before anyone is asked to sign it. */
export function isAgreementEditable(stored: StoredAgreementStatus): boolean {
  return stored === 'draft' || stored === 'in_review';
}

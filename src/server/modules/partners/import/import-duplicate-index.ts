import type { PartnerImportIssue } from '../../../../shared/contracts/partner-import';
import type { Db } from '../../../db/database';
import { toComparableName } from '../partner-mappers';
import { nameFragments } from '../similar-names';
import { listContactIdentityRows, listPartnerIdentityRows } from './partner-import.repository';

export interface ImportProbe {
  name: string;
  regencyCode: string;
  nib: string | null;
  npwp: string | null;
  phone: string | null;
  email: string | null;
  /** toComparableName(name), when the caller has it already. */
  comparable?: string;
}

export interface DuplicateMatch {
  /** Partners the row certainly describes: same NIB, NPWP, phone, email, or the same name in the regency. */
  strong: { id: string; name: string }[];
  /** Only a similar name in the same regency: the first one found, if any. */
  weak: { id: string; name: string }[];
}

function pushTo(map: Map<string, string[]>, key: string | null, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * The institution's partners in memory for the length of an import: one read instead of several
 * queries per row, and rows created earlier in the same file are found like any other partner.
 */
export class ImportDuplicateIndex {
  private readonly names = new Map<string, string>();
  private readonly byImportKey = new Map<string, string>();
  private readonly byNib = new Map<string, string[]>();
  private readonly byNpwp = new Map<string, string[]>();
  private readonly byPhone = new Map<string, string[]>();
  private readonly byEmail = new Map<string, string[]>();
  private readonly byRegencyName = new Map<string, string[]>();
  /** Regency + every word run of every name: finds names that contain a probe's name. */
  private readonly byRegencyFragment = new Map<string, string[]>();

  static async load(db: Db, institutionId: string): Promise<ImportDuplicateIndex> {
    const index = new ImportDuplicateIndex();
    for (const row of await listPartnerIdentityRows(db, institutionId)) {
      index.addPartner({
        id: row.id,
        name: row.name,
        regencyCode: row.regency_code,
        nib: row.nib,
        npwp: row.npwp,
        importKey: row.import_key,
      });
    }
    for (const row of await listContactIdentityRows(db, institutionId))
      index.addContact(row.partner_id, row.phone, row.email);
    return index;
  }

  addPartner(partner: {
    id: string;
    name: string;
    regencyCode: string;
    nib: string | null;
    npwp: string | null;
    importKey: string | null;
    comparable?: string;
  }): void {
    this.names.set(partner.id, partner.name);
    if (partner.importKey) this.byImportKey.set(partner.importKey, partner.id);
    pushTo(this.byNib, partner.nib, partner.id);
    pushTo(this.byNpwp, partner.npwp, partner.id);
    const comparable = partner.comparable ?? toComparableName(partner.name);
    pushTo(this.byRegencyName, `${partner.regencyCode}|${comparable}`, partner.id);
    for (const fragment of nameFragments(comparable)) {
      if (fragment !== comparable)
        pushTo(this.byRegencyFragment, `${partner.regencyCode}|${fragment}`, partner.id);
    }
  }

  addContact(partnerId: string, phone: string | null, email: string | null): void {
    pushTo(this.byPhone, phone, partnerId);
    pushTo(this.byEmail, email, partnerId);
  }

  importedAs(importKey: string): { id: string; name: string } | null {
    const id = this.byImportKey.get(importKey);
    return id ? { id, name: this.names.get(id)! } : null;
  }

  /**
   * Every strong match, and the first weak one only: a common name ("maju jaya") sits inside
   * thousands of names of a regency, and no decision needs more than the first of them.
   */
  match(probe: ImportProbe): DuplicateMatch {
    const strong = new Set<string>();
    for (const id of probe.nib ? (this.byNib.get(probe.nib) ?? []) : []) strong.add(id);
    for (const id of probe.npwp ? (this.byNpwp.get(probe.npwp) ?? []) : []) strong.add(id);
    for (const id of probe.phone ? (this.byPhone.get(probe.phone) ?? []) : []) strong.add(id);
    for (const id of probe.email ? (this.byEmail.get(probe.email) ?? []) : []) strong.add(id);
    const comparable = probe.comparable ?? toComparableName(probe.name);
    for (const id of this.byRegencyName.get(`${probe.regencyCode}|${comparable}`) ?? []) strong.add(id);
    const named = (id: string) => ({ id, name: this.names.get(id)! });
    return {
      strong: [...strong].map(named),
      weak: this.firstWeak(probe.regencyCode, comparable, strong).map(named),
    };
  }

  /** The same relation as similarNames(): a stored name inside the probe's, or the probe's inside one. */
  private firstWeak(regencyCode: string, comparable: string, strong: Set<string>): string[] {
    const first = (ids: string[] | undefined) => ids?.find((id) => !strong.has(id));
    if (comparable.length >= 5) {
      const found = first(this.byRegencyFragment.get(`${regencyCode}|${comparable}`));
      if (found) return [found];
    }
    for (const fragment of nameFragments(comparable)) {
      if (fragment === comparable) continue;
      const found = first(this.byRegencyName.get(`${regencyCode}|${fragment}`));
      if (found) return [found];
    }
    return [];
  }
}

export function duplicateIssue(match: { id: string; name: string }): PartnerImportIssue {
  return { code: 'POSSIBLE_DUPLICATE', value: match.name };
}

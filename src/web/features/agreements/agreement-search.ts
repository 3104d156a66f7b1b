import {
  agreementKinds,
  agreementStatuses,
  type AgreementKind,
  type AgreementStatus,
} from '../../../shared/domain/agreement-status';

export interface AgreementSearch {
  status?: AgreementStatus;
  kind?: AgreementKind;
  /** Subject, number or partner name; the server takes up to 100 characters. */
  q?: string;
}

/** Kesepakatan list: the filters live in the URL so a view can be shared. */
export function parseAgreementSearch(search: Record<string, unknown>): AgreementSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  return {
    status: agreementStatuses.find((status) => status === search.status),
    kind: agreementKinds.find((kind) => kind === search.kind),
    q: q === '' ? undefined : q,
  };
}

export const agreementTabs = ['isi', 'pratinjau', 'versi', 'tinjauan', 'tanda-tangan', 'riwayat'] as const;
export type AgreementTab = (typeof agreementTabs)[number];

export interface AgreementPageSearch {
  tab?: AgreementTab;
}

/** The open tab lives in the URL, so a link can lead straight to the comparison or the signing. */
export function parseAgreementPageSearch(search: Record<string, unknown>): AgreementPageSearch {
  return { tab: agreementTabs.find((tab) => tab === search.tab) };
}

import type { ClauseKey } from './document/clause-templates';

/** What each key is called on the settings page and in the document. */
export const clauseTitles: Record<ClauseKey, string> = {
  recitals: 'Pertimbangan',
  purpose: 'Maksud dan Tujuan',
  scope: 'Ruang Lingkup',
  mou_scope: 'Ruang Lingkup (Nota Kesepahaman)',
  mou_follow_up: 'Tindak Lanjut',
  rights_obligations: 'Hak dan Kewajiban',
  implementation: 'Pelaksanaan',
  funding: 'Pembiayaan',
  term: 'Jangka Waktu',
  extension: 'Perpanjangan',
  monitoring: 'Monitoring dan Evaluasi',
  force_majeure: 'Keadaan Kahar',
  disputes: 'Penyelesaian Perselisihan',
  addendum: 'Adendum',
  addendum_remaining: 'Ketentuan Lain',
  closing: 'Penutup',
};

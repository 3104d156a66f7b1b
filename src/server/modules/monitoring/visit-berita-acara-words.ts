import type { Locale } from '../../../shared/contracts/auth';
import type { DeepStrings } from '../../../shared/i18n/catalog';

/** The words a monitoring visit's berita acara prints about the visit itself, in the document language. */
const id = {
  heading: 'BERITA ACARA MONITORING DAN EVALUASI',
  attendedBy:
    'PARA PIHAK telah melaksanakan monitoring dan evaluasi pelaksanaan kemitraan {partnership} dengan dihadiri oleh:',
  attendanceHeader: { number: 'No.', person: 'Nama dan jabatan', side: 'Unsur' },
  results: 'Hasil monitoring dan evaluasi adalah sebagai berikut:',
  findings: 'A. Temuan',
  recommendations: 'B. Rekomendasi',
  representative: 'Perwakilan',
  fileStem: 'BA-monev',
};

const en: DeepStrings<typeof id> = {
  heading: 'OFFICIAL RECORD OF MONITORING AND EVALUATION',
  attendedBy:
    'THE PARTIES have monitored and evaluated the implementation of the partnership {partnership}, in the presence of:',
  attendanceHeader: { number: 'No.', person: 'Name and position', side: 'Representing' },
  results: 'The results of the monitoring and evaluation are as follows:',
  findings: 'A. Findings',
  recommendations: 'B. Recommendations',
  representative: 'Representative',
  fileStem: 'monitoring-record',
};

export const visitBeritaAcaraWords: Record<Locale, DeepStrings<typeof id>> = { id, en };

/**
 * What an Indonesian berita acara takes from the agreement printable (the opening with the day and
 * place, the parties, the closing sentence, the signature labels), written for the English record,
 * which is printed as a report: the agreement printable is Indonesian only (agreements must be).
 */
export const englishRecordFrame = {
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  opening: 'On {weekday}, {date}, at {place}, we the undersigned:',
  party: '{name}, {position}, {organisation}, hereinafter referred to as the {label}.',
  labels: { institution: 'FIRST PARTY', partner: 'SECOND PARTY' },
  closing: 'This record has been drawn up truthfully, to be used as required.',
} as const;

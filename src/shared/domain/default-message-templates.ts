import type { MessagePurpose } from './care-vocabulary';
import type { GreetingOccasionKey } from './greeting-audience';

/**
 * The templates Jalin ships, in the work-chat etiquette of domain-facts.md: greet, say who writes
 * for which institution, state the purpose briefly, thank. An institution's own template for the
 * same purpose (and occasion) takes its place.
 */
export interface DefaultMessageTemplate {
  id: string;
  purpose: MessagePurpose;
  occasionKey: GreetingOccasionKey | null;
  name: string;
  subject: string;
  body: string;
}

const signature = 'Hormat kami,\n{pengirim}\n{lembaga}';
const warmSignature = 'Salam hangat,\n{pengirim}\n{lembaga}';

function letter(lines: string[], closing = signature): string {
  return ['{salam}, {sapaan}.', ...lines, closing].join('\n\n');
}

const purposeTemplates: DefaultMessageTemplate[] = [
  {
    id: 'default:introduction',
    purpose: 'introduction',
    occasionKey: null,
    name: 'Perkenalan',
    subject: 'Perkenalan dari {lembaga}',
    body: letter([
      'Perkenalkan, saya {pengirim} dari {lembaga}. Kami ingin menjalin kerja sama dengan {nama_mitra}, terutama dalam menyiapkan lulusan yang terampil dan siap bekerja.',
      'Apabila berkenan, kami ingin bersilaturahmi dan berbincang singkat pada waktu yang Bapak/Ibu tentukan.',
      'Terima kasih atas perhatiannya.',
    ]),
  },
  {
    id: 'default:meeting_invitation',
    purpose: 'meeting_invitation',
    occasionKey: null,
    name: 'Undangan pertemuan',
    subject: 'Undangan pertemuan {lembaga} dan {nama_mitra}',
    body: letter([
      'Saya {pengirim} dari {lembaga}. Kami bermaksud mengundang Bapak/Ibu untuk bertemu membahas rencana kerja sama antara {lembaga} dan {nama_mitra}.',
      'Mohon kabari waktu dan tempat yang paling sesuai bagi Bapak/Ibu.',
      'Terima kasih.',
    ]),
  },
  {
    id: 'default:follow_up',
    purpose: 'follow_up',
    occasionKey: null,
    name: 'Tindak lanjut',
    subject: 'Tindak lanjut kerja sama {lembaga} dan {nama_mitra}',
    body: letter([
      'Saya {pengirim} dari {lembaga}, menindaklanjuti pembicaraan kita sebelumnya mengenai kerja sama dengan {nama_mitra}.',
      'Apakah ada hal yang perlu kami siapkan atau kami bantu? Kami siap menyesuaikan dengan waktu Bapak/Ibu.',
      'Terima kasih atas waktu dan perhatiannya.',
    ]),
  },
  {
    id: 'default:thanks',
    purpose: 'thanks',
    occasionKey: null,
    name: 'Ucapan terima kasih',
    subject: 'Terima kasih dari {lembaga}',
    body: letter([
      'Saya {pengirim} dari {lembaga}. Kami mengucapkan terima kasih atas dukungan dan kerja sama {nama_mitra} selama ini.',
      'Semoga kerja sama kita terus berjalan baik dan bermanfaat bagi peserta didik kami dan {nama_mitra}.',
      'Terima kasih.',
    ]),
  },
];

const greetingLines: Record<GreetingOccasionKey, { name: string; line: string }> = {
  tahun_baru: {
    name: 'Tahun Baru',
    line: 'Selamat Tahun Baru {tahun}. Semoga tahun ini membawa kesehatan, kebahagiaan, dan kerja sama yang makin erat antara {nama_mitra} dan {lembaga}.',
  },
  imlek: {
    name: 'Tahun Baru Imlek',
    line: 'Selamat Tahun Baru Imlek {tahun}. Gong Xi Fa Cai, semoga kesehatan dan kesejahteraan senantiasa menyertai Bapak/Ibu dan keluarga.',
  },
  nyepi: {
    name: 'Hari Raya Nyepi',
    line: 'Selamat Hari Raya Nyepi, Tahun Baru {tahun}. Semoga kedamaian senantiasa menyertai Bapak/Ibu dan keluarga.',
  },
  idulfitri: {
    name: 'Idulfitri',
    line: 'Selamat Hari Raya Idulfitri {tahun}. Mohon maaf lahir dan batin.',
  },
  iduladha: {
    name: 'Iduladha',
    line: 'Selamat Hari Raya Iduladha {tahun}. Semoga keberkahan senantiasa menyertai Bapak/Ibu dan keluarga.',
  },
  tahun_baru_islam: {
    name: 'Tahun Baru Islam',
    line: 'Selamat Tahun Baru Islam {tahun}. Semoga tahun yang baru membawa keberkahan bagi Bapak/Ibu dan keluarga.',
  },
  waisak: {
    name: 'Hari Raya Waisak',
    line: 'Selamat Hari Raya Waisak {tahun}. Semoga semua makhluk berbahagia.',
  },
  natal: {
    name: 'Natal',
    line: 'Selamat Hari Natal {tahun}. Semoga damai dan sukacita Natal menyertai Bapak/Ibu dan keluarga.',
  },
  isra_mikraj: {
    name: 'Isra Mikraj',
    line: 'Selamat memperingati Isra Mikraj Nabi Muhammad SAW {tahun}. Semoga keberkahan senantiasa menyertai Bapak/Ibu dan keluarga.',
  },
  paskah: {
    name: 'Paskah',
    line: 'Selamat Hari Paskah {tahun}. Semoga sukacita dan pengharapan Paskah menyertai Bapak/Ibu dan keluarga.',
  },
  kemerdekaan: {
    name: 'Hari Kemerdekaan',
    line: 'Dirgahayu Republik Indonesia. Selamat memperingati Hari Kemerdekaan {tahun}; semoga semangat kemerdekaan menguatkan kerja sama kita.',
  },
  maulid: {
    name: 'Maulid Nabi',
    line: 'Selamat memperingati Maulid Nabi Muhammad SAW {tahun}. Semoga kita dapat meneladani akhlak beliau.',
  },
  anniversary: {
    name: 'Ulang tahun kerja sama',
    line: 'Hari ini kita memperingati {momen}. Terima kasih atas kepercayaan dan kerja sama {nama_mitra} bersama {lembaga}; semoga terus bertumbuh.',
  },
  partner_founded: {
    name: 'Ulang tahun mitra',
    line: 'Selamat ulang tahun {nama_mitra}. Semoga makin maju dan terus memberi manfaat bagi masyarakat.',
  },
  product_launch: {
    name: 'Peluncuran produk',
    line: 'Selamat atas {momen}. Semoga sukses dan diterima dengan baik oleh pelanggan.',
  },
  general: {
    name: 'Ucapan umum',
    line: 'Keluarga besar {lembaga} mengucapkan selamat {momen}. Semoga Bapak/Ibu dan keluarga senantiasa sehat dan bahagia.',
  },
};

const greetingTemplates: DefaultMessageTemplate[] = Object.entries(greetingLines).map(
  ([key, { name, line }]) => ({
    id: `default:greeting:${key}`,
    purpose: 'greeting' as const,
    occasionKey: key as GreetingOccasionKey,
    name: `Ucapan ${name}`,
    subject: key === 'general' ? 'Salam dari {lembaga}' : `Ucapan ${name} dari {lembaga}`,
    body: letter([line], warmSignature),
  }),
);

export const defaultMessageTemplates: readonly DefaultMessageTemplate[] = [
  ...purposeTemplates,
  ...greetingTemplates,
];

/** The shipped template for a purpose (and, for greetings, an occasion; unknown ones get the general greeting). */
export function defaultTemplateFor(
  purpose: MessagePurpose,
  occasionKey: string | null,
): DefaultMessageTemplate {
  const key = purpose === 'greeting' ? (occasionKey ?? 'general') : null;
  return (
    defaultMessageTemplates.find((t) => t.purpose === purpose && t.occasionKey === key) ??
    defaultMessageTemplates.find((t) => t.id === 'default:greeting:general')!
  );
}

export function findDefaultTemplate(id: string): DefaultMessageTemplate | undefined {
  return defaultMessageTemplates.find((t) => t.id === id);
}

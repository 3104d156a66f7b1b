/** Indonesian words of notifications, the daily digest and the calendar feed; spread into `id`. */
export const idNotifications = {
  notificationsUi: {
    bellLabel: 'Pemberitahuan',
    unreadBadge: '{count} belum dibaca',
    listTitle: 'Pemberitahuan',
    empty: 'Belum ada pemberitahuan. Pengingat dari agenda perawatan mitra muncul di sini setiap pagi.',
    markRead: 'Tandai dibaca',
    markAllRead: 'Tandai semua dibaca',
    openCare: 'Buka Perawatan Mitra',
    loadMore: 'Muat lagi',
    dueOn: 'Jatuh tempo {date}',
    institutionWide: 'Seluruh lembaga',
    reasons: {
      cadence_due: 'Waktunya menghubungi mitra',
      occasion_coming: 'Momen mendatang',
      agreement_expiring: 'Kesepakatan segera berakhir',
      follow_up_due: 'Tindak lanjut jatuh tempo',
      feedback_unanswered: 'Umpan balik belum dijawab',
    },
    digestSubject: 'Agenda Jalin hari ini — {count} hal perlu perhatian',
    digestGreeting: 'Yth. {name},',
    digestIntro: 'Berikut hal-hal dalam perawatan mitra yang perlu perhatian Anda hari ini:',
    digestOpen: 'Buka agenda lengkap di Jalin: {url}',
    digestFooter:
      'Email ini dikirim sekali sehari oleh Jalin. Setiap pengingat hanya dikirim sekali; pengingat yang sama juga ada di lonceng pemberitahuan.',
    calendarMenu: 'Langganan kalender',
    calendarTitle: 'Langganan kalender',
    calendarIntro:
      'Tampilkan pertemuan, kegiatan, tindak lanjut, pengingat, dan momen (hari besar, ulang tahun kesepakatan) di Google Calendar, Thunderbird, atau aplikasi kalender di ponsel. Kalender diperbarui sendiri oleh aplikasi tersebut.',
    calendarNone: 'Belum ada tautan kalender.',
    calendarActiveSince: 'Tautan aktif sejak {date}. Tautan lengkap hanya ditampilkan sekali saat dibuat.',
    calendarCreate: 'Buat tautan kalender',
    calendarRotate: 'Buat tautan baru (yang lama tidak berlaku)',
    calendarRevoke: 'Cabut tautan',
    calendarRevoked: 'Tautan kalender dicabut.',
    calendarCopyNow:
      'Salin tautan ini sekarang: Jalin hanya menyimpan sidik tautan dan tidak dapat menampilkannya lagi.',
    calendarUrlLabel: 'Tautan kalender (rahasia)',
    calendarSecret:
      'Siapa pun yang memegang tautan ini dapat melihat jadwal lembaga Anda. Jangan bagikan; cabut bila bocor.',
    calendarHowGoogle:
      'Google Calendar (di komputer): Setelan → Tambahkan kalender → Dari URL → tempel tautan → Tambahkan kalender. Google memperbarui kalender langganan beberapa jam sekali.',
    calendarHowThunderbird:
      'Thunderbird: Kalender → Kalender Baru → Di Jaringan → tempel tautan sebagai lokasi → Temukan Kalender → Berlangganan.',
    calendarHowPhone:
      'Ponsel: setelah ditambahkan di Google Calendar, kalender ikut tampil di aplikasi Google Calendar di ponsel yang memakai akun yang sama.',
    calendarEventPrefix: {
      meeting: 'Pertemuan',
      activity: 'Kegiatan',
      followUp: 'Tindak lanjut',
      reminder: 'Pengingat',
      occasion: 'Momen',
    },
  },
};

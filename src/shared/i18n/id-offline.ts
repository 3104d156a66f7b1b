/** Indonesian texts of working without a connection (sync state, queue, conflicts); in `idFirst`, the shell shows them. */
export const idOffline = {
  offline: {
    synced: 'Tersinkron',
    offline: 'Luring',
    sending: 'Mengirim…',
    waiting: '{count} menunggu',
    conflicts: '{count} perlu dipilih',
    refused: '{count} ditolak',
    buttonLabel: 'Sinkronisasi: {state}',
    panelTitle: 'Sinkronisasi',
    panelOnline: 'Tersambung ke server. Catatan yang menunggu dikirim otomatis.',
    panelOffline:
      'Tidak ada koneksi. Catatan baru disimpan di perangkat ini dan dikirim otomatis begitu tersambung.',
    unavailable:
      'Peramban ini tidak mengizinkan penyimpanan di perangkat (mungkin jendela penyamaran). Catatan hanya bisa disimpan saat tersambung.',
    lastSynced: 'Terakhir disinkronkan {time}.',
    empty: 'Tidak ada catatan yang menunggu. Semua sudah ada di server.',
    sendNow: 'Kirim sekarang',
    stateWaiting: 'Menunggu dikirim',
    stateConflict: 'Berubah di server: pilih versi',
    stateRefused: 'Ditolak server',
    filesLeft: '{count} berkas belum terkirim',
    resolve: 'Bandingkan dan pilih',
    discard: 'Buang',
    discardTitle: 'Buang catatan ini?',
    discardBody: '"{label}" belum sampai di server. Jika dibuang, catatan ini hilang dari perangkat ini.',
    savedOffline: 'Tidak ada koneksi. Disimpan di perangkat ini dan dikirim otomatis begitu tersambung.',
    kindInteraction: 'Interaksi',
    kindActivity: 'Kegiatan',
    kindPartnerEdit: 'Perubahan data mitra',
    conflictTitle: 'Data mitra berubah selama Anda luring',
    conflictBody:
      '{name} diubah orang lain di server setelah Anda mengubahnya di perangkat ini. Bandingkan isiannya, lalu pilih versi yang dipakai.',
    conflictField: 'Isian',
    conflictServer: 'Di server sekarang',
    conflictMine: 'Perubahan saya',
    conflictEmpty: '(kosong)',
    keepMine: 'Pakai perubahan saya',
    keepServer: 'Pakai versi server',
    signOutPendingTitle: 'Ada catatan yang belum terkirim',
    signOutPendingBody:
      '{count} catatan masih di perangkat ini dan belum sampai di server. Jika keluar sekarang, catatan itu dibuang. Sebaiknya sambungkan ke internet dan tunggu sampai terkirim.',
    signOutOffline:
      'Keluar perlu koneksi internet, agar sesi Anda di server ikut ditutup. Sambungkan dulu, lalu keluar.',
    signOutAnyway: 'Keluar dan buang catatan',
  },
};

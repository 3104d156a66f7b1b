/** Indonesian texts of photos and documents attached to a logged contact; spread into `id`. */
export const idAttachments = {
  attachmentsUi: {
    addPhoto: 'Tambah foto',
    addDocument: 'Lampirkan dokumen',
    hint: 'Foto (JPG, PNG, WebP) atau dokumen PDF, maksimal 10 MB per berkas dan {max} berkas per catatan. Lokasi GPS di foto dihapus otomatis.',
    remove: 'Hapus {name}',
    tooLarge: 'Lebih dari 10 MB: tidak akan diunggah. Perkecil atau pilih berkas lain.',
    tooMany: 'Paling banyak {max} lampiran per catatan; berkas selebihnya tidak dipilih.',
    waiting: 'Menunggu',
    uploading: 'Mengunggah… {percent}%',
    uploaded: 'Terunggah',
    failed: 'Gagal',
    progress: 'Mengunggah lampiran {done} dari {total}',
    savedWithFailures:
      'Catatan interaksi sudah tersimpan, tetapi {count} lampiran gagal diunggah. Alasannya tertera di bawah. Anda bisa mencoba lagi atau menutup tanpa lampiran itu.',
    retry: 'Coba unggah lagi',
    close: 'Tutup',
    savedAllUploaded: 'Catatan interaksi dan {count} lampiran disimpan.',
    photoAlt: 'Foto kunjungan: {name}',
    openFull: 'Buka ukuran penuh',
    document: 'Dokumen PDF',
    addToRecord: 'Tambah foto/dokumen',
    addToRecordTitle: 'Tambah foto/dokumen ke catatan',
    alreadyAttached: 'Catatan ini sudah punya {count} lampiran; bisa ditambah {room} lagi.',
    upload: 'Unggah lampiran',
    addedAll: '{count} lampiran ditambahkan ke catatan.',
    addedWithFailures:
      '{count} lampiran gagal diunggah. Alasannya tertera di bawah. Lampiran lain sudah tersimpan; Anda bisa mencoba lagi atau menutup tanpa lampiran itu.',
    removeAttachment: 'Hapus lampiran',
    removeAttachmentNamed: 'Hapus lampiran {name}',
    removeTitle: 'Hapus lampiran?',
    removeBody:
      '"{name}" akan dihapus dari catatan interaksi ini beserta berkasnya. Tindakan ini tidak dapat dibatalkan.',
    removed: 'Lampiran "{name}" dihapus.',
  },
} as const;

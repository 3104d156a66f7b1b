/** Indonesian words of list exports (XLSX, CSV); spread into `id`. */
export const idExports = {
  exportsUi: {
    heading: 'Unduh daftar',
  },
} as const;

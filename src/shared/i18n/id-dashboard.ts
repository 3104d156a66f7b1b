/** Indonesian words of dashboard (home page); spread into `id`. */
export const idDashboard = {
  dashboardUi: {
    heading: 'Dasbor kemitraan',
  },
} as const;

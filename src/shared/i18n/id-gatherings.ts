/** Indonesian words of partner gatherings (temu mitra), invitations and attendance; spread into `id`. */
export const idGatherings = {
  gatheringsUi: {
    placeholder: 'Temu mitra',
  },
};

/** Indonesian words of notifications, the daily digest and the calendar feed; spread into `id`. */
export const idNotifications = {
  notificationsUi: {
    placeholder: 'Pemberitahuan',
  },
};

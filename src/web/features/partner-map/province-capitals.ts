/**
 * Approximate coordinates of each province's capital, keyed by Kemendagri code: where the
 * location picker opens when a partner has no point yet. Enough to start from, not a boundary.
 */
export const provinceCapitals: Partial<Record<string, [number, number]>> = {
  '11': [5.55, 95.32], // Banda Aceh
  '12': [3.59, 98.67], // Medan
  '13': [-0.95, 100.35], // Padang
  '14': [0.51, 101.45], // Pekanbaru
  '15': [-1.61, 103.61], // Jambi
  '16': [-2.99, 104.76], // Palembang
  '17': [-3.8, 102.27], // Bengkulu
  '18': [-5.43, 105.26], // Bandar Lampung
  '19': [-2.13, 106.11], // Pangkalpinang
  '21': [0.92, 104.45], // Tanjungpinang
  '31': [-6.18, 106.83], // Jakarta
  '32': [-6.91, 107.61], // Bandung
  '33': [-6.97, 110.42], // Semarang
  '34': [-7.8, 110.36], // Yogyakarta
  '35': [-7.25, 112.75], // Surabaya
  '36': [-6.12, 106.15], // Serang
  '51': [-8.65, 115.22], // Denpasar
  '52': [-8.58, 116.12], // Mataram
  '53': [-10.18, 123.61], // Kupang
  '61': [-0.03, 109.33], // Pontianak
  '62': [-2.21, 113.92], // Palangka Raya
  '63': [-3.44, 114.83], // Banjarbaru
  '64': [-0.5, 117.15], // Samarinda
  '65': [2.84, 117.37], // Tanjung Selor
  '71': [1.47, 124.84], // Manado
  '72': [-0.9, 119.87], // Palu
  '73': [-5.14, 119.42], // Makassar
  '74': [-3.97, 122.51], // Kendari
  '75': [0.54, 123.06], // Gorontalo
  '76': [-2.68, 118.89], // Mamuju
  '81': [-3.7, 128.18], // Ambon
  '82': [0.73, 127.57], // Sofifi
  '91': [-2.53, 140.72], // Jayapura
  '92': [-0.86, 134.06], // Manokwari
  '93': [-8.49, 140.4], // Merauke
  '94': [-3.37, 135.5], // Nabire
  '95': [-4.1, 138.95], // Wamena
  '96': [-0.88, 131.26], // Sorong
};

/** The whole country, for a picker with no province chosen yet. */
export const indonesiaCentre: [number, number] = [-2.5, 118];

import L from 'leaflet';

const icons = new Map<string, L.DivIcon>();

/** A coloured dot; the colour comes from our own palette, never from data, so the HTML is safe. */
export function dotIcon(colour: string, className = 'jalin-partner-marker', size = 24): L.DivIcon {
  const key = `${className}:${colour}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className,
      html: `<span style="background:${colour}"></span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}

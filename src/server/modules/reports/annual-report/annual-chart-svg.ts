import type { Locale } from '../../../../shared/contracts/auth';
import { formatFigure } from '../../../../shared/domain/figures';

export interface ChartSlice {
  label: string;
  value: number;
}

export interface AnnualChart {
  svg: string;
  width: number;
  height: number;
}

const colours = { bar: '#1c7ed6', axis: '#444444', text: '#222222' };
const font = 'JalinRoboto, Roboto, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/**
 * One horizontal bar per slice on one shared scale (the slices of a figure count the same
 * thing), each labelled with its figure (written as `locale` writes numbers) so the chart reads
 * without an axis.
 */
export function annualBarChartSvg(slices: ChartSlice[], locale: Locale): AnnualChart {
  const width = 450;
  const labelWidth = 170;
  const barArea = width - labelWidth - 50;
  const rowHeight = 20;
  const top = 6;
  const height = top + Math.max(slices.length, 1) * rowHeight + 6;
  const scale = Math.max(1, ...slices.map((slice) => slice.value));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  slices.forEach((slice, index) => {
    const y = top + index * rowHeight;
    const barWidth = (Math.max(slice.value, 0) / scale) * barArea;
    parts.push(
      `<text x="0" y="${y + 12}" font-family="${font}" font-size="8" fill="${colours.text}">${escapeXml(clip(slice.label, 38))}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth.toFixed(2)}" height="12" fill="${colours.bar}"/>`,
      `<text x="${(labelWidth + barWidth + 4).toFixed(2)}" y="${y + 12}" font-family="${font}" font-size="8" fill="${colours.text}">${escapeXml(formatFigure(slice.value, locale))}</text>`,
    );
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${height - 4}" stroke="${colours.axis}" stroke-width="0.8"/>`,
    '</svg>',
  );
  return { svg: parts.join(''), width, height };
}

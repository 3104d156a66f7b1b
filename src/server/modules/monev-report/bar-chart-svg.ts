import type { Locale } from '../../../shared/contracts/auth';
import { formatFigure } from '../../../shared/domain/figures';

export interface ChartBar {
  label: string;
  target: number;
  actual: number | null;
}

export interface BarChart {
  svg: string;
  width: number;
  height: number;
}

const colours = { target: '#9aa5b1', actual: '#1c7ed6', axis: '#444444', text: '#222222' };
const font = 'JalinRoboto, Roboto, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/**
 * Target against actual per plan item as horizontal bar pairs, each bar labelled with its figure so
 * the chart reads without a scale. Every item gets its own scale (its target is the full width):
 * a plan mixes units (people, hours, places) that one axis cannot compare. The legend and "not
 * measured" come in the document's words, the figures in its number format.
 */
export function barChartSvg(
  bars: ChartBar[],
  words: { target: string; actual: string; notMeasured: string },
  locale: Locale,
): BarChart {
  const figure = (value: number) => formatFigure(value, locale);
  const width = 450;
  const labelWidth = 150;
  const barArea = width - labelWidth - 50;
  const rowHeight = 34;
  const top = 24;
  const height = top + bars.length * rowHeight + 8;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${labelWidth}" y="4" width="10" height="8" fill="${colours.target}"/>`,
    `<text x="${labelWidth + 14}" y="12" font-family="${font}" font-size="8" fill="${colours.text}">${escapeXml(words.target)}</text>`,
    `<rect x="${labelWidth + 90}" y="4" width="10" height="8" fill="${colours.actual}"/>`,
    `<text x="${labelWidth + 104}" y="12" font-family="${font}" font-size="8" fill="${colours.text}">${escapeXml(words.actual)}</text>`,
  ];
  bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    const scale = Math.max(bar.target, bar.actual ?? 0, 1);
    const targetWidth = (bar.target / scale) * barArea;
    const actualWidth = ((bar.actual ?? 0) / scale) * barArea;
    parts.push(
      `<text x="0" y="${y + 16}" font-family="${font}" font-size="8" fill="${colours.text}">${escapeXml(`${index + 1}. ${clip(bar.label, 30)}`)}</text>`,
      `<rect x="${labelWidth}" y="${y + 2}" width="${targetWidth.toFixed(2)}" height="12" fill="${colours.target}"/>`,
      `<text x="${(labelWidth + targetWidth + 4).toFixed(2)}" y="${y + 11}" font-family="${font}" font-size="8" fill="${colours.text}">${figure(bar.target)}</text>`,
      `<rect x="${labelWidth}" y="${y + 16}" width="${actualWidth.toFixed(2)}" height="12" fill="${colours.actual}"/>`,
      `<text x="${(labelWidth + actualWidth + 4).toFixed(2)}" y="${y + 25}" font-family="${font}" font-size="8" fill="${colours.text}">${bar.actual === null ? escapeXml(words.notMeasured) : figure(bar.actual)}</text>`,
    );
  });
  parts.push(
    `<line x1="${labelWidth}" y1="${top - 2}" x2="${labelWidth}" y2="${height - 4}" stroke="${colours.axis}" stroke-width="0.8"/>`,
    '</svg>',
  );
  return { svg: parts.join(''), width, height };
}

/** What pdfmake keeps per inline (a word, as lines break) that decides how it is drawn. */
interface Inline {
  text: string;
  x: number;
  width: number;
  trailingCut?: number;
  _pageNodeRef?: unknown;
  [style: string]: unknown;
}
interface Line {
  inlines: Inline[];
  _pageNodeRef?: unknown;
}
type RenderLine = (this: unknown, line: Line, x: number, y: number) => void;

const drawnAlike = [
  'font',
  'fontSize',
  'color',
  'opacity',
  'characterSpacing',
  'fontFeatures',
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'decorationStyle',
  'decorationColor',
  'background',
  'sup',
  'sub',
] as const;

function joinable(a: Inline, b: Inline): boolean {
  if (a._pageNodeRef !== undefined || b._pageNodeRef !== undefined) return false;
  // Only neighbours that touch: justified lines spread their words apart.
  if (Math.abs(a.x + a.width - b.x) > 0.001) return false;
  return drawnAlike.every((key) => a[key] === b[key]);
}

function mergeInlines(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged.at(-1);
    if (last && joinable(last, inline)) {
      merged[merged.length - 1] = {
        ...last,
        text: last.text + inline.text,
        width: last.width + inline.width,
        trailingCut: inline.trailingCut,
      };
    } else merged.push(inline);
  }
  return merged;
}

/**
 * pdfmake draws every word of a line as its own text object (its own source says lines of one
 * style should be one), and that drawing is the largest part of a render. Words that touch and are
 * drawn alike are joined before the line is drawn: the same glyphs at the same places, a fraction
 * of the operators.
 */
export function drawLinesWhole(rendererClass: { prototype: { renderLine: RenderLine } }): void {
  const original = rendererClass.prototype.renderLine;
  rendererClass.prototype.renderLine = function renderLine(line, x, y) {
    if (line.inlines.length > 1 && line._pageNodeRef === undefined) {
      line.inlines = mergeInlines(line.inlines);
    }
    original.call(this, line, x, y);
  };
}

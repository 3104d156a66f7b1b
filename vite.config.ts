import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { buildSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * Writes `.br` and `.gz` beside every text asset, so the server (@fastify/static `preCompressed`)
 * sends the smallest copy without compressing on each request.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
  return {
    name: 'jalin-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      for (const fileName of Object.keys(bundle)) {
        if (!compressible.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const bytes = fs.readFileSync(file);
        // Below ~1 KB the headers outweigh the saving.
        if (bytes.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(bytes, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
      }
    },
  };
}

/** Above this a file is cached when first opened, not on install (the pdf.js worker, 1.4 MB). */
const precacheMaxBytes = 600 * 1024;

/**
 * Compiles src/web/pwa/service-worker.ts to /sw.js with this build's files to precache and a
 * release name made from them, so a new build installs a new shell cache (ADR 0033).
 */
function serviceWorker(): Plugin {
  return {
    name: 'jalin-service-worker',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      const publicDir = path.join(root, 'public');
      const publicFiles = fs.readdirSync(publicDir, { recursive: true, encoding: 'utf8' });
      const precache = [...Object.keys(bundle), ...publicFiles]
        .filter((fileName) => /\.(js|mjs|css|svg|png|woff2?|webmanifest)$/.test(fileName))
        .filter((fileName) => fs.statSync(path.join(dir, fileName)).size <= precacheMaxBytes)
        .map((fileName) => `/${fileName}`)
        .sort();
      const release = crypto.createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      const result = buildSync({
        entryPoints: [path.join(root, 'pwa', 'service-worker.ts')],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2020',
        write: false,
        define: { jalinRelease: JSON.stringify(release), jalinPrecache: JSON.stringify(precache) },
      });
      fs.writeFileSync(path.join(dir, 'sw.js'), result.outputFiles[0]!.contents);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress(), serviceWorker()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page starts with, in one file that survives app releases in the
            // browser's cache. Only what the first page needs: a library used by one lazy page
            // (charts, Leaflet, pdf.js, the signature pad) stays in that page's chunk.
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

// @ts-check
/** `npm run jalin`: rebuilds the bundles when a source is newer, then runs the command's bundle in this process. */
import { buildServerIfStale, cliBundle } from './build-server.mjs';
import { pathToFileURL } from 'node:url';

// Standard error: what a command prints on standard output (`audit-verify`'s "ok") stays its own.
await buildServerIfStale((message) => console.error(message));
await import(pathToFileURL(cliBundle).href);

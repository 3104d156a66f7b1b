// @ts-check
/** `npm start`: rebuilds the server bundle when a source is newer, then runs it in this process. */
import { buildServerIfStale, serverBundle } from './build-server.mjs';
import { pathToFileURL } from 'node:url';

await buildServerIfStale((message) => console.log(message));
await import(pathToFileURL(serverBundle).href);

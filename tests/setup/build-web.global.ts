import { buildWebIfNeeded } from '../../src/server/build-web-if-needed';

/** Browser tests run against the built UI, exactly as `npm start` serves it. */
export default async function setup(): Promise<void> {
  await buildWebIfNeeded((message) => console.log(message));
}

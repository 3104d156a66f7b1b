import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from './scenario';

const scenariosDir = path.join(import.meta.dirname, 'scenarios');

/** Natural order of ids: A1, S1, S2, …, S10. */
function byId(a: Scenario, b: Scenario): number {
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

/**
 * Every `bench/scenarios/*.ts` exporting `scenario`: adding a scenario is adding a file, named after
 * its id (`s5-…`). With `only`, just those files are loaded (a scenario being written elsewhere
 * cannot break a run of the others).
 */
export async function loadScenarios(only?: string[]): Promise<Scenario[]> {
  const wanted = (name: string) =>
    !only || only.some((id) => name.toLowerCase().startsWith(`${id.toLowerCase()}-`));
  const files = fs
    .readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.ts') && wanted(name))
    .sort();
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(scenariosDir, file)).href)) as {
      scenario?: Scenario;
    };
    if (!module.scenario) throw new Error(`bench/scenarios/${file} exports no \`scenario\``);
    if (only && !only.includes(module.scenario.id)) continue;
    scenarios.push(module.scenario);
  }
  return scenarios.sort(byId);
}

/**
 * `tsx bench/summarise-profile.ts <file.cpuprofile> [--top N]`: where a V8 CPU profile's time went,
 * as the reason a missed target gives (docs/performance.md). Three tables: time by place (a package
 * under node_modules, a folder of src/, Node itself, idle, garbage collection), the functions with the
 * most self time, and the functions with the most time on the stack (inclusive, each sample counted
 * once per function however deep it recurses).
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** V8's `.cpuprofile` (the inspector's Profiler.Profile). */
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const repoRoot = path.resolve(import.meta.dirname, '..');

/** node_modules/<package>, src/<area>/<module>, bench, node:<internal>, or V8's own entries. */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (internals)';
  // A browser profile (S11): the built chunk's name without its content hash.
  if (/^https?:\/\//.test(url)) return new URL(url).pathname.replace(/-[\w-]{8}\.js$/, '.js');
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = file.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const relative = path.relative(repoRoot, file);
  if (relative.startsWith('..')) return file;
  const parts = relative.split(path.sep);
  if (parts[0] === 'src' && parts[1] === 'server') {
    return parts.slice(0, parts[2] === 'modules' || parts[2] === 'platform' ? 4 : 3).join('/');
  }
  return parts.slice(0, 2).join('/');
}

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    ? `${path.basename(url.startsWith('file://') ? new URL(url).pathname : url)}:${lineNumber + 1}`
    : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

export interface ProfileSummary {
  totalMs: number;
  byPlace: [string, number][];
  bySelf: [string, number][];
  byInclusive: [string, number][];
}

export function summariseProfile(profile: CpuProfile, top: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const place = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let totalMs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    totalMs += ms;
    const leaf = byId.get(id);
    if (!leaf) return;
    add(place, placeOf(leaf.callFrame.url, leaf.callFrame.functionName), ms);
    add(self, functionKey(leaf), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const key = functionKey(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, ms);
    }
  });
  const ranked = (map: Map<string, number>) => [...map].sort(([, a], [, b]) => b - a).slice(0, top);
  return { totalMs, byPlace: ranked(place), bySelf: ranked(self), byInclusive: ranked(inclusive) };
}

function printTable(title: string, rows: [string, number][], totalMs: number): void {
  console.log(`\n${title}`);
  for (const [key, ms] of rows) {
    console.log(`${ms.toFixed(0).padStart(9)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${key}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [file, flag, count] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/summarise-profile.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const top = flag === '--top' && count ? Number(count) : 25;
  const summary = summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, top);
  console.log(`${file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled`);
  printTable('By place (self time)', summary.byPlace, summary.totalMs);
  printTable('Functions by self time', summary.bySelf, summary.totalMs);
  printTable('Functions by time on the stack', summary.byInclusive, summary.totalMs);
}

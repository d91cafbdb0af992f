#!/usr/bin/env node
// The `triangulate` command. It runs the compiled CLI in out/cli (built by `npm run build`),
// which starts in a fifth of a second. Where that is missing (a fresh clone before its first
// build) or older than a source file it was built from (an edit since), it runs the sources
// through tsx instead, slower but never stale, and says so in one line.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'triangulate.mjs');

const modifiedAt = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** Why the bundle cannot be used, or undefined when it can. */
function bundleProblem() {
  const builtAt = modifiedAt(bundle);
  if (builtAt === undefined) return 'out/cli is not built yet (npm run build)';
  let sources = [];
  try {
    sources = JSON.parse(readFileSync(join(root, 'out', 'cli', 'sources.json'), 'utf8'));
  } catch {
    return undefined; // An installed copy may ship the bundle alone: it is what was installed.
  }
  // A source that is gone (an installed copy without src/) does not make the bundle stale.
  const newer = sources.find((source) => (modifiedAt(join(root, source)) ?? 0) > builtAt);
  return newer ? `${newer} changed after out/cli was built (npm run build)` : undefined;
}

const problem = process.env.TRIANGULATE_CLI_FROM_SOURCE ? 'TRIANGULATE_CLI_FROM_SOURCE is set' : bundleProblem();
if (problem === undefined) {
  // Node 22.1+ keeps V8's compiled code between runs (in the OS temp folder); Node 20 has no such cache.
  module.enableCompileCache?.();
  await import(pathToFileURL(bundle).href);
} else {
  if (!process.env.TRIANGULATE_CLI_FROM_SOURCE) process.stderr.write(`triangulate: ${problem}; running the sources through tsx, which starts slower.\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

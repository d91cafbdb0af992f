// Builds the `triangulate` command into out/cli/: the CLI and its parse worker as ES modules
// compiled once by esbuild (it comes with vite), so the installed command starts without
// compiling TypeScript (tsx took 1.5–5 s). Chunks are split at dynamic imports, so what only
// one command needs loads when that command runs. Packages with native or bundled-browser
// parts stay in node_modules: better-sqlite3 (its .node binding for Node) and playwright-core.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out', 'cli');
rmSync(outdir, { recursive: true, force: true });
/**
 * FileParser finds its worker beside itself as './parseWorker.ts' (from source); in the bundle
 * the worker is the parseWorker.mjs entry beside the chunks. Without this the CLI would parse
 * large imports on one thread. A build that no longer finds the text fails, not degrades.
 */
const parseWorkerBesideBundle = {
  name: 'triangulate:parse-worker-beside-bundle',
  setup(builder) {
    builder.onLoad({ filter: /src[\\/]core[\\/]importing[\\/]FileParser\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const from = "new URL('./parseWorker.ts', import.meta.url)";
      if (!source.includes(from)) throw new Error(`${path} no longer names its worker as ${from}: update scripts/buildCli.mjs`);
      return { contents: source.replace(from, "new URL('./parseWorker.mjs', import.meta.url)"), loader: 'ts' };
    });
  },
};

const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { triangulate: 'src/cli/main.ts', parseWorker: 'src/core/importing/parseWorker.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  outdir,
  outExtension: { '.js': '.mjs' },
  // Chunks beside the entries: FileParser finds the worker relative to its own module.
  chunkNames: '[name]-[hash]',
  external: ['better-sqlite3', 'playwright-core'],
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [parseWorkerBesideBundle],
  metafile: true,
  logLevel: 'warning',
});
// The project's own files the bundle was built from, for bin/triangulate.mjs to tell a stale
// bundle (a source edited since) from a fresh one; packages are left out: npm changes them.
const sources = Object.keys(metafile.inputs).filter((input) => !input.includes('node_modules/'));
writeFileSync(join(outdir, 'sources.json'), `${JSON.stringify(sources)}\n`);


// The end-to-end stage of `npm test` (and `npm run test:e2e`): the Playwright specs in the
// real Electron app where one can run here (those tagged @chromium-only, which need a page of
// their own, are skipped there), then every spec in Chromium; where Electron cannot run, the
// Chromium run alone, saying why.
// Electron refuses to run as root with the app's sandbox on, so as root the Electron run goes
// to a copy of the project owned by an unprivileged user (TRIANGULATE_E2E_USER, default e2e).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const results = join(root, 'test-results');
// Left out of the copy: history, reports and build output of other tools.
const notCopied = new Set(['.git', 'test-results', 'playwright-report', 'dist', '.cases']);
const xvfbScreen = '-screen 0 1920x1080x24';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const commandExists = (name) => succeeds('sh', ['-c', `command -v ${name}`]);

/** The Electron binary the harness would launch (tests/e2e/harness/launchMode.ts), if any. */
function electronExecutable(env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    if (existsSync(candidate)) return candidate;
  }
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const executable = join(packageDir, 'dist', readFileSync(join(packageDir, 'path.txt'), 'utf8').trim());
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** How the Electron run can be launched here, or why it cannot. */
export function electronPlan(env = process.env) {
  if (env.TRIANGULATE_E2E_MODE === 'chromium') return { reason: 'TRIANGULATE_E2E_MODE=chromium asks for Chromium only' };
  if (process.platform !== 'linux') return { reason: 'this runner only knows how to run Electron headless on Linux' };
  const executable = electronExecutable(env);
  if (!executable) return { reason: 'no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH, e.g. from the electron kit: README, "End-to-end tests")' };
  const binding = env.TRIANGULATE_SQLITE_BINDING;
  if (binding && !existsSync(binding)) return { reason: `TRIANGULATE_SQLITE_BINDING names ${binding}, which does not exist` };
  const needsXvfb = !env.DISPLAY;
  if (needsXvfb && !(commandExists('xvfb-run') && commandExists('xauth'))) {
    return { reason: 'no display and no xvfb-run/xauth to make one (apt-get install xvfb xauth)' };
  }
  const isRoot = process.getuid?.() === 0;
  const user = env.TRIANGULATE_E2E_USER || 'e2e';
  if (isRoot) {
    if (!succeeds('id', ['-u', user])) {
      return { reason: `running as root, where Electron refuses the app's sandbox, and there is no user "${user}" to run it as (useradd -m ${user})` };
    }
    const readable = [executable, binding].filter(Boolean);
    const unreadable = readable.find((path) => !succeeds('runuser', ['-u', user, '--', 'test', '-r', path]));
    if (unreadable) return { reason: `user "${user}" cannot read ${unreadable} (build the kit somewhere all users can read, e.g. ELECTRON_KIT_DIR=/opt/electron-kit)` };
  }
  return { executable, needsXvfb, user: isRoot ? user : undefined };
}

/** A copy of the project the unprivileged user owns (node_modules, the build, the specs), or undefined. */
function stageCopyFor(user) {
  const started = Date.now();
  const stage = mkdtempSync(join(tmpdir(), 'triangulate-e2e-electron-'));
  // cp and rm, not fs.cpSync/rmSync: four times faster on node_modules' 15,000 files.
  const entries = readdirSync(root).filter((name) => !notCopied.has(name)).map((name) => join(root, name));
  const copied = spawnSync('cp', ['-a', ...entries, stage], { stdio: 'inherit' }).status === 0;
  const owned = copied && spawnSync('chown', ['-R', `${user}:`, stage], { stdio: 'inherit' }).status === 0;
  if (!owned) {
    process.stdout.write(`\nCould not prepare a copy of the project for user ${user} in ${stage}.\n`);
    spawnSync('rm', ['-rf', stage]);
    return undefined;
  }
  process.stdout.write(`\nCopied the project to ${stage} for user ${user} in ${Math.round((Date.now() - started) / 1000)} s.\n`);
  return stage;
}

function playwright(title, { cwd, env, args, plan }) {
  process.stdout.write(`\n── ${title} ──\n`);
  let command = process.execPath;
  // The copy's own Playwright: the specs must load the same @playwright/test as the runner.
  let commandArgs = [join(cwd, 'node_modules/@playwright/test/cli.js'), 'test', ...args];
  if (plan?.needsXvfb) {
    commandArgs = ['-a', '-s', xvfbScreen, command, ...commandArgs];
    command = 'xvfb-run';
  }
  if (plan?.user) {
    // runuser keeps the environment but for HOME, SHELL, USER and LOGNAME, which become the user's.
    commandArgs = ['-u', plan.user, '--', command, ...commandArgs];
    command = 'runuser';
  }
  const started = Date.now();
  const { status } = spawnSync(command, commandArgs, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return { isOk: status === 0, seconds: Math.round((Date.now() - started) / 1000) };
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Counts of one run; a run that failed without a failing test counts as one failure. */
function tally(mode, report, run) {
  const stats = report?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  const failed = stats.unexpected + (!run.isOk && stats.unexpected === 0 ? 1 : 0);
  return { mode, passed: stats.expected + stats.flaky, failed, skipped: stats.skipped, seconds: run.seconds };
}

/**
 * Runs the e2e specs (the app must be built) and returns one tally per mode run; `extraArgs`
 * go to both Playwright runs (spec files, --grep).
 */
export function runE2e(env = process.env, extraArgs = []) {
  mkdirSync(results, { recursive: true });
  const plan = electronPlan(env);
  const tallies = [];
  const cwd = plan.executable && plan.user ? stageCopyFor(plan.user) : root;
  if (plan.executable && !cwd) {
    tallies.push({ mode: 'electron', passed: 0, failed: 1, skipped: 0, seconds: 0 });
  } else if (plan.executable) {
    const report = join(cwd, 'test-results/e2e-electron.json');
    try {
      rmSync(report, { force: true });
      const run = playwright(`end-to-end tests in Electron (${plan.executable}${plan.user ? `, as ${plan.user}` : ''})`, {
        cwd,
        plan,
        env: { TRIANGULATE_E2E_MODE: 'electron', PLAYWRIGHT_JSON_OUTPUT_NAME: report },
        args: ['--reporter=list,json', `--output=${join(cwd, 'test-results/e2e-electron')}`, ...extraArgs],
      });
      tallies.push(tally('electron', readJson(report), run));
    } finally {
      if (plan.user) {
        // Reports, traces and screenshots come back to the project; the copy goes.
        if (existsSync(join(cwd, 'test-results'))) cpSync(join(cwd, 'test-results'), results, { recursive: true });
        spawnSync('chown', ['-R', '--reference', root, results]);
        spawnSync('rm', ['-rf', cwd]);
      }
    }
  } else {
    process.stdout.write(`\nThe end-to-end tests run in Chromium mode only: ${plan.reason}.\n`);
  }
  const report = join(results, 'e2e-chromium.json');
  rmSync(report, { force: true });
  const run = playwright('end-to-end tests in Chromium', {
    cwd: root,
    env: { TRIANGULATE_E2E_MODE: 'chromium', PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    args: ['--reporter=list,json', `--output=${join(results, 'e2e-chromium')}`, ...extraArgs],
  });
  tallies.push(tally('chromium', readJson(report), run));
  for (const { mode, passed, failed, skipped, seconds } of tallies) {
    process.stdout.write(`e2e in ${mode}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)\n`);
  }
  return tallies;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tallies = runE2e(process.env, process.argv.slice(2));
  process.exit(tallies.every((entry) => entry.failed === 0) ? 0 : 1);
}

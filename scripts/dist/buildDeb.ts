// Builds the Linux .deb from electron-builder's unpacked folder with dpkg-deb. electron-builder's
// own deb target drives fpm, which it downloads from GitHub and Debian does not package
// (bookworm has no ruby-fpm), so on an offline machine it cannot run; dpkg-deb is part of
// dpkg and gives the same package everywhere.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DebPackage {
  /** Debian package name, also the executable's and the CLI's name. */
  name: string;
  productName: string;
  version: string;
  description: string;
  maintainer: string;
  /** electron-builder's linux-unpacked folder. */
  unpackedDir: string;
  outputDir: string;
}

// What Electron's binary links against on Debian/Ubuntu; libnotify (notifications) and
// libsecret (the keyring behind cookie encryption; without it Chromium keeps a local key)
// are only recommended.
const depends = ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'libatspi2.0-0', 'libuuid1', 'libasound2 | libasound2t64', 'libgbm1'];
const recommends = ['libnotify4', 'libsecret-1-0', 'xdg-utils'];

/** The CLI on PATH: the app binary in CLI mode (RunAsNode is fused off, so there is no node to call). */
export function cliWrapper(binary: string): string {
  return [
    '#!/bin/sh',
    '# Triangulate\'s command line: the app itself, started with --cli, runs the CLI and exits',
    '# without opening a window. No renderer is started, so there is no sandbox to keep, and',
    '# --no-sandbox lets root use the CLI too (Chromium refuses root otherwise); --log-level=3',
    '# keeps Chromium\'s own start-up messages (D-Bus, GPU) out of the CLI\'s stderr.',
    `exec '${binary}' --no-sandbox --log-level=3 --cli "$@"`,
    '',
  ].join('\n');
}

function desktopEntry(pkg: DebPackage, binary: string): string {
  return [
    '[Desktop Entry]',
    `Name=${pkg.productName}`,
    `Comment=${pkg.description}`,
    `Exec="${binary}" %U`,
    'Terminal=false',
    'Type=Application',
    `StartupWMClass=${pkg.productName}`,
    'Categories=Office;',
    '',
  ].join('\n');
}

// The SUID sandbox helper is only needed where unprivileged user namespaces are off; on
// Ubuntu 24.04+ AppArmor must allow the user namespace for this binary instead.
function postinst(pkg: DebPackage, installDir: string): string {
  return `#!/bin/sh
set -e
if [ -L /proc/self/ns/user ] && unshare --user true 2>/dev/null; then
  chmod 0755 '${installDir}/chrome-sandbox'
else
  chmod 4755 '${installDir}/chrome-sandbox'
fi
if [ -d /etc/apparmor.d ] && command -v apparmor_parser >/dev/null 2>&1; then
  cat > '/etc/apparmor.d/${pkg.name}' <<'PROFILE'
abi <abi/4.0>,
include <tunables/global>
profile ${pkg.name} '${installDir}/${pkg.name}' flags=(unconfined) {
  userns,
}
PROFILE
  if apparmor_parser --skip-kernel-load --debug '/etc/apparmor.d/${pkg.name}' >/dev/null 2>&1; then
    apparmor_parser --replace '/etc/apparmor.d/${pkg.name}' 2>/dev/null || true
  else
    rm -f '/etc/apparmor.d/${pkg.name}'
  fi
fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
`;
}

function postrm(pkg: DebPackage): string {
  return `#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then rm -f '/etc/apparmor.d/${pkg.name}'; fi
`;
}

function sizeInKib(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return Math.ceil(bytes / 1024);
}

/** Writes `<name>_<version>_amd64.deb` into outputDir and returns its path. */
export function buildDeb(pkg: DebPackage): string {
  const installDir = `/opt/${pkg.productName}`;
  const binary = `${installDir}/${pkg.name}`;
  const staging = mkdtempSync(join(tmpdir(), 'triangulate-deb-'));
  try {
    const root = join(staging, 'root');
    cpSync(pkg.unpackedDir, join(root, installDir), { recursive: true, verbatimSymlinks: true });
    mkdirSync(join(root, 'usr/bin'), { recursive: true });
    writeFileSync(join(root, 'usr/bin', pkg.name), cliWrapper(binary), { mode: 0o755 });
    mkdirSync(join(root, 'usr/share/applications'), { recursive: true });
    writeFileSync(join(root, 'usr/share/applications', `${pkg.name}.desktop`), desktopEntry(pkg, binary));
    const control = join(root, 'DEBIAN');
    mkdirSync(control);
    writeFileSync(
      join(control, 'control'),
      [
        `Package: ${pkg.name}`,
        `Version: ${pkg.version}`,
        'Architecture: amd64',
        `Maintainer: ${pkg.maintainer}`,
        `Installed-Size: ${sizeInKib(root)}`,
        `Depends: ${depends.join(', ')}`,
        `Recommends: ${recommends.join(', ')}`,
        'Section: misc',
        'Priority: optional',
        `Description: ${pkg.description}`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(control, 'postinst'), postinst(pkg, installDir), { mode: 0o755 });
    writeFileSync(join(control, 'postrm'), postrm(pkg), { mode: 0o755 });
    // The sandbox helper ships root-owned; postinst decides whether it needs the SUID bit.
    chmodSync(join(root, installDir, 'chrome-sandbox'), 0o755);
    mkdirSync(pkg.outputDir, { recursive: true });
    const debPath = join(pkg.outputDir, `${pkg.name}_${pkg.version}_amd64.deb`);
    execFileSync('dpkg-deb', ['--root-owner-group', '-Zxz', '--build', root, debPath], { stdio: ['ignore', 'ignore', 'inherit'] });
    return debPath;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

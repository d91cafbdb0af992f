import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDeb } from '../../../scripts/dist/buildDeb';

// The real dpkg-deb builds a package from a small stand-in for electron-builder's linux-unpacked.
describe('buildDeb', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'build-deb-test-'));
    const unpacked = join(folder, 'linux-unpacked');
    mkdirSync(join(unpacked, 'resources/sample'), { recursive: true });
    writeFileSync(join(unpacked, 'triangulate'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(unpacked, 'chrome-sandbox'), 'helper', { mode: 0o4755 });
    writeFileSync(join(unpacked, 'resources/app.asar'), 'asar');
    writeFileSync(join(unpacked, 'resources/sample/one.txt'), 'an article');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const build = () =>
    buildDeb({
      name: 'triangulate',
      productName: 'Triangulate',
      version: '1.2.3',
      description: 'Offline workbench',
      maintainer: 'Someone <someone@localhost>',
      unpackedDir: join(folder, 'linux-unpacked'),
      outputDir: join(folder, 'out'),
    });

  it('packages the app in /opt with a /usr/bin/triangulate that runs the binary with --cli', () => {
    const deb = build();
    expect(deb).toBe(join(folder, 'out', 'triangulate_1.2.3_amd64.deb'));
    const contents = execFileSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8' });
    expect(contents).toMatch(/-rwxr-xr-x root\/root .* \.\/usr\/bin\/triangulate\n/);
    expect(contents).toMatch(/-rwxr-xr-x root\/root .* \.\/opt\/Triangulate\/triangulate\n/);
    // Shipped without SUID; postinst sets it only where user namespaces are unavailable.
    expect(contents).toMatch(/-rwxr-xr-x root\/root .* \.\/opt\/Triangulate\/chrome-sandbox\n/);
    expect(contents).toContain('./opt/Triangulate/resources/sample/one.txt');
    expect(contents).toContain('./usr/share/applications/triangulate.desktop');

    const extracted = join(folder, 'extracted');
    execFileSync('dpkg-deb', ['-x', deb, extracted]);
    const wrapper = readFileSync(join(extracted, 'usr/bin/triangulate'), 'utf8');
    expect(wrapper).toMatch(/^#!\/bin\/sh\n/);
    expect(wrapper).toContain(`exec '/opt/Triangulate/triangulate' --no-sandbox --log-level=3 --cli "$@"`);
    expect(readFileSync(join(extracted, 'usr/share/applications/triangulate.desktop'), 'utf8')).toContain(
      'Exec="/opt/Triangulate/triangulate" %U',
    );
  });

  it('writes a control file dpkg reads: name, version, dependencies, maintainer scripts', () => {
    const deb = build();
    const field = (name: string) => execFileSync('dpkg-deb', ['--field', deb, name], { encoding: 'utf8' }).trim();
    expect(field('Package')).toBe('triangulate');
    expect(field('Version')).toBe('1.2.3');
    expect(field('Architecture')).toBe('amd64');
    expect(field('Depends')).toContain('libnss3');
    const info = execFileSync('dpkg-deb', ['--info', deb], { encoding: 'utf8' });
    expect(info).toMatch(/postinst/);
    expect(info).toMatch(/postrm/);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { createApiHandlers } from '../../../src/core/createApiHandlers';
import { api } from '../../../src/shared/api';
import { ExchangeFileError } from '../../../src/core/exchange/ExchangeFileError';
import { Workbench } from '../../../src/core/workbench';
import { buildExchangeCase } from './buildExchangeCase';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

const codebook = (codes: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Hand written">\n  <Codes>\n${codes}\n  </Codes>\n</CodeBook>\n`;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('codebook import (REFI-QDA .qdc)', () => {
  let folder: string;
  let source: Workbench;
  let qdcPath: string;
  let cases = 0;
  const newCase = () => Workbench.open(join(folder, `new-${(cases += 1)}.tri`));
  const write = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-codebook-import-'));
    source = (await buildExchangeCase(folder)).workbench;
    qdcPath = join(folder, 'codebook.qdc');
    await source.exportDossier('qdc', qdcPath);
  });
  afterAll(() => {
    source.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a codebook exported from a case, imported into a new case, gives the same codebook; again, all already present', () => {
    const tags = [...new Set([...source.annotations().flatMap((annotation) => annotation.tags), ...source.claimsWithJudgements().claims.flatMap((claim) => claim.judgement.tags)])].sort(
      byCodeUnit,
    );
    expect(tags).toEqual(expect.arrayContaining(['<tag>', 'a"b', '＋tag']));
    const target = newCase();
    try {
      const report = target.importCodebook(qdcPath);
      expect(report).toEqual({ file: 'codebook.qdc', added: tags, alreadyPresent: [], refused: [] });
      expect([...target.codebook()].sort(byCodeUnit)).toEqual(tags);
      const history = target.history();
      expect(history.undoLabel).toBe(`Import ${tags.length} codes from codebook.qdc`);
      const again = target.importCodebook(qdcPath);
      expect(again).toEqual({ file: 'codebook.qdc', added: [], alreadyPresent: tags, refused: [] });
      expect(target.history()).toEqual(history);
    } finally {
      target.close();
    }
  });

  it('keeps hostile code names as data: entities decoded, names differing in case kept apart, an exact repeat once, too long refused', () => {
    const long = 'L'.repeat(61);
    const path = write(
      'hostile.qdc',
      codebook(
        [
          '<Code guid="1" name="A &amp; B &lt;script&gt; &quot;q&quot; &apos;s&apos;" isCodable="true"/>',
          '<Code guid="2" name="smile &#x1F600; caf&#233;" isCodable="true"/>',
          '<Code guid="3" name="Reuse" isCodable="true"/>',
          '<Code guid="4" name="reuse" isCodable="true"/>',
          '<Code guid="5" name="Reuse" isCodable="true"/>',
          `<Code guid="6" name="${long}" isCodable="true"/>`,
          '<Code guid="7" name="   " isCodable="true"/>',
          '<Code guid="8" name="&lt;/Code&gt;&lt;Code name=&quot;x&quot;&gt;" isCodable="true"><Description>not a code</Description></Code>',
        ].join('\n'),
      ),
    );
    const target = newCase();
    try {
      const report = target.importCodebook(path);
      expect(report.added).toEqual(['A & B <script> "q" \'s\'', 'smile 😀 café', 'Reuse', 'reuse', '</Code><Code name="x">']);
      expect(report.refused).toEqual([
        { name: long, reason: 'its name is 61 characters long; a tag holds at most 60' },
        { name: '   ', reason: 'its name is empty' },
      ]);
      expect([...target.codebook()].sort(byCodeUnit)).toEqual([...report.added].sort(byCodeUnit));
    } finally {
      target.close();
    }
  });

  it('flattens nested codes to Parent/Child paths, parents kept as codes of their own', () => {
    const path = write(
      'nested.qdc',
      codebook(
        '<Code guid="p" name="Sources" isCodable="false"><Code guid="c" name="Wire" isCodable="true"><Code guid="g" name="AFP" isCodable="true"/></Code><Code guid="d" name="Press" isCodable="true"/></Code>',
      ),
    );
    const target = newCase();
    try {
      expect(target.importCodebook(path).added).toEqual(['Sources', 'Sources/Wire', 'Sources/Wire/AFP', 'Sources/Press']);
    } finally {
      target.close();
    }
  });

  it('refuses what is not a well-formed REFI-QDA codebook with one sentence, and changes nothing', async () => {
    const files = {
      unclosed: codebook('<Code guid="1" name="a" isCodable="true">'),
      mismatched: codebook('<Code guid="1" name="a" isCodable="true"></Codes>'),
      stray: codebook('<Code guid="1" name="a" isCodable="true"/></Code>'),
      entity: '<!DOCTYPE CodeBook [<!ENTITY boom "boom">]>\n' + codebook('<Code guid="1" name="&boom;" isCodable="true"/>'),
      undeclared: codebook('<Code guid="1" name="&eacute;" isCodable="true"/>'),
      project: '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"/>',
      plain: 'Sources, Wire, Press',
      namespaced: readFileSync(qdcPath, 'utf8').replace('urn:QDA-XML:codebook:1.0', 'urn:example:other'),
    };
    const target = newCase();
    try {
      for (const [name, text] of Object.entries(files)) {
        let thrown: unknown;
        try {
          target.importCodebook(write(`${name}.qdc`, text));
        } catch (error) {
          thrown = error;
        }
        expect(thrown, name).toBeInstanceOf(ExchangeFileError);
        expect((thrown as Error).message, name).toMatch(new RegExp(`^${name}\\.qdc is not a REFI-QDA codebook: [^\\n]+\\.$`));
      }
      expect(target.codebook()).toEqual([]);
      expect(target.history().canUndo).toBe(false);
    } finally {
      target.close();
    }
    // xmllint agrees that the files refused for their XML are not well-formed.
    for (const name of ['unclosed', 'mismatched', 'stray', 'undeclared']) {
      const lint = spawnSync('xmllint', ['--noout', join(folder, `${name}.qdc`)], { encoding: 'utf8' });
      expect(lint.status, name).not.toBe(0);
    }
    Workbench.open(join(folder, 'cli.tri')).close();
    const refused = await cli('import-codebook', join(folder, 'unclosed.qdc'), '--case', join(folder, 'cli.tri'));
    expect(refused.code).toBe(65);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^triangulate import-codebook: unclosed\.qdc is not a REFI-QDA codebook: the element <Code> is not closed by <\/Code>\.$/)]);
    expect((await cli('import-codebook', join(folder, 'nowhere.qdc'), '--case', join(folder, 'cli.tri'))).code).toBe(66);
  });

  it('the CLI exits 0 when every code is in the codebook, 2 when some were refused; undo removes the whole import', async () => {
    const casePath = join(folder, 'cli-ok.tri');
    Workbench.open(casePath).close();
    const ok = await cli('import-codebook', qdcPath, '--case', casePath);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^codebook\.qdc: added \d+, already present 0, refused 0\./);
    const partly = await cli('import-codebook', join(folder, 'hostile.qdc'), '--case', casePath, '--json');
    expect(partly.code).toBe(2);
    expect((JSON.parse(partly.stdout) as { refused: unknown[] }).refused).toHaveLength(2);
    const workbench = Workbench.open(casePath);
    try {
      const before = workbench.codebook();
      workbench.undo();
      expect(workbench.codebook().length).toBe(before.length - 5);
      workbench.undo();
      expect(workbench.codebook()).toEqual([]);
    } finally {
      workbench.close();
    }
  });

  it('answers the codebook:import contract: input and report both pass its schemas', async () => {
    const target = newCase();
    try {
      const input = api['codebook:import'].input.parse({ path: join(folder, 'nested.qdc') });
      const report = api['codebook:import'].output.parse(await createApiHandlers(target)['codebook:import'](input));
      expect(report.added).toEqual(['Sources', 'Sources/Wire', 'Sources/Wire/AFP', 'Sources/Press']);
    } finally {
      target.close();
    }
  });
});

import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

const headline = (title: string, body: string) => `${title}\n\n${body}\n`;

describe('import of files in legacy encodings and damaged UTF-8', () => {
  const tempDir = useTempDir();

  it('stores each file with the encoding detected and its text read right', async () => {
    const root = tempDir();
    const files = {
      'fr-1252.txt': iconv.encode(
        headline('Visite à Londres', 'Le ministre a déclaré jeudi que la délégation européenne arriverait « dans la matinée » — l’accord reste à trouver.'),
        'windows-1252',
      ),
      'de-latin1.txt': iconv.encode(
        headline('Besuch in London', 'Der Außenbeauftragte traf am Dienstag ein. Die Gespräche über Sicherheit würden offen geführt, sagte ein Sprecher.'),
        'iso-8859-1',
      ),
      'ja-sjis.txt': iconv.encode(headline('ロンドン訪問', '外務大臣は木曜日、欧州代表団が午前中にロンドンに到着すると述べた。交渉は安全保障、エネルギー、貿易を対象とする。'), 'shift_jis'),
      'damaged-utf8.txt': Buffer.concat([
        Buffer.from(headline('Le café rouvre', 'Le café de la gare rouvre ses portes après des travaux.')),
        Buffer.from([0xff]),
        Buffer.from(' Fin.\n'),
      ]),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, name), bytes);
    const workbench = Workbench.open(join(root, 'case.tri'));
    try {
      const report = await workbench.importPaths(Object.keys(files).map((name) => join(root, name)));
      expect(report.failed).toEqual([]);
      const byFile = new Map(report.imported.map((item) => [item.file.slice(root.length + 1), workbench.getSource(item.id)]));
      expect(byFile.get('fr-1252.txt')?.encoding).toBe('windows-1252');
      expect(byFile.get('fr-1252.txt')?.text).toContain('l’accord reste à trouver');
      expect(byFile.get('de-latin1.txt')?.encoding).toBe('iso-8859-1');
      expect(byFile.get('de-latin1.txt')?.text).toContain('Der Außenbeauftragte');
      expect(byFile.get('ja-sjis.txt')?.encoding).toBe('shift_jis');
      expect(byFile.get('ja-sjis.txt')?.text).toContain('欧州代表団');
      expect(byFile.get('damaged-utf8.txt')?.encoding).toBe('utf-8');
      expect(byFile.get('damaged-utf8.txt')?.text).toContain('Le café de la gare');
      expect(byFile.get('damaged-utf8.txt')?.text).toContain('\uFFFD');
    } finally {
      workbench.close();
    }
  });

  it('detects legacy encodings on the parse workers too, as an import large enough for them does', async () => {
    const root = tempDir();
    const paths: string[] = [];
    for (let number = 1; number <= 20; number += 1) {
      const path = join(root, `bulletin-${number}.txt`);
      const text = headline(`Bulletin n° ${number}`, `La rivière à la station ${number} était ${number * 7} centimètres au-dessus de la moyenne — « aucune alerte », selon l’office.`);
      writeFileSync(path, iconv.encode(text, 'windows-1252'));
      paths.push(path);
    }
    const workbench = Workbench.open(join(root, 'case.tri'));
    try {
      const report = await workbench.importPaths(paths);
      expect(report.failed).toEqual([]);
      expect(report.imported).toHaveLength(20);
      for (const item of report.imported) {
        const source = workbench.getSource(item.id);
        expect(source.encoding, item.file).toBe('windows-1252');
        expect(source.text, item.file).toContain('« aucune alerte », selon l’office');
      }
    } finally {
      workbench.close();
    }
  });
});

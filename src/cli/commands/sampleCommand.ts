import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureSampleCase } from '../../core/sample/ensureSampleCase';
import type { CliCommand } from '../CliCommand';

export const sampleCommand: CliCommand = {
  name: 'sample',
  caseAccess: 'creates',
  usage: 'sample',
  summary: 'Create (or open) the bundled sample case: the five articles of the founding case.',
  async run({ casePath, isJson, out, workbenchOptions }) {
    mkdirSync(dirname(casePath), { recursive: true });
    const workbench = await ensureSampleCase(casePath, workbenchOptions);
    const info = workbench.caseInfo();
    workbench.close();
    if (isJson) out(JSON.stringify(info, null, 2));
    else out(`Sample case ready: ${info.path} (${info.sources} sources, ${info.sentences} sentences).`);
    return 0;
  },
};

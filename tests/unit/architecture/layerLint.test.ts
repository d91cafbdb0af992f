import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** The rules lint reports for `code` as if it were a new file at `path` in the repository. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId ?? 'parse');
}

describe('lint keeps the layers apart', () => {
  const cases: [layer: string, path: string, code: string][] = [
    ['renderer importing core', 'src/renderer/src/views/probe.ts', "import { Workbench } from '../../../core/workbench';\nexport const probe = Workbench;\n"],
    ['renderer importing a node: module', 'src/renderer/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"],
    ['renderer importing a bare Node builtin', 'src/renderer/src/probe.ts', "import { join } from 'path';\nexport const probe = join;\n"],
    ['renderer importing electron', 'src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n"],
    ['preload importing a main-process API', 'src/preload/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n"],
    ['preload importing Node', 'src/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"],
    ['core importing electron', 'src/core/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n"],
    ['core touching the DOM', 'src/core/probe.ts', 'export const probe = () => document.title;\n'],
    ['core importing the renderer', 'src/core/probe.ts', "import { probe as other } from '../renderer/src/main';\nexport const probe = other;\n"],
    ['shared importing Node', 'src/shared/probe.ts', "import { join } from 'node:path';\nexport const probe = join;\n"],
    ['shared importing core', 'src/shared/probe.ts', "import { Workbench } from '../core/workbench';\nexport const probe = Workbench;\n"],
  ];
  for (const [layer, path, code] of cases) {
    it(`fails on ${layer}`, async () => {
      expect(await violations(path, code)).toContain(code.includes('document') ? 'no-restricted-globals' : 'no-restricted-imports');
    });
  }

  it("passes the imports each layer may make", async () => {
    expect(await violations('src/renderer/src/probe.ts', "import { z } from 'zod';\nimport type { Api } from '../../shared/api';\nexport const probe: [typeof z, Api | undefined] = [z, undefined];\n")).toEqual([]);
    expect(await violations('src/preload/probe.ts', "import { contextBridge } from 'electron';\nexport const probe = contextBridge;\n")).toEqual([]);
    expect(await violations('src/core/probe.ts', "import { join } from 'node:path';\nexport const probe = join;\n")).toEqual([]);
  });
});

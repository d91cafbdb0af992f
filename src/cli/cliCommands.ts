import type { CliCommand } from './CliCommand';
import { claimsCommand } from './commands/claimsCommand';
import { compareCommand } from './commands/compareCommand';
import { exportCommand } from './commands/exportCommand';
import { importAnnotationsCommand } from './commands/importAnnotationsCommand';
import { importCodebookCommand } from './commands/importCodebookCommand';
import { importCommand } from './commands/importCommand';
import { sampleCommand } from './commands/sampleCommand';
import { searchCommand } from './commands/searchCommand';
import { showCommand } from './commands/showCommand';
import { sourcesCommand } from './commands/sourcesCommand';

/** Every `triangulate` command, in the order `--help` lists them. */
export const cliCommands: readonly CliCommand[] = [
  sampleCommand,
  importCommand,
  sourcesCommand,
  showCommand,
  searchCommand,
  compareCommand,
  claimsCommand,
  exportCommand,
  importAnnotationsCommand,
  importCodebookCommand,
];

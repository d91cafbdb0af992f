// Entry of the `triangulate` command: wires process I/O to runCli.
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

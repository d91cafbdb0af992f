// `<app binary> --cli <command> …`: the installed app has no ELECTRON_RUN_AS_NODE (the fuse is
// off), so the same CLI runs inside the app's main process, without a window, and exits.
import { app } from 'electron';
import { runCli } from '../cli/runCli';
import { resolveNativeBinding } from './resolveNativeBinding';

const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write('', () => done()));

/** Runs one CLI invocation and exits the app with its code; never opens a window. */
export async function runCliInApp(cliArguments: readonly string[], parseWorker: string): Promise<void> {
  const nativeBinding = resolveNativeBinding(app.getAppPath());
  let code: number;
  try {
    code = await runCli(
      cliArguments,
      {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
      },
      { parseWorker, ...(nativeBinding ? { nativeBinding } : {}) },
    );
  } catch (error) {
    process.stderr.write(`triangulate: ${(error as Error).stack ?? String(error)}\n`);
    code = 70;
  }
  // app.exit does not wait for pending writes to a pipe.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  app.exit(code);
}

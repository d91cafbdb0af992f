/**
 * Exit codes of `triangulate`, from BSD's sysexits.h so scripts can tell a typo from a
 * damaged case from a full disk. README.md lists them; keep the two together.
 */
export const cliExitCodes = {
  ok: 0,
  /** `import` stored the files it could and names the ones it could not. */
  someFilesFailed: 2,
  usage: 64,
  dataError: 65,
  noInput: 66,
  internal: 70,
  cannotCreate: 73,
  ioError: 74,
  temporaryFailure: 75,
  /** Stopped by the analyst (Ctrl-C), the shell's 128 + SIGINT; sysexits has no code for it. */
  interrupted: 130,
} as const;

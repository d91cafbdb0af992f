// Types for startPlan.mjs, which stays plain JavaScript because `npm start` runs it with Node
// before anything is compiled.
export interface StartCommand {
  title: string;
  command: string;
  args: string[];
}

export interface BindingPreparation {
  /** better-sqlite3 in node_modules, copied before a command runs in the copy. */
  packageDir: string;
  /** Tried in order until one leaves build/Release/better_sqlite3.node. */
  commands: StartCommand[];
}

export type StartPlan =
  | { kind: 'offline'; message: string }
  | {
      kind: 'launch';
      binary: string;
      abi: string;
      version: string;
      binding: string;
      isBindingPresent: boolean;
      prepare: BindingPreparation | undefined;
    };

export function electronBindingPath(root: string, abi: string): string;
export function resolveElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | undefined;
export function readElectronVersions(binary: string, env?: NodeJS.ProcessEnv): { abi: string; version: string } | undefined;
export function bindingCommands(options: {
  root: string;
  version: string;
  arch?: string;
  platform?: string;
  env?: NodeJS.ProcessEnv;
}): BindingPreparation;
export function isNodeNewEnoughForElectron(nodeVersion?: string): boolean;
export function offlineMessage(packageVersion: string, nodeVersion?: string): string;
export function planStart(options: { root: string; electronDir?: string; env?: NodeJS.ProcessEnv }): StartPlan;

// Exposes exactly one object, `window.workbench`, built by mapping the contract's keys to
// IPC calls. The page never sees ipcRenderer, IPC event objects or process.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { eventChannels, methodChannels } from 'virtual:bridge-channels';
import type { BridgeEventName, BridgeMethod, WorkbenchBridge } from '../shared/api';

type BridgeMethods = Omit<WorkbenchBridge, 'on' | 'pathForFile'>;

function mapMethods(channels: readonly BridgeMethod[]): BridgeMethods {
  const methods: Partial<Record<BridgeMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) methods[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
  // Every key of the contract is present (the channel list is generated from it) and each
  // returns what main answers for that key: a Result of the declared output.
  return methods as BridgeMethods;
}

const knownEvents = new Set<string>(eventChannels);

const workbench = {
  ...mapMethods(methodChannels),
  on(event: BridgeEventName, listener: (payload: never) => void) {
    if (!knownEvents.has(event)) throw new Error(`Unknown event: ${event}`);
    // Only the payload crosses; the IPC event object (with its sender) stays here.
    const forward = (_event: unknown, ...args: unknown[]) => listener(args[0] as never);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
  pathForFile: (file: File) => webUtils.getPathForFile(file),
} satisfies WorkbenchBridge;

contextBridge.exposeInMainWorld('workbench', workbench);

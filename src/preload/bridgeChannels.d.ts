// Generated at build time from src/shared/api.ts by electron.vite.config.ts, so the preload
// knows every channel without bundling zod (a sandboxed preload can only require electron).
declare module 'virtual:bridge-channels' {
  import type { BridgeEventName, BridgeMethod } from '../shared/api';
  export const methodChannels: readonly BridgeMethod[];
  export const eventChannels: readonly BridgeEventName[];
}

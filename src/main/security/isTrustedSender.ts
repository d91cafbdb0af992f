import { appHost, appScheme } from './appOrigin';

export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top frame (not an iframe). */
  isTopFrame: boolean;
}

/** Only our own page, in the top frame, may call the Workbench. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || !frame.isTopFrame) return false;
  try {
    // A custom scheme has an opaque origin in WHATWG URL, so compare scheme and host.
    const url = new URL(frame.url);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

export interface NetworkGuard {
  readonly blockedRequests: number;
  readonly lastBlockedUrl: string | null;
}

/**
 * Seals a session off from the network: every request that is not for the app itself is
 * cancelled and counted (offline means offline), permissions are refused, downloads and
 * spell-checker dictionaries never start.
 */
export function hardenSession(session: Session, onBlocked: (guard: NetworkGuard) => void): NetworkGuard {
  const guard = { blockedRequests: 0, lastBlockedUrl: null as string | null };
  session.webRequest.onBeforeRequest((details, callback) => {
    if (isAppUrl(details.url)) {
      callback({});
      return;
    }
    guard.blockedRequests += 1;
    guard.lastBlockedUrl = details.url;
    console.warn(`[offline] cancelled a request to ${details.url}`);
    callback({ cancel: true });
    onBlocked(guard);
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('app://workbench/no-dictionaries/');
  session.on('will-download', (event) => event.preventDefault());
  return guard;
}

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ExchangeFileError } from './ExchangeFileError';

/** Far above any annotation file or codebook a case produces; guards against reading a disk image. */
export const maxExchangeFileBytes = 64 * 1024 * 1024;

/** The text of an exchange file, decoded as UTF-8 (both formats are UTF-8 by their specifications). */
export function readExchangeFile(path: string): string {
  const name = basename(path);
  let size: number;
  let isFile: boolean;
  try {
    const stat = statSync(path);
    size = stat.size;
    isFile = stat.isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ExchangeFileError('missing-file', `There is no file ${path}.`);
    throw new ExchangeFileError('unreadable-file', `${name} cannot be read: ${(error as Error).message}.`);
  }
  if (!isFile) throw new ExchangeFileError('unreadable-file', `${name} is not a file.`);
  if (size > maxExchangeFileBytes) throw new ExchangeFileError('unreadable-file', `${name} is larger than ${maxExchangeFileBytes / 1024 / 1024} MB, too large for an exchange file.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ExchangeFileError('unreadable-file', `${name} cannot be read: ${(error as Error).message}.`);
  }
  try {
    // A byte-order mark is allowed by both formats and means nothing here.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExchangeFileError('unreadable-file', `${name} is not UTF-8 text.`);
  }
}

import { createHash } from 'node:crypto';

// A fixed namespace for every id Triangulate derives, so the same case gives the same ids on
// any machine: RFC 4122 version 5 (SHA-1 of namespace + name).
const namespace = Buffer.from('6f1d3c2a8b4e4f5a9c7d2e1f0a3b5c6d', 'hex');

/** A UUID v5 for `name`: the same name always gives the same id. */
export function stableUuid(name: string): string {
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../../src/core/createApiHandlers';
import { explainSqliteError } from '../../../src/core/store/explainSqliteError';
import { invokeApiHandler, parseApiCall } from '../../../src/main/api/invokeApiHandler';

/** A handler map whose `audit:list` runs `work`; the rest are never called here. */
const handlersRunning = (work: () => unknown) => ({ 'audit:list': work }) as unknown as ApiHandlers;

describe('invokeApiHandler in the worker', () => {
  it('says a full case file as such, in the words the CLI uses, when given the SQLite explainer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-invoke-'));
    const path = join(folder, 'full.tri');
    const db = new Database(path);
    try {
      db.exec('CREATE TABLE t (data BLOB)');
      db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 1}`);
      const fill = () => db.prepare('INSERT INTO t VALUES (zeroblob(100000))').run();
      const raw = await invokeApiHandler(handlersRunning(fill), 'audit:list', { limit: 1 });
      expect(raw).toMatchObject({ ok: false, error: { code: 'internal' } });
      const explained = await invokeApiHandler(handlersRunning(fill), 'audit:list', { limit: 1 }, (error) => explainSqliteError(error, path) ?? error);
      expect(explained).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      if (!explained.ok) expect(explained.error.message).toContain('full.tri');
    } finally {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('parses a call once against the contract: defaults filled, bad input and unknown methods refused', () => {
    expect(parseApiCall('audit:list', {})).toEqual({ ok: true, value: { method: 'audit:list', input: { limit: 200 } } });
    expect(parseApiCall('sources:get', { id: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseApiCall('sources:drop-table', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});

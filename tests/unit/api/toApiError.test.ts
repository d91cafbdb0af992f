import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../src/main/api/toApiError';
import { WorkbenchError } from '../../../src/core/WorkbenchError';
import { CaseFileError } from '../../../src/core/store/CaseFileError';
import { IngestError } from '../../../src/core/ingest/IngestedDocument';

describe('toApiError', () => {
  it('passes on the code and sentence of every error written for the analyst', () => {
    expect(toApiError(new WorkbenchError('busy', 'An import is running; try again in a moment.'))).toEqual({
      code: 'busy',
      message: 'An import is running; try again in a moment.',
    });
    expect(toApiError(new CaseFileError('newer-schema', 'This case was made by a newer Triangulate.')).code).toBe('newer-schema');
    expect(toApiError(new IngestError('binary', 'This file is not text.')).code).toBe('binary');
  });

  it('reports a defect that carries a code of its own (SQLite, Node) as internal, with its first line only', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
    db.exec('INSERT INTO t VALUES (1)');
    let thrown: unknown;
    try {
      db.exec('INSERT INTO t VALUES (1)');
    } catch (error) {
      thrown = error;
    }
    db.close();
    expect((thrown as { code?: unknown }).code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
    const reported = toApiError(thrown);
    expect(reported.code).toBe('internal');
    expect(reported.message).toMatch(/^The workbench could not finish: UNIQUE constraint failed/);
    expect(toApiError(Object.assign(new Error('first\nsecond'), { code: 'ENOENT' }))).toEqual({
      code: 'internal',
      message: 'The workbench could not finish: first',
    });
  });

  it('says something plain for a thrown value that is not an error', () => {
    expect(toApiError('nope')).toEqual({ code: 'internal', message: 'The workbench could not finish for an unknown reason.' });
  });
});

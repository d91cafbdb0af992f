import type { Migration } from '../Migration';
import { migration0001 } from './0001-sources';
import { migration0002 } from './0002-alignments';
import { migration0003 } from './0003-claims';
import { migration0004 } from './0004-judgements';
import { migration0005 } from './0005-bulk-sentence-index';
import { migration0006 } from './0006-paragraph-spans';
import { migration0007 } from './0007-fewer-index-merges';

/** Every schema step in order; the runner applies the ones a case file has not seen. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];

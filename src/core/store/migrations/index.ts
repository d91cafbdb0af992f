import type { Migration } from '../Migration';
import { migration0001 } from './0001-sources';
import { migration0002 } from './0002-alignments';
import { migration0003 } from './0003-claims';

/** Every schema step in order; the runner applies the ones a case file has not seen. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003];

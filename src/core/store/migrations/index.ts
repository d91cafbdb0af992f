import type { Migration } from '../Migration';
import { migration0001 } from './0001-sources';

/** Every schema step in order; the runner applies the ones a case file has not seen. */
export const migrations: readonly Migration[] = [migration0001];

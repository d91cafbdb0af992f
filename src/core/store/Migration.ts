import type { Database } from 'better-sqlite3';

/** One numbered schema step. Shipped migrations are never edited; later ones only add. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

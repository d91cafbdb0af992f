import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface History {
  lastCase: string | null;
  recent: string[];
}

const maxRecent = 8;

/** Remembers which case to reopen and the recent-cases menu, in the user-data folder. */
export class CaseHistory {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'case-history.json');
  }

  read(): History {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<History>;
      const recent = Array.isArray(parsed.recent) ? parsed.recent.filter((path) => typeof path === 'string') : [];
      return { lastCase: typeof parsed.lastCase === 'string' ? parsed.lastCase : null, recent };
    } catch {
      return { lastCase: null, recent: [] };
    }
  }

  /** Recent cases that still exist, newest first. */
  recentCases(): string[] {
    return this.read().recent.filter((path) => existsSync(path));
  }

  remember(path: string): void {
    const recent = [path, ...this.read().recent.filter((other) => other !== path)].slice(0, maxRecent);
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ lastCase: path, recent }, null, 2));
  }
}

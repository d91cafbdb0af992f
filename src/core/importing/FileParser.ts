import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParsedFile, type ParseRequest } from './parseFile';
import type { ParseJob } from './parseWorker';

/** Parses files for an import, on this thread or on worker threads. */
export interface FileParser {
  /** One answer per request, in the same order, each settling as soon as its file is parsed. */
  parse(requests: readonly ParseRequest[]): Promise<ParsedFile>[];
}

/** Parses on the calling thread: for small imports, and where no worker script is at hand. */
export const inThreadParser: FileParser = {
  parse: (requests) => requests.map((request) => Promise.resolve(parseFile(request))),
};

/** The parse worker beside this module when running from source (CLI, tests, bench); a bundle passes its own. */
export function sourceParseWorker(): URL | undefined {
  const url = new URL('./parseWorker.ts', import.meta.url);
  return url.protocol === 'file:' && existsSync(url) ? url : undefined;
}

function startWorker(script: string | URL): Worker {
  const href = script instanceof URL ? script.href : pathToFileURL(script).href;
  if (!href.endsWith('.ts')) return new Worker(script);
  // From source the worker is TypeScript. Loader flags do not reach a worker's entry module on
  // Node 20, so a one-line bootstrap has tsx compile it, as tsx does for the CLI on this thread.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `const { tsImport } = await import(${JSON.stringify(tsx)}); await tsImport(${JSON.stringify(href)}, ${JSON.stringify(href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}

interface WaitingJob {
  requests: readonly ParseRequest[];
  resolve: (parsed: readonly ParsedFile[]) => void;
}

/**
 * Parses on worker threads, leaving a core for the thread that writes SQLite. Each call's
 * requests go to one worker as one job (a message each way per job, not per file: the
 * messages cost the writing thread more than the files they carry once they are small); jobs
 * are dealt round-robin and each worker answers in order, so answers match jobs by id.
 */
export class WorkerParser implements FileParser {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, WaitingJob>();
  private nextId = 0;
  isBroken = false;

  constructor(script: string | URL, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = startWorker(script);
      worker.on('message', ({ id, parsed }: { id: number; parsed: ParsedFile[] }) => this.settle(id, parsed));
      worker.on('error', (error) => this.fail(error));
      worker.unref();
      return worker;
    });
  }

  /**
   * Workers for a machine: one per core but the one the writing thread needs, at least one and
   * at most four. Writing is the import's bottleneck (SQLite and its full-text index take more
   * CPU than parsing does), so a worker that takes turns with it on a core slows the whole import.
   */
  static sizeFor(cores = availableParallelism()): number {
    return Math.max(1, Math.min(4, Number(process.env.TRIANGULATE_PARSE_WORKERS) || cores - 1));
  }

  parse(requests: readonly ParseRequest[]): Promise<ParsedFile>[] {
    const id = this.nextId;
    this.nextId += 1;
    const worker = this.workers[id % this.workers.length];
    if (!worker || this.isBroken) return inThreadParser.parse(requests);
    // An idle worker must not keep the process alive, a busy one must.
    if (this.waiting.size === 0) for (const each of this.workers) each.ref();
    const answers = new Promise<readonly ParsedFile[]>((resolve) => {
      this.waiting.set(id, { requests, resolve });
      worker.postMessage({ id, requests } satisfies ParseJob);
    });
    return requests.map(async (_, index) => {
      const parsed = (await answers)[index];
      if (!parsed) throw new Error('a parse worker answered with fewer files than it was sent');
      return parsed;
    });
  }

  private settle(id: number, parsed: readonly ParsedFile[]): void {
    this.waiting.get(id)?.resolve(parsed);
    this.waiting.delete(id);
    if (this.waiting.size === 0) for (const each of this.workers) each.unref();
  }

  /** A worker that fails leaves its work to this thread: the import slows down but goes on. */
  private fail(error: Error): void {
    if (!this.isBroken) console.error(`Parse workers stopped (${error.message}); parsing on the importing thread instead.`);
    this.isBroken = true;
    for (const each of this.workers) void each.terminate();
    for (const { requests, resolve } of this.waiting.values()) resolve(requests.map(parseFile));
    this.waiting.clear();
  }
}

const sharedParsers = new Map<string, WorkerParser>();

/**
 * One set of parse workers per process and script, started on the first large import and kept
 * for the next (a worker costs tens of milliseconds to start, more when compiled from source);
 * idle workers do not keep the process alive. A set that failed is replaced.
 */
export function sharedWorkerParser(script: string | URL): WorkerParser {
  const key = String(script);
  let parser = sharedParsers.get(key);
  if (!parser || parser.isBroken) {
    parser = new WorkerParser(script, WorkerParser.sizeFor());
    sharedParsers.set(key, parser);
  }
  return parser;
}

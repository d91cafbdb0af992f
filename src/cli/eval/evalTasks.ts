import { runSegmentTask } from './tasks/segment';

/** Each eval task reads one benchmark file of its format and returns the figures as JSON. */
export const evalTasks: Record<string, (file: string) => Promise<object>> = {
  segment: runSegmentTask,
};

import { runSegmentTask } from './tasks/segment';
import { runDatesTask } from './tasks/dates';
import { runQuantitiesTask } from './tasks/quantities';
import { runNerTask } from './tasks/ner';
import { runStanceTask } from './tasks/stance';
import { runParaphraseTask } from './tasks/paraphrase';
import { runStsTask } from './tasks/sts';
import { runClaimsTask } from './tasks/claims';

/** Each eval task reads one benchmark file of its format and returns the figures as JSON. */
export const evalTasks: Record<string, (file: string) => Promise<object>> = {
  segment: runSegmentTask,
  dates: runDatesTask,
  quantities: runQuantitiesTask,
  ner: runNerTask,
  stance: runStanceTask,
  paraphrase: runParaphraseTask,
  sts: runStsTask,
  claims: runClaimsTask,
};

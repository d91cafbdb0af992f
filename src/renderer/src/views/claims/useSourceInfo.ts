import { useMemo } from 'react';
import type { ReliabilityGrade } from '../../../../shared/judgements';
import { useSourceGrades, useSources } from '../../bridge/queries';

export interface SourceInfo {
  id: number;
  /** Short name for chips: the outlet, or the start of the title when the outlet is unknown. */
  label: string;
  title: string;
  publishedAt: string | null;
  grade: ReliabilityGrade;
}

export function shortTitle(title: string): string {
  const words = title.split(/\s+/).slice(0, 4).join(' ');
  return words.length < title.length ? `${words}…` : words;
}

/** Every source of the case by id, with its grade (F, "cannot be judged", until graded). */
export function useSourceInfo(): Map<number, SourceInfo> {
  const sources = useSources().data;
  const grades = useSourceGrades().data;
  return useMemo(() => {
    const gradeById = new Map((grades ?? []).map((entry) => [entry.sourceId, entry.grade]));
    return new Map(
      (sources ?? []).map((source) => [
        source.id,
        {
          id: source.id,
          label: source.outlet ?? shortTitle(source.title),
          title: source.title,
          publishedAt: source.publishedAt,
          grade: gradeById.get(source.id) ?? 'F',
        },
      ]),
    );
  }, [sources, grades]);
}

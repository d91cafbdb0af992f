import { useId } from 'react';
import { ReliabilityGrade } from '../../../shared/judgements';
import { useSourceGrades } from '../bridge/queries';
import { gradeLabels } from '../views/claims/claimLabels';
import { useDeskMutation } from '../views/claims/useDeskMutations';

/** A source's reliability on the Admiralty A–F scale; F, "cannot be judged", until graded. */
export function GradeSelect({ sourceId, label }: { sourceId: number; label: string }) {
  const id = useId();
  const grades = useSourceGrades().data;
  const grade = grades?.find((entry) => entry.sourceId === sourceId)?.grade ?? 'F';
  const setGrade = useDeskMutation('sources:grade');
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="grade-select"
        value={grade}
        onChange={(event) => setGrade.mutate({ id: sourceId, grade: ReliabilityGrade.parse(event.target.value) })}
      >
        {ReliabilityGrade.options.map((option) => (
          <option key={option} value={option}>
            {option} · {gradeLabels[option]}
          </option>
        ))}
      </select>
    </>
  );
}

export function GradeField({ sourceId }: { sourceId: number }) {
  return (
    <section className="inspector-section" aria-label="Reliability">
      <h3>Reliability</h3>
      <div className="desk-field" data-field="grade">
        <span className="label">Grade</span>
        <GradeSelect sourceId={sourceId} label="Reliability grade" />
      </div>
      <p className="provenance">The analyst's grade of this source (A completely reliable … F cannot be judged).</p>
    </section>
  );
}

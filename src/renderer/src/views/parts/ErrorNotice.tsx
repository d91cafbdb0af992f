import type { ReactNode } from 'react';
import { messageOf } from '../../bridge/callBridge';

/** A query or mutation: all a notice needs to know is whether it failed and why. */
interface Outcome {
  isError: boolean;
  error: unknown;
}

/**
 * A failed read or action of a whole view: what failed in the analyst's words, then the
 * bridge's one-sentence reason, then (optionally) what to do next. Nothing when it did not fail.
 */
export function ErrorNotice({ of, children, advice }: { of: Outcome; children?: ReactNode; advice?: string }) {
  if (!of.isError) return null;
  return (
    <p className="notice is-error" role="alert">
      {children ? <>{children} </> : null}
      {messageOf(of.error)}
      {advice ? ` ${advice}` : null}
    </p>
  );
}

/** A failed edit of one field in the Inspector, said beside the field. */
export function FieldError({ of }: { of: Outcome }) {
  if (!of.isError) return null;
  return (
    <p className="field-error" role="alert">
      {messageOf(of.error)}
    </p>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { SourceDetail } from '../../../shared/domain';
import { callBridge } from '../bridge/callBridge';
import { useNavigation } from '../navigation/NavigationContext';
import { FieldError } from '../views/parts/ErrorNotice';

/** Deleting asks first, in a modal dialog that Esc closes and that names what goes. */
export function DeleteSourceButton({ source }: { source: SourceDetail }) {
  const queryClient = useQueryClient();
  const { selectSource } = useNavigation();
  const [isAsking, setIsAsking] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const remove = useMutation({
    mutationFn: () => callBridge('sources:delete', { id: source.id }),
    onSuccess: async () => {
      setIsAsking(false);
      selectSource(null);
      await queryClient.invalidateQueries();
    },
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isAsking && !dialog.open) dialog.showModal();
    if (!isAsking && dialog.open) dialog.close();
  }, [isAsking]);

  return (
    <>
      <button type="button" className="button is-danger" onClick={() => setIsAsking(true)}>
        Delete source…
      </button>
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby="delete-title"
        onClose={() => setIsAsking(false)}
      >
        <h2 id="delete-title">Delete “{source.title}”?</h2>
        <p>
          The source, its text and its original file are removed from this case. The deletion is recorded in the audit log.
        </p>
        <FieldError of={remove} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => setIsAsking(false)} autoFocus>
            Keep it
          </button>
          <button type="button" className="button is-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Delete source
          </button>
        </div>
      </dialog>
    </>
  );
}

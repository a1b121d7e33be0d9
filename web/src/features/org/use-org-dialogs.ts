import { useState } from 'react';
import type { Person, Unit } from '../../shared/contracts';

export type OrgDialog =
  | { kind: 'createPerson' }
  | { kind: 'editPerson'; person: Person }
  | { kind: 'movePerson'; person: Person }
  | { kind: 'leavePerson'; person: Person }
  | { kind: 'createUnit' }
  | { kind: 'editUnit'; unit: Unit }
  | { kind: 'unitManagers'; unit: Unit };

/** Which drawer is showing; the dialog is kept until its closing animation ends. */
export function useOrgDialogs() {
  const [dialog, setDialog] = useState<OrgDialog | null>(null);
  const [isOpen, setOpen] = useState(false);
  return {
    dialog,
    isOpen,
    open: (next: OrgDialog) => {
      setDialog(next);
      setOpen(true);
    },
    close: () => setOpen(false),
    clear: () => setDialog(null),
  };
}

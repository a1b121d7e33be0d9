import type { useOrgDialogs } from '../use-org-dialogs';
import { LeavePersonDrawer } from './LeavePersonDrawer';
import { MovePersonDrawer } from './MovePersonDrawer';
import { PersonFormDrawer } from './PersonFormDrawer';
import { UnitFormDrawer } from './UnitFormDrawer';
import { UnitManagersDrawer } from './UnitManagersDrawer';

interface OrgDialogsProps {
  dialogs: ReturnType<typeof useOrgDialogs>;
  /** The unit chosen in the tree: where new people and units go by default. */
  selectedUnitId: string | undefined;
}

/** Renders the drawer for the current dialog, if any. */
export function OrgDialogs({ dialogs, selectedUnitId }: OrgDialogsProps) {
  const { dialog } = dialogs;
  if (!dialog) return null;
  const common = { open: dialogs.isOpen, onClose: dialogs.close, afterClose: dialogs.clear };
  switch (dialog.kind) {
    case 'createPerson':
      return <PersonFormDrawer {...common} defaultUnitId={selectedUnitId} />;
    case 'editPerson':
      return <PersonFormDrawer {...common} person={dialog.person} />;
    case 'movePerson':
      return <MovePersonDrawer {...common} person={dialog.person} />;
    case 'leavePerson':
      return <LeavePersonDrawer {...common} person={dialog.person} />;
    case 'createUnit':
      return <UnitFormDrawer {...common} defaultParentId={selectedUnitId} />;
    case 'editUnit':
      return <UnitFormDrawer {...common} unit={dialog.unit} />;
    case 'unitManagers':
      return <UnitManagersDrawer {...common} unit={dialog.unit} />;
  }
}

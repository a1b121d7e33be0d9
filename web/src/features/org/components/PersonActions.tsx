import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/contracts';

export type PersonAction = 'edit' | 'move' | 'leave';

interface PersonActionsProps {
  person: Person;
  onAction: (action: PersonAction, person: Person) => void;
}

/** Row buttons, each shown only when the server says the user may do it. */
export function PersonActions({ person, onAction }: PersonActionsProps) {
  const { t } = useTranslation();
  const { abilities } = person;
  return (
    <Flex gap={0}>
      {abilities.edit && (
        <Button size="small" type="link" onClick={() => onAction('edit', person)} aria-label={`${t('common.edit')}: ${person.fullName}`}>
          {t('common.edit')}
        </Button>
      )}
      {abilities.move && (
        <Button size="small" type="link" onClick={() => onAction('move', person)} aria-label={`${t('org.move.action')}: ${person.fullName}`}>
          {t('org.move.action')}
        </Button>
      )}
      {abilities.deactivate && (
        <Button size="small" type="link" danger onClick={() => onAction('leave', person)} aria-label={`${t('org.leave.action')}: ${person.fullName}`}>
          {t('org.leave.action')}
        </Button>
      )}
    </Flex>
  );
}

import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../shared/ui';
import { useUnits } from '../api';
import { buildUnitTree, idsUpToDepth, type UnitNode } from '../unit-tree';
import { UnitTitle } from './UnitTitle';

interface UnitTreePanelProps {
  selectedUnitId: string | undefined;
  onSelect: (unitId: string | undefined) => void;
}

function toTreeData({ unit, children }: UnitNode): TreeDataNode {
  return { key: unit.id, title: <UnitTitle unit={unit} />, children: children.map(toTreeData) };
}

/** The unit tree; choosing a unit narrows the people list to it and its sub-units. */
export function UnitTreePanel({ selectedUnitId, onSelect }: UnitTreePanelProps) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <Card
      title={
        <span>
          <ApartmentOutlined /> {t('org.units')}
        </span>
      }
      extra={
        <Button type="link" size="small" disabled={!selectedUnitId} onClick={() => onSelect(undefined)}>
          {t('org.wholeAgency')}
        </Button>
      }
      className="unit-tree-card"
    >
      {units.isPending && <Skeleton active />}
      {units.isError && <QueryErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      {units.data && (
        <Tree
          blockNode
          showLine
          defaultExpandedKeys={idsUpToDepth(units.data, 2)}
          selectedKeys={selectedUnitId ? [selectedUnitId] : []}
          onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : String(keys[0]))}
          treeData={buildUnitTree(units.data).map(toTreeData)}
        />
      )}
    </Card>
  );
}

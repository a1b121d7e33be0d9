import '../work.css';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Tabs, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myWorkSectionsFor, useModules } from '../../../shared/modules';
import { ExportButton } from '../../../shared/spreadsheet/ExportButton';
import { PageHeader } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { SummaryCards } from '../components/SummaryCards';
import { TaskPageList } from '../components/TaskPageList';
import { useTaskSummary, useWarningListTotal } from '../api';
import { decideTotal, mineTotal } from '../list-totals';
import { useRememberedParams } from '../use-remembered-params';
import { isSummaryKey, type MyWorkScope, mineFilters, myWorkScopes, type SummaryKey } from '../my-work-filters';

const CreateTaskDrawer = lazy(() => import('../components/CreateTaskDrawer').then((m) => ({ default: m.CreateTaskDrawer })));

type TabKey = 'mine' | 'decide';

const scopeLabelKeys = { open: 'work.myWork.scopeOpen', closed: 'work.myWork.scopeClosed', all: 'work.myWork.scopeAll' } as const;

/** "Việc của tôi": today's counters, the tasks I own, and what waits for my decision. */
export function MyWorkPage() {
  const { t } = useTranslation();
  // Tab, counter and scope live in the address and are remembered for the next visit.
  const [params, setParams] = useRememberedParams('myWork');
  const scopeParam = params.get('scope') as MyWorkScope | null;
  const scope: MyWorkScope = scopeParam && myWorkScopes.includes(scopeParam) ? scopeParam : 'open';
  const setScope = (value: MyWorkScope) => setParams(value === 'open' ? {} : { scope: value });
  const summary = useTaskSummary().data;
  const [isCreating, setCreating] = useState(false);
  const sections = myWorkSectionsFor(useModules(), useCurrentUser().roles);
  const tab: TabKey = params.get('tab') === 'decide' ? 'decide' : 'mine';
  const counterParam = params.get('loc');
  const counter = isSummaryKey(counterParam) && counterParam !== 'awaitingMyDecision' ? counterParam : null;

  const mine = mineFilters(scope, counter);
  const warningTotal = useWarningListTotal('mine', mine);

  const selectCounter = (key: SummaryKey | null) => {
    if (key === 'awaitingMyDecision') setParams({ tab: 'decide' });
    else setParams(key ? { loc: key } : {});
  };

  const mineTab = (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        {counter ? (
          <>
            <Tag color="red">{t('work.myWork.filteredBy', { name: t(`work.summary.${counter}`) })}</Tag>
            <Button size="small" type="link" onClick={() => selectCounter(null)}>
              {t('work.myWork.clearFilter')}
            </Button>
          </>
        ) : (
          <Segmented<MyWorkScope>
            aria-label={t('work.myWork.scope')}
            value={scope}
            onChange={setScope}
            options={myWorkScopes.map((value) => ({ value, label: t(scopeLabelKeys[value]) }))}
          />
        )}
      </Flex>
      <TaskPageList
        view="mine"
        filters={mine}
        variant="mine"
        emptyText={t('work.myWork.emptyMine')}
        total={mineTotal(scope, counter, summary) ?? warningTotal}
      />
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={t('work.myWork.title')}
        description={t('work.nav.myWorkDescription')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('work.myWork.assign')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <SummaryCards active={tab === 'decide' ? 'awaitingMyDecision' : counter} onSelect={selectCounter} />
        {sections.map(({ key, component: Section }) => (
          <Suspense key={key} fallback={null}>
            <Section />
          </Suspense>
        ))}
        {/* Not in the tab bar: a button inside its tablist is an accessibility error. */}
        <Card extra={<ExportButton path="/tasks" query={tab === 'decide' ? { view: 'awaiting_my_decision' } : { view: 'mine', ...mine }} />}>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams(key === 'decide' ? { tab: 'decide' } : {})}
            items={[
              { key: 'mine', label: t('work.myWork.tabMine'), children: mineTab },
              {
                key: 'decide',
                label: t('work.myWork.tabDecide'),
                children: (
                  <TaskPageList
                    view="awaiting_my_decision"
                    filters={{}}
                    variant="decide"
                    emptyText={t('work.myWork.emptyDecide')}
                    total={decideTotal(summary)}
                  />
                ),
              },
            ]}
          />
        </Card>
      </Flex>
      {isCreating && (
        <Suspense fallback={null}>
          <CreateTaskDrawer open={isCreating} onClose={() => setCreating(false)} />
        </Suspense>
      )}
    </>
  );
}

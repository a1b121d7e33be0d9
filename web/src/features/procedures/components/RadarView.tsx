import { Table, Tag, Typography } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import type { Radar } from '../../../shared/contracts/procedures';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);
const ReactEChartsCore = (ReactEChartsModule as unknown as { default?: typeof ReactEChartsModule }).default ?? ReactEChartsModule;
type RadarStep = Radar['steps'][number];

/** Per step: median and 90th percentile of the time held against the limit, and where runs wait now. */
export function RadarView({ radar }: { radar: Radar }) {
  const { t } = useTranslation();
  const names = radar.steps.map((s) => `${s.position}. ${s.name}`);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', name: 'h' },
    series: [
      { name: t('procedures.radar.limit'), type: 'bar', data: radar.steps.map((s) => s.limitHours), itemStyle: { color: '#b0bec5' }, barMaxWidth: 20 },
      {
        name: t('procedures.radar.median'),
        type: 'bar',
        data: radar.steps.map((s) => ({ value: s.medianHours ?? 0, itemStyle: { color: s.isSlowest ? '#c62828' : '#1565c0' } })),
        barMaxWidth: 20,
      },
      { name: t('procedures.radar.p90'), type: 'bar', data: radar.steps.map((s) => s.p90Hours ?? 0), itemStyle: { color: '#ef6c00' }, barMaxWidth: 20 },
      { name: t('procedures.radar.waitingNow'), type: 'bar', data: radar.steps.map((s) => s.waitingNow), itemStyle: { color: '#6a1b9a' }, barMaxWidth: 20 },
    ],
  };
  const columns = [
    {
      title: t('procedures.field.stepName'),
      key: 'name',
      render: (_: unknown, s: RadarStep) => (
        <>
          {s.position}. {s.name} {s.isSlowest && <Tag color="red">{t('procedures.radar.slowest')}</Tag>}
        </>
      ),
    },
    { title: t('procedures.radar.finished'), dataIndex: 'finished' },
    { title: t('procedures.radar.limit'), dataIndex: 'limitHours' },
    {
      title: t('procedures.radar.median'),
      key: 'median',
      render: (_: unknown, s: RadarStep) => (
        <span className={s.medianHours !== null && s.medianHours > s.limitHours ? 'procedure-late' : undefined}>{s.medianHours ?? '—'}</span>
      ),
    },
    {
      title: t('procedures.radar.p90'),
      key: 'p90',
      render: (_: unknown, s: RadarStep) => (
        <span className={s.p90Hours !== null && s.p90Hours > s.limitHours ? 'procedure-late' : undefined}>{s.p90Hours ?? '—'}</span>
      ),
    },
    {
      title: t('procedures.radar.lateShare'),
      key: 'late',
      render: (_: unknown, s: RadarStep) => (s.lateShare === null ? '—' : `${Math.round(s.lateShare * 100)}%`),
    },
    { title: t('procedures.radar.waitingNow'), dataIndex: 'waitingNow' },
  ];
  return (
    <section aria-label={t('procedures.radar.title')}>
      <div role="img" aria-label={t('procedures.radar.title')}>
        <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320 }} />
      </div>
      <Table rowKey="stepId" size="small" columns={columns} dataSource={radar.steps} pagination={false} />
      <Typography.Text type="secondary">{t('procedures.radar.sample', { count: radar.sampleLimit })}</Typography.Text>
    </section>
  );
}

import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../shared/contracts/dissemination';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** lib/core is CommonJS: depending on the bundler's interop its default export may still be wrapped. */
const ReactEChartsCore = (ReactEChartsModule as unknown as { default?: typeof ReactEChartsModule }).default ?? ReactEChartsModule;

const SERIES = [
  { key: 'read', color: '#90caf9' },
  { key: 'acknowledged', color: '#1565c0' },
  { key: 'committed', color: '#2e7d32' },
] as const;

/** Per unit (its whole subtree): the share of assigned people who read, acknowledged and committed (%). */
export function CoverageChart({ units }: { units: Coverage['units'] }) {
  const { t } = useTranslation();
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => `${value}%` },
    legend: { data: SERIES.map((s) => t(`dissemination.counts.${s.key}`)), top: 0 },
    grid: { left: 16, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: units.map((row) => row.unit.name), axisLabel: { interval: 0, width: 96, overflow: 'break', lineHeight: 15 } },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    series: SERIES.map((s) => ({
      name: t(`dissemination.counts.${s.key}`),
      type: 'bar',
      data: units.map((row) => percent(row[s.key], row.assigned)),
      itemStyle: { color: s.color },
      barMaxWidth: 24,
    })),
  };
  return (
    <div role="img" aria-label={t('dissemination.detail.chart')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320 }} />
    </div>
  );
}

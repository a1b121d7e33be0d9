import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import type { UnitDashboardRow } from '../../../shared/contracts';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { topLevelUnits } from '../dashboard-tree';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** lib/core is CommonJS: depending on the bundler's interop its default export may still be wrapped. */
const ReactEChartsCore = (ReactEChartsModule as unknown as { default?: typeof ReactEChartsModule }).default ?? ReactEChartsModule;

const OVERDUE_COLOR = '#c62828';
const ON_TIME_COLOR = '#2e7d32';

/** Overdue tasks (left axis) and the on-time rate (right axis, %) for the top-level units. */
export function DashboardChart({ rows }: { rows: UnitDashboardRow[] }) {
  const { t } = useTranslation();
  const units = topLevelUnits(rows);
  // A phone has about 40 px per unit: the names slant and end in an ellipsis instead of running into each other.
  const isPhone = useIsPhone();
  const overdue = t('work.dashboard.overdue');
  const rate = `${t('work.dashboard.onTimeRate')} (%)`;
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [overdue, rate], top: 0 },
    grid: { left: 16, right: 16, top: 48, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: units.map((unit) => unit.name),
      axisLabel: isPhone ? { interval: 0, rotate: 40, width: 90, overflow: 'truncate' } : { interval: 0, width: 96, overflow: 'break', lineHeight: 15 },
    },
    yAxis: [
      { type: 'value', name: overdue, minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: overdue, type: 'bar', data: units.map((unit) => unit.overdue), itemStyle: { color: OVERDUE_COLOR }, barMaxWidth: 28 },
      {
        name: rate,
        type: 'bar',
        yAxisIndex: 1,
        data: units.map((unit) => (unit.onTimeRate === null ? null : Math.round(unit.onTimeRate * 100))),
        itemStyle: { color: ON_TIME_COLOR },
        barMaxWidth: 28,
      },
    ],
  };
  return (
    <div role="img" aria-label={t('work.dashboard.chartTitle')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 340 }} />
    </div>
  );
}

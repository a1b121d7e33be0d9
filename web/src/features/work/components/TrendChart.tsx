import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import { useTrend } from '../api';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);
const ReactEChartsCore = (ReactEChartsModule as unknown as { default?: typeof ReactEChartsModule }).default ?? ReactEChartsModule;

/** Per week: completions on time and late (stacked bars) and transfers (line), for the chosen subtree. */
export function TrendChart({ unitId }: { unitId: string | undefined }) {
  const { t } = useTranslation();
  const trend = useTrend(unitId);
  // On a phone the legend takes two lines: the plot starts below them.
  const isPhone = useIsPhone();
  const weeks = trend.data ?? [];
  const [onTime, late, transfers] = [t('work.dashboard.completedOnTime'), t('work.dashboard.completedLate'), t('work.dashboard.transfers')];
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { data: [onTime, late, transfers], top: 0 },
    grid: { left: 16, right: 16, top: isPhone ? 72 : 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: weeks.map((week) => formatDate(week.week).slice(0, 5)), name: t('work.dashboard.week') },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: onTime, type: 'bar', stack: 'done', data: weeks.map((week) => week.completedOnTime), itemStyle: { color: '#2e7d32' }, barMaxWidth: 28 },
      { name: late, type: 'bar', stack: 'done', data: weeks.map((week) => week.completedLate), itemStyle: { color: '#d46b08' }, barMaxWidth: 28 },
      { name: transfers, type: 'line', data: weeks.map((week) => week.transfers), itemStyle: { color: '#1f4e8c' } },
    ],
  };
  return (
    <div role="img" aria-label={t('work.dashboard.trendTitle')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300 }} />
    </div>
  );
}

import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsModule from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationHistoryPoint } from '../../../shared/contracts';
import { formatDate } from '../../../shared/format';

echarts.use([LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);
const ReactEChartsCore = (ReactEChartsModule as unknown as { default?: typeof ReactEChartsModule }).default ?? ReactEChartsModule;

/** The person's score per period, with the band thresholds (90, 70, 50) as lines. */
export function HistoryChart({ points }: { points: EvaluationHistoryPoint[] }) {
  const { t } = useTranslation();
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => formatDate(point.startsOn).slice(3)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        name: t('evaluation.scorecard.score'),
        type: 'line',
        data: points.map((point) => point.score),
        itemStyle: { color: '#1f4e8c' },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#999' }, data: [{ yAxis: 90 }, { yAxis: 70 }, { yAxis: 50 }] },
      },
    ],
  };
  return (
    <div role="img" aria-label={t('evaluation.mine.chart')}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 260 }} />
    </div>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatingLevel } from '../../../shared/contracts';

const COLORS: Record<RatingLevel, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'gold', KHTNV: 'red' };

/** A rating level with its name; the scheme's own name (Hanoi's A/B/C/D) when given. */
export function LevelTag({ level, schemeName }: { level: RatingLevel | null; schemeName?: string }) {
  const { t } = useTranslation();
  if (!level) return <Tag>{t('evaluation.level.not_rated')}</Tag>;
  return <Tag color={COLORS[level]}>{schemeName ?? t(`evaluation.level.${level}`)}</Tag>;
}

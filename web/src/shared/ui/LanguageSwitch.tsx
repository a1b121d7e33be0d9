import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language, useLanguage } from '../i18n';

/** Tiếng Việt / English; the choice is remembered in this browser. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Segmented<Language>
      className={className}
      aria-label={t('language.label')}
      size="small"
      value={language}
      onChange={changeLanguage}
      options={[
        { value: 'vi', label: t('language.vi') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}

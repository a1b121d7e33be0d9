import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandEmblem, LanguageSwitch } from '../../../shared/ui';

/** The frame of the public pages: no menu, no session; the agency's emblem, language, a way back. */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public-feedback">
      <header className="public-feedback-header">
        <Flex align="center" justify="space-between" gap={12} wrap>
          <Flex align="center" gap={12}>
            <BrandEmblem size={40} />
            <Typography.Text strong className="public-feedback-brand">
              {t('app.name')}
            </Typography.Text>
          </Flex>
          <Flex align="center" gap={12}>
            <Link to="/dang-nhap">{t('feedback.public.staffLogin')}</Link>
            <LanguageSwitch />
          </Flex>
        </Flex>
      </header>
      <main className="public-feedback-main">
        <Typography.Title level={1} className="public-feedback-title">
          {title}
        </Typography.Title>
        {children}
      </main>
    </div>
  );
}

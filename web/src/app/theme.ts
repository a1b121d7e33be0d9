import type { ThemeConfig } from 'antd';

const brand = {
  red: '#b71c1c',
  deepRed: '#7f1212',
  gold: '#f6c644',
  paper: '#f6f4f0',
};

/** A sober state-agency look: deep red, gold accents, warm paper background. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand.red,
    colorLink: brand.red,
    colorInfo: '#1f4e8c',
    colorBgLayout: brand.paper,
    borderRadius: 6,
    fontFamily: '"Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif',
    fontSize: 14,
    // Secondary and placeholder text dark enough for WCAG AA (4.5:1) on white and on the paper background.
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // White on the error red (badges, danger buttons) reads at 5.9:1; antd's default #ff4d4f at 3.3:1.
    colorError: '#cf1322',
  },
  components: {
    Layout: {
      headerBg: brand.deepRed,
      headerPadding: '0 24px',
      siderBg: '#ffffff',
      triggerBg: '#f0ebe4',
      triggerColor: brand.deepRed,
      footerBg: 'transparent',
    },
    Menu: { itemSelectedBg: '#fbe9e7', itemSelectedColor: brand.red, itemBorderRadius: 4 },
    Card: { headerFontSize: 16 },
    Table: { headerBg: '#f3eee8', headerColor: '#3b2a22' },
  },
};

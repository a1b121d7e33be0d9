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
  },
  components: {
    Layout: { headerBg: brand.deepRed, headerPadding: '0 24px', siderBg: '#ffffff', triggerBg: '#f0ebe4', triggerColor: brand.deepRed, footerBg: 'transparent' },
    Menu: { itemSelectedBg: '#fbe9e7', itemSelectedColor: brand.red, itemBorderRadius: 4 },
    Card: { headerFontSize: 16 },
    Table: { headerBg: '#f3eee8', headerColor: '#3b2a22' },
  },
};

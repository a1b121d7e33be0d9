import { Typography } from 'antd';

/** A catalog entry as people read it: its wording first, its code (R.KEO_DAI) small beside it for those who cite it. */
export function CatalogItemText({ code, text }: { code: string; text: string | null | undefined }) {
  return (
    <span>
      {text || code}
      {text && (
        <Typography.Text type="secondary" className="catalog-code">
          {' '}
          · {code}
        </Typography.Text>
      )}
    </span>
  );
}

/** The same as plain text, for a picker's option. */
export const catalogItemLabel = (code: string, text: string | null | undefined) => (text ? `${text} · ${code}` : code);

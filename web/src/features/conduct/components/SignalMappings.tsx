import { App, Button, Card, Select, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import type { Catalog, CatalogKind, SignalMapping } from '../../../shared/contracts';
import { localize, useLanguage } from '../../../shared/i18n';
import { useSaveMappings, useSignalMappings } from '../api';
import { CatalogItemText, catalogItemLabel } from './CatalogItemText';

/** Which catalog item each work signal suggests; administrators edit, others read. */
export function SignalMappings({ catalogs, canEdit }: { catalogs: { directive: Catalog; related: Catalog }; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const mappings = useSignalMappings();
  const save = useSaveMappings();
  const [draft, setDraft] = useState<Record<string, { value: string; isEnabled: boolean }>>({});
  const options = (['directive', 'related'] as const).map((kind) => ({
    label: t(`conduct.catalog.${kind}`),
    options: catalogs[kind].items.map((item) => ({ value: `${kind}:${item.code}`, label: catalogItemLabel(item.code, item.text) })),
  }));
  const current = (row: SignalMapping) => draft[row.signalKind] ?? { value: `${row.catalogKind}:${row.code}`, isEnabled: row.isEnabled };

  const submit = async () => {
    const rows = mappings.data ?? [];
    try {
      await save.mutateAsync(
        rows.map((row) => {
          const { value, isEnabled } = current(row);
          const [catalog, ...code] = value.split(':');
          return { signalKind: row.signalKind, catalog: catalog as CatalogKind, code: code.join(':'), isEnabled };
        }),
      );
      setDraft({});
      void message.success(t('common.saved'));
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.fieldErrors[0]?.message ?? error.text, language) : t('errors.crashTitle'));
    }
  };

  return (
    <Card
      size="small"
      title={t('conduct.catalog.mappings')}
      extra={
        canEdit && (
          <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={Object.keys(draft).length === 0}>
            {t('conduct.catalog.saveMappings')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('conduct.catalog.mappingsHint')}</Typography.Paragraph>
      <Table<SignalMapping>
        size="small"
        rowKey="signalKind"
        pagination={false}
        loading={mappings.isPending}
        dataSource={mappings.data ?? []}
        columns={[
          { title: t('conduct.catalog.signal'), key: 'signal', width: 220, render: (_, row) => t(`conduct.suggestionSignal.${row.signalKind}`) },
          {
            title: t('conduct.suggestions.item'),
            key: 'item',
            render: (_, row) =>
              canEdit ? (
                <Select
                  className="full-width"
                  value={current(row).value}
                  options={options}
                  onChange={(value) => setDraft({ ...draft, [row.signalKind]: { ...current(row), value } })}
                  aria-label={t(`conduct.suggestionSignal.${row.signalKind}`)}
                />
              ) : (
                <CatalogItemText code={row.code} text={row.itemText} />
              ),
          },
          {
            title: t('conduct.catalog.enabled'),
            key: 'enabled',
            width: 80,
            render: (_, row) => (
              <Switch
                aria-label={t(`conduct.suggestionSignal.${row.signalKind}`)}
                disabled={!canEdit}
                checked={current(row).isEnabled}
                onChange={(isEnabled) => setDraft({ ...draft, [row.signalKind]: { ...current(row), isEnabled } })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

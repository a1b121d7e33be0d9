import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';

const GlobalSearch = lazy(() => import('./GlobalSearch').then((m) => ({ default: m.GlobalSearch })));

/**
 * The header's search: a box on a wide screen; on a phone a button that opens the box across the
 * top of the screen (a box squeezed beside the bell had no room to type in), loaded when pressed.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [isOpen, setOpen] = useState(false);
  if (!isPhone) {
    return (
      <Suspense fallback={null}>
        <GlobalSearch />
      </Suspense>
    );
  }
  return (
    <>
      <Button type="text" className="header-button" icon={<SearchOutlined aria-hidden />} aria-label={t('search.label')} onClick={() => setOpen(true)} />
      {isOpen && (
        <div className="global-search-sheet" role="search">
          <Suspense fallback={null}>
            <GlobalSearch autoFocus onOpened={() => setOpen(false)} />
          </Suspense>
          <Button type="text" className="header-button" icon={<CloseOutlined aria-hidden />} aria-label={t('search.close')} onClick={() => setOpen(false)} />
        </div>
      )}
    </>
  );
}

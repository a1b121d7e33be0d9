import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  isLoading?: boolean;
}

/** "Trang trước" / "Trang sau" for keyset-paged lists. */
export function CursorPager({ hasPrevious, nextCursor, onPrevious, onNext, isLoading }: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" gap={8} className="cursor-pager">
      <Button icon={<LeftOutlined aria-hidden />} disabled={!hasPrevious || isLoading} onClick={onPrevious}>
        {t('common.previousPage')}
      </Button>
      <Button disabled={!nextCursor || isLoading} onClick={() => nextCursor && onNext(nextCursor)} iconPlacement="end" icon={<RightOutlined aria-hidden />}>
        {t('common.nextPage')}
      </Button>
    </Flex>
  );
}

import { Card, Skeleton } from 'antd';
import { type ComponentType, Suspense } from 'react';

/** A home widget, with a skeleton card while its code loads. */
export function LazyWidget({ component: Widget }: { component: ComponentType }) {
  return (
    <Suspense
      fallback={
        <Card>
          <Skeleton active />
        </Card>
      }
    >
      <Widget />
    </Suspense>
  );
}

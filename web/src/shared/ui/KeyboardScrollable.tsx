import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Wraps a table that scrolls sideways so its scrolling area takes keyboard focus (WCAG 2.1.1): antd
 * renders that area itself, so it is found after each render and given a tab stop and a name.
 */
export function KeyboardScrollable({ label, children }: { label: string; children: ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((area) => {
      area.tabIndex = 0;
      area.setAttribute('role', 'region');
      area.setAttribute('aria-label', label);
    });
  });
  return <div ref={wrapper}>{children}</div>;
}

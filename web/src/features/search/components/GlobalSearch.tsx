import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit, SearchKind, SearchResponse } from '../../../shared/contracts/search';
import { useDebouncedValue } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { MIN_QUERY_LENGTH, useGlobalSearch } from '../api';
import { fullListTarget, hitTarget, type HitTarget } from '../hit-paths';
import { useOpenable } from '../use-openable';

type Labels = Record<SearchKind, string>;

/** Options grouped by kind, only hits whose page the user may open; each value says where it leads, so keyboard and mouse take one path. */
function optionsOf(response: SearchResponse, labels: Labels, seeAll: string, targetOf: (kind: SearchKind, hit: SearchHit | null) => HitTarget | undefined) {
  const targets = new Map<string, HitTarget>();
  const groups = response.groups.flatMap((group) => {
    const options = group.items.flatMap((hit) => {
      const target = targetOf(group.kind, hit);
      if (!target) return [];
      const value = `${group.kind}:${hit.id}`;
      targets.set(value, target);
      return [
        {
          value,
          label: (
            <div className="global-search-hit">
              <span className="global-search-title">{hit.title}</span>
              {hit.subtitle && (
                <Typography.Text type="secondary" className="global-search-subtitle">
                  {hit.subtitle}
                </Typography.Text>
              )}
            </div>
          ),
        },
      ];
    });
    const list = group.hasMore ? targetOf(group.kind, null) : undefined;
    if (options.length === 0) return [];
    if (list) {
      targets.set(`all:${group.kind}`, list);
      options.push({ value: `all:${group.kind}`, label: <Typography.Link className="global-search-all">{seeAll}</Typography.Link> });
    }
    return [{ label: labels[group.kind], options }];
  });
  return { groups, targets };
}

/** The header's search box: answers as one types (without accents), grouped by kind; arrows and Enter open a result, Escape closes. */
export function GlobalSearch({ autoFocus, onOpened }: { autoFocus?: boolean; onOpened?: () => void } = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useGlobalSearch(q);
  const labels: Labels = {
    tasks: t('search.kinds.tasks'),
    people: t('search.kinds.people'),
    documents: t('search.kinds.documents'),
    campaigns: t('search.kinds.campaigns'),
    meetings: t('search.kinds.meetings'),
    cases: t('search.kinds.cases'),
    reports: t('search.kinds.reports'),
    procedures: t('search.kinds.procedures'),
    news: t('search.kinds.news'),
  };
  const answer = q.length >= MIN_QUERY_LENGTH ? search.data : undefined;
  const openable = useOpenable(user.roles);
  const targetOf = (kind: SearchKind, hit: SearchHit | null) => {
    const target: HitTarget | undefined = hit ? hitTarget(kind, hit, user.roles) : fullListTarget(kind, q);
    return openable(target) ? target : undefined;
  };
  const { groups, targets } = answer ? optionsOf(answer, labels, t('search.seeAll'), targetOf) : { groups: [], targets: new Map<string, HitTarget>() };
  const notFound =
    text.trim().length < MIN_QUERY_LENGTH
      ? t('search.hint')
      : search.isError
        ? t('search.failed')
        : !answer || search.isFetching
          ? t('search.searching')
          : t('search.empty');

  const open = (value: string) => {
    const target = targets.get(value);
    if (!target) return;
    setText('');
    onOpened?.();
    if (target.kind === 'portal') window.location.assign(target.url);
    else void navigate(target.path);
  };

  return (
    <AutoComplete
      className="global-search"
      value={text}
      onChange={(value: string) => setText(value)}
      onSelect={(value: string) => open(value)}
      options={groups}
      showSearch={{ filterOption: false }}
      defaultActiveFirstOption
      notFoundContent={notFound}
      popupMatchSelectWidth={420}
      classNames={{ popup: { root: 'global-search-popup' } }}
    >
      <Input autoFocus={autoFocus} allowClear prefix={<SearchOutlined aria-hidden />} placeholder={t('search.placeholder')} aria-label={t('search.label')} />
    </AutoComplete>
  );
}

import type { Messages } from '../messages';

export const searchMessages: Pick<Messages, 'search'> = {
  search: {
    placeholder: 'Search tasks, people, documents… (no accents needed)',
    label: 'Search the system',
    hint: 'Type at least 2 characters',
    searching: 'Searching…',
    empty: 'Nothing you may see matches',
    failed: 'Search failed, try again later',
    seeAll: 'See all in the list',
    close: 'Close the search box',
    kinds: {
      tasks: 'Tasks',
      people: 'People',
      documents: 'Documents',
      campaigns: 'Dissemination campaigns',
      meetings: 'Meetings',
      cases: 'Conduct cases',
      reports: 'Public reports',
      procedures: 'Procedures',
      news: 'News',
    },
  },
};

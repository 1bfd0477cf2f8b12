import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_CRITERIA, type UserEdition } from '../model/user-edition';
import { blankUserEdition } from '../model/new-user-edition';
import { databaseEdition } from './editor-fixture';
import { renderEditor } from './editor-harness';

function withCriteria(count: number): UserEdition {
  const edition = databaseEdition();
  return {
    ...edition,
    criteria: Array.from({ length: count }, (_, i) => ({
      id: `c${i + 1}`,
      label: { en: `C${i + 1}` },
      definition: { en: 'What it measures.' },
      scale: { low: { en: 'Bad' }, high: { en: 'Good' } },
    })),
    routes: edition.routes.map((route) => ({ ...route, scores: {} })),
  };
}

const criteriaSection = () => screen.getByRole('region', { name: 'Criteria' });

describe('criteria', () => {
  it('adds a criterion named in the form, with an id from its name', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.type(
      within(criteriaSection()).getByRole('textbox', { name: 'Name of a new criterion' }),
      'Cost efficiency',
    );
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(current().criteria.at(-1)).toEqual({
      id: 'cost-efficiency',
      label: { en: 'Cost efficiency' },
      definition: {},
      scale: { low: {}, high: {} },
    });
    expect(screen.getByRole('group', { name: 'Cost efficiency' })).toBeInTheDocument();
    // Focus goes on to what the new criterion still lacks.
    expect(within(screen.getByRole('group', { name: 'Cost efficiency' })).getAllByRole('textbox')[2]).toHaveFocus();
    expect(screen.getByRole('columnheader', { name: 'Cost efficiency' })).toBeInTheDocument();
  });

  it('moves criteria up and down with buttons, keeping focus on the moved one', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.click(screen.getByRole('button', { name: 'Move Ecosystem up' }));
    expect(current().criteria.map((criterion) => criterion.id)).toEqual([
      'ecosystem',
      'latency',
      'familiarity',
      'lock-in',
    ]);
    // It is first now, so "up" is disabled and "down" takes focus.
    expect(screen.getByRole('button', { name: 'Move Ecosystem up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Ecosystem down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(current().criteria.map((criterion) => criterion.id)).toEqual([
      'latency',
      'ecosystem',
      'familiarity',
      'lock-in',
    ]);
    expect(screen.getByRole('button', { name: 'Move Ecosystem down' })).toHaveFocus();
    expect(screen.getByText('Ecosystem is now criterion 2 of 4.')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Route',
      'Latency',
      'Ecosystem',
      '团队熟悉度',
      'Freedom from lock-in',
    ]);
  });

  it(`refuses a ${MAX_CRITERIA + 1}th criterion, saying why`, async () => {
    const { user, current, changes } = renderEditor(withCriteria(MAX_CRITERIA - 1));
    const name = within(criteriaSection()).getByRole('textbox', { name: 'Name of a new criterion' });
    await user.type(name, 'Twelfth');
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(current().criteria).toHaveLength(MAX_CRITERIA);
    const add = screen.getByRole('button', { name: 'Add criterion' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('A comparison has at most 12 criteria: remove one to add another.');
    const before = changes.length;
    await user.type(name, 'Thirteenth');
    await user.click(add);
    expect(changes).toHaveLength(before);
    expect(current().criteria).toHaveLength(MAX_CRITERIA);
  });

  it('removes criteria down to one and refuses to remove the last, saying why', async () => {
    const { user, current } = renderEditor(withCriteria(2));
    await user.click(screen.getByRole('button', { name: 'Remove C1' }));
    expect(current().criteria.map((criterion) => criterion.id)).toEqual(['c2']);
    expect(screen.getByText('C1 removed. Undo (Ctrl+Z) brings it back.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Criteria' })).toHaveFocus();
    const remove = screen.getByRole('button', { name: 'Remove C2' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription(
      'A comparison needs at least one criterion, so the last one cannot be removed.',
    );
    await user.click(remove);
    expect(current().criteria.map((criterion) => criterion.id)).toEqual(['c2']);
    await user.keyboard('{Control>}z{/Control}');
    expect(current().criteria.map((criterion) => criterion.id)).toEqual(['c1', 'c2']);
  });
});

describe('problems', () => {
  it('shows a problem at its field, in the summary, and a link that goes there', async () => {
    const { user } = renderEditor(databaseEdition());
    expect(screen.getByText('7 problems')).toBeInTheDocument();
    const latency = screen.getByRole('group', { name: 'Latency' });
    const label = within(latency).getByRole('textbox', { name: 'Name' });
    // Emptied in English, it still has Chinese: shown as untranslated, not a problem.
    await user.clear(label);
    expect(label).not.toHaveAttribute('aria-invalid');
    expect(label).toHaveAccessibleDescription('Not translated 延迟');
    expect(label).toHaveAttribute('placeholder', '延迟');
    const chinese = within(screen.getByRole('group', { name: '延迟' })).getByRole('textbox', { name: 'Name 中文' });
    await user.clear(chinese);
    const emptied = within(screen.getByRole('group', { name: 'Criterion 1' })).getByRole('textbox', { name: 'Name' });
    expect(emptied).toHaveAttribute('aria-invalid', 'true');
    expect(emptied).toHaveAccessibleDescription('write it in at least one language');
    expect(screen.getByText('8 problems')).toBeInTheDocument();
    await user.click(screen.getByText('8 problems'));
    await user.click(screen.getByRole('link', { name: 'Criterion 1 · Name: write it in at least one language' }));
    expect(emptied).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'DynamoDB · Ecosystem: not scored yet' }));
    expect(screen.getAllByRole('gridcell')[9]).toHaveFocus();
  });

  it('lists a problem the editor has no field for as text, not as a link', async () => {
    const { user } = renderEditor({
      ...databaseEdition(),
      presets: [{ id: 'fast', name: { en: 'Fast' }, description: {}, weights: { latency: 0 }, cites: [] }],
    });
    await user.click(screen.getByText('8 problems'));
    expect(screen.getByText('presets[0].weights: needs at least one weight above 0').tagName).toBe('LI');
    expect(screen.getAllByRole('link')).toHaveLength(7);
  });

  it('shows problems at a route’s name and a group’s name, in the reader’s language', async () => {
    const { user } = renderEditor(databaseEdition(), { lng: 'zh' });
    const routes = screen.getByRole('region', { name: '路线' });
    const name = within(within(routes).getByRole('group', { name: 'DynamoDB' })).getByRole('textbox', {
      name: '名称 English',
    });
    await user.clear(name);
    const route = within(routes).getByRole('group', { name: '路线 3' });
    expect(within(route).getByRole('textbox', { name: '名称' })).toHaveAccessibleDescription('至少用一种语言填写');
    expect(within(route).getByRole('textbox', { name: '名称' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('8 个问题')).toBeInTheDocument();
    // An empty score reads 未评分 in Chinese.
    expect(screen.getAllByRole('gridcell')[11]).toHaveTextContent('未评分');
  });
});

describe('texts and undo', () => {
  it('groups typing in one field into one undo step, also while the field has focus', async () => {
    const original = databaseEdition();
    const { user, current } = renderEditor(original);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' Really?');
    expect(current().title).toEqual({ en: 'Which database? Really?', zh: '选哪个数据库？' });
    await user.keyboard('{Control>}z{/Control}');
    expect(current()).toEqual(original);
    expect(title).toHaveValue('Which database?');
    await user.keyboard('{Meta>}{Shift>}z{/Shift}{/Meta}');
    expect(title).toHaveValue('Which database? Really?');
  });

  it('leaves Ctrl+Z to a new item’s name, which is not in the edition yet', async () => {
    const { user, changes } = renderEditor(databaseEdition());
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    const name = screen.getByRole('textbox', { name: 'Name of a new route' });
    await user.type(name, 'SQLite');
    await user.keyboard('{Control>}z{/Control}');
    expect(changes).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Which database?!');
  });

  it('edits the other language in its own input, in the same place', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.type(screen.getByRole('textbox', { name: 'The question it answers 中文' }), '订单服务用');
    expect(current().introduction).toEqual({ en: 'For the orders service.', zh: '订单服务用' });
  });

  it('removes a group, its routes becoming ungrouped', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.click(screen.getByRole('button', { name: 'Remove SQL' }));
    expect(current().routes[0]).not.toHaveProperty('trendId');
    const postgres = screen.getByRole('group', { name: 'PostgreSQL' });
    expect(within(postgres).getByRole('combobox', { name: 'Group' })).toHaveDisplayValue('Ungrouped');
    await user.selectOptions(within(postgres).getByRole('combobox', { name: 'Group' }), 'NoSQL');
    expect(current().routes[0]?.trendId).toBe('nosql');
  });

  it('adds a route with a strength and tags', async () => {
    const { user, current } = renderEditor(databaseEdition());
    await user.type(screen.getByRole('textbox', { name: 'Name of a new route' }), 'SQLite{Enter}');
    const sqlite = screen.getByRole('group', { name: 'SQLite' });
    expect(within(sqlite).getByRole('combobox', { name: 'Group' })).toHaveFocus();
    await user.click(within(sqlite).getByRole('button', { name: 'Add a strength' }));
    await user.keyboard('Embedded');
    await user.type(within(sqlite).getByRole('textbox', { name: 'Tags' }), 'open source, embedded,');
    expect(within(sqlite).getByRole('textbox', { name: 'Tags' })).toHaveValue('open source, embedded,');
    expect(current().routes[3]).toMatchObject({
      id: 'sqlite',
      name: { en: 'SQLite' },
      strengths: [{ en: 'Embedded' }],
      tags: ['open-source', 'embedded'],
    });
    expect(current().tags.map((tag) => tag.id)).toEqual(['open-source', 'embedded']);
    expect(screen.getByRole('rowheader', { name: 'SQLite' })).toBeInTheDocument();
  });
});

describe('a new comparison', () => {
  it('starts blank and is built with the keyboard alone', async () => {
    const blank = blankUserEdition('c-blank001', {}, [
      {
        id: 'criterion',
        label: {},
        definition: {},
        scale: { low: {}, high: {} },
      },
    ]);
    const { user, current } = renderEditor(blank);
    expect(screen.getByText('Add a route to score it.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Routes' })).toHaveAccessibleDescription(
      'The options you choose between, e.g. each database or cloud you consider. add at least one route',
    );
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Which cloud?');
    await user.type(
      within(screen.getByRole('group', { name: 'Criterion 1' })).getByRole('textbox', { name: 'Name' }),
      'Price',
    );
    await user.type(screen.getByRole('textbox', { name: 'Name of a new route' }), 'AWS{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Name of a new route' }), 'GCP{Enter}');
    await user.click(screen.getAllByRole('gridcell')[0]!);
    await user.keyboard('4{Enter}2');
    expect(current()).toMatchObject({
      title: { en: 'Which cloud?' },
      criteria: [{ id: 'criterion', label: { en: 'Price' } }],
      routes: [
        { id: 'aws', scores: { criterion: { value: 4, cites: [] } } },
        { id: 'gcp', scores: { criterion: { value: 2, cites: [] } } },
      ],
    });
  });

  it('shows an edition with no criteria, its problem at the criteria’s heading', () => {
    renderEditor({ ...databaseEdition(), criteria: [] });
    expect(screen.getByRole('heading', { name: 'Criteria' })).toHaveAccessibleDescription(
      /add at least one criterion$/,
    );
    expect(screen.queryByRole('grid')).toBeNull();
  });
});

describe('saving and Done', () => {
  it('says Saved only when saved, and a failure as an alert', () => {
    const saved = renderEditor(databaseEdition());
    expect(screen.getByText('Saved')).toHaveAttribute('role', 'status');
    saved.unmount();
    renderEditor(databaseEdition(), { saveState: 'saving' });
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('shows a failed save as an alert', () => {
    renderEditor(databaseEdition(), { saveState: { error: 'The browser’s storage is full.' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: The browser’s storage is full.');
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('calls onDone', async () => {
    const { user, onDone } = renderEditor(databaseEdition());
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

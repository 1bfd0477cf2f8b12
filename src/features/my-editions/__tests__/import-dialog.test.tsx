import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/app';
import { parseEdition } from '../../../domain/edition/issues';
import { importText } from '../model/import-file';
import { addImported } from '../model/my-routes';
import { validateStoredMyRoutes } from '../model/validate-my-routes';
import { importTexts, myRoutesTexts } from '../bilingual-texts';
import { hasStoredRoutes } from '../store/my-routes-store';
import { readStoredRecord, writeMyRoutes } from '../store/my-routes-chunks';
import { editionJson } from '../../../../tests/utils/edition';
import { renderWithProviders } from '../../../../tests/utils/render';

function csvFile(text: string, name = 'routes.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

async function openImport(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(screen.getByRole('button', { name: 'Import…' }));
  // The dialog loads on first use; the first load in a test run includes its transform.
  return screen.findByRole('dialog', { name: 'Import routes' }, { timeout: 10_000 });
}

async function storeTwoRoutes(): Promise<void> {
  const parsed = parseEdition(editionJson());
  if (!parsed.ok) throw new Error('the bundled edition must be valid');
  const { edition } = parsed;
  const result = importText(
    'Name,Cost,Performance,Flexibility\nAlpha,3,3,3\nBeta,2,4,3\n',
    {
      fileName: 'two.csv',
      criteria: edition.criteria,
      trends: edition.trends,
      tags: edition.tags,
      sourceRoutes: edition.routes,
      takenRouteIds: new Set(),
    },
    importTexts,
    { criteriaFixed: false },
  );
  await writeMyRoutes(addImported(undefined, result));
}

describe('import into My routes', () => {
  it('lists problems, imports only the valid rows when agreed, stores them and shows My routes', async () => {
    const { user } = renderWithProviders(<App />);
    const dialog = await openImport(user);
    const input = dialog.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('the dialog has a file input');
    await user.upload(input, csvFile('名称,成本,性能,灵活性\n储能方案,4,3,2\n氢能,9,3,2\n'));

    const review = await within(dialog).findByRole('status');
    expect(review).toHaveTextContent('routes.csv: 2 rows read. Read as UTF-8.');
    expect(within(dialog).getByRole('list')).toHaveTextContent('row 3, 成本: expected an integer 1–5, got 9');
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 valid route' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // My routes shows a few tasks later: the routes are indexed in a task of their own first.
    expect(await screen.findByRole('combobox', { name: 'Edition' })).toHaveDisplayValue('My routes (1)');
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .map((row) => row.dataset.routeId ?? ''),
    ).toContain('route-2');
    expect(await hasStoredRoutes()).toBe(true);
    const stored = validateStoredMyRoutes(await readStoredRecord(), myRoutesTexts);
    expect(stored.ok && stored.edition?.routes.map((route) => route.name.zh)).toEqual(['储能方案']);
  });

  it('reads stored routes back on the next visit, next to the article’s edition', async () => {
    const first = renderWithProviders(<App />);
    const dialog = await openImport(first.user);
    await first.user.upload(
      dialog.querySelector<HTMLInputElement>('input[type=file]')!,
      csvFile('Name,Cost,Performance,Flexibility\nAlpha,3,3,3\nBeta,2,4,3\n'),
    );
    await first.user.click(await within(dialog).findByRole('button', { name: 'Import 2 valid routes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    first.unmount();

    const { user } = renderWithProviders(<App />, { lng: 'zh' });
    // My routes is read through the import job, whose code loads on first use: on a busy machine
    // that alone can take more than findBy's default second.
    const picker = await screen.findByRole('combobox', { name: '数据版本' }, { timeout: 10_000 });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2024 年人工智能三大趋势', '我的路线（2）']);
    await user.selectOptions(picker, '我的路线（2）');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('我的路线');
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .flatMap((row) => row.dataset.routeId ?? []),
    ).toEqual(['alpha', 'beta']);
  });

  it('refuses a file with no text encoding it can read and says how to re-save it', async () => {
    const { user } = renderWithProviders(<App />);
    const dialog = await openImport(user);
    await user.upload(
      dialog.querySelector<HTMLInputElement>('input[type=file]')!,
      new File([new Uint8Array([0x00, 0x01, 0xff, 0x00])], 'data.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'data.csv is not text in UTF-8, UTF-16 or GB18030. In your spreadsheet app, save it as “CSV UTF-8 (comma delimited)” and import it again.',
    );
  });

  it('a link to My routes waits for them to be read, then opens with its view intact', async () => {
    await storeTwoRoutes();
    renderWithProviders(<App />, { search: '?ed=my-routes&view=compare&sel=alpha,beta' });
    expect(screen.getByText('Reading My routes from this browser…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare routes' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Edition' })).toHaveDisplayValue('My routes (2)');
    expect(screen.getByRole('table', { name: /Scores side by side/ })).toHaveTextContent(/Alpha.*Beta/);
    // Nothing in the link was refused: the notice of dropped parts (with its Dismiss button) is absent.
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });
});

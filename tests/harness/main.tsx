import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import edition from '../../data/ai-trends-2024.json';
import { Providers } from '../../src/app/providers';
import { Dashboard } from '../../src/app/dashboard/dashboard';
import type { Criterion, Edition } from '../../src/domain/edition/schema';
import { LanguageSwitch } from '../../src/features/language/components/language-switch';
import { ScoreRadar } from '../../src/features/score-radar/components/score-radar';
import { createI18n } from '../../src/lib/i18n/i18n';
import { bundledStrings } from '../../src/lib/i18n/bundled-strings';
import '../../src/styles/index.css';
import { generateEdition } from './generate';
import { runMicroBench } from './micro-bench';
import { installPaintBaseline, type BaselineInput } from './paint-baseline';

const base = edition as Edition;
const params = new URLSearchParams(window.location.search);
const harnessCase = params.get('case') ?? 'dashboard';
const i18n = createI18n({ lng: params.get('lng') === 'zh' ? 'zh' : 'en', strings: bundledStrings });

declare global {
  interface Window {
    /** Set by the harness when a measurement or setup step has finished. */
    harness?: {
      ready: boolean;
      loadMs?: number;
      micro?: unknown;
      /** The paint bench's plain-JS baseline on the dashboard's routes (see ./paint-baseline). */
      paintBaseline?: (input: BaselineInput) => Promise<number>;
      /** Sets up `paintBaseline` on the dashboard's routes; the bench calls it after timing the opening. */
      installPaintBaseline?: () => Promise<void>;
    };
  }
}
window.harness = { ready: false };

/** Case 4 of the table issue: 16-character Chinese axis labels, 13-character route names, 360 px. */
function LongLabels() {
  const label = '面向复杂场景的多模态模型推理成本';
  const criteria: Criterion[] = base.criteria.map((criterion, index) => ({
    ...criterion,
    label: { zh: `${label.slice(0, 15)}${index}`, en: criterion.label.en },
  }));
  const routes = base.routes.slice(0, 2).map((route, index) => ({
    ...route,
    name: { zh: `跨模态多任务联合预训练方案${index}`.slice(0, 13), en: route.name.en },
  }));
  return (
    <div style={{ width: 360, padding: 0 }}>
      <ScoreRadar routes={routes} criteria={criteria} caption="长标签雷达图" />
    </div>
  );
}

/** Case 5: a radar mounted inside a hidden tab panel, shown on demand. */
function HiddenTab() {
  const [shown, setShown] = useState(false);
  return (
    <div style={{ width: 720 }}>
      <button type="button" onClick={() => setShown(true)}>
        Show chart
      </button>
      <div hidden={!shown} data-testid="panel">
        <ScoreRadar
          routes={base.routes.filter((route) => route.trendId === 'ai-chips')}
          criteria={base.criteria}
          caption="AI chips"
        />
      </div>
    </div>
  );
}

function Micro() {
  const [text, setText] = useState('running…');
  useEffect(() => {
    const sizes = (params.get('sizes') ?? '1000,10000,100000').split(',').map(Number);
    void runMicroBench(base, sizes).then((results) => {
      window.harness = { ready: true, micro: results };
      setText(JSON.stringify(results, null, 2));
    });
  }, []);
  return <pre>{text}</pre>;
}

function GeneratedDashboard() {
  const [generated] = useState(() => {
    const start = performance.now();
    const confidence = params.get('confidence');
    const result = generateEdition(
      base,
      Number(params.get('routes') ?? '100000'),
      undefined,
      confidence === 'stated' || confidence === 'inferred' || confidence === 'guess' ? confidence : undefined,
    );
    window.harness = { ready: false, loadMs: performance.now() - start };
    return result;
  });
  useEffect(() => {
    // Installed when the bench asks, once it has timed the opening: the baseline's own setup (every
    // route's search keys, with pinyin) would otherwise run while the dashboard opens.
    window.harness = {
      ...window.harness,
      ready: window.harness?.ready ?? false,
      installPaintBaseline: async () => {
        const paintBaseline = await installPaintBaseline(generated);
        window.harness = { ...window.harness, ready: window.harness?.ready ?? false, paintBaseline };
      },
    };
  }, [generated]);
  // The app's own language switch, in the app's header, so the bench can time a language change
  // re-rendering every generated route's texts.
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__controls">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="page">
        <Dashboard edition={generated} />
      </main>
      {/* The paint bench's baseline writes its rows here, on the same page (see ./paint-baseline). */}
      <table
        id="paint-baseline"
        style={{ position: 'fixed', insetBlockEnd: 0, insetInlineStart: 0, fontSize: 10, background: 'Canvas' }}
      >
        <tbody />
      </table>
    </>
  );
}

const views: Record<string, () => React.ReactNode> = {
  'long-labels': LongLabels,
  'hidden-tab': HiddenTab,
  micro: Micro,
  dashboard: GeneratedDashboard,
};
const View = views[harnessCase] ?? GeneratedDashboard;

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  // No StrictMode: its double effects would run the benchmark twice.
  <Providers i18n={i18n} urlAdapter={NuqsAdapter} strict={false}>
    <View />
  </Providers>,
);

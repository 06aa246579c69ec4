// The toolbar popup: search the bundled articles, see the names on this page, switch the site off or on.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { routeToHash } from '../../lib/briefing/links.ts';
import type { PageName } from '../../lib/messaging.ts';
import { sendToTab } from '../../lib/messaging.ts';
import { activationFor, updateSiteRules, writeSettings } from '../../lib/settings.ts';
import type { SiteScope } from '../../lib/sites/rules.ts';
import { AddPage } from './AddPage.tsx';
import { PauseSwitch } from './PauseSwitch.tsx';
import { ResultList } from './ResultList.tsx';
import type { ResultGroup, ResultItem } from './result-groups.ts';
import { flatItems, searchGroups, startGroups } from './result-groups.ts';
import { SearchField } from './SearchField.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';
import { type PageInfo, usePage } from './use-page.ts';
import { MAX_QUERY_LENGTH, useSearch } from './use-search.ts';
import { useSettings } from './use-settings.ts';

const NO_NAMES: PageName[] = [];

export function Popup() {
  const [search, setQuery] = useSearch();
  const [page, refreshPage] = usePage();
  const settings = useSettings();
  const input = useRef<HTMLInputElement>(null);
  const [scopeChoice, setScopeChoice] = useState<SiteScope>('host');

  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark('backgrounder:popup-ready');
  }, []);

  const tools = useSiteTools();
  const host = page.status === 'ready' ? page.state.host : undefined;
  const status = host && settings && tools ? tools.siteStatus(host, settings.mode, settings.rules) : undefined;
  const activeHere = host && settings ? activationFor(host, settings).active : false;
  useFollowActivation(page, activeHere, refreshPage);

  const searching = search.query.trim() !== '';
  const pageNames = page.status === 'ready' && activeHere && page.state.active ? page.state.names : NO_NAMES;
  const groups = useMemo(
    () => (searching ? (search.results ? searchGroups(search.results) : []) : startGroups(search.start, pageNames)),
    [searching, search.results, search.start, pageNames],
  );
  const items = flatItems(groups);
  const [cursor, setCursor] = useState<{ groups: ResultGroup[]; index: number }>({ groups: [], index: -1 });
  // A new list starts on its first result when searching (Enter opens the best match), on nothing otherwise.
  const active = cursor.groups === groups ? cursor.index : searching && items.length > 0 ? 0 : -1;
  const move = (index: number) => setCursor({ groups, index });

  useEffect(() => {
    if (active >= 0) revealOption(document.getElementById(`result-${active}`));
  }, [active]);

  const choose = (item: ResultItem) => {
    if ('open' in item.choice) {
      void browser.tabs
        .create({ url: browser.runtime.getURL('/briefing.html') + routeToHash(item.choice.open) })
        .then(() => window.close());
    } else if (page.status === 'ready') {
      void sendToTab(page.tabId, { type: 'reveal', entityId: item.choice.reveal })
        .catch(() => false)
        .then(() => window.close());
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (items.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      move(active < 0 && step < 0 ? items.length - 1 : (active + step + items.length) % items.length);
    } else if (e.key === 'Enter') {
      const item = items[active];
      if (item) {
        e.preventDefault();
        choose(item);
      }
    } else if (e.key === 'Escape' && search.query !== '') {
      // First Escape clears the search; the next one closes the popup as usual.
      e.preventDefault();
      setQuery('');
    }
  };

  const scope = status?.rule?.scope ?? scopeChoice;
  const setSite = (on: boolean, nextScope: SiteScope) => {
    if (!host || !settings || !tools) return;
    void updateSiteRules((rules) => tools.switchSite(rules, host, on, nextScope, settings.mode));
  };

  return (
    <main class="popup">
      <h1 class="visually-hidden">Backgrounder</h1>
      <SearchField
        inputRef={input}
        value={search.query}
        active={active}
        expanded={items.length > 0}
        maxLength={MAX_QUERY_LENGTH}
        onInput={setQuery}
        onKeyDown={onKeyDown}
      />
      <div class="body">
        {search.error && (
          <p class="notice" role="status">
            {search.error}
          </p>
        )}
        {searching && search.resultsFor === search.query && items.length === 0 && (
          <p class="notice" role="status">
            Nothing in the bundled articles matches “{clip(search.query)}”.
          </p>
        )}
        {!searching && page.status === 'ready' && !activeHere && settings && (
          <p class="notice">
            {settings.paused ? 'Backgrounder is paused' : 'Backgrounder is off on this site'}, so no names are
            highlighted here.
          </p>
        )}
        {items.length > 0 && (
          <ResultList
            groups={groups}
            active={active}
            label={searching ? 'Search results' : 'Suggestions'}
            onChoose={choose}
            onHover={move}
          />
        )}
      </div>
      <footer class="controls">
        {page.status === 'unavailable' && (
          <p class="notice unavailable" role="status">
            Backgrounder can’t run on this page. Browsers keep extensions off their own pages, add-on stores and local
            files; a page opened before Backgrounder was installed needs a reload. Search still works.
          </p>
        )}
        <AddPage tabId={page.status === 'ready' ? page.tabId : undefined} />
        {host && status && settings && (
          <SiteSwitch
            host={host}
            status={status}
            mode={settings.mode}
            paused={settings.paused}
            scope={scope}
            onToggle={(on) => setSite(on, scope)}
            onScope={(next) => {
              setScopeChoice(next);
              if (status.rule) setSite(status.on, next);
            }}
          />
        )}
        <div class="footer-row">
          {settings && (
            <PauseSwitch paused={settings.paused} onChange={(value) => void writeSettings({ paused: value })} />
          )}
          <button
            type="button"
            class="link"
            onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
          >
            Settings
          </button>
        </div>
      </footer>
    </main>
  );
}

type SiteTools = typeof import('../../lib/sites/switch.ts');

/**
 * The site switch needs the public suffix list (~130 kB): loaded after the first paint, while the tab's content
 * script is still answering, so it never delays the search field.
 */
function useSiteTools(): SiteTools | undefined {
  const [tools, setTools] = useState<SiteTools>();
  useEffect(() => {
    void import('../../lib/sites/switch.ts').then((module) => setTools(() => module));
  }, []);
  return tools;
}

/**
 * After a switch, the page's content script clears or rescans on its own; ask it again until its answer
 * agrees with the settings, so "On this page" follows without reopening the popup.
 */
function useFollowActivation(page: PageInfo, activeHere: boolean, refresh: () => void) {
  const stale = page.status === 'ready' && page.state.active !== activeHere;
  useEffect(() => {
    if (!stale) return;
    const timers = [150, 500, 1500].map((ms) => setTimeout(refresh, ms));
    return () => {
      for (const t of timers) clearTimeout(t);
    };
  }, [stale, refresh]);
}

/**
 * The document scrolls (an inner scroll box would need a tab stop of its own) between a sticky search field
 * and sticky controls: bring the active option out from under either.
 */
function revealOption(option: HTMLElement | null) {
  if (!option) return;
  const top = document.querySelector('.search')?.getBoundingClientRect().bottom ?? 0;
  const bottom = document.querySelector('.controls')?.getBoundingClientRect().top ?? window.innerHeight;
  const rect = option.getBoundingClientRect();
  if (rect.top < top) window.scrollBy(0, rect.top - top - 4);
  else if (rect.bottom > bottom) window.scrollBy(0, rect.bottom - bottom + 4);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

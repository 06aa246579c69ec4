// The options page's part for the reader's own articles: adding from files or pasted text, and the list.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging.ts';
import type { UserArticlesState } from '../../lib/user-corpus/outcomes.ts';
import { ImportArticles } from './ImportArticles.tsx';
import { MyArticles } from './MyArticles.tsx';

export function UserArticles() {
  const [state, setState] = useState<UserArticlesState>();
  const refresh = useCallback(() => {
    void sendToBackground({ type: 'listUserArticles' }).then(setState, () => setState({ articles: [] }));
  }, []);
  useEffect(refresh, []);
  // Added from the popup or the context menu while this page is open.
  useEffect(() => {
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [refresh]);
  return (
    <>
      <ImportArticles onChange={refresh} />
      <MyArticles state={state} onChange={refresh} />
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The global pause, with the keyboard shortcut the browser actually assigned (the reader may have changed it). */
export function PauseSwitch({ paused, onChange }: { paused: boolean; onChange(paused: boolean): void }) {
  const shortcut = useShortcut('toggle-pause');
  return (
    <label class="switch pause">
      <input
        type="checkbox"
        role="switch"
        aria-checked={paused}
        checked={paused}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        Pause everywhere
        {shortcut && <kbd>{shortcut}</kbd>}
      </span>
    </label>
  );
}

function useShortcut(command: string): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === command)?.shortcut || undefined))
      .catch(() => undefined);
  }, [command]);
  return shortcut;
}

import type { ComponentChildren } from 'preact';
import { cycleTab } from './focus-trap.ts';

interface Props {
  label: string;
  onClose(): void;
  children: ComponentChildren;
}

/** The popover's frame: a labelled, focusable, non-modal dialog where Tab cycles and Escape closes. */
export function PopoverDialog({ label, onClose, children }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    cycleTab(event, event.currentTarget as HTMLElement);
  };
  return (
    <div class="dialog" role="dialog" aria-label={label} tabIndex={-1} onKeyDown={onKeyDown}>
      <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}

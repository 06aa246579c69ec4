import type { BriefingRoute } from '../../lib/briefing/links.ts';
import type { Briefing, CitedQuote } from '../../lib/briefing/types.ts';
import { NoMatchView } from './NoMatchView.tsx';
import { PopoverDialog } from './PopoverDialog.tsx';
import { PopoverView } from './PopoverView.tsx';

export type PopoverContent = { kind: 'briefing'; briefing: Briefing } | { kind: 'no-match'; text: string };

export interface PopoverProps {
  content: PopoverContent;
  onClose(): void;
  onOpen(route: BriefingRoute): void;
  onCopy(quote: CitedQuote): Promise<boolean>;
  /** Show another entity a shared name could mean (the briefing's `also`), by its matcher number. */
  onSwitch(entity: number): void;
}

/** Everything inside the popover's shadow root: a briefing, or the offer to search for an unknown selection. */
export function Popover({ content, onClose, onOpen, onCopy, onSwitch }: PopoverProps) {
  if (content.kind === 'no-match') {
    return (
      <PopoverDialog label="No briefing found" onClose={onClose}>
        <NoMatchView text={content.text} onSearch={(query) => onOpen({ view: 'search', query })} />
      </PopoverDialog>
    );
  }
  return (
    <PopoverDialog label={`Briefing: ${content.briefing.entity.name}`} onClose={onClose}>
      <PopoverView briefing={content.briefing} onOpen={onOpen} onCopy={onCopy} onSwitch={onSwitch} />
    </PopoverDialog>
  );
}

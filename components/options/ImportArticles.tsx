// Add articles from text files (several at once, a folder, or dropped here) or from pasted text with a title.
// Each file is checked as `npm run ingest` checks it and gets its own line: added with what it gave, or why not.
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging.ts';
import { checkFile, isHidden, type PickedFile } from '../../lib/user-corpus/import-files.ts';
import type { AddOutcome } from '../../lib/user-corpus/outcomes.ts';
import { pickedFromDrop, pickedFromList } from './dropped-files.ts';

interface Line {
  ok: boolean;
  text: string;
}

export function ImportArticles({ onChange }: { onChange(): void }) {
  const [lines, setLines] = useState<Line[]>([]);
  const [busy, setBusy] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');

  const importFiles = async (files: PickedFile[]) => {
    const visible = files.filter((f) => !isHidden(f.name));
    if (visible.length === 0 || busy) return;
    const out: Line[] = [];
    setLines(out);
    for (const [i, file] of visible.entries()) {
      setBusy(`Adding ${i + 1} of ${visible.length}: ${file.name}…`);
      const checked = await checkFile(file);
      const outcome: AddOutcome | { ok: false; message: string } = checked.ok
        ? await send({ type: 'addText', origin: 'file', name: checked.name, text: checked.text })
        : checked;
      out.push({ ok: outcome.ok, text: outcome.ok ? `${file.name}: ${outcome.message}` : outcome.message });
      setLines([...out]);
      if (outcome.ok) onChange();
    }
    setBusy(undefined);
  };

  const addPasted = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const name = title.trim();
    if (!name || !body.trim()) {
      setLines([{ ok: false, text: 'Give the article a title and paste its text.' }]);
      return;
    }
    setBusy('Adding the pasted article…');
    const outcome = await send({ type: 'addText', origin: 'paste', name, text: body });
    setLines([{ ok: outcome.ok, text: outcome.message }]);
    setBusy(undefined);
    if (outcome.ok) {
      setTitle('');
      setBody('');
      onChange();
    }
  };

  const onPick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = pickedFromList(input.files);
    // Choosing the same files again must fire again.
    input.value = '';
    void importFiles(files);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void pickedFromDrop(event.dataTransfer).then(importFiles);
  };

  return (
    <section aria-labelledby="import-articles-heading" class="card">
      <h2 id="import-articles-heading">Add articles</h2>
      <p class="hint">
        Plain-text files, one article each (UTF-8, up to 2 MB): a headline, optional byline, date and “Source:” lines,
        then the paragraphs. Or add the page you are reading from the toolbar button.
      </p>
      {/* A pointer convenience beside the two file buttons, which are the keyboard's way in. */}
      <fieldset
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <legend class="visually-hidden">Text files</legend>
        <span>Drop text files or a folder here, or</span>
        <label class="file-button">
          Choose files…
          <input
            id="import-text-files"
            type="file"
            multiple
            accept=".txt,.text,text/plain"
            class="visually-hidden"
            onChange={onPick}
          />
        </label>
        <label class="file-button">
          Choose a folder…
          <input
            id="import-text-folder"
            type="file"
            {...{ webkitdirectory: '' }}
            class="visually-hidden"
            onChange={onPick}
          />
        </label>
      </fieldset>
      <form class="paste" onSubmit={(e) => void addPasted(e)}>
        <label for="paste-title">Title</label>
        <input
          id="paste-title"
          type="text"
          value={title}
          maxLength={1000}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <label for="paste-text">Article text</label>
        <textarea id="paste-text" rows={6} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
        <div class="row">
          <button type="submit">Add pasted article</button>
        </div>
      </form>
      <div aria-live="polite" id="import-articles-outcome">
        {busy && <p class="hint">{busy}</p>}
        {lines.length > 0 && (
          <ul class="outcomes">
            {lines.map((line, i) => (
              <li key={`${i}:${line.text}`} class={line.ok ? 'ok' : 'error'}>
                {line.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

async function send(msg: {
  type: 'addText';
  origin: 'file' | 'paste';
  name: string;
  text: string;
}): Promise<AddOutcome> {
  return sendToBackground(msg).catch(
    (error: unknown): AddOutcome => ({
      ok: false,
      reason: 'failed',
      message: `${msg.name}: could not be added (${(error as Error)?.message ?? String(error)})`,
    }),
  );
}

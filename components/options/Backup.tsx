import { useState } from 'preact/hooks';
import { exportSettingsFile, importSettingsFile, MAX_SETTINGS_FILE_BYTES } from '../../lib/settings-io.ts';
import { downloadText } from './download.ts';

type Outcome = { ok: true; message: string } | { ok: false; message: string };

/** Export to a JSON file; import one all or nothing, saying what is wrong with a file it refuses. */
export function Backup() {
  const [outcome, setOutcome] = useState<Outcome>();

  const exportFile = async () => {
    downloadText('backgrounder-settings.json', await exportSettingsFile());
    setOutcome({ ok: true, message: 'Settings exported to backgrounder-settings.json.' });
  };

  const importFile = async (input: HTMLInputElement) => {
    // A stale outcome from the previous file must not read as this file's result.
    setOutcome(undefined);
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      setOutcome({ ok: false, message: `${file.name} not imported: it is too large to be a settings file.` });
      return;
    }
    const result = await importSettingsFile(await file.text());
    setOutcome(
      result.ok
        ? { ok: true, message: `Imported settings from ${file.name}.` }
        : { ok: false, message: `${file.name} not imported: ${result.error} Your settings are unchanged.` },
    );
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">Back up and restore</h2>
      <div class="row">
        <button type="button" onClick={() => void exportFile()}>
          Export settings
        </button>
        <label class="file-button">
          Import settings…
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
      </div>
      <div aria-live="polite">
        {outcome && (
          <p class={outcome.ok ? 'ok' : 'error'} role={outcome.ok ? 'status' : 'alert'} id="import-outcome">
            {outcome.message}
          </p>
        )}
      </div>
    </section>
  );
}

// Files from an <input type="file"> (several, or a folder with webkitdirectory) or a drop (files and folders),
// as PickedFile, named by their path inside the chosen or dropped folder.
import type { PickedFile } from '../../lib/user-corpus/import-files.ts';

export function pickedFromList(files: FileList | null): PickedFile[] {
  return [...(files ?? [])].map((f) => picked(f, f.webkitRelativePath || f.name));
}

/** A drop: plain files, and every file inside dropped folders (read through the File System entries API). */
export async function pickedFromDrop(data: DataTransfer | null): Promise<PickedFile[]> {
  if (!data) return [];
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return pickedFromList(data.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await collect(entry, out);
  return out;
}

async function collect(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(picked(file, path));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await collect(child, out);
  }
}

function picked(file: File, name: string): PickedFile {
  return { name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

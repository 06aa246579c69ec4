/** A problem with the user's input: reported as its message alone, never with a stack trace. */
export class IngestError extends Error {
  override name = 'IngestError';
}

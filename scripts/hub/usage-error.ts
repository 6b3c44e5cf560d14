/** A mistake in how the command was called or what it was given: printed as it is, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

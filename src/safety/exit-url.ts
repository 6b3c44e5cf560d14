// The quick exit's destination for this build (PUBLIC_EXIT_URL, checked).
import { resolveExitUrl } from '../lib/safety/exit-url';

export const exitUrl: string = resolveExitUrl(import.meta.env.PUBLIC_EXIT_URL);

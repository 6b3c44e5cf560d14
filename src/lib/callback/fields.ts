// The callback form's fields and their closed choices. No dependencies, so the page's
// first script can render the form without loading the validation libraries.

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const TIMES = ['morning', 'afternoon', 'evening'] as const;
/** What the caller says if someone else answers: neutral covers, or her own words. */
export const COVERS = ['wrong-number', 'survey', 'hang-up', 'own-words'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const LIMITS = { language: 60, coverWords: 200, message: 500 } as const;

/** The form fields, in the order the form shows them. */
export const FIELDS = [
  'phone', 'days', 'times', 'voicemail', 'text', 'cover', 'coverWords',
  'language', 'interpreter', 'region', 'needs', 'message',
] as const;
export type Field = (typeof FIELDS)[number];


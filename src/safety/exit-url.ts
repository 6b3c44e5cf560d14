// Where the quick exit goes: a neutral page, set at build time.
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
export const exitUrl: string = import.meta.env.PUBLIC_EXIT_URL || DEFAULT_EXIT_URL;

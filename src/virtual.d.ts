declare module 'virtual:pathway/callback-key' {
  const settings: import('./lib/callback/seal').PublicKeySettings;
  export default settings;
}

declare module 'virtual:pathway/bank-holidays' {
  /** Scotland's bank holidays, "YYYY-MM-DD", sorted (src/integrations/bank-holidays.ts). */
  const days: readonly string[];
  export default days;
}

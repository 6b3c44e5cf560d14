declare module 'virtual:pathway/callback-key' {
  const settings: import('./lib/callback/seal').PublicKeySettings;
  export default settings;
  /** Key ids the endpoint still takes, each until the end of its day (src/server/accepted-keys.ts). */
  export const retired: readonly import('./server/accepted-keys').RetiredKey[];
}

declare module 'virtual:pathway/bank-holidays' {
  /** Scotland's bank holidays, "YYYY-MM-DD", sorted (src/integrations/bank-holidays.ts). */
  const days: readonly string[];
  export default days;
}

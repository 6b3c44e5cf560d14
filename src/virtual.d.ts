declare module 'virtual:pathway/callback-key' {
  const settings: import('./lib/callback/seal').PublicKeySettings;
  export default settings;
  /** Key ids the endpoint still takes, each until the end of its day (src/server/accepted-keys.ts). */
  export const retired: readonly import('./server/accepted-keys').RetiredKey[];
}

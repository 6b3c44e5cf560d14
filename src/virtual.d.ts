declare module 'virtual:pathway/callback-key' {
  const settings: import('./lib/callback/seal').PublicKeySettings;
  export default settings;
}

// Puts the hub's public key into the build as `virtual:pathway/callback-key`, so the
// pages (which hand it to the browser) and the endpoint (which seals form posts and
// checks key ids) are always built with the same key. The default export is the part
// that seals ({ kid, publicKey }); `retired` (key ids still taken, accepted-keys.ts) is a
// named export only the endpoint imports, so it never reaches a page.
import type { Plugin } from 'vite';
import { publicKeyPath, readKeySettings } from '../server/key-settings';

const ID = 'virtual:pathway/callback-key';
const RESOLVED = `\0${ID}`;

export function callbackKey(): Plugin {
  return {
    name: 'pathway-callback-key',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(publicKeyPath());
      const { kid, publicKey, retired } = readKeySettings();
      return `export default ${JSON.stringify({ kid, publicKey })};\nexport const retired = ${JSON.stringify(retired)};\n`;
    },
  };
}

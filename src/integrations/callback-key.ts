// Puts the hub's public key into the build as `virtual:pathway/callback-key`, so the
// pages (which hand it to the browser) and the endpoint (which seals form posts and
// checks key ids) are always built with the same key.
import type { Plugin } from 'vite';
import { publicKeyPath, readPublicKeySettings } from '../server/key-settings';

const ID = 'virtual:pathway/callback-key';
const RESOLVED = `\0${ID}`;

export function callbackKey(): Plugin {
  return {
    name: 'pathway-callback-key',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(publicKeyPath());
      return `export default ${JSON.stringify(readPublicKeySettings())};`;
    },
  };
}

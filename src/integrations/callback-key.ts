// Puts the hub's public key into the build as `virtual:pathway/callback-key`, so the
// pages (which hand it to the browser) and the endpoint (which seals form posts and
// checks key ids) are always built with the same key. The default export is the part
// that seals ({ kid, publicKey }); `retired` (key ids still taken, accepted-keys.ts) is a
// named export only the endpoint imports, so it never reaches a page. After the build,
// callbackKeyInfo() tells the server which key it carries (src/server/dev-key-check.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { KEY_INFO_FILE, type BuiltKeyInfo } from '../server/dev-key-check';
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

/** Writes `<server>/callback-key.json` ({ kid, development }) after the build, for serve.ts. */
export function callbackKeyInfo(settingsPath: () => string = publicKeyPath): AstroIntegration {
  let serverDir = '';
  return {
    name: 'pathway:callback-key-info',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = fileURLToPath(config.build.server);
      },
      'astro:build:done': ({ logger }) => {
        const { kid, development } = readKeySettings(settingsPath());
        const info: BuiltKeyInfo = { kid, development };
        writeFileSync(join(serverDir, KEY_INFO_FILE), JSON.stringify(info));
        logger.info(`callback key ${kid}${development ? ' (DEVELOPMENT key: the server will not start with PATHWAY_ENV=production)' : ''}`);
      },
    },
  };
}

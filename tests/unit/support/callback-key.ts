// Stands in for `virtual:pathway/callback-key` in unit tests (vitest.config.ts): a valid
// public key whose private half was thrown away. Tests that open what they seal make
// their own pair and hand it to createCallbackHandler.
import type { PublicKeySettings } from '../../../src/lib/callback/seal';

const settings: PublicKeySettings = {
  kid: '8SIZhTsqWHYeTaLe',
  publicKey: { kty: 'EC', crv: 'P-256', x: 'kWYDL-w5wYNSdRPlBixabucqf2rPww2MBUWRGAQCSKk', y: '3N0AlRPaugWdDf9CYmIvH3aBdDPrWQT4QnV-wCMuIQk' },
};
export default settings;
export const retired: { kid: string; acceptUntil: string }[] = [];

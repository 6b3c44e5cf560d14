// Loaded only when she asks for a QR code: the encoder stays out of the page's first load.
import { renderSVG } from 'uqr';

/** An SVG QR code of a link, drawn here: nothing is requested from anywhere. */
export function qrSvg(text: string): string {
  return renderSVG(text, { ecc: 'M', border: 2, pixelSize: 6, whiteColor: '#ffffff', blackColor: '#000000' });
}

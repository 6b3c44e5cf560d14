// Share, copy, QR code and print for staff. Shown only once it works (it needs
// JavaScript); the link is read at the moment of sharing, so a search page shares the
// search as it is now.
import { useEffect, useState } from 'preact/hooks';

interface Strings {
  heading: string;
  share: string;
  copy: string;
  copied: string;
  copyFailed: string;
  qrShow: string;
  qrHide: string;
  qrLabel: string;
  qrHint: string;
  print: string;
}

export default function ShareTools({ strings: s }: { strings: Strings }) {
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [message, setMessage] = useState('');
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    setReady(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  if (!ready) return null;

  const share = async () => {
    const url = sharedUrl();
    if (canShare) {
      try {
        // A neutral share: the link only, no page title in her messages.
        await navigator.share({ url });
        return;
      } catch (error) {
        // She closed the share sheet: nothing to do. Any other refusal (no permission, no
        // target, a browser that lists share but cannot) falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage(s.copied);
    } catch {
      setMessage(s.copyFailed);
    }
  };

  const toggleQr = async () => {
    if (qr) return setQr(null);
    const { qrSvg } = await import('./qr');
    setQr(qrSvg(sharedUrl()));
  };

  return (
    <section class="share" aria-labelledby="share-heading" data-share>
      <h2 id="share-heading">{s.heading}</h2>
      <div class="share-buttons">
        <button type="button" onClick={share} data-share-link>
          {canShare ? s.share : s.copy}
        </button>
        <button type="button" onClick={toggleQr} aria-expanded={qr !== null} aria-controls="share-qr" data-share-qr>
          {qr ? s.qrHide : s.qrShow}
        </button>
        <button type="button" onClick={() => print()}>
          {s.print}
        </button>
      </div>
      <p role="status" class="share-status" data-share-status>{message}</p>
      <div id="share-qr">
        {qr && (
          <figure class="qr">
            {/* The SVG comes from our own QR encoder, built from this page's address. */}
            <div role="img" aria-label={s.qrLabel} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption class="hint">{s.qrHint}</figcaption>
          </figure>
        )}
      </div>
    </section>
  );
}

/** The page's address, or the search's own link where the page keeps its state in memory. */
function sharedUrl(): string {
  return document.querySelector<HTMLElement>('[data-share-url]')?.dataset['shareUrl'] ?? location.href;
}

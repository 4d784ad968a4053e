'use client';

import { useEffect, useRef, useState } from 'react';
import { copyText } from '../internal/copy-text.js';
import { canShareNatively, shareNatively } from './share-data.js';
import type { ShareButtonLabels } from './share-labels.js';
import { type ShareData, shareTargets } from './share-links.js';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The share panel: LinkedIn, X, email, "Copy link" with a visible and announced confirmation, and
 * the system share sheet as one more entry where the browser has one. When the clipboard refuses,
 * the link is shown selected so the reader can copy it by hand.
 */
export function SharePanel({
  id,
  data,
  labels,
  native,
  onNativeFailure,
}: {
  id: string;
  data: ShareData;
  labels: ShareButtonLabels;
  native: boolean;
  onNativeFailure: () => void;
}) {
  const manualRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [offerNative, setOfferNative] = useState(false);
  // After mount: whether the browser has a share sheet is not known on the server.
  useEffect(() => setOfferNative(native && canShareNatively(data)), [native, data]);

  useEffect(() => {
    if (copyState === 'failed') {
      manualRef.current?.focus();
      manualRef.current?.select();
    }
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [copyState]);

  const copy = async () => setCopyState((await copyText(data.url)) ? 'copied' : 'failed');

  return (
    <div id={id} className="inkwell-share__panel">
      <ul className="inkwell-share__targets">
        {shareTargets(data).map((target) => (
          <li key={target.id}>
            <a
              className="inkwell-share__target"
              data-target={target.id}
              href={target.href}
              {...(target.id === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {labels.targets[target.id] ?? target.label}
            </a>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="inkwell-share__target"
            data-target="copy"
            data-state={copyState}
            onClick={copy}
          >
            {copyState === 'copied' ? labels.copied : labels.copyLink}
          </button>
        </li>
        {offerNative && (
          <li>
            <button
              type="button"
              className="inkwell-share__target"
              data-target="native"
              onClick={() => shareNatively(data, onNativeFailure)}
            >
              {labels.more}
            </button>
          </li>
        )}
      </ul>
      {copyState === 'failed' && (
        <label className="inkwell-share__manual">
          <span>{labels.copyBlocked}</span>
          <input ref={manualRef} type="text" readOnly value={data.url} onFocus={(e) => e.target.select()} />
        </label>
      )}
      <span role="status" className="inkwell-visually-hidden">
        {copyState === 'copied' ? labels.linkCopied : ''}
      </span>
    </div>
  );
}

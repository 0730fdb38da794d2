'use client';

import { useEffect, useRef, useState } from 'react';

/** The leaf's strings, in the page's language, from its server parent (no translation library in the browser). */
export interface ShareLabels {
  native: string;
  copy: string;
  copied: string;
  copyFailed: string;
  linkLabel: string;
}

interface Props {
  url: string;
  title: string;
  text: string;
  labels: ShareLabels;
}

type Status = 'idle' | 'copied' | 'failed';

/** Native share sheet where the browser has one, and copy-link with a visible, announced confirmation. */
export function ShareActions({ url, title, text, labels }: Props) {
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setReady(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    if (status === 'failed') field.current?.select();
  }, [status]);

  async function share() {
    try {
      await navigator.share({ url, title, text });
    } catch {
      // The reader closed the share sheet; nothing to report.
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  // Both buttons need JavaScript; without it the plain links beside them still work.
  if (!ready) return null;
  return (
    <div className="share-actions">
      {canShare ? (
        <button type="button" className="share-button" onClick={share}>
          {labels.native}
        </button>
      ) : null}
      <button type="button" className="share-button" onClick={copy}>
        {labels.copy}
      </button>
      <p className="share-status" role="status">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </p>
      {status === 'failed' ? (
        <label className="share-field">
          <span className="visually-hidden">{labels.linkLabel}</span>
          <input ref={field} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}

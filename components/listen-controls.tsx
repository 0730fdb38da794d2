'use client';

import { useEffect, useRef, useState } from 'react';

/** The leaf's strings, in the article's language, from its server parent. */
export interface ListenLabels {
  group: string;
  play: string;
  pause: string;
  resume: string;
  stop: string;
}

type Playback = 'stopped' | 'playing' | 'paused';

/** Footnote references and the footnotes section are not read aloud. */
const UNSPOKEN = 'sup, [data-footnote-ref], [data-footnotes], .footnotes, script, style, template';
/** Elements that end a run of text, so a heading never runs into the paragraph after it. */
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
/**
 * Chrome's own voices stop an utterance after about 15 seconds of speech, silently
 * (https://bugs.chromium.org/p/chromium/issues/detail?id=679437, still seen in 2024),
 * so text is spoken in pieces of at most this many characters: a sentence, or a
 * long sentence cut between words.
 */
const MAX_PIECE = 150;

/** The preferred voice (hi-IN), else any voice of the same language; never a voice of another language. */
function pickVoice(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  // Android reports `hi_IN`; tags compare case-insensitively.
  const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
  const wanted = norm(lang);
  const primary = wanted.split('-')[0];
  return voices.find((v) => norm(v.lang) === wanted) ?? voices.find((v) => norm(v.lang).split('-')[0] === primary);
}

/** The text of an element as runs of text, one per block, without footnote markers. */
function textBlocks(root: Element | null | undefined): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) run += child.textContent;
      else if (child instanceof Element && !child.matches(UNSPOKEN)) {
        const block = BLOCK.test(child.tagName);
        if (block) flush();
        if (child.tagName === 'BR') run += ' ';
        walk(child);
        if (block) flush();
      }
    }
  };
  if (root) walk(root);
  flush();
  return blocks;
}

/** Sentence-sized pieces of a block (Intl.Segmenter knows the danda ends a Hindi sentence). */
function pieces(block: string, lang: string): string[] {
  const sentences =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(block), (s) => s.segment.trim())
      : [block];
  const out: string[] = [];
  for (const sentence of sentences) {
    let piece = '';
    for (const word of sentence.split(' ')) {
      if (piece && piece.length + 1 + word.length > MAX_PIECE) {
        out.push(piece);
        piece = '';
      }
      piece = piece ? `${piece} ${word}` : word;
    }
    if (piece) out.push(piece);
  }
  return out;
}

/**
 * Reads the article it sits in aloud with the browser's speech synthesis: the
 * headline, then the body. Shown only when the browser has a voice for the
 * article's language; voices arrive asynchronously, announced by `voiceschanged`.
 */
export function ListenControls({ lang, labels }: { lang: string; labels: ListenLabels }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  const [playback, setPlayback] = useState<Playback>('stopped');
  const group = useRef<HTMLDivElement>(null);
  // Each play gets a number; events from an earlier, cancelled run are ignored.
  const run = useRef(0);
  // Held so Chrome does not garbage-collect the utterance and drop its `end` event.
  const current = useRef<SpeechSynthesisUtterance>(undefined);

  useEffect(() => {
    const synth = window.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance !== 'function') return;
    const update = () => setVoice(pickVoice(synth.getVoices(), lang));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      // Leaving the page inside the app (a client-side link) must not leave it talking.
      if (current.current) synth.cancel();
    };
  }, [lang]);

  function stop() {
    run.current += 1;
    current.current = undefined;
    speechSynthesis.cancel();
    setPlayback('stopped');
  }

  function play() {
    if (!voice) return;
    if (playback === 'paused') {
      speechSynthesis.resume();
      setPlayback('playing');
      return;
    }
    const article = group.current?.closest('article');
    const queue = [...textBlocks(article?.querySelector('h1')), ...textBlocks(article?.querySelector('.prose'))].flatMap((b) => pieces(b, lang));
    speechSynthesis.cancel();
    const id = ++run.current;
    const next = () => {
      if (id !== run.current) return;
      const text = queue.shift();
      if (text === undefined) {
        current.current = undefined;
        setPlayback('stopped');
        return;
      }
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onend = next;
      // A cancel of our own ends the run first, so only a real failure stops here.
      utterance.onerror = () => {
        if (id === run.current) stop();
      };
      current.current = utterance;
      speechSynthesis.speak(utterance);
    };
    setPlayback('playing');
    next();
  }

  function pause() {
    speechSynthesis.pause();
    setPlayback('paused');
  }

  if (!voice) return null;
  return (
    <div ref={group} className="listen" role="group" aria-label={labels.group}>
      <button type="button" className="listen-button" onClick={playback === 'playing' ? pause : play}>
        {playback === 'playing' ? labels.pause : playback === 'paused' ? labels.resume : labels.play}
      </button>
      {playback === 'stopped' ? null : (
        <button type="button" className="listen-button listen-stop" onClick={stop}>
          {labels.stop}
        </button>
      )}
    </div>
  );
}

'use client';
// The root of every embed. It tells the host page how tall the embed is, so the iframe can fit its
// content without guessing: a message { type: 'compact-atlas:height', height, id } to the parent on
// load and whenever the content's height changes (docs/embedding.md; /embed.js applies it). `id` is
// the address the embed was loaded with; hosts should match messages to iframes by event.source.
import { useEffect, useRef, type ReactNode } from 'react';

export const HEIGHT_MESSAGE = 'compact-atlas:height';

export function EmbedRoot({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    const id = window.location.href;
    let last = -1;
    const post = () => {
      // The embed's own box, not the document: a document is never shorter than its frame, so it
      // could grow but never shrink.
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height, id }, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="embed">
      {children}
    </div>
  );
}

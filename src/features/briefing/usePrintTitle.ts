import { useEffect } from 'react';

/**
 * While the page prints, `document.title` is `title`: browsers name the saved PDF after it and write it into the
 * PDF's metadata, so "Save as PDF" offers "Chile briefing — 5 Dec 2026.pdf", not the app's name. The route's own
 * title (set by the layout) comes back once printing ends.
 */
export function usePrintTitle(title: string) {
  useEffect(() => {
    let saved: string | null = null;
    const before = () => {
      saved = document.title;
      document.title = title;
    };
    const after = () => {
      if (saved !== null) document.title = saved;
      saved = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [title]);
}

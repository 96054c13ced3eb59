// The words of a find box, passed on as the list can take them: at once when no list is on its
// way, else once, when it arrives, as they stand then. A fixed delay after each key would add its
// length to every answer; this adds nothing to the first key, and a burst of keys typed while the
// back end works costs one request, not one per key.
import { useEffect, useState, type RefObject } from 'react';

/** The words to search for, and a way to set them at once (the box cleared by the program). */
export function useTypedWords(text: string, loading: RefObject<Promise<unknown> | null>): [string, (words: string) => void] {
  const [words, setWords] = useState(text);
  useEffect(() => {
    let live = true;
    const pass = () => {
      if (live) setWords(text);
    };
    if (loading.current) void loading.current.then(pass, pass);
    else pass();
    return () => {
      live = false;
    };
  }, [text, loading]);
  return [words, setWords];
}

/**
 * Web Storage that never throws: private browsing, disabled cookies, a full quota or a server
 * render all read as "nothing stored" and ignore writes.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

function open(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}

function safe(kind: 'localStorage' | 'sessionStorage'): SafeStorage {
  return {
    get(key) {
      try {
        return open(kind)?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        open(kind)?.setItem(key, value);
      } catch {
        // Quota exceeded or storage disabled: the preference simply is not remembered.
      }
    },
    remove(key) {
      try {
        open(kind)?.removeItem(key);
      } catch {
        // Same as above.
      }
    },
  };
}

/** `localStorage` that never throws. */
export const local: SafeStorage = safe('localStorage');
/** `sessionStorage` that never throws. */
export const session: SafeStorage = safe('sessionStorage');

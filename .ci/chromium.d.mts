/** Flags for headless Chromium in a sandboxed, offline machine. */
export declare const chromiumArgs: string[];
/** The Chromium executable: `CHROMIUM_PATH` if set, else the first system browser found. */
export declare function chromiumPath(): string;

import type { ShareTarget } from './share-links.js';

/** Every text of `ShareButton`, for another language: pass only the ones you change. */
export interface ShareButtonLabels {
  /** The button. */
  share: string;
  /** Names of the networks in the panel, by target id. */
  targets: Record<ShareTarget['id'], string>;
  copyLink: string;
  /** The copy entry right after copying. */
  copied: string;
  /** Announced to screen readers after copying. */
  linkCopied: string;
  /** Shown above the link when the clipboard refused, so it can be copied by hand. */
  copyBlocked: string;
  /** The panel entry that opens the system share sheet, where the browser has one. */
  more: string;
}

export const defaultShareLabels: ShareButtonLabels = {
  share: 'Share',
  targets: { linkedin: 'LinkedIn', x: 'X', email: 'Email' },
  copyLink: 'Copy link',
  copied: 'Copied',
  linkCopied: 'Link copied to the clipboard',
  copyBlocked: 'Copying was blocked. Select the link and copy it:',
  more: 'More options…',
};

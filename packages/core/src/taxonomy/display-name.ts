import { compareCodePoints } from '../shared/sort-order.js';

/**
 * Counts spellings of one name (a tag, a series) and picks the display name: the spelling used
 * most; on a tie the first by code point (capitals first: `React` over `react`), so the choice
 * never depends on the order posts come in.
 */
export class SpellingCounter {
  readonly #uses = new Map<string, number>();

  add(spelling: string): void {
    this.#uses.set(spelling, (this.#uses.get(spelling) ?? 0) + 1);
  }

  mostUsed(): string | undefined {
    let best: string | undefined;
    let bestUses = 0;
    for (const [spelling, uses] of this.#uses) {
      if (
        uses > bestUses ||
        (uses === bestUses && best !== undefined && compareCodePoints(spelling, best) < 0)
      ) {
        best = spelling;
        bestUses = uses;
      }
    }
    return best;
  }
}

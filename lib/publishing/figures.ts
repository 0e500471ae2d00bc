import { formatNumber, formatRange } from '@/lib/figures/describe';
import type { Range } from '@/lib/figures';

// A figure as the article put it ("more than 250", "hundreds"), rebuilt from its range and
// qualifier, beside the range the comparison uses ("at least 251").

type Written = Range & { qualifier: string };

export function figureAsWritten({ min, max, qualifier }: Written): string {
  switch (qualifier) {
    case 'exact':
      return formatNumber(min);
    case 'more than':
      return `more than ${formatNumber(min - 1)}`;
    case 'at least':
      return `at least ${formatNumber(min)}`;
    case 'up to':
      return max === null ? formatRange({ min, max }) : `up to ${formatNumber(max)}`;
    case 'fewer than':
      return max === null ? formatRange({ min, max }) : `fewer than ${formatNumber(max + 1)}`;
    case 'between':
      return max === null ? formatRange({ min, max }) : `between ${formatNumber(min)} and ${formatNumber(max)}`;
    case 'about':
      return max === null ? formatRange({ min, max }) : `about ${formatNumber(Math.round((min + max) / 2))}`;
    case 'nearly':
      return max === null ? formatRange({ min, max }) : `nearly ${formatNumber(max)}`;
    default:
      // "hundreds", "several", "dozens": the word is the figure.
      return /^[a-z ]+$/.test(qualifier) ? qualifier : formatRange({ min, max });
  }
}

/** "at least 251" */
export function figureRange(range: Range): string {
  return formatRange(range);
}

/** "more than 250 civilians killed": the figure as the article put it, with what it counts. */
export function figureSaid(figure: Written & { victimGroup: string; outcome: string }): string {
  return `${figureAsWritten(figure)} ${figure.victimGroup} ${figure.outcome}`;
}

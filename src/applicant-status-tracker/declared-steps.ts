/**
 * The steps an agency declares in the element's markup for the status-code mapping (see README,
 * "Mapping an existing backend"): the DOM side of core/status-mapping.ts.
 */
import { CODE_MEANINGS, type DeclaredStep } from '../core/status-mapping.js';

/** Reads the declared steps from the element's light DOM: an <ol>/<ul> whose <li>s carry data-* codes. */
export function readDeclaredSteps(root: ParentNode): DeclaredStep[] {
  return [...root.querySelectorAll<HTMLElement>(':scope > ol > li, :scope > ul > li')]
    .filter((item) => CODE_MEANINGS.some((m) => item.dataset[m]))
    .map((item, index) => ({
      id: item.dataset.step || `step-${index + 1}`,
      label: (item.dataset.label ?? item.textContent ?? '').trim().replace(/\s+/g, ' '),
      codes: Object.fromEntries(
        CODE_MEANINGS.filter((m) => item.dataset[m]).map((m) => [m, item.dataset[m]!.trim().split(/\s+/)]),
      ),
      description: item.dataset.description,
      action: item.dataset.actionLabel ? { label: item.dataset.actionLabel, url: item.dataset.actionUrl } : undefined,
    }));
}

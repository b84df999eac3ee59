/**
 * The widget's language: the element's own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's, else English. Follows later changes to any of them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

export class LanguageController implements ReactiveController {
  lang = 'en';
  private readonly observer = new MutationObserver(() => this.read());

  /** `onChange` runs whenever the language changes. */
  constructor(private readonly host: Host, private readonly onChange?: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    // One observer for the element and every ancestor: only `lang` changes wake it.
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!document.documentElement.contains(this.host)) {
      this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    const lang = languageOf(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.onChange?.();
      this.host.requestUpdate();
    }
  }
}

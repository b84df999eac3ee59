/** The widget's language (src/controllers/language-controller.ts): where it comes from and following its changes. */
import { expect, fixture, html } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LanguageController, languageOf } from '../../src/controllers/language-controller.js';
import { withDeadline } from '../support/page.js';

/** A plain element acting as a minimal controller host: it counts update requests. */
function hostElement(): HTMLElement & ReactiveControllerHost & { controllers: ReactiveController[]; updateRequests: number } {
  const el = document.createElement('div') as never as HTMLElement & ReactiveControllerHost & { controllers: ReactiveController[]; updateRequests: number };
  return Object.assign(el, {
    controllers: [] as ReactiveController[],
    updateRequests: 0,
    addController(controller: ReactiveController) { el.controllers.push(controller); },
    removeController() {},
    requestUpdate() { el.updateRequests++; },
    updateComplete: Promise.resolve(true),
  });
}

let savedLang: string | null;
beforeEach(() => (savedLang = document.documentElement.getAttribute('lang')));
afterEach(() => {
  if (savedLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', savedLang);
});

describe('languageOf', () => {
  it('the element\'s own lang, else the nearest ancestor\'s, across shadow roots, else the document\'s, else en', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><section lang="vi"><p><span></span></p></section></div>`);
    const span = page.querySelector('span')!;
    expect(languageOf(span)).to.equal('vi');
    span.setAttribute('lang', 'ar');
    expect(languageOf(span)).to.equal('ar');
    const shadowHost = page.querySelector('p')!;
    const inner = document.createElement('b');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner), 'through the shadow host').to.equal('vi');
    document.documentElement.setAttribute('lang', 'ko');
    expect(languageOf(await fixture<HTMLElement>(html`<i></i>`))).to.equal('ko');
    document.documentElement.removeAttribute('lang');
    expect(languageOf(await fixture<HTMLElement>(html`<i></i>`))).to.equal('en');
    expect(languageOf(document.createElement('i')), 'not in the page').to.equal('en');
  });

  it('an empty lang does not count', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><span lang=""></span></div>`);
    expect(languageOf(page.querySelector('span')!)).to.equal('es');
  });
});

describe('LanguageController', () => {
  /** Connects `el` in `parent` and resolves with its controller, which reports each change. */
  function connect(el: ReturnType<typeof hostElement>, parent: Element) {
    const changes: string[] = [];
    let next: (() => void) | undefined;
    const controller = new LanguageController(el, () => {
      changes.push(controller.lang);
      next?.();
    });
    parent.append(el);
    controller.hostConnected();
    const changed = () => withDeadline(new Promise<void>((resolve) => (next = resolve)), () => 'a language change');
    return { controller, changes, changed };
  }

  it('reads the language on connection and follows later changes on the element or any ancestor', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><section></section></div>`);
    const el = hostElement();
    const { controller, changes, changed } = connect(el, page.querySelector('section')!);
    expect(el.controllers).to.include(controller);
    expect(controller.lang).to.equal('es');
    let change = changed();
    page.setAttribute('lang', 'vi');
    await change;
    expect(controller.lang).to.equal('vi');
    change = changed();
    el.setAttribute('lang', 'en');
    await change;
    expect(changes).to.deep.equal(['es', 'vi', 'en']);
    expect(el.updateRequests).to.equal(3);
  });

  it('ignores other attributes, and a lang change that does not change the result', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"><section lang="vi"></section></div>`);
    const el = hostElement();
    const { controller, changes, changed } = connect(el, page.querySelector('section')!);
    const change = changed();
    page.setAttribute('lang', 'ko'); // hidden by the section's own lang
    page.setAttribute('title', 'x');
    el.setAttribute('lang', 'ar'); // the one that counts
    await change;
    expect(changes).to.deep.equal(['vi', 'ar']);
    expect(controller.lang).to.equal('ar');
  });

  it('stops following once disconnected', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="es"></div>`);
    const el = hostElement();
    const { controller, changes } = connect(el, page);
    controller.hostDisconnected();
    // Mutation observers are told in the order they were made: once ours has seen the change, the
    // controller's would have too.
    const seen = new Promise<void>((resolve) => new MutationObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe(page, { attributes: true }));
    page.setAttribute('lang', 'vi');
    await seen;
    expect(changes).to.deep.equal(['es']);
  });
});

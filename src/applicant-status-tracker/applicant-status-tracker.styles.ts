import { css } from 'lit';

/**
 * Defaults follow the U.S. Web Design System's tokens so the widget looks at home on USWDS sites;
 * every colour is a documented custom property. Text inherits the page's font and colour.
 */
export const styles = css`
  :host {
    /*
     * Light colours, and where light-dark() exists (Chrome 123, Firefox 120, Safari 17.5) dark ones
     * too, following the page's color-scheme: a light page stays light even on a dark OS. Without
     * it (the rest of the floor) the widget keeps its light colours (README, "Browser support").
     */
    --ast-color-primary: #005ea2;
    --ast-color-complete: #008817;
    --ast-color-action: #c05600;
    --ast-color-action-bg: #faf3d1;
    --ast-color-failed: #b50909;
    --ast-color-muted: #565c65;
    --ast-color-border: #71767a;
    --ast-color-surface: #f0f0f0;
    --ast-color-on-marker: #fff;
    --ast-color-current: var(--ast-color-primary);
    --ast-color-link: var(--ast-color-primary);
    --ast-marker-size: max(2em, 24px);
    --ast-radius: 0.25em;
    /*
     * The page's inherited text styles stop here (a legacy page's centred, capitalised, tightly set
     * body text); only its font family, size and text colour, and its colour scheme, come in.
     * Lengths are em of the widget, never rem: a 62.5 % root must not shrink markers or layouts.
     */
    all: initial;
    font-family: inherit;
    font-size: inherit;
    color: inherit;
    color-scheme: inherit;
    visibility: inherit;
    display: block;
    container-type: inline-size;
    line-height: 1.5;
    text-align: start;
    /* anywhere, not break-word: a long e-mail address must not widen a flex item past a phone's screen. */
    overflow-wrap: anywhere;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --ast-color-primary: light-dark(#005ea2, #73b3e7);
      --ast-color-complete: light-dark(#008817, #70e17b);
      --ast-color-action: light-dark(#c05600, #ffbe2e);
      --ast-color-action-bg: light-dark(#faf3d1, #3b2e12);
      --ast-color-failed: light-dark(#b50909, #fd8b8b);
      --ast-color-muted: light-dark(#565c65, #c6cace);
      --ast-color-border: light-dark(#71767a, #a9aeb1);
      --ast-color-surface: light-dark(#f0f0f0, #2d2e2f);
      --ast-color-on-marker: light-dark(#fff, #1b1b1b);
    }
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  p { margin: 0 0 0.5em; }
  a { color: var(--ast-color-link); }

  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  .overline { color: var(--ast-color-muted); display: flex; flex-wrap: wrap; column-gap: 1em; }
  .title { font-weight: 700; }
  .heading { font-size: 1.375em; font-weight: 700; line-height: 1.25; margin: 0 0 0.375em; }
  .heading:focus { outline: none; }
  .heading:focus-visible { outline: 0.1875em solid var(--ast-color-primary); outline-offset: 0.1875em; }

  .summary, .outcome, .notice, .stale {
    padding: 0.5em 0.75em; border-inline-start: 0.5em solid var(--ast-color-border);
    background: var(--ast-color-surface); border-radius: var(--ast-radius);
  }
  .summary--you { border-color: var(--ast-color-action); background: var(--ast-color-action-bg); font-weight: 700; }
  .summary--us { border-color: var(--ast-color-current); }
  .outcome { font-weight: 700; }
  .outcome--approved { border-color: var(--ast-color-complete); }
  .outcome--denied { border-color: var(--ast-color-failed); }
  .stale { border-color: var(--ast-color-action); }

  .steps { list-style: none; margin: 1em 0; padding: 0; }
  .step { position: relative; display: flex; gap: 0.75em; padding-block-end: 1.25em; }
  /* The connector between markers: decoration only, the order is the list's. */
  .step:not(:last-child)::before {
    content: ''; position: absolute; inset-inline-start: calc(var(--ast-marker-size) / 2 - 1px);
    inset-block: var(--ast-marker-size) 0; border: 0 solid var(--ast-color-border); border-inline-start-width: 2px;
  }
  .step[data-state='complete']:not(:last-child)::before, .into-complete:not(:last-child)::before { border-color: var(--ast-color-complete); }
  .marker {
    flex: none; display: grid; place-items: center; inline-size: var(--ast-marker-size); block-size: var(--ast-marker-size);
    border-radius: 50%; border: 2px solid var(--ast-color-border); font-weight: 700; line-height: 1;
    background: Canvas; color: CanvasText;
  }
  [data-state='complete'] .marker { background: var(--ast-color-complete); border-color: var(--ast-color-complete); color: var(--ast-color-on-marker); }
  [data-state='current'] .marker { background: var(--ast-color-current); border-color: var(--ast-color-current); color: var(--ast-color-on-marker); box-shadow: 0 0 0 3px Canvas, 0 0 0 5px var(--ast-color-current); }
  [data-state='action-required'] .marker { background: var(--ast-color-action); border-color: var(--ast-color-action); color: var(--ast-color-on-marker); border-radius: var(--ast-radius); }
  [data-state='failed'] .marker { background: var(--ast-color-failed); border-color: var(--ast-color-failed); color: var(--ast-color-on-marker); }
  [data-state='skipped'] .marker { border-style: dashed; color: var(--ast-color-muted); }
  .step-body { min-inline-size: 0; padding-block-start: 0.125em; }
  .label { display: block; font-weight: 700; }
  [aria-current='step'] .label { font-size: 1.125em; }
  [data-state='skipped'] .label { font-weight: 400; color: var(--ast-color-muted); }
  .state { display: block; color: var(--ast-color-muted); }
  [data-state='action-required'] .state { color: inherit; font-weight: 700; }
  .description { margin-block: 0.25em 0; }
  .action {
    margin-block-start: 0.5em; padding: 0.75em; border-radius: var(--ast-radius);
    background: var(--ast-color-action-bg); border-inline-start: 0.5em solid var(--ast-color-action);
  }
  [data-state='failed'] .action { background: var(--ast-color-surface); border-color: var(--ast-color-failed); }
  .action a { font-weight: 700; }
  /* Its own line: beside the action's link the two read as one. */
  .calendar { display: block; inline-size: fit-content; margin-block-start: 0.5em; padding-block: 0.125em; }
  .due { font-weight: 700; }

  .history summary { cursor: pointer; color: var(--ast-color-link); }
  .entries { padding-inline-start: 1.25em; }
  .entries .date, .updated, .checked, .moved { color: var(--ast-color-muted); }
  .updated span, .checked span { margin-inline-end: 1em; }
  .links { margin: 0 0 0.5em; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25em 1.5em; }
  .contact-heading { font-weight: 700; margin: 0; }
  .checked { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }

  button {
    font: inherit; min-block-size: 2.75em; padding: 0.5em 1em; cursor: pointer; border-radius: var(--ast-radius);
    border: 2px solid var(--ast-color-primary); background: Canvas; color: var(--ast-color-primary); font-weight: 700;
  }
  button:hover { background: var(--ast-color-surface); }
  button:focus-visible, a:focus-visible, summary:focus-visible { outline: 0.25em solid var(--ast-color-primary); outline-offset: 0.125em; }
  button[aria-disabled='true'] { cursor: progress; }

  .lookup { max-inline-size: 30em; }
  .field { margin-block: 1em; }
  .field--error { border-inline-start: 0.25em solid var(--ast-color-failed); padding-inline-start: 0.75em; }
  label { display: block; font-weight: 700; }
  .hint { display: block; color: var(--ast-color-muted); }
  .field-error { display: block; color: var(--ast-color-failed); font-weight: 700; }
  input {
    font: inherit; display: block; inline-size: 100%; max-inline-size: 20em; min-block-size: 2.75em; margin-block-start: 0.25em;
    padding: 0.5em; border: 1px solid var(--ast-color-border); border-radius: 0; background: Canvas; color: CanvasText;
  }
  input:focus-visible { outline: 0.25em solid var(--ast-color-primary); outline-offset: 0; }
  .form-error { padding: 0.75em; border-inline-start: 0.5em solid var(--ast-color-failed); background: var(--ast-color-surface); font-weight: 700; }
  button[type='submit'] { background: var(--ast-color-primary); color: var(--ast-color-on-marker); }
  .error { padding: 1em; border-inline-start: 0.5em solid var(--ast-color-failed); background: var(--ast-color-surface); }
  /* Placeholder lines, each as tall as a line of text; the second of a pair is shorter. */
  .bar {
    display: block; block-size: 1.5em; inline-size: 12em; max-inline-size: 70%; border-block: 0.25em solid transparent;
    background: var(--ast-color-surface) padding-box;
  }
  .bar + .bar { inline-size: 8em; }
  .ghost, .ghost:disabled { color: transparent; background: var(--ast-color-surface); border-color: transparent; }
  .summary .bar { background-color: Canvas; }

  /* Side by side when the widget is wide enough and the steps few enough to name each one in full. */
  @container (min-width: 52em) {
    .horizontal { display: flex; }
    .horizontal .step { flex: 1 1 0; flex-direction: column; align-items: center; text-align: center; padding-inline: 0.25em; }
    .horizontal .step:not(:last-child)::before {
      inset-block: calc(var(--ast-marker-size) / 2 - 1px) auto;
      inset-inline: calc(50% + var(--ast-marker-size) / 2 + 0.25em) calc(-50% + var(--ast-marker-size) / 2 + 0.25em);
      border-inline-start-width: 0; border-block-start-width: 2px;
    }
    .horizontal .action { text-align: start; }
  }

  /* A printed status is a record: every step and date, link addresses written out, nothing to press. */
  @media print {
    button, .calendar { display: none; }
    /* The address reads left to right even inside Arabic text. */
    a[href^='http']::after { content: ' (' attr(href) ')'; font-weight: 400; direction: ltr; unicode-bidi: isolate; }
    .step { break-inside: avoid; }
  }

  @media (prefers-reduced-motion: no-preference) {
    .bar { animation: ast-pulse 1.5s ease-in-out infinite alternate; }
    @keyframes ast-pulse { to { opacity: 0.4; } }
  }
  @media (forced-colors: active) {
    .marker { forced-color-adjust: none; background: Canvas; color: CanvasText; border-color: CanvasText; }
    [aria-current='step'] .marker, [data-state='action-required'] .marker, [data-state='failed'] .marker, [data-state='complete'] .marker { background: Highlight; color: HighlightText; border-color: Highlight; }
    .summary, .outcome, .notice, .stale, .action, .error { border: 1px solid CanvasText; }
  }
`;

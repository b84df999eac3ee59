// The plain-DOM baseline: fetches the same JSON the widget fetches and writes the same list of
// steps (label, state in words, date in the page's language, aria-current) with DOM calls.
// Loaded by baseline.html on loopback, inlined in the slow profile's page (bench/server.mjs).
performance.mark('script-start');
(async () => {
  const root = document.getElementById('status');
  const response = await fetch(new URL(root.dataset.endpoint, document.baseURI), {
    // As the widget asks: the HTTP cache revalidates what the server lets it keep (a 304 on a warm load).
    headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-cache',
  });
  const doc = await response.json();
  const text = (value) => (typeof value === 'string' ? value : value.en ?? Object.values(value)[0]);
  const states = {
    complete: 'Complete', current: 'In progress', 'action-required': 'Action needed from you',
    upcoming: 'Not started', skipped: 'Does not apply', failed: 'Not successful',
  };
  const dates = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long' });
  const list = document.createElement('ol');
  for (const step of doc.steps) {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.textContent = text(step.label);
    const state = document.createElement('span');
    state.textContent = states[step.state] + (step.date ? ` · ${dates.format(new Date(`${step.date}T12:00:00`))}` : '');
    item.append(label, ' ', state);
    if (step.state === 'current' || step.state === 'action-required') item.setAttribute('aria-current', 'step');
    list.append(item);
  }
  root.replaceChildren(list);
  document.dispatchEvent(new Event('baseline-rendered'));
})();

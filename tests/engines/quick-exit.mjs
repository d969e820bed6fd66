// The quick exit in Firefox or WebKit, one scenario at a time, for tests/test_quick_exit_engines.py.
//
//   node tests/engines/quick-exit.mjs ENGINE SITE NEUTRAL CERT KEY
//
// SITE is the built site's address; NEUTRAL the exit's destination, which this process serves itself over
// HTTPS (CERT, KEY) on loopback, so it can record every request's Referer and hold a response back. It
// prints {"ready": version} once the browser runs, then reads one scenario name per line and answers each
// with one line {"name", "ok", "error"}. Every scenario runs in a fresh profile, closed whatever happens.
import fs from 'node:fs';
import https from 'node:https';
import readline from 'node:readline';
import {SHOWN, launch, progress, until} from './drivers.mjs';

const [engine, site, neutral, certFile, keyFile] = process.argv.slice(2);
const NEUTRAL_PAGE = '<!doctype html><title>Weather</title><p>Neutral page</p>';

// -- the neutral site ------------------------------------------------------------

const exits = [];  // every request for the neutral page: {referer}
let holding = false;
let held = [];
const neutralPath = new URL(neutral).pathname;
const server = https.createServer({cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile)}, (request, response) => {
  if (new URL(request.url, neutral).pathname !== neutralPath) { response.writeHead(404).end(); return; }
  exits.push({referer: request.headers.referer || null});
  const answer = () => response.writeHead(200, {'content-type': 'text/html'}).end(NEUTRAL_PAGE);
  if (holding) { held.push(answer); } else { answer(); }
});
await new Promise(resolve => server.listen(Number(new URL(neutral).port), '127.0.0.1', resolve));

function hold() { holding = true; }
function release() { holding = false; held.forEach(answer => answer()); held = []; }

// -- what a reader would notice --------------------------------------------------

const STATE = `({
  url: location.href,
  leaving: document.documentElement.classList.contains('ck-quick-exit--leaving'),
  hidden: getComputedStyle(document.documentElement).visibility === 'hidden',
  content: Boolean(document.querySelector('.md-content')),
  painted: performance.getEntriesByType('paint').some(entry => entry.name === 'first-contentful-paint'),
  title: document.title,
  ready: document.readyState,
})`;
// The same, with the frames a page recorded since it came back from the back-forward cache (null if it did not).
const RETURNED = `({...${STATE}, frames: window.ckFrames ? ckFrames.slice(ckFrames.lastIndexOf('restored') + 1) : null})`;
// Two animation frames later: whatever a key press or click set off has happened by then.
const SETTLED = 'new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))';
// The keys and clicks the page received, so a test knows its input arrived.
const INPUT_SEEN = `(window.ckInput = [],
  addEventListener('keydown', event => ckInput.push(event.key), true),
  addEventListener('click', () => ckInput.push('click'), true), true)`;
// Records, in a page that may come back from the back-forward cache, whether the site showed in any frame
// (also kept in localStorage, which the site itself never uses, for a driver that cannot ask a leaving page).
const RECORDER = `(() => {
  window.ckFrames = [];
  const keep = () => localStorage.setItem('ckFrames', JSON.stringify(ckFrames.slice(-50)));
  addEventListener('pageshow', event => { if (event.persisted) { ckFrames.push('restored'); keep(); } });
  const frame = () => { ckFrames.push(getComputedStyle(document.documentElement).visibility); keep(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  return true;
})()`;

function check(condition, message) {
  if (!condition) { throw new Error(message); }
}

async function leaves(tab, count) {
  await until(async () => (await tab.url()).startsWith(neutral) && (await tab.run("document.body ? document.body.textContent : ''")).includes('Neutral page'),
    `the neutral page (exit ${count ?? 1})`);
  if (count !== undefined) { check(exits.length === count, `expected ${count} request(s) for the neutral page, saw ${exits.length}`); }
  check(exits.every(exit => exit.referer === null), `a request for the neutral page sent a referrer: ${JSON.stringify(exits)}`);
  check(await tab.run('document.referrer') === '', 'the neutral page can see where the reader came from');
}

async function stays(tab) {
  await tab.run(SETTLED);
  const state = await tab.run(STATE);
  check(state.url.startsWith(site) && !state.leaving && !state.hidden, `the site left or hid itself: ${JSON.stringify(state)}`);
  check(exits.length === 0, 'the neutral page was requested');
}

/** Parsing stopped in the head: the page's content never reached the document, so it cannot have shown. */
function unseen(state) { return state.hidden && !state.content && !state.painted; }

/** The tab is back at a site address after an exit, held there: it must never have shown the site. */
async function neverShown(tab, what) {
  const state = await until(async () => { const s = await tab.run(STATE); return s.url.startsWith(site) && s.leaving && s; }, what);
  check(unseen(state) && state.title === '', `${what}: the site showed: ${JSON.stringify(state)}`);
}

// -- scenarios -------------------------------------------------------------------

const scenarios = {
  async click({tab}) {
    await tab.open(site + 'spot-the-signs/');
    await tab.click('[data-quick-exit]');
    await leaves(tab, 1);
    check(await tab.tabs() === 1, 'the exit opened another tab or window');
  },

  async escape({tab}) {
    await tab.open(site + 'report-it/');
    await tab.press('Escape');
    await leaves(tab, 1);
  },

  async 'escape-cannot-stop-the-exit'({tab, browser}) {
    await tab.open(site + 'report-it/');
    await tab.run(INPUT_SEEN);
    hold();  // the reader is on the overlay, the neutral page still loading
    await tab.press('Escape');
    await until(() => held.length > 0, 'the request for the neutral page');
    await tab.press('Escape');  // the browser's stop-loading key, pressed again while leaving
    await tab.press('Escape');
    // Firefox's driver sends no keys to a page that is leaving, so there only the outcome is checked.
    if (browser.keysReachALeavingPage) {
      await until(async () => (await tab.run("ckInput.join(' ')")) === 'Escape Escape Escape', 'the page to get every Escape');
    }
    release();
    await leaves(tab, 1);  // had an Escape stopped the navigation, the tab would still be on the overlay
  },

  async shift({tab}) {
    await tab.open(site);
    for (let i = 0; i < 3; i += 1) { await tab.press('ShiftLeft'); }
    await leaves(tab, 1);
  },

  async 'shift-left-and-right'({tab}) {
    await tab.open(site);
    for (const key of ['ShiftLeft', 'ShiftRight', 'ShiftLeft']) { await tab.press(key); }
    await leaves(tab, 1);
  },

  async capitals({tab}) {
    await tab.open(site);
    await tab.run(INPUT_SEEN);
    for (const letter of ['A', 'B', 'C']) {
      await tab.down('ShiftLeft');
      await tab.press(letter);
      await tab.up('ShiftLeft');
    }
    await stays(tab);
    const seen = await tab.run('ckInput');
    check(seen.join(' ') === 'Shift A Shift B Shift C', `the page did not get the key presses: ${seen}`);
  },

  async 'back-after-exit'({tab, browser}) {
    await tab.open(site);
    await tab.run(RECORDER);
    await tab.click("a.md-button[href='get-help/']");
    await until(async () => (await tab.url()).endsWith('/get-help/') && await tab.run(SHOWN), 'Get help to load and paint');
    // The button: the keys have scenarios of their own, and WebKit's driver now and then loses a key sent
    // straight after a navigation; what this one is about is Back after the exit.
    await tab.click('[data-quick-exit]');
    await leaves(tab, 1);
    if (browser.answersWhileGoingBack) {
      hold();
      tab.back();  // the exited page was replaced, so Back goes to the home page
      const state = await until(async () => { const s = await tab.run(RETURNED); return s.url.startsWith(site) && s.leaving && s; }, 'the page before');
      if (state.frames) {  // restored from the back-forward cache: hidden when it went in, and every frame since
        check(state.hidden && state.frames.every(v => v === 'hidden'), `content showed after coming back: ${state.frames}`);
      } else {  // loaded afresh: nothing parsed, nothing painted
        check(unseen(state), `content showed after coming back: ${JSON.stringify(state)}`);
      }
      release();
      await leaves(tab, 2);
    } else {
      // WebKit's driver holds every command until Back ends, so the page that comes back cannot be asked
      // while it leaves. It kept its own record, in storage the site never uses; another tab reads it.
      tab.back();
      await until(() => exits.length === 2, 'the exit after Back', 40000);  // slow with both cores busy
      await leaves(tab, 2);
      const frames = await tab.inNewTab(site, "JSON.parse(localStorage.getItem('ckFrames') || 'null')");
      check(frames && frames.includes('restored'), `the page did not come back from the back-forward cache: ${frames}`);
      const since = frames.slice(frames.lastIndexOf('restored') + 1);
      check(since.every(v => v === 'hidden'), `content showed after coming back: ${since}`);
    }
  },

  async 'address-again'({tab}) {
    await tab.open(site + 'privacy/');
    await tab.press('Escape');
    await leaves(tab, 1);
    hold();
    tab.go(site + 'spot-the-signs/');
    await neverShown(tab, 'the site typed in again');
    release();
    await leaves(tab, 2);
  },

  async reload({tab}) {
    await tab.open(site + 'privacy/');
    await tab.press('Escape');
    await leaves(tab, 1);
    hold();
    tab.go(site + 'privacy/');
    await until(() => held.length === 1, 'the second exit');
    tab.reload();  // a reload of the site's address, while the neutral page is still loading
    await until(() => held.length === 2, 'the exit after the reload');
    await neverShown(tab, 'the reloaded site');
    release();
    await leaves(tab, 3);
  },

  async 'fresh-profile'({tab, browser, session}) {
    await tab.open(site);
    await tab.press('Escape');
    await leaves(tab, 1);
    await session.close();  // WebKitWebDriver runs one session at a time
    exits.length = 0;
    const other = await browser.session();
    try {
      await other.tab.open(site);
      await stays(other.tab);
      await until(async () => (await other.tab.run(STATE)).painted, 'the site to be painted in a fresh profile');
    } finally {
      await other.close();
    }
  },

  async 'double-trigger'({tab}) {
    await tab.open(site);
    await tab.run(INPUT_SEEN);
    hold();
    await tab.doubleClick('[data-quick-exit]');
    await tab.press('Escape');  // Firefox's driver sends no keys to a page that is leaving; WebKit's does
    for (let i = 0; i < 3; i += 1) { await tab.press('ShiftLeft'); }
    await until(async () => (await tab.run("ckInput.filter(input => input === 'click').length")) === 2, 'both clicks');
    await until(() => held.length > 0, 'the request for the neutral page');
    release();
    await leaves(tab, 1);
  },
};

// -- the loop --------------------------------------------------------------------

const SCENARIO_MS = 60000;  // under the test's own limit, so a stuck scenario is reported as itself

function within(ms, promise, what) {
  let timer;
  const limit = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s (last waited for: ${progress.waiting})`)), ms); });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

function say(message) { fs.writeSync(1, JSON.stringify(message) + '\n'); }

const browser = await launch(engine);
say({ready: await browser.version()});
const lines = readline.createInterface({input: process.stdin});
for await (const name of lines) {
  const scenario = scenarios[name.trim()];
  exits.length = 0;
  release();
  if (!scenario) { say({name, ok: false, error: `no scenario called ${name}`}); continue; }
  let session;
  progress.waiting = '';
  try {
    session = await within(SCENARIO_MS, browser.session(), 'a new profile');
    await within(SCENARIO_MS, scenario({tab: session.tab, browser, session}), name);
    say({name, ok: true});
  } catch (error) {
    say({name, ok: false, error: `${error.name}: ${error.message}`});
  } finally {
    release();
    if (session) { await within(10000, session.close(), 'the profile to close').catch(() => {}); }
  }
}
await browser.close();
server.close();
process.exit(0);

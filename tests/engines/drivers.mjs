// One small interface over two ways of driving a real browser, so each quick-exit scenario is written once:
// Firefox (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core, and WebKit (Debian's WebKitGTK
// MiniBrowser) over classic WebDriver with selenium-webdriver. Nothing is downloaded: both use the system's
// browser binaries.
import {spawn} from 'node:child_process';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import {Builder} from 'selenium-webdriver';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// WebDriver's key codes, which both drivers accept.
/** Loaded and painted: WebKit drops input sent before a page's first paint. */
export const SHOWN = "document.readyState === 'complete' && performance.getEntriesByType('paint').some(e => e.name === 'first-contentful-paint')";
const KEYS = {Escape: '\uE00C', ShiftLeft: '\uE008', ShiftRight: '\uE050'};

export async function launch(engine) {
  if (engine === 'firefox') { return new Firefox(await puppeteer.launch({browser: 'firefox', executablePath: FIREFOX, headless: true, acceptInsecureCerts: true})); }
  if (engine === 'webkit') { return WebKit.start(); }
  throw new Error(`unknown engine ${engine}`);
}

// -- Firefox ---------------------------------------------------------------------

class Firefox {
  constructor(browser) { this.browser = browser; }

  // Its driver answers while a Back navigation is under way, but sends no input to a page that is leaving.
  get answersWhileGoingBack() { return true; }
  get keysReachALeavingPage() { return false; }

  async version() { return this.browser.version(); }

  /** A fresh profile: its own cookies, storage and history. */
  async session() {
    const context = await this.browser.createBrowserContext();
    const page = await context.newPage();
    let closed;
    return {tab: new PuppeteerTab(page, context), close: () => (closed ??= context.close())};
  }

  async close() { await this.browser.close(); }
}

class PuppeteerTab {
  constructor(page, context) { this.page = page; this.context = context; }

  async open(url) {
    await this.page.goto(url, {waitUntil: 'load'});
    await until(() => this.run(SHOWN), `${url} to paint`);
  }
  // Navigations that the quick exit may turn into another: started, never awaited to the end.
  go(url) { this.page.goto(url).catch(() => {}); }
  back() { this.page.goBack().catch(() => {}); }
  reload() { this.page.reload().catch(() => {}); }
  // Firefox's driver keeps the old address after a return from the back-forward cache: ask the page.
  async url() { try { return await this.page.evaluate('location.href'); } catch (error) { return this.page.url(); } }
  run(expression) { return this.page.evaluate(expression); }
  async click(selector) { await this.page.click(selector); }
  async doubleClick(selector) { await this.page.click(selector, {count: 2}); }
  async press(key) { await this.page.keyboard.press(key); }
  async down(key) { await this.page.keyboard.down(key); }
  async up(key) { await this.page.keyboard.up(key); }
  async tabs() { return (await this.context.pages()).length; }
}

// -- WebKit ----------------------------------------------------------------------

class WebKit {
  static async start() {
    const port = await freePort();
    const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], {stdio: 'ignore'});
    const exited = new Promise((_, fail) => server.on('exit', code => fail(new Error(`WebKitWebDriver exited (${code})`))));
    exited.catch(() => {});
    await Promise.race([waitForPort(port), exited]);
    return new WebKit(server, `http://127.0.0.1:${port}`);
  }

  constructor(server, address) { this.server = server; this.address = address; this.drivers = new Set(); }

  // Its driver holds every command until a Back navigation ends, and sends input to a page that is leaving.
  get answersWhileGoingBack() { return false; }
  get keysReachALeavingPage() { return true; }

  async version() {
    const {close, driver} = await this.session();
    try { return `webkitgtk/${(await driver.getCapabilities()).get('browserVersion')}`; } finally { await close(); }
  }

  /** A new automation session: MiniBrowser starts with an ephemeral profile each time. */
  async session() {
    const capabilities = {
      browserName: 'MiniBrowser', acceptInsecureCerts: true, pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
    };
    const driver = await new Builder().usingServer(this.address).withCapabilities(capabilities).build();
    // WebKitWebDriver answers one command at a time and a navigation command waits for its page: bound it,
    // or a navigation held back by a test would hold up every command after it.
    await driver.manage().setTimeouts({pageLoad: 5000, script: 10000});
    this.drivers.add(driver);
    let closed;
    const close = () => (closed ??= (this.drivers.delete(driver), driver.quit()));
    return {tab: new WebDriverTab(driver), close, driver};
  }

  async close() {
    await Promise.allSettled([...this.drivers].map(driver => driver.quit()));
    this.server.kill();
  }
}

/** An input that makes the page leave (the exit key, the button) may unload it before WebKit's driver has
 * answered, which the driver reports as an error although the input was delivered. What the input did is
 * checked by the scenario itself, so only that one error is let through. */
async function delivered(action) {
  try {
    await action;
  } catch (error) {
    if (!/Callback was not called before the unload event/.test(error.message)) { throw error; }
  }
}

class WebDriverTab {
  constructor(driver) { this.driver = driver; this.address = ''; }

  /** Loaded and painted: WebKit drops input sent before its first paint. */
  async open(url) {
    await this.driver.get(url);
    await until(() => this.run(SHOWN), `${url} to load and paint`);
  }

  go(url) { this.driver.get(url).catch(() => {}); }
  back() { this.driver.navigate().back().catch(() => {}); }
  reload() { this.driver.navigate().refresh().catch(() => {}); }
  async url() { return this.driver.getCurrentUrl(); }
  run(expression) { return this.driver.executeScript(`return (${expression});`); }

  async click(selector) { await delivered(this.driver.actions().move({origin: await this.visible(selector)}).click().perform()); }
  async doubleClick(selector) { await delivered(this.driver.actions().move({origin: await this.visible(selector)}).doubleClick().perform()); }

  /** Scrolled into view first, as a reader would, since WebDriver's pointer only reaches the viewport. */
  async visible(selector) {
    const element = await this.driver.findElement({css: selector});
    await this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  async press(key) { await delivered(this.driver.actions().keyDown(KEYS[key] || key).keyUp(KEYS[key] || key).perform()); }
  async down(key) { await delivered(this.driver.actions().keyDown(KEYS[key] || key).perform()); }
  async up(key) { await delivered(this.driver.actions().keyUp(KEYS[key] || key).perform()); }
  async tabs() { return (await this.driver.getAllWindowHandles()).length; }

  /** Opens `url` in another tab of this profile, evaluates `expression` there, closes it and comes back. */
  async inNewTab(url, expression) {
    const first = await this.driver.getWindowHandle();
    await this.driver.switchTo().newWindow('tab');
    try {
      await this.driver.get(url);
      // The new tab starts on about:blank, whose storage is off limits: wait for the page itself.
      await until(async () => (await this.run('location.href')).startsWith(url) && (await this.run('document.readyState')) === 'complete',
        `${url} in another tab`);
      return await this.run(expression);
    } finally {
      await this.driver.close();
      await this.driver.switchTo().window(first);
    }
  }
}

// -- waiting for conditions ------------------------------------------------------

/** Polls `condition` until it gives a true value; never a fixed sleep standing in for a condition. */
export const progress = {waiting: ''};

export async function until(condition, what, timeout = 15000) {
  progress.waiting = what;
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await condition();
      if (value) { return value; }
    } catch (error) { last = error; }
    if (Date.now() > end) { throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last.message})` : ''}`); }
    await new Promise(resolve => setTimeout(resolve, 40));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function waitForPort(port) {
  return until(() => new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
  }), `WebKitWebDriver on port ${port}`);
}

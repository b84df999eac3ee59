/**
 * WebKit for the test runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian packages
 * webkit2gtk-driver and xvfb). MiniBrowser has no headless mode, so this starts a private X server
 * (Xvfb picks a free display and reports it on a pipe) and the driver on a free port, and stops both
 * when the runner exits, however it exits.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

const children = [];
const stopAll = () => children.splice(0).forEach((child) => child.kill('SIGTERM'));
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopAll();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}

/** Starts Xvfb on a display it chooses (-displayfd) and resolves with ":N". */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let output = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000);
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      const display = /^(\d+)\n/.exec(output);
      if (display) {
        clearTimeout(timer);
        resolve(`:${display[1]}`);
      }
    });
    xvfb.once('error', (error) => reject(new Error(`Xvfb could not start (${error.message}): apt-get install xvfb`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before reporting a display`)));
  });
}

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Resolves once the driver accepts connections on `port`. */
async function waitForPort(port, child) {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): apt-get install webkit2gtk-driver`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within 10 s`);
}

/** A test-runner launcher for MiniBrowser, with its own X server and driver. */
export async function webkitLauncher() {
  const display = await startXvfb();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  children.push(driver);
  driver.once('error', () => {});
  await waitForPort(port, driver);
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
}

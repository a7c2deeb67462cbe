// Drives Neo4j Browser as plangraph serves it, in headless Chromium, the way an analyst would: open /browser/, wait
// for the automatic connection and the guide, set the guide's parameters and run its brain-like-chip query, check the
// answer, and save screenshots. Started by BrowserE2EIT, which starts plangraph and knows the expected answer.
//
// Environment:
//   PLANGRAPH_URL     where plangraph listens, e.g. http://127.0.0.1:8080 (required)
//   E2E_OUT           folder for screenshots (default target/e2e)
//   EXPECT_PLATFORMS  JSON array of platform names the query must show; empty when the graph has none yet
//   FORBIDDEN_TEXT    text no platform in the answer may contain (e.g. 北斗)
//   CHROMIUM          the browser to drive (default /usr/bin/chromium; Playwright never downloads one here)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = required('PLANGRAPH_URL').replace(/\/$/, '');
const out = process.env.E2E_OUT || 'target/e2e';
const expected = JSON.parse(process.env.EXPECT_PLATFORMS || '[]');
const forbidden = process.env.FORBIDDEN_TEXT || '';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const LONG = 120_000;

fs.mkdirSync(out, { recursive: true });
const report = { base, screenshots: [], outsideRequests: [], leaks: [], checks: [] };

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const local = (url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  page.on('request', (r) => { if (r.url().startsWith('http') && !local(r.url())) report.outsideRequests.push(r.url()); });
  page.on('requestfinished', (r) => { if (r.url().startsWith('http') && !local(r.url())) report.leaks.push(r.url()); });

  await page.goto(`${base}/browser/`);
  check(page.url().includes('preselectAuthMethod=NO_AUTH'), `redirected to a link that connects by itself: ${page.url()}`);

  // The guide opens only after Browser has connected: the server's post-connect commands play it.
  const guide = page.locator('[data-testid="frame"]')
    .filter({ has: page.locator('[data-testid="frameCommand"]').filter({ hasText: '/guides/plangraph.html' }) })
    .first();
  await guide.getByText('plangraph 政策规划图谱').waitFor({ timeout: LONG });
  check(true, 'connected without typing and opened the guide');
  await shot(page, 'guide.png');

  await runInEditor(page, ':sysinfo');
  const sysinfo = page.locator('[data-testid="frame"]').filter({ hasText: 'Databases' }).first();
  await sysinfo.getByText('online').first().waitFor({ timeout: LONG });
  check(true, ':sysinfo lists the databases (Browser understands the server version)');

  // Slide 2: the brain-like-chip question. One click sets the parameters, one puts the query into the editor.
  await guide.locator('[data-testid="nextSlide"]').click();
  await guide.locator('a.plangraph-params').filter({ visible: true }).first().click();
  await page.locator('[data-testid="frameCommand"]').filter({ hasText: ':params' }).first().waitFor({ timeout: LONG });
  const query = guide.locator('pre.runnable').filter({ hasText: '(p:Platform)-[:SUPPORTS]' });
  const text = await query.innerText();
  const firstLine = text.slice(text.indexOf('MATCH')).split('\n')[0].trim();
  await query.click();
  await page.locator('[data-testid="editor-Run"]').click();
  const result = await resultFrame(page, firstLine);

  if (expected.length > 0) {
    await result.locator('[data-testid="cypherFrameSidebarTable"]').click();
    const table = await result.innerText();
    for (const name of expected) check(table.includes(name), `the answer shows ${name}`);
    if (forbidden) check(!platformNames(table).some((n) => n.includes(forbidden)), `no platform in the answer contains ${forbidden}`);
    await result.locator('[data-testid="cypherFrameSidebarVisualization"]').click();
    const nodes = await drawnNodes(result);
    check(nodes >= expected.length, `the graph view draws ${nodes} nodes`);
    await shot(result, 'brain-like-chips.png');
  }
  else {
    // Nothing extracted yet: the query must still run, and the graph view must draw real nodes with Chinese captions.
    await result.getByText('no records').first().waitFor({ timeout: LONG });
    check(true, 'the brain-like-chip query ran (the graph has no platforms yet)');
    await shot(result, 'brain-like-chips.png');
    await runInEditor(page, 'MATCH p = (:Document)-[:ISSUED_BY]->(:Agency) RETURN p');
    const docs = await resultFrame(page, 'MATCH p = (:Document)');
    const nodes = await drawnNodes(docs);
    check(nodes >= 2, `the graph view draws ${nodes} nodes`);
    const captions = (await docs.locator('g.node text').allTextContents()).join(' ');
    check(/[\u4e00-\u9fff]/.test(captions), `node captions are Chinese: ${captions.slice(0, 60)}`);
    await shot(docs, 'documents-and-issuers.png');
  }

  // With a login configured plangraph redirects to such a link instead: the form shows server and user.
  const discovery = await (await fetch(`${base}/`, { headers: { Accept: 'application/json' } })).json();
  const bolt = new URL(discovery.bolt_direct || discovery.bolt_routing);
  const loginPage = await (await browser.newContext()).newPage();
  await loginPage.goto(`${base}/browser/?preselectAuthMethod=NATIVE&dbms=bolt://analyst@${bolt.host}`);
  await loginPage.locator('[data-testid="username"]').waitFor({ timeout: LONG });
  check(await loginPage.locator('[data-testid="username"]').inputValue() === 'analyst'
    && (await loginPage.locator('[data-testid="boltaddress"]').inputValue()).endsWith(bolt.host),
    `a login link fills in ${bolt.host} and the user`);
  await shot(loginPage, 'login-form.png');

  check(report.leaks.length === 0, `nothing loaded from outside hosts (${report.outsideRequests.length} attempts blocked)`);
}
catch (error) {
  report.error = String(error && error.stack || error);
}
finally {
  await browser.close();
  fs.writeFileSync(path.join(out, 'report.json'), JSON.stringify(report, null, 2));
}

const failed = report.checks.filter((c) => !c.ok);
for (const c of report.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}`);
if (report.error) console.log(`ERROR ${report.error}`);
console.log(`${report.checks.length - failed.length} passed, ${failed.length + (report.error ? 1 : 0)} failed`);
process.exit(failed.length === 0 && !report.error ? 0 : 1);

function required(name) {
  if (!process.env[name]) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return process.env[name];
}

function check(ok, what) {
  report.checks.push({ ok: Boolean(ok), what });
}

async function shot(target, name) {
  const file = path.join(out, name);
  await target.screenshot({ path: file });
  report.screenshots.push(file);
}

async function runInEditor(page, text) {
  await page.locator('[data-testid="activeEditor"]').click();
  await page.keyboard.type(text);
  await page.locator('[data-testid="editor-Run"]').click();
}

// The newest frame whose command starts as given, once it has an answer (a result view or a summary).
async function resultFrame(page, commandStart) {
  const frame = page.locator('[data-testid="frame"]')
    .filter({ has: page.locator('[data-testid="frameCommand"]').filter({ hasText: commandStart }) })
    .first();
  await frame.locator('[data-testid="frame-loaded-contents"], :text("no records")').first().waitFor({ timeout: LONG });
  return frame;
}

// The graph view draws after the frame has loaded; wait for the first node.
async function drawnNodes(frame) {
  await frame.locator('g.node').first().waitFor({ timeout: LONG });
  await frame.page().waitForTimeout(1000);
  return frame.locator('g.node').count();
}

// Platform names as the table view prints them: "name": "…" inside each node's properties.
function platformNames(table) {
  return [...table.matchAll(/"name":\s*"([^"]+)"/g)].map((m) => m[1]);
}

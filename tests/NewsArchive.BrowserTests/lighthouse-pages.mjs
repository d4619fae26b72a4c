// Lighthouse (desktop preset) on each page given, in one Chromium: prints one JSON line per page with the four
// category scores and the audits that fell short, for the browser tests to read.
// Usage: node lighthouse-pages.mjs CHROMIUM BASE_URL PATH...
// A path written "!/admin/signin" is a page kept out of search engines on purpose (robots noindex): it is
// audited without "is-crawlable", the one SEO audit that such a page fails by design.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const [chromePath, baseUrl, ...paths] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const given of paths) {
    const noindex = given.startsWith('!');
    const path = noindex ? given.slice(1) : given;
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', ...(noindex ? { skipAudits: ['is-crawlable'] } : {}) };
    const result = await lighthouse(baseUrl + path, flags, desktopConfig);
    const lhr = result.lhr;
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score]));
    const short = Object.values(lhr.audits)
      .filter(a => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map(a => `${a.id} ${a.score}${a.displayValue ? ' (' + a.displayValue + ')' : ''}`);
    if (lhr.runtimeError) short.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    console.log(JSON.stringify({ path, scores, short }));
  }
} finally {
  await chrome.kill();
}

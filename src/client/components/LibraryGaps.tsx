// Where the library falls short before the next cycle: interests and careers with nothing new, and the students who would be skipped.
import { useState } from 'preact/hooks';
import type { LibraryGapsView } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { useLoadWhenShown } from '../hooks/use-load-when-shown';

function studentsText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'student' : 'students'}`;
}

export function LibraryGaps({ active }: { active: boolean }) {
  const [gaps, setGaps] = useState<LibraryGapsView | null>(null);
  const load = useServerCall<LibraryGapsView>();
  const refresh = () => void load.run(() => callServer('getLibraryGaps'), setGaps);

  useLoadWhenShown(active, gaps !== null, load.busy, refresh);

  return (
    <section class="card" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">What the library is missing</h2>
      <ErrorNotice message={load.error} action="Could not check the library" onRetry={load.retry} busy={load.busy} />
      {gaps && gaps.topics.length === 0 && <p class="empty">Every interest and career path students named has something new.</p>}
      {gaps && gaps.topics.length > 0 && (
        <ul class="plain-list gap-list">
          {gaps.topics.map((topic) => (
            <li key={`${topic.kind}:${topic.label}`}>
              <span class="student-name">{topic.label}</span> ({topic.kind === 'career' ? 'career path' : 'interest'}) — {studentsText(topic.students)},{' '}
              {topic.resources === 0 ? 'nothing in the library' : 'nothing new'}
            </li>
          ))}
        </ul>
      )}
      {gaps && gaps.skipped.length > 0 && (
        <>
          <h3>The next cycle would skip {studentsText(gaps.skipped.length)}</h3>
          <ul class="plain-list gap-list">
            {gaps.skipped.map((s) => (
              <li key={s.studentId || s.name}>
                <span class="student-name">{s.name}</span>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <BusyButton class="secondary" busy={load.busy} onClick={refresh}>
        {load.busy ? 'Checking…' : 'Check again'}
      </BusyButton>
    </section>
  );
}

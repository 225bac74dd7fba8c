// A student's email exactly as it would be sent: HTML in a sandboxed frame (no script can run), the text beside it, and a test send to the teacher.
import { useEffect, useState } from 'preact/hooks';
import type { EmailPreview, Result, TestEmailReport } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { GeneralProblems } from './GeneralProblems';

interface EmailPreviewCardProps {
  /** The student on the selected row, whose email is previewed. */
  student: { id: string; name: string } | null;
  /** Changes after each template save, so the preview is drawn again. */
  version: number;
  onStatus: (message: string) => void;
}

export function EmailPreviewCard({ student, version, onStatus }: EmailPreviewCardProps) {
  const [preview, setPreview] = useState<EmailPreview | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const load = useServerCall<EmailPreview>();
  const test = useServerCall<Result<TestEmailReport>>();
  const id = student?.id ?? '';

  useEffect(() => {
    setPreview(null);
    setProblems([]);
    if (id) void load.run(() => callServer('previewEmail', id), setPreview);
  }, [id, version]);

  const sendTest = () =>
    void test.run(
      () => callServer('sendTestEmail', id),
      (result) => {
        setProblems(result.ok ? [] : result.problems.map((p) => p.message));
        if (result.ok) onStatus(result.value.message);
      },
    );

  return (
    <section class="card" aria-labelledby="email-preview-heading">
      <h2 id="email-preview-heading">Preview{student ? ` for ${student.name}` : ''}</h2>
      {!student && <p class="empty">Select a student's row in the Students tab to preview their email.</p>}
      <ErrorNotice message={load.error} action="Could not build the preview" onRetry={load.retry} busy={load.busy} />
      {student && !preview && !load.error && <p class="empty">Building the preview…</p>}
      {preview?.skipped && (
        <p class="notice nudge">
          {preview.studentName || 'This student'} would not be emailed: {preview.reason}.
        </p>
      )}
      {preview && !preview.skipped && (
        <>
          <p class="meta">To: {preview.to}</p>
          <p class="email-subject">
            <strong>Subject:</strong> {preview.subject}
          </p>
          <div class="email-preview">
            {/* An empty sandbox: no scripts, no forms, no navigation of the sidebar; links cannot run code. */}
            <iframe class="email-frame" title={`Email to ${preview.studentName}, as HTML`} sandbox="" srcDoc={preview.htmlBody} />
            <p class="meta">The same email as plain text:</p>
            <pre class="email-text">{preview.body}</pre>
          </div>
          <GeneralProblems problems={problems} />
          <ErrorNotice message={test.error} action="Could not send the test" onRetry={test.retry} busy={test.busy} />
          <BusyButton class="secondary" busy={test.busy} onClick={sendTest}>
            {test.busy ? 'Sending…' : 'Send a test to me'}
          </BusyButton>
        </>
      )}
    </section>
  );
}

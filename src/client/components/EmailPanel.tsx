// The Email tab: the template and news, a preview of the selected student's email with a test send, and the schedule.
import { useState } from 'preact/hooks';
import { EmailPreviewCard } from './EmailPreviewCard';
import { EmailTemplateForm } from './EmailTemplateForm';
import { SchedulePanel } from './SchedulePanel';

interface EmailPanelProps {
  active: boolean;
  student: { id: string; name: string } | null;
  onStatus: (message: string) => void;
}

export function EmailPanel({ active, student, onStatus }: EmailPanelProps) {
  const [saves, setSaves] = useState(0);
  const saved = (message: string) => {
    setSaves((n) => n + 1);
    onStatus(message);
  };
  return (
    <>
      <EmailTemplateForm active={active} onSaved={saved} />
      {active && <EmailPreviewCard student={student} version={saves} onStatus={onStatus} />}
      <SchedulePanel active={active} onStatus={onStatus} />
    </>
  );
}

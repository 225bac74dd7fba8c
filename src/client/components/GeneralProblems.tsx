// Problems that belong to no single field, shown above a form.
interface GeneralProblemsProps {
  problems: readonly string[];
}

export function GeneralProblems({ problems }: GeneralProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul class="notice notice-error" role="alert">
      {problems.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

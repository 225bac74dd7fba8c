// A row of small labels (interests, preferred types).
interface ChipsProps {
  label: string;
  items: readonly string[];
}

export function Chips({ label, items }: ChipsProps) {
  if (items.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {items.map((item, index) => (
        <li class="chip" key={`${index}-${item}`}>
          {item}
        </li>
      ))}
    </ul>
  );
}

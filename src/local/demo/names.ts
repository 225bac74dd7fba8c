// The demo class's students: sixty names from many backgrounds, in roster order.

/** First and last names; accents and apostrophes on purpose, so every screen must handle them. */
export const STUDENT_NAMES: readonly (readonly [first: string, last: string])[] = [
  ['Aaliyah', 'Johnson'], ['Mateo', 'Hernández'], ['Priya', 'Patel'], ['Liam', "O'Connor"],
  ['Mei', 'Chen'], ['Jamal', 'Washington'], ['Sofia', 'Rossi'], ['Kenji', 'Tanaka'],
  ['Amara', 'Okafor'], ['Ethan', 'Miller'], ['Fatima', 'Al-Sayed'], ['Diego', 'Ramírez'],
  ['Hannah', 'Kowalski'], ['Tyrone', 'Jackson'], ['Linh', 'Nguyen'], ['Isabella', 'García'],
  ['Noah', 'Begay'], ['Zoë', 'Schmidt'], ['Arjun', 'Singh'], ['Grace', 'Kim'],
  ['Omar', 'Haddad'], ['Chloé', 'Dubois'], ['Malik', 'Thompson'], ['Ana', 'Torres'],
  ['Yusuf', 'Demir'], ['Emily', 'Nakamura'], ['Kwame', 'Mensah'], ['Lucía', 'Fernández'],
  ['Ryan', 'Murphy'], ['Aiyana', 'Yazzie'], ['Samuel', 'Cohen'], ['Leila', 'Rahimi'],
  ['Marcus', 'Brown'], ['Valentina', 'Cruz'], ['Hiroshi', 'Sato'], ['Olivia', 'Wright'],
  ['Chinedu', 'Eze'], ['Camila', 'Morales'], ['Dmitri', 'Volkov'], ['Ava', 'Lindqvist'],
  ['Javier', 'Ortiz'], ['Nadia', 'Hussain'], ['Connor', 'Walsh'], ['Esperanza', 'Delgado'],
  ['Min-jun', 'Park'], ['Abigail', 'Foster'], ['Tariq', 'Mahmoud'], ['Maya', 'Goldberg'],
  ['Andrés', 'Castillo'], ['Keisha', 'Robinson'], ['Lars', 'Eriksen'], ['Imani', 'Davis'],
  ['Rafael', 'Souza'], ['Sakura', 'Ito'], ['Elijah', 'Carter'], ['Anjali', 'Reddy'],
  ['Wyatt', 'Anderson'], ['Thandiwe', 'Ndlovu'], ['Gabriel', 'Silva'], ['Nora', 'Byrne'],
];

/** `first.last@students.example.edu`, lower case, without accents, apostrophes or spaces. */
export function studentEmail(first: string, last: string): string {
  const plain = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['\s]/g, '')
      .toLowerCase();
  return `${plain(first)}.${plain(last)}@students.example.edu`;
}

// The log scan the school year relies on finds a student's email or name wherever it would leak, and nothing in ordinary text.
import { studentDataIn } from '../../scripts/proof/privacy';

const PEOPLE = [
  { first: 'Zoë', last: "O'Connor", email: 'zoe.oconnor@students.example.edu' },
  { first: 'Li', last: 'Ng', email: 'li.ng@students.example.edu' },
];

it('finds an email in any case, a full name, and a first or last name as a whole word', () => {
  const texts = ['Sent to ZOE.OCONNOR@students.example.edu', '{"message":"Exception: Invalid email: li.ng@students.example.edu"}', "merged Zoë O'Connor", 'hello Zoë', "row of O'Connor"];
  expect(studentDataIn(texts, PEOPLE)).toHaveLength(texts.length);
});

it('passes text that names nobody, and names too short to tell from words', () => {
  expect(studentDataIn(['{"entryPoint":"trigger:onScheduleTick","outcome":"ok"}', 'Zoëtrope lighting', 'Linking'], PEOPLE)).toEqual([]);
});

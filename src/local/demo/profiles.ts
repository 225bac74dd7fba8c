// What demo students care about: interest clusters with the careers and resource types that go with them.

export interface InterestCluster {
  interests: readonly string[];
  careers: readonly string[];
  types: readonly string[];
}

/** Interest words overlap the demo resources' tags, so matching has something to find. */
export const INTEREST_CLUSTERS: readonly InterestCluster[] = [
  { interests: ['oceans', 'marine biology', 'snorkeling', 'fishing', 'climate change'], careers: ['Marine biologist', 'Oceanographer', 'Aquarium educator'], types: ['video', 'article', 'opportunity'] },
  { interests: ['wildlife', 'birds', 'animals', 'photography', 'hiking'], careers: ['Wildlife biologist', 'Veterinarian', 'Park ranger', 'Wildlife photographer'], types: ['video', 'tool', 'event'] },
  { interests: ['gardening', 'composting', 'cooking', 'farming', 'food justice'], careers: ['Urban farmer', 'Chef', 'Agricultural scientist', 'Nutritionist'], types: ['article', 'event', 'book'] },
  { interests: ['renewable energy', 'engineering', 'robotics', 'electric cars', 'coding'], careers: ['Environmental engineer', 'Solar installer', 'Mechanical engineer'], types: ['course', 'video', 'tool'] },
  { interests: ['climate change', 'data science', 'coding', 'weather', 'math'], careers: ['Data scientist', 'Meteorologist', 'Climate scientist'], types: ['course', 'tool', 'article'] },
  { interests: ['activism', 'policy', 'environmental justice', 'debate', 'public health'], careers: ['Environmental lawyer', 'City planner', 'Public health worker', 'Community organizer'], types: ['podcast', 'article', 'opportunity'] },
  { interests: ['space', 'astronomy', 'satellites', 'weather'], careers: ['Aerospace engineer', 'Astronomer', 'Pilot'], types: ['video', 'article', 'course'] },
  { interests: ['geology', 'water', 'rocks and minerals', 'hiking', 'caving'], careers: ['Geologist', 'Hydrologist', 'Park ranger'], types: ['article', 'tool', 'book'] },
  { interests: ['art', 'photography', 'writing', 'film', 'recycling'], careers: ['Journalist', 'Filmmaker', 'Graphic designer'], types: ['podcast', 'book', 'video'] },
];

export const HOBBIES = ['soccer', 'basketball', 'music', 'skateboarding', 'video games', 'drawing', 'dance', 'reading', 'running', 'volunteering'] as const;

export const GRADES = ['Grade 10', 'Grade 11', 'Grade 11', 'Grade 12', 'Grade 12'] as const;

export const GOALS = [
  'Understand climate change well enough to explain it to my family',
  'Figure out whether science is something I want to study in college',
  'Get a better grade than last year and feel confident in labs',
  'Learn how to start a compost bin at home',
  'Find a summer program or internship outside school',
  'Do a real research project with data I collect myself',
  'Learn what jobs exist that help the environment',
  'Get better at writing lab reports',
  'Start an environmental club at school',
  'Spend more time outdoors and know what I am looking at',
  'Learn enough to volunteer at the nature center',
  'Understand where our water and energy come from',
];

export const WAYS_TO_HELP = [
  'Check in with me when I am quiet; I do not always ask questions',
  'Send me videos, they help me more than long readings',
  'Tell me about volunteering or internships when you hear of them',
  'Help me stay organized with deadlines',
  'Give me feedback on my writing',
  'Extra practice with the math parts',
  'Let me work with a partner on labs',
  'Recommend books I could read over break',
  'Connect me with someone who works in the field',
  'Be patient with me, English is my second language',
];

export const EVENT_LABELS = [
  'Soccer game', 'Band concert', 'Birthday', 'Debate tournament', 'Art show', 'Track meet',
  'Fall play', 'Science fair', 'Robotics competition', 'Choir concert', 'Swim meet', 'College visit',
  'Dance recital', 'Basketball game', 'Quinceañera',
] as const;

export const PRIVATE_NOTES = [
  'Moved here in October; still making friends',
  'Has an IEP: extended time on tests',
  'Works evenings at the family restaurant',
  'Parent prefers to be contacted in Spanish',
  'Missed two weeks in September (illness); catching up',
  'Very quiet in class but writes thoughtful reflections',
  'Asked me about summer internships after class',
  'Team captain; Friday games clash with labs',
  'Older sister was in my class two years ago',
  'Cares for younger siblings after school',
  'Wants to retake the unit 2 test',
  'Lunch helper in room 114 on Wednesdays',
];

export const CHECK_IN_NOTES: Readonly<Record<string, readonly string[]>> = {
  'one-on-one': ['Talked about the water-quality project idea', 'Went over the last lab report together', 'Discussed summer programs', 'Asked how the new schedule is going'],
  greeting: ['Said hi at the door; seemed tired', 'Chatted about the weekend game', 'Caught up in the hallway'],
  'family contact': ['Called home about missing work', 'Emailed parent about great progress', 'Met parent at conferences'],
  celebration: ['Congratulated on the concert', 'Shout-out for the science fair poster', 'Celebrated a strong test result'],
  other: ['Wrote a note on the exit ticket', 'Recommended a book after class'],
};

// Thirty demo resources from real organisations, tagged with the words the demo students use.
import { isoDay } from './calendar';
import type { DemoRow } from './rows';
import type { ResourceInput } from '../../shared/rpc';


const RESOURCES: readonly ResourceInput[] = [
  { title: 'Composting at Home', url: 'https://www.epa.gov/recycle/composting-home', type: 'article', tags: 'composting, gardening, recycling, food waste', level: 'intro', description: 'The EPA explains what to compost, what to leave out, and how to start a backyard or indoor bin.' },
  { title: 'NASA Climate Kids', url: 'https://climatekids.nasa.gov/', type: 'tool', tags: 'climate change, space, weather, satellites', level: 'intro', description: 'Games, short explainers and activities about Earth\'s climate from NASA.' },
  { title: 'iNaturalist', url: 'https://www.inaturalist.org/', type: 'tool', tags: 'wildlife, plants, photography, citizen science, hiking', level: 'intro', description: 'Photograph any living thing and a community of naturalists helps identify it; your sightings become research data.' },
  { title: 'Khan Academy: Ecology', url: 'https://www.khanacademy.org/science/biology/ecology', type: 'course', tags: 'ecology, biology, animals, ecosystems', level: 'support', description: 'Short videos and practice on populations, communities and energy flow: a good review before the unit test.' },
  { title: 'NOAA Education Resources', url: 'https://www.noaa.gov/education', type: 'article', tags: 'oceans, weather, marine biology, climate change', level: 'enrichment', description: 'Lessons, data and multimedia on oceans, weather and climate from NOAA.' },
  { title: 'Climate.gov: Maps & Data', url: 'https://www.climate.gov/maps-data', type: 'tool', tags: 'climate change, data science, maps, weather', level: 'challenge', description: 'Explore real climate datasets and make your own maps and graphs.' },
  { title: 'eBird', url: 'https://ebird.org/', type: 'tool', tags: 'birds, wildlife, citizen science, data science', level: 'intro', description: 'Cornell Lab of Ornithology\'s checklist app: record the birds you see and explore sightings near you.' },
  { title: 'Project FeederWatch', url: 'https://feederwatch.org/', type: 'opportunity', tags: 'birds, wildlife, citizen science', level: 'enrichment', description: 'Count the birds at a feeder this winter and contribute to a 35-year dataset.' },
  { title: 'Zooniverse', url: 'https://www.zooniverse.org/', type: 'opportunity', tags: 'citizen science, space, wildlife, data science, astronomy', level: 'enrichment', description: 'Help real researchers classify galaxies, camera-trap animals and more, from your browser.' },
  { title: 'The GLOBE Program', url: 'https://www.globe.gov/', type: 'opportunity', tags: 'data science, weather, water, soil, citizen science', level: 'challenge', description: 'Collect environmental measurements with a protocol scientists use and share them worldwide.' },
  { title: 'Crash Course Ecology', url: 'https://www.youtube.com/playlist?list=PL8dPuuaLjXtNdTKZkV_GiIYXpV9w4WxbX', type: 'video', tags: 'ecology, biology, animals, ecosystems', level: 'intro', description: 'Hank Green\'s twelve fast, funny videos covering the whole ecology unit.' },
  { title: 'Energy Saver', url: 'https://www.energy.gov/energysaver/energy-saver', type: 'article', tags: 'renewable energy, energy efficiency, engineering, electric cars', level: 'intro', description: 'The Department of Energy on how homes use energy and how to use less.' },
  { title: 'National Renewable Energy Laboratory', url: 'https://www.nrel.gov/', type: 'article', tags: 'renewable energy, engineering, solar, wind, careers', level: 'challenge', description: 'Research news on solar, wind, batteries and the careers behind them.' },
  { title: 'Short Wave (NPR)', url: 'https://www.npr.org/podcasts/510351/short-wave', type: 'podcast', tags: 'science, climate change, space, animals', level: 'enrichment', description: 'Ten-minute science stories, often about climate, space and animal behaviour.' },
  { title: 'Outside/In', url: 'https://www.outsideinradio.org/', type: 'podcast', tags: 'nature, environmental justice, policy, hiking', level: 'enrichment', description: 'A podcast about the natural world and how we use it, from New Hampshire Public Radio.' },
  { title: 'Silent Spring, by Rachel Carson', url: 'https://openlibrary.org/search?q=silent+spring', type: 'book', tags: 'pesticides, activism, policy, birds, writing', level: 'challenge', description: 'The 1962 book that started the modern environmental movement.' },
  { title: 'Braiding Sweetgrass (Young Adult edition)', url: 'https://openlibrary.org/search?q=braiding+sweetgrass', type: 'book', tags: 'plants, gardening, indigenous knowledge, writing', level: 'enrichment', description: 'Robin Wall Kimmerer on what plants and Indigenous science teach about caring for the land.' },
  { title: 'The Boy Who Harnessed the Wind', url: 'https://openlibrary.org/search?q=the+boy+who+harnessed+the+wind', type: 'book', tags: 'renewable energy, engineering, wind, farming', level: 'intro', description: 'William Kamkwamba built a windmill from scrap to bring power to his village in Malawi.' },
  { title: 'Earth Day', url: 'https://www.earthday.org/', type: 'event', tags: 'activism, climate change, community, recycling', level: 'intro', description: 'Plan or join an Earth Day action in your community.' },
  { title: "President's Environmental Youth Award", url: 'https://www.epa.gov/education/presidents-environmental-youth-award', type: 'opportunity', tags: 'activism, community, leadership, policy', level: 'challenge', description: 'A national award for K-12 students who lead an environmental project.' },
  { title: 'NOAA Hollings Scholarship', url: 'https://www.noaa.gov/office-education/hollings-scholarship', type: 'opportunity', tags: 'oceans, marine biology, weather, careers, college', level: 'challenge', description: 'Scholarship and paid summer internship for college students in NOAA sciences: one to plan for.' },
  { title: 'AirNow', url: 'https://www.airnow.gov/', type: 'tool', tags: 'air quality, public health, data science, weather', level: 'intro', description: 'Check today\'s air quality where you live and learn what the index numbers mean.' },
  { title: 'USGS Water Science School', url: 'https://www.usgs.gov/special-topics/water-science-school', type: 'article', tags: 'water, geology, rivers, hiking', level: 'intro', description: 'Everything about water: where it is, how we use it, and how it moves through rocks and rivers.' },
  { title: 'USGS Latest Earthquakes', url: 'https://earthquake.usgs.gov/earthquakes/map/', type: 'tool', tags: 'geology, rocks and minerals, maps, data science', level: 'enrichment', description: 'A live map of earthquakes around the world, with data you can download.' },
  { title: 'MIT OpenCourseWare: Introduction to Environmental Engineering', url: 'https://ocw.mit.edu/', type: 'course', tags: 'engineering, water, renewable energy, college', level: 'challenge', description: 'Free MIT course materials: a taste of what studying engineering in college is like.' },
  { title: 'NASA Earth Observatory', url: 'https://earthobservatory.nasa.gov/', type: 'article', tags: 'satellites, space, climate change, photography, maps', level: 'enrichment', description: 'Satellite images of our planet with the story behind each one.' },
  { title: 'National Geographic Education', url: 'https://education.nationalgeographic.org/', type: 'article', tags: 'wildlife, oceans, maps, photography, exploration', level: 'intro', description: 'Articles, maps and explorer stories for students.' },
  { title: 'Environmental Scientists and Specialists (Occupational Outlook Handbook)', url: 'https://www.bls.gov/ooh/life-physical-and-social-science/environmental-scientists-and-specialists.htm', type: 'article', tags: 'careers, college, data science, public health', level: 'support', description: 'What environmental scientists do, what they earn, and how to become one.' },
  { title: 'Project Drawdown', url: 'https://drawdown.org/', type: 'article', tags: 'climate change, renewable energy, food waste, policy', level: 'enrichment', description: 'A ranked list of the solutions that would reduce greenhouse gases the most.' },
  { title: 'Seek by iNaturalist', url: 'https://www.inaturalist.org/pages/seek_app', type: 'tool', tags: 'plants, wildlife, birds, photography, hiking', level: 'intro', description: 'A kid-safe app that identifies plants and animals through your phone\'s camera.' },
];

export function resourceId(index: number): string {
  return `res-${String(index + 1).padStart(3, '0')}`;
}

/** Added dates spread over the last two months, oldest first. */
export function demoResources(now: number, timeZone: string): DemoRow[] {
  return RESOURCES.map((resource, index) => ({
    ID: resourceId(index),
    Title: resource.title,
    URL: resource.url,
    Type: resource.type,
    Tags: resource.tags,
    Level: resource.level,
    Description: resource.description,
    Active: 'TRUE',
    Added: isoDay(now, timeZone, -60 + index * 2),
  }));
}

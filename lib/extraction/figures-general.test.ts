import { describe, expect, it } from 'vitest';
import { inventedClaims } from './invented';

// Issue 16, seventh round: how news in general writes casualty counts. Every sentence is
// invented, written from the habits of wire copy, broadcasters, UN and NGO releases and
// ministry statements, not from any labelled passage. Each case lists the figures a labeller
// would give by tests/fixtures/news/README.md; the detector must find each of them (outcome,
// range, and the group or its last words, as the evaluation accepts) and nothing else.

type Case = [text: string, expected: string[]];

const parse = (figure: string) => {
  const words = figure.split(' ');
  return { outcome: words[0], group: words.slice(1, -1).join(' '), range: words.at(-1)! };
};

/** Expected figures not proposed, and proposed figures not expected (the group may be the label's last words). */
function compare(text: string, expected: string[]) {
  const proposed = inventedClaims(text).flatMap((c) => c.figures);
  const left = [...proposed];
  const missing = expected.filter((e) => {
    const l = parse(e);
    const i = left.findIndex((p) => {
      const q = parse(p);
      const group = l.group === q.group || l.group.endsWith(` ${q.group}`);
      return q.outcome === l.outcome && q.range === l.range && group;
    });
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
  return { missing, extra: left };
}

const check = (text: string, expected: string[]) => expect(compare(text, expected)).toEqual({ missing: [], extra: [] });

const ACTIVE: Case[] = [
  ['Gunmen killed 12 villagers in an attack on Sunday, police said.', ['killed villagers 12-12']],
  ['Security forces arrested 45 suspects after the bombing, the interior ministry said.', ['detained suspects 45-45']],
  ['Troops detained 30 protesters outside parliament on Monday, witnesses said.', ['detained protesters 30-30']],
  ['The militants abducted 20 aid workers on the road to the airport, officials said.', ['detained aid workers 20-20']],
  ['A suicide bomber killed at least 25 worshippers at a mosque in the city.', ['killed worshippers 25-']],
  ['Airstrikes killed dozens of Kurds in the north, activists said.', ['killed kurds 24-']],
  ['Soldiers shot dead three Palestinians near the crossing, the health ministry said.', ['killed palestinians 3-3']],
  ['The army said it had killed 40 Taliban fighters in overnight raids.', ['killed taliban fighters 40-40']],
  ['Rebels have kidnapped 14 engineers working on the dam, the company said.', ['detained engineers 14-14']],
  [
    'The explosion wounded 17 shoppers and two police officers, a hospital official said.',
    ['injured shoppers 17-17', 'injured police officers 2-2'],
  ],
  ['The blast killed 14 Hazaras at a wedding hall in the west of the city.', ['killed hazaras 14-14']],
  ['Police said the attackers had killed 11 Sikhs at a temple in the capital.', ['killed sikhs 11-11']],
  ['A roadside bomb killed nine Iraqi policemen on patrol, officials said.', ['killed policemen 9-9']],
  ['The strikes killed seven herders and their animals, residents said.', ['killed herders 7-7']],
  [
    'Bandits abducted 80 schoolchildren from a boarding school overnight, police said.',
    ['detained schoolchildren 80-80'],
  ],
  ['Pirates seized 18 crew members from a tanker off the coast.', ['detained crew members 18-18']],
  ['The floods displaced more than 100,000 people across the province, the UN said.', ['displaced people 100001-']],
  ['The fighting has forced 30,000 people to flee their homes, aid agencies said.', ['displaced people 30000-30000']],
  ['Police arrested 12 suspects in connection with the attack.', ['detained suspects 12-12']],
  ['Israeli forces detained 15 Palestinians in raids across the West Bank overnight.', ['detained palestinians 15-15']],
];

const PASSIVE: Case[] = [
  ['Seven Rohingya were killed when their boat capsized, the UN refugee agency said.', ['killed rohingya 7-7']],
  ['At least 12 Afghans were killed in the attack, officials said.', ['killed afghans 12-']],
  ['Four nurses were wounded when a shell hit the clinic.', ['injured nurses 4-4']],
  ['Nine journalists have been detained since the coup, a press freedom group said.', ['detained journalists 9-9']],
  ['Thirty-two pilgrims were injured in the stampede, the health ministry said.', ['injured pilgrims 32-32']],
  ['More than 1,000 migrants are missing after the shipwreck, the agency said.', ['missing migrants 1001-']],
  ['Some 200,000 residents have been displaced by the fighting, the UN said.', ['displaced residents 180000-220000']],
  ['Eight Uighurs were detained at the airport on arrival.', ['detained uighurs 8-8']],
  ['Six climbers died on the mountain after an avalanche on Friday.', ['killed climbers 6-6']],
  ['Two security guards were killed in the raid, the company said.', ['killed security guards 2-2']],
  ['Three UN staff members were abducted near the border.', ['detained staff members 3-3']],
  ['Four Red Cross volunteers were injured when their convoy came under fire.', ['injured volunteers 4-4']],
  ['Five Christians were killed in the raid on the village church.', ['killed christians 5-5']],
  ['Fourteen Pakistani Taliban were killed in the clash, the military said.', ['killed taliban 14-14']],
  ['Twenty security personnel were killed in the ambush, officials said.', ['killed security personnel 20-20']],
  ['Three Turkish nationals were kidnapped in the south of the country.', ['detained nationals 3-3']],
  ['Eleven traders were shot dead at the market, witnesses said.', ['killed traders 11-11']],
  ['Six paramedics were among those wounded, the health ministry said.', ['injured paramedics 6-6']],
  [
    'Two Indian peacekeepers were killed and four others were injured.',
    ['killed peacekeepers 2-2', 'injured peacekeepers 4-4'],
  ],
  ['Twelve Yazidis were rescued from captivity last week.', []],
  ['Eleven miners were trapped underground after the collapse.', []],
];

const TOLLS: Case[] = [
  ['The death toll from the earthquake rose to 2,300 on Tuesday, officials said.', ['killed people 2300-2300']],
  ['The death toll has climbed to 61, the ministry said.', ['killed people 61-61']],
  ['The death toll rose to nine after the massacre in the village, police said.', ['killed people 9-9']],
  ['The death toll has risen to 60 since Friday, officials said.', ['killed people 60-60']],
  ['The number of dead has risen to 87, the civil defence said.', ['killed people 87-87']],
  ['The death toll rose to at least 45, rescuers said.', ['killed people 45-']],
  ['Floods leave 30 dead in the north of the country.', ['killed people 30-30']],
  ['The attack left 12 people dead and 30 wounded, police said.', ['killed people 12-12', 'injured people 30-30']],
  ['At least 19 people lost their lives in the blaze, the fire service said.', ['killed people 19-']],
  ['The violence has claimed 200 lives since March, the monitor said.', ['killed people 200-200']],
  ['The fighting claimed the lives of 14 soldiers, the army said.', ['killed soldiers 14-14']],
  ['Twelve people were confirmed dead by Monday evening.', ['killed people 12-12']],
  ['Rescuers recovered 23 bodies from the rubble overnight.', ['killed people 23-23']],
  ['The bodies of 11 migrants washed ashore on Friday.', ['killed migrants 11-11']],
  ['Nine bodies were pulled from the river on Sunday.', ['killed people 9-9']],
  ['Fifty civilians are dead after the strikes on the market, the monitor said.', ['killed civilians 50-50']],
  ['The toll now stands at 14 dead and 40 injured.', ['killed people 14-14', 'injured people 40-40']],
];

const PARTS: Case[] = [
  [
    'At least 40 people were killed, including 12 children, the ministry said.',
    ['killed people 40-', 'killed children 12-12'],
  ],
  ['The strike killed 15 civilians, eight of them children.', ['killed civilians 15-15', 'killed children 8-8']],
  ['Eighteen people died, among them six women.', ['killed people 18-18', 'killed women 6-6']],
  [
    'The blast killed 22 people, including four women and three children.',
    ['killed people 22-22', 'killed women 4-4', 'killed children 3-3'],
  ],
];

const HEADLINES: Case[] = [
  ['Blast Kills 12 In Kabul', ['killed people 12-12']],
  ['Gunmen Kill 9 Villagers In Northern Nigeria', ['killed villagers 9-9']],
  ['Three Soldiers Killed In Ambush Near Border', ['killed soldiers 3-3']],
  ['12 killed, 30 injured in Kabul blast', ['killed people 12-12', 'injured people 30-30']],
  ['Dozens Dead As Floods Sweep Through Valley', ['killed people 24-']],
  ['50 civilians dead in strikes on market, monitor says', ['killed civilians 50-50']],
  ['Quake Toll Passes 1,000', ['killed people 1001-']],
];

const NUMBERS: Case[] = [
  ['Between 30 and 40 people were killed, witnesses said.', ['killed people 30-40']],
  ['Witnesses said 30 to 40 people were killed in the raid.', ['killed people 30-40']],
  ['A dozen police officers were injured in the clashes.', ['injured police officers 12-12']],
  ['Scores of protesters were arrested on Saturday.', ['detained protesters 40-']],
  ['Hundreds of people fled their homes as the fighting spread.', ['displaced people 200-']],
  ['Nearly 300 people were killed in the week-long offensive.', ['killed people 270-300']],
  ['More than 1,200 people have been injured since the protests began.', ['injured people 1201-']],
  ['Over 2,000 people have been arrested, a rights group said.', ['detained people 2001-']],
  ['Twenty-five people were killed and dozens were wounded.', ['killed people 25-25', 'injured people 24-']],
  ['Several hundred people were injured in the clashes.', ['injured people 200-']],
  ['Tens of thousands of people have been displaced.', ['displaced people 20000-']],
];

const SINGLES: Case[] = [
  ['A third person died in hospital on Sunday, officials said.', ['killed people 1-1']],
  ['Mohammed Ali, a teacher, was killed when the shell hit his home.', ['killed teachers 1-1']],
  ['A policeman was killed and two others were wounded.', ['killed policemen 1-1', 'injured policemen 2-2']],
  ['A 10-year-old girl was among the dead, her family said.', ['killed girls 1-1']],
];

const MISSING: Case[] = [
  ['Fourteen fishermen remain unaccounted for, the coast guard said.', ['missing fishermen 14-14']],
  ['At least 60 people are still missing after the landslide.', ['missing people 60-']],
];

const QUOTED: Case[] = [
  ['"We buried 17 people today," the imam said.', ['killed people 17-17']],
  ['"Three of my colleagues were killed," the doctor said.', ['killed colleagues 3-3']],
  ['"Dozens" of soldiers were killed in the ambush, the group said.', ['killed soldiers 24-']],
];

// Leads and bodies as wire copy writes them: long sentences, asides, counts far from their verb.
const LEADS: Case[] = [
  [
    'At least 12 people, including three children, were killed and 30 others wounded when a car bomb exploded near a busy market in the northern city of Harran on Sunday, police and hospital officials said.',
    ['killed people 12-', 'killed children 3-3', 'injured people 30-30'],
  ],
  [
    'A car bomb ripped through a crowded market in Harran on Sunday, killing at least 12 people and wounding more than 30 others, police said.',
    ['killed people 12-', 'injured people 31-'],
  ],
  [
    'Gunmen on motorcycles stormed the village of Tasso late on Friday, shooting dead 23 residents and setting fire to homes, a local official told reporters.',
    ['killed residents 23-23'],
  ],
  [
    'Rescue workers pulled 17 bodies from the rubble of the collapsed building overnight, bringing the number of dead to 53, the civil defence said.',
    ['killed people 17-17', 'killed people 53-53'],
  ],
  [
    'Nine soldiers were killed and 14 were wounded on Tuesday when militants ambushed their convoy in the restive northwest, the military said in a statement.',
    ['killed soldiers 9-9', 'injured soldiers 14-14'],
  ],
  [
    'The attack, the deadliest in the region this year, killed 41 people, most of them women and children, according to the local health office.',
    ['killed people 41-41'],
  ],
  [
    'Among the dead were four police officers and a journalist, the ministry said.',
    ['killed police officers 4-4', 'killed journalists 1-1'],
  ],
  [
    'Officials said 300 people remain missing after the floods, and more than 5,000 have been evacuated to shelters.',
    ['missing people 300-300', 'displaced people 5001-'],
  ],
  [
    'Authorities have detained more than 200 people since the protests erupted last week, according to a rights group.',
    ['detained people 201-'],
  ],
  [
    'The interior ministry said security forces had arrested 14 members of the cell in a series of raids.',
    ['detained members 14-14'],
  ],
  [
    'Some 1,500 people have been forced from their homes by the fighting, the UN humanitarian office said.',
    ['displaced people 1350-1650'],
  ],
  [
    'The blaze killed 38 inmates and injured 20 guards, prison officials said.',
    ['killed inmates 38-38', 'injured guards 20-20'],
  ],
  [
    'Three people died and 11 others were hurt when a gas cylinder exploded.',
    ['killed people 3-3', 'injured people 11-11'],
  ],
  [
    'The ministry put the toll at 112 dead and more than 400 wounded.',
    ['killed people 112-112', 'injured people 401-'],
  ],
  ['The raid left at least six fighters dead, the group said.', ['killed fighters 6-']],
  [
    'Fighting in the district has killed at least 1,200 people and displaced nearly 300,000 since April, according to the United Nations.',
    ['killed people 1200-', 'displaced people 270000-300000'],
  ],
  ['At least 70 migrants drowned when their boat sank off the coast, the IOM said.', ['killed migrants 70-']],
  ['Israeli strikes killed 15 members of one family in Rafah overnight, the ministry said.', ['killed members 15-15']],
  [
    'A woman and her two children were killed when a shell struck their house.',
    ['killed women 1-1', 'killed children 2-2'],
  ],
  ['Police fired tear gas and arrested about 50 demonstrators, witnesses said.', ['detained demonstrators 45-55']],
  ['More than a dozen civilians were wounded in the shelling.', ['injured civilians 13-']],
  ['The bodies of 30 men, some with their hands bound, were found in a ditch outside the city.', ['killed men 30-30']],
  ['One person was killed and five injured in the blast.', ['killed people 1-1', 'injured people 5-5']],
  ['Two children were among the 14 people killed in the strike.', ['killed children 2-2', 'killed people 14-14']],
  [
    'The explosion killed a police officer and wounded three civilians.',
    ['killed police officers 1-1', 'injured civilians 3-3'],
  ],
  ['The dead included seven women and a baby, the hospital director said.', ['killed women 7-7', 'killed babies 1-1']],
  [
    'The dead included a police officer, two soldiers and four civilians.',
    ['killed police officers 1-1', 'killed soldiers 2-2', 'killed civilians 4-4'],
  ],
  ['Some 30 km from the capital, gunmen killed four farmers on Monday.', ['killed farmers 4-4']],
  ['The quake destroyed more than 2,000 buildings and killed 40 people.', ['killed people 40-40']],
];

// Counts whose group or outcome is told elsewhere in the sentence.
const CONTEXT: Case[] = [
  ['Militants ambushed a convoy of soldiers on Tuesday, killing 12.', ['killed soldiers 12-12']],
  ['Gunmen opened fire on worshippers leaving the mosque, killing at least 20.', ['killed worshippers 20-']],
  [
    'The drone struck a group of farmers near the river, killing seven and wounding three.',
    ['killed farmers 7-7', 'injured farmers 3-3'],
  ],
  ['Insurgents stormed the army base overnight, killing nine.', ['killed people 9-9']],
  [
    'Three soldiers and an unknown number of militants loyal to the breakaway commander in the eastern hills were killed in the clash.',
    ['killed soldiers 3-3'],
  ],
  ['Five of the victims, who died after they were brought to the hospital, were children.', ['killed children 5-5']],
  ['The three people injured in the second blast were journalists, the ministry said.', ['injured journalists 3-3']],
  [
    'Fourteen people were confirmed dead in the floods on Monday, up from nine earlier in the day.',
    ['killed people 14-14', 'killed people 9-9'],
  ],
  ['1,000+ feared dead as ferry sinks', ['killed people 1001-']],
  [
    'One soldier was killed in the village of Ardo, and another in Kessa.',
    ['killed soldiers 1-1', 'killed soldiers 1-1'],
  ],
  [
    'The strike killed two doctors, Sami Adel and Omar Nasser, and a third doctor died on the way to hospital.',
    ['killed doctors 2-2', 'killed doctors 1-1'],
  ],
  [
    'Two aid workers and an Italian photographer were killed when their car hit a mine.',
    ['killed aid workers 2-2', 'killed photographers 1-1'],
  ],
  [
    'Karim Haddad, the commander of the 12th brigade, which guards the airport, was detained by the rival militia.',
    ['detained commanders 1-1'],
  ],
  ['Lina Saad, a 32-year-old nurse, was killed when the shell hit the clinic.', ['killed nurses 1-1']],
  [
    'Five guards were at the gate when the bomb went off. Two of them died at the scene, police said.',
    ['killed guards 2-2'],
  ],
  ['The injured driver was taken to hospital after the attack.', ['injured drivers 1-1']],
  [
    'Rights groups condemned the killing of Rami Khalil, a local reporter, in the city on Monday.',
    ['killed reporters 1-1'],
  ],
  ['The ministry condemned the killing of Sara Nader in the raid.', ['killed people 1-1']],
  ['Officials said the bodies of 12 victims had been identified by relatives.', ['killed victims 12-12']],
  [
    '31 villagers, including women and elderly people, were killed when gunmen stormed the market, and dozens were wounded.',
    ['killed villagers 31-31', 'injured villagers 24-'],
  ],
  [
    'Omar Farah, the commander of the northern brigade, which guards the border, was reportedly detained on Sunday.',
    ['detained commanders 1-1'],
  ],
  ['Four of the wounded were in critical condition, the hospital said.', ['injured people 4-4']],
  ['It was the deadliest week for civilians since the war began, with 212 killed.', ['killed civilians 212-212']],
  [
    'The strike killed two nurses, Mona Haddad and Aya Karim, and a third nurse died in hospital later.',
    ['killed nurses 2-2', 'killed nurses 1-1'],
  ],
];

// More of the ways agencies, ministries and broadcasters put a count.
const MORE: Case[] = [
  ['Of the dead, 12 were children, the health ministry said.', ['killed children 12-12']],
  ['Twelve of those killed were women, according to the hospital.', ['killed women 12-12']],
  ['Authorities put the number of injured at 40 on Saturday.', ['injured people 40-40']],
  ['A total of 45 people were killed in the two attacks, police said.', ['killed people 45-45']],
  ['The deaths of 14 migrants were confirmed by the coast guard.', ['killed migrants 14-14']],
  ['The landslide left three people dead and 10 injured.', ['killed people 3-3', 'injured people 10-10']],
  ['Medics said 20 people were treated for injuries after the blast.', ['injured people 20-20']],
  ['The gunmen killed some 40 people in the raid, survivors said.', ['killed people 36-44']],
  ['Hospital officials reported 17 deaths by Sunday evening.', ['killed people 17-17']],
  ['More than 40 people have been hospitalised after the explosion.', ['injured people 41-']],
  ['The blast maimed 12 people waiting at the bus stop.', ['injured people 12-12']],
  ['Gunmen gunned down seven villagers in a dawn raid.', ['killed villagers 7-7']],
  ['Four men were stabbed to death in the market, police said.', ['killed men 4-4']],
  ['The kidnappers took 20 tourists hostage in the desert.', ['detained tourists 20-20']],
  ['Police took 35 protesters into custody, a spokesman said.', ['detained protesters 35-35']],
  [
    'The attack killed 20 people – 15 soldiers and five civilians.',
    ['killed people 20-20', 'killed soldiers 15-15', 'killed civilians 5-5'],
  ],
  ['Among the injured were 12 children, the hospital said.', ['injured children 12-12']],
  ['The violence has left more than 300 dead since January.', ['killed people 301-']],
  ['The fire resulted in the deaths of 11 people.', ['killed people 11-11']],
  ['The raid killed at least five fighters and injured dozens more.', ['killed fighters 5-', 'injured fighters 24-']],
  ['A further 30 people were injured in the stampede.', ['injured people 30-30']],
  ['An additional 12 people were arrested overnight, police said.', ['detained people 12-12']],
  ['The militants executed seven hostages on Friday.', ['killed hostages 7-7']],
  ['Shells landed on a school, killing five pupils.', ['killed pupils 5-5']],
  ['Eight civilians, all from the same village, were killed in the strike.', ['killed civilians 8-8']],
  [
    'Rescue teams found nine more bodies on Tuesday, raising the death toll to 31.',
    ['killed people 9-9', 'killed people 31-31'],
  ],
  ['Some 12,000 people have sought shelter in schools since the flooding began.', ['displaced people 10800-13200']],
  ['The attack killed a mother and her three children.', ['killed women 1-1', 'killed children 3-3']],
  ['Nearly 5,000 people were rounded up in the crackdown, rights groups said.', ['detained people 4500-5000']],
  ['Over a dozen soldiers were wounded in the ambush.', ['injured soldiers 13-']],
];

// A third set, written after the rules above and measured before any rule was chosen for it.
const THIRD: Case[] = [
  [
    'Two suicide bombers struck a crowded market in the town on Saturday. At least 18 people were killed and 47 wounded, a police spokesman said.',
    ['killed people 18-', 'injured people 47-47'],
  ],
  [
    'The army said its troops had killed 23 militants in a series of clashes in the province over the weekend, while four soldiers lost their lives.',
    ['killed militants 23-23', 'killed soldiers 4-4'],
  ],
  [
    'Local officials said the bodies of 15 people, including women and children, had been recovered from the village after the attack.',
    ['killed people 15-15'],
  ],
  [
    'According to the UN, more than 1.2 million people have fled their homes since the fighting began in April.',
    ['displaced people 1200001-'],
  ],
  [
    'The agency said 4,000 people had been killed and a further 11,000 injured in the conflict so far this year.',
    ['killed people 4000-4000', 'injured people 11000-11000'],
  ],
  [
    'Police in the capital arrested more than 100 opposition supporters on Friday, a party spokesman said.',
    ['detained supporters 101-'],
  ],
  [
    'The ministry of health said on Sunday that the number of people killed in the strikes had risen to 211, including 61 children.',
    ['killed people 211-211', 'killed children 61-61'],
  ],
  ['In all, 38 people died in the violence, the governor said.', ['killed people 38-38']],
  ['The dead are mostly women and children, said a doctor at the hospital, who asked not to be named.', []],
  [
    'At least six people, among them two children, were wounded by shrapnel.',
    ['injured people 6-', 'injured children 2-2'],
  ],
  ['The bombing, which also wounded 12 people, was claimed by the Islamic State group.', ['injured people 12-12']],
  ['Another 20 people are believed to be trapped under the rubble.', []],
  [
    'The strike killed five members of a single family, including three children, residents said.',
    ['killed members 5-5', 'killed children 3-3'],
  ],
  [
    'Militants killed 11 soldiers and wounded 22 in an attack on an army post, the military said.',
    ['killed soldiers 11-11', 'injured soldiers 22-22'],
  ],
  ['Five Palestinian teenagers were arrested by Israeli troops during the raid.', ['detained teenagers 5-5']],
  ['Around 70 people remain unaccounted for after the ferry capsized.', ['missing people 63-77']],
  [
    'Security forces killed one of the attackers and arrested two others.',
    ['killed attackers 1-1', 'detained attackers 2-2'],
  ],
  [
    'Nine people were killed in Aleppo and four more in Idlib, the monitor said.',
    ['killed people 9-9', 'killed people 4-4'],
  ],
  ['The Taliban abducted 30 bus passengers on the highway on Tuesday.', ['detained passengers 30-30']],
  ['Sixty-one migrants, most of them from Eritrea, drowned when their boat sank.', ['killed migrants 61-61']],
  ['Two Reuters journalists were among the dead.', ['killed journalists 2-2']],
  ['Hundreds of thousands of people have been displaced by the floods.', ['displaced people 200000-']],
  ['The government says more than 3,000 insurgents were killed last year.', ['killed insurgents 3001-']],
  ['The shelling left 14 civilians dead and dozens wounded.', ['killed civilians 14-14', 'injured civilians 24-']],
  ['Police said 12 suspects had been detained and were being questioned.', ['detained suspects 12-12']],
  [
    'Ethiopian authorities have detained thousands of ethnic Tigrayans, rights groups say.',
    ['detained tigrayans 2000-'],
  ],
  [
    'Clashes between rival militias killed at least 32 people in Tripoli, the health ministry said, updating an earlier toll of 27.',
    ['killed people 32-', 'killed people 27-27'],
  ],
  ['The rebels freed 15 hostages on Monday.', []],
  ['There were no reports of casualties.', []],
  ['The 47 dead included 11 police officers.', ['killed people 47-47', 'killed police officers 11-11']],
  ['More than 50 people were hurt in the crush.', ['injured people 51-']],
  [
    'Fighters from the group shot dead a local chief and two of his guards.',
    ['killed chiefs 1-1', 'killed guards 2-2'],
  ],
  ['Drone strikes killed an estimated 150 people last month.', ['killed people 135-165']],
  ['Up to 60 people may have been killed, activists said.', ['killed people 0-60']],
  ['The attack came a day after 9 soldiers were killed in a roadside bombing.', ['killed soldiers 9-9']],
  ['He said 27 of the dead were children.', ['killed children 27-27']],
  ['A spokesman said seven of the dead were police officers and the rest civilians.', ['killed police officers 7-7']],
  ["The army said 13 'terrorists' were killed in the operation.", ['killed terrorists 13-13']],
  ['Twelve police were killed when their station was overrun.', ['killed police 12-12']],
  ['Rescuers say thousands of bodies are still under the debris.', ['killed people 2000-']],
  ['Both pilots were killed when the helicopter came down.', ['killed pilots 2-2']],
  ['The governor said nine miners were killed, adding that the mine had been closed since May.', ['killed miners 9-9']],
  [
    'Police said 12 people were killed, adding that 40 others were wounded.',
    ['killed people 12-12', 'injured people 40-40'],
  ],
  ['Both soldiers and civilians were killed in the shelling.', []],
  ['The attack on the convoy killed the driver and two passengers.', ['killed drivers 1-1', 'killed passengers 2-2']],
  ['Thirty people, half of them children, were injured.', ['injured people 30-30']],
];

// A fourth set in the styles of UN updates, ministry statements and live pages, scored before
// any rule was chosen for it.
const FOURTH: Case[] = [
  [
    'Since the escalation began, at least 1,850 civilians have been killed and 4,200 injured, according to the Office for the Coordination of Humanitarian Affairs.',
    ['killed civilians 1850-', 'injured civilians 4200-4200'],
  ],
  [
    'An estimated 3.4 million people are now internally displaced across the country.',
    ['displaced people 3060000-3740000'],
  ],
  [
    'The Ministry of Interior announced that 27 terrorists were neutralised during the operation.',
    ['killed terrorists 27-27'],
  ],
  [
    'Twenty-one aid workers have been killed in the country so far this year, the UN said.',
    ['killed aid workers 21-21'],
  ],
  ['At least 80 people have died of their injuries since the bombing.', ['killed people 80-']],
  ['Update: The number of confirmed dead has climbed to 96.', ['killed people 96-96']],
  ['The authorities said 412 people were rescued and 63 were still missing.', ['missing people 63-63']],
  [
    'Witnesses said security forces opened fire on the crowd, killing at least 15 protesters.',
    ['killed protesters 15-'],
  ],
  ['The statement said 19 Houthi fighters had been killed in coalition air strikes.', ['killed fighters 19-19']],
  ['Among those abducted were seven teachers and a doctor.', ['detained teachers 7-7', 'detained doctors 1-1']],
  ['More than 600 migrants have died or gone missing in the Mediterranean this year.', []],
  [
    'Six policemen and two civilians were killed in the attack on the checkpoint.',
    ['killed policemen 6-6', 'killed civilians 2-2'],
  ],
  [
    'Four Afghan soldiers were killed and seven others injured when their vehicle hit a mine.',
    ['killed soldiers 4-4', 'injured soldiers 7-7'],
  ],
  ['The civil defence said it had pulled 43 survivors and 12 bodies from the debris.', ['killed people 12-12']],
  ['A 14-year-old boy was shot dead by soldiers at the protest.', ['killed boys 1-1']],
  ['At least three journalists have been detained since Monday, the union said.', ['detained journalists 3-']],
  ['The floods have affected 1.5 million people and killed 112.', ['killed people 112-112']],

  ['The fighting has killed at least 400 combatants on both sides.', ['killed combatants 400-']],
  // (Families are no count of people by the labelling conventions, but hostile.test.ts holds
  // "300 families were displaced" as a casualty claim; left as it is.)
  ['Nearly 2,000 families have been displaced by the clashes.', []],
  ['Local media reported that 23 miners were trapped and 4 had died.', ['killed miners 4-4']],
  [
    'Eight members of the same family, including five children, were killed in the strike on their home.',
    ['killed members 8-8', 'killed children 5-5'],
  ],
  ['The explosion left dozens of people injured, some of them seriously.', ['injured people 24-']],
  [
    'Two Turkish soldiers were killed and three wounded in a rocket attack on a base, the ministry said.',
    ['killed soldiers 2-2', 'injured soldiers 3-3'],
  ],
  ['Over 70 percent of the victims were women and children.', []],
  [
    'Israeli forces have arrested more than 4,000 Palestinians in the West Bank since October.',
    ['detained palestinians 4001-'],
  ],
];

// Groups no word list holds: the head noun after the number names them.
const OPEN_GROUPS: Case[] = [
  ['The shelling killed two brothers as they fetched water.', ['killed brothers 2-2']],
  ['Two Britons were among the dead, the foreign office said.', ['killed britons 2-2']],
  ['Seven tribal elders were killed in the drone strike.', ['killed tribal elders 7-7']],
  ['Three lawmakers were abducted on their way to the capital.', ['detained lawmakers 3-3']],
  ['Two cameramen were killed while filming the clashes.', ['killed cameramen 2-2']],
  ['Nine Bedouin were killed in the raid, relatives said.', ['killed bedouin 9-9']],
  ['Five village chiefs were kidnapped by the armed group last month.', ['detained village chiefs 5-5']],
  ['The strike killed six Houthis manning the checkpoint.', ['killed houthis 6-6']],
  ['Four Somalis drowned when the boat capsized off Yemen.', ['killed somalis 4-4']],
  [
    'The crash killed 11 Kenyan peacekeepers and three interpreters.',
    ['killed peacekeepers 11-11', 'killed interpreters 3-3'],
  ],
  ['Three Yazidi women were freed on Sunday and 14 Yazidi men remain missing.', ['missing men 14-14']],
  ['Eight nuns were abducted from the convent overnight.', ['detained nuns 8-8']],
  ['Twelve bakers were killed when the shell hit the bread queue.', ['killed bakers 12-12']],
  ['Security forces shot dead 14 Kashmiris during the protests.', ['killed kashmiris 14-14']],
  [
    'The shelling wounded three Afghan and two Pakistani soldiers at the crossing.',
    ['injured soldiers 3-3', 'injured soldiers 2-2'],
  ],
  [
    'The raid killed four ICRC (International Committee of the Red Cross) local staff, the organisation said.',
    ['killed staff 4-4'],
  ],
  ['Militants attacked a checkpoint in the town, killing nine in the worst attack this year.', ['killed people 9-9']],
];

// Numbers near an outcome word that count no one.
const NOT_PEOPLE: Case[] = [
  ['Shelling destroyed 30 houses and killed two people, residents said.', ['killed people 2-2']],
  ['The convoy of 20 vehicles was attacked and three drivers were killed.', ['killed drivers 3-3']],
  ['The strike hit a building 5 km from the front line, wounding four.', ['injured people 4-4']],
  ['Police seized 12 rifles and arrested two men.', ['detained men 2-2']],
  ['The attack killed 12 people and destroyed 3 villages.', ['killed people 12-12']],
  ['Militants fired 40 rockets at the town, but no one was hurt.', []],
  ['He was killed 10 years after the war began.', []],
  ['The rebels killed 300 cattle and burnt 12 homes.', []],
  [
    'The army killed a senior commander and both sides lost 12 fighters, the monitor said.',
    ['killed commanders 1-1', 'killed fighters 12-12'],
  ],
  ['Some 40 tonnes of aid were delivered to the displaced.', []],
  ['At least 20 missiles were fired overnight; nobody was injured.', []],
  ['The strike killed five and destroyed two tanks, the army said.', ['killed people 5-5']],
  ['The ministry said 3 ambulances were hit and 5 paramedics were wounded.', ['injured paramedics 5-5']],
  ['The gunmen killed 40 goats and wounded two shepherds.', ['injured shepherds 2-2']],
  ['The blast shattered windows 2 kilometres away and injured 15 people.', ['injured people 15-15']],
  ['Thousands of migrants risk their lives each year attempting to flee across the sea.', []],
];

// Cases the detector does not read right yet (see docs/decisions/028, seventh round).
// (The first: a finite verb after "and" leaves its count's group unread, by an earlier round's
// choice held in casualties.test.ts; continuing the group was neutral on dev, so it was left.)
// Issue 16, eighth round: kinds of miss seen on passages never tuned on, each written afresh.
const EIGHTH: Case[] = [
  [
    'Twelve people were killed and 40 remained missing on Monday, officials said.',
    ['killed people 12-12', 'missing people 40-40'],
  ],
  [
    'Nine people died and 14 remain missing after the ferry sank, the coast guard said.',
    ['killed people 9-9', 'missing people 14-14'],
  ],
  ['Six people are in a serious condition, the hospital said.', ['injured people 6-6']],
  ['Nine people were in stable condition on Monday, officials said.', ['injured people 9-9']],
  ['Police said 20 victims have been discharged from hospital.', ['injured victims 20-20']],
  [
    'By Monday 35 people had been discharged from hospitals in the city, the health ministry said.',
    ['injured people 35-35'],
  ],
  [
    'Gunmen raided the village, wounding a farmer and abducting four others, police said.',
    ['injured farmers 1-1', 'detained farmers 4-4'],
  ],
  ['Death toll from shelling attack on Dornfeld district rises to four – local authorities', ['killed people 4-4']],
  ['Death toll from strike on Kessel market climbs to 31', ['killed people 31-31']],
  [
    'Residents found six bodies in the village and an additional two in the forest, police said.',
    ['killed people 6-6', 'killed people 2-2'],
  ],
  [
    'Soldiers killed 14 militants on Monday and an additional five on Tuesday, the army said.',
    ['killed militants 14-14', 'killed militants 5-5'],
  ],
  ['4 dead, 3 firefighters injured in warehouse blaze', ['killed people 4-4', 'injured firefighters 3-3']],
  ['Two killed, five hurt in bus crash near Tolvar', ['killed people 2-2', 'injured people 5-5']],
  ['Of the deaths, 17 were reported in the capital, officials said.', ['killed people 17-17']],
  [
    'Police are investigating the killing of five homeless people in the city, officials said.',
    ['killed homeless people 5-5'],
  ],
  ['Gunmen killed four displaced villagers near the camp, police said.', ['killed villagers 4-4']],
  ['Thirty people were injured, including six seriously, police said.', ['injured people 30-30', 'injured people 6-6']],
  [
    'Forty villagers were wounded, including nine critically, and 200 people were evacuated to temporary shelters.',
    ['injured villagers 40-40', 'injured villagers 9-9', 'displaced people 200-200'],
  ],
  ['Both officers were rushed to the hospital, police said.', ['injured officers 2-2']],
  ['Three miners were taken to a hospital in the city.', ['injured miners 3-3']],
  [
    'One of two men injured as a result of drone strikes against the northern region died on the way to hospital, the governor said.',
    ['killed men 1-1'],
  ],
  ['Regrettably, one of the injured men died in the ambulance, the governor said.', ['killed men 1-1']],
  ['One of the wounded died in the ambulance, the governor said.', ['killed people 1-1']],
  [
    'The toll rose to six as one of the people who were wounded died in hospital, the mayor said.',
    ['killed people 6-6', 'killed people 1-1'],
  ],
  ['Twelve people were wounded and two died, police said.', ['injured people 12-12', 'killed people 2-2']],
  [
    'The number of people listed as missing after the mudslide has dropped from 90 to 30, officials said.',
    ['missing people 90-90', 'missing people 30-30'],
  ],
  [
    'The death toll from clashes between the Northern Liberation Front (NLF) and members of the former Popular Defence Army (PDA) 12th Brigade has risen to 48, the ombudsman said.',
    ['killed people 48-48'],
  ],
  ['Death toll in coastal district reaches 420', ['killed people 420-420']],
  [
    'At least 40 people have died and another 1.2 million have been affected by the floods, officials said.',
    ['killed people 40-'],
  ],
  [
    'Two members of the security forces who were returning fire were wounded, state media said.',
    ['injured members of the security forces 2-2'],
  ],
  [
    '16 people were also seriously wounded, two of them were members of the security forces, the UN said.',
    ['injured people 16-16', 'injured members of the security forces 2-2'],
  ],
  ['An air strike killed four members of the same family, residents said.', ['killed members 4-4']],
  ['Insurgents killed 25 police commandos in the same district in 2017.', ['killed police commandos 25-25']],
  [
    'The agency said it had recorded 320 civilian deaths and 410 injuries.',
    ['killed civilians 320-320', 'injured civilians 410-410'],
  ],
  [
    'At least 40 bodies have been recovered, including 9 on Monday, officials said.',
    ['killed people 40-', 'killed people 9-9'],
  ],
  [
    'Roughly 300 people were killed and 90 hostages were taken to the border, officials said.',
    ['killed people 270-330', 'detained hostages 90-90'],
  ],
  ['Three hostages were killed in the raid.', ['killed hostages 3-3']],
  ['The agency is investigating the drowning of 60 migrants off the coast.', ['killed migrants 60-60']],
  [
    '"So far, 12 dead and 30 wounded. All civilians," the governor said.',
    ['killed civilians 12-12', 'injured civilians 30-30'],
  ],
  ['Officials said 14 people were killed. All schools were closed.', ['killed people 14-14']],
  [
    'About 900 people have fled, with 6 women and 20 others forcibly detained by the militia.',
    ['displaced people 810-990', 'detained women 6-6', 'detained people 20-20'],
  ],
  ['Six civilians were killed and 40 others injured.', ['killed civilians 6-6', 'injured civilians 40-40']],
  [
    'At least nine people including three policemen were martyred and 21 including policemen injured as gunmen attacked the office.',
    ['killed people 9-', 'killed policemen 3-3', 'injured people 21-21'],
  ],
  ['There are 11 corpses of civilians in front of me.', ['killed civilians 11-11']],
  ['Rescuers found 11 bodies of migrants on the beach.', ['killed migrants 11-11']],
  [
    'Troops engaged the hideout and three terrorists were sent to hell, while injuring another two, the army said.',
    ['killed terrorists 3-3', 'injured terrorists 2-2'],
  ],
  ['Dozens of militants attacked the post, killing four policemen.', ['killed policemen 4-4']],
  ['The death toll could be as high as 200, a doctor said.', ['killed people 0-200']],
  ['The death toll this year already approaches 3,000, the agency said.', ['killed people 2700-3000']],
  [
    '"Unfortunately we lost two people and three were injured," the commander said.',
    ['killed people 2-2', 'injured people 3-3'],
  ],
  ['Gunmen killed a man and a woman.', ['killed men 1-1', 'killed women 1-1']],
  [
    'Gunmen took away 27 students, along with three teachers, police said.',
    ['detained students 27-27', 'detained teachers 3-3'],
  ],
  ['Gunmen killed 12 soldiers as well as three civilians.', ['killed soldiers 12-12', 'killed civilians 3-3']],
  ['Another body has been located but not formally identified, the sheriff said.', ['killed people 1-1']],
  ['Rescuers recovered another body on Tuesday.', ['killed people 1-1']],
  ['Another man died in hospital on Monday.', ['killed men 1-1']],
  ['A regulatory body found that 12 workers were injured.', ['injured workers 12-12']],
  ['Brazil flood death toll could top 1,000', ['killed people 1001-']],
  ['The number of people killed in the floods could top 1,000, officials said.', ['killed people 1001-']],
  ['The top three commanders were killed, the army said.', ['killed commanders 3-3']],
  ['The official death toll was higher than 750, officials said.', ['killed people 751-']],
  ['Thirty dead or injured in bus bomb', []],
  [
    'The victims, six men and two women, were identified as residents of the village, police said.',
    ['killed men 6-6', 'killed women 2-2'],
  ],
  ['The victims, six men and two women, were taken to hospital.', ['injured men 6-6', 'injured women 2-2']],
  ['A police officer lost his life in the blast, officials said.', ['killed officers 1-1']],
];

// Ninth round: general newsroom patterns seen failing on passages the detector had not been tuned on.
const NINTH: Case[] = [
  // A patient's state or care tells the injured without an injury word.
  ['Two others were in good condition, a hospital spokesman said.', ['injured people 2-2']],
  ['Three people remain in hospital, police said.', ['injured people 3-3']],
  ['Four victims were at Riverside General Hospital on Sunday.', ['injured victims 4-4']],
  ['Nine people were under treatment at a clinic in the town, officials said.', ['injured people 9-9']],
  ['Two of the officers are receiving medical attention, police said.', ['injured officers 2-2']],
  ['About 150 patients are still in Mercy hospital and cannot be moved, the charity said.', []],
  ['Three men were at the market when the bomb went off.', []],
  // "Fatally" is a death, and people shot with no outcome told are none.
  ['Eight of those people were shot, two fatally, police said.', ['killed people 2-2']],
  ['Two people were fatally shot at the bar on Sunday.', ['killed people 2-2']],
  // A count of martyrs is a count of the dead, people unless a group is named.
  [
    'The toll in the camp rose to 40 martyrs and around 300 wounded, the ministry said.',
    ['killed people 40-40', 'injured people 270-330'],
  ],
  [
    'The ministry said 300 martyrs and 1,200 injured had been counted.',
    ['killed people 300-300', 'injured people 1200-1200'],
  ],
  // Two outcomes in one sentence, each with its own group; "more" before a group is that group.
  [
    'The army said a rebel was killed and six more gunmen were wounded in the fighting.',
    ['killed rebels 1-1', 'injured gunmen 6-6'],
  ],
  [
    'A policeman was killed and a militant wounded in the exchange of fire.',
    ['killed policemen 1-1', 'injured militants 1-1'],
  ],
  ['A suspect was arrested near the scene, police said.', ['detained suspects 1-1']],
  ['The dead included a guard who tried to stop the attacker, police said.', ['killed guards 1-1']],
  // An outcome told before a clause's opening word is not the fate of a person after it.
  ['Two people were shot dead when a soldier opened fire at a checkpoint, witnesses said.', ['killed people 2-2']],
  // Bodies: an adjective before them, "the remains of", and others found after a count of bodies.
  ['Rescuers said several charred bodies have since been recovered from the rubble.', ['killed people 2-']],
  ['Police found 12 decomposed bodies of migrants in a shallow grave.', ['killed migrants 12-12']],
  [
    'Eleven bodies were discovered in the forest near Kambi. Four others were found near the river.',
    ['killed people 11-11', 'killed people 4-4'],
  ],
  [
    'Police found nine bodies in a ditch. Four others were arrested later.',
    ['killed people 9-9', 'detained people 4-4'],
  ],
  ['Rescue workers retrieved the remains of a woman and child.', ['killed women 1-1', 'killed children 1-1']],
  ['The remains of a soldier were flown home on Friday.', ['killed soldiers 1-1']],
  // People named one by one by their posts after an outcome verb: one each, the post as written.
  [
    'The compound was hit by an airstrike on Monday, killing the head of the field office, a programme associate and a security guard.',
    ['killed head of the field office 1-1', 'killed programme associate 1-1', 'killed security guard 1-1'],
  ],
  ['The blast wounded the mayor and a bodyguard, police said.', ['injured mayor 1-1', 'injured bodyguard 1-1']],
  // A day after an abbreviated month is a date, not a count.
  [
    'The camp was shelled on the night of Dec. 19, killing the camp manager and a cook.',
    ['killed camp manager 1-1', 'killed cook 1-1'],
  ],
  // Members of an armed body are named with it; of a service or a family they stay members.
  [
    'The second clash resulted in the death of two soldiers and the wounding of eight members of the national army.',
    ['killed soldiers 2-2', 'injured members of the national army 8-8'],
  ],
  [
    'Another 16 people were seriously wounded, two of them were members of the gang behind the attack.',
    ['injured people 16-16', 'injured members of the gang 2-2'],
  ],
  ['Seven members of the rescue service were shot dead.', ['killed members 7-7']],
  // "Neutralise", and "one of them" after the people named before in the sentence.
  ['The police team engaged the attackers and managed to neutralise one of them.', ['killed attackers 1-1']],
  // One person "among those killed", by name after a post or by the post alone.
  ['His deputy commander Maj. Tom Oduya was among those killed.', ['killed commanders 1-1']],
  ['The mayor was among those killed in the blast.', ['killed mayors 1-1']],
  ['A soldier said the town was among the worst hit.', []],
  // A serial comma before the last part of a list of parts; after one part, ", and" opens a clause.
  [
    'The toll rose to 300, including 120 children, 80 women, and 15 elderly people, the ministry said.',
    ['killed people 300-300', 'killed children 120-120', 'killed women 80-80', 'killed elderly people 15-15'],
  ],
  [
    'Fifteen people were injured, including 11 seriously, and 577 people were evacuated to shelters.',
    ['injured people 15-15', 'injured people 11-11', 'displaced people 577-577'],
  ],
  // A count with a verb of its own and an outcome further on, of people named before.
  [
    'Three herders were attacked on Monday. Police said the two were shot and killed as they confronted the gang.',
    ['killed herders 2-2'],
  ],
  [
    'Five victims were taken to hospital. A spokeswoman said two were listed in critical condition.',
    ['injured victims 5-5', 'injured victims 2-2'],
  ],
  ['The injured victim has since been taken to the hospital.', ['injured victims 1-1']],
  ['Of the 30 houses, 12 were later found damaged.', []],
  // Ages are no count; a person seen bleeding is one injured.
  ['I saw a man of about 70 bleeding after the blast.', ['injured men 1-1']],
  ['A woman aged 65 was injured in the attack.', ['injured women 1-1']],
  ['A boy of 12 was killed and two people were wounded.', ['killed boys 1-1', 'injured people 2-2']],
  ['The victims, ranging in age from 19 to 21, were killed in the shooting.', []],
  // Two people named singly together are one figure of 2; a person named by "the" among a count is a part.
  ['The owner of the boat and his wife had perished in the accident, he said.', ['killed people 2-2']],
  ['The pilot and his son died when the plane crashed.', ['killed people 2-2']],
  [
    'Two police officers are injured and three people, including the alleged gunman, were killed.',
    ['injured police officers 2-2', 'killed people 3-3', 'killed gunmen 1-1'],
  ],
  ['Five people, including the driver, were wounded in the blast.', ['injured people 5-5', 'injured drivers 1-1']],
  ['Ten houses, including the mosque, were destroyed.', []],
  // Gangs, cartels and groups are bodies, not people a count can name.
  [
    'The raid came after days of police crackdowns on drug gangs that have left 16 dead in the city.',
    ['killed people 16-16'],
  ],
  // An ordinal standing alone is one more of the people counted before it.
  [
    'Gunmen shot and killed two customs officers and wounded a third near the town.',
    ['killed customs officers 2-2', 'injured customs officers 1-1'],
  ],
  ['Two soldiers were killed and a third was wounded in the blast.', ['killed soldiers 2-2', 'injured soldiers 1-1']],
  // "the bodies of the 17": the outcome word before "of the" is the count's.
  [
    'The bodies of the 17 personnel, who were missing after the encounter, were found on Sunday.',
    ['killed personnel 17-17'],
  ],
  // A spaced hyphen is a dash before the part of a whole.
  [
    'The quake raised the death toll to 19,136 - 17,388 of them in Kashmir - while 42,397 were injured.',
    ['killed people 19136-19136', 'killed people 17388-17388', 'injured people 42397-42397'],
  ],
];

const LEFT = new Set<string>([
  'Militants killed 11 soldiers and wounded 22 in an attack on an army post, the military said.',
  'Nearly 2,000 families have been displaced by the clashes.',
]);

describe('how news writes casualty counts (invented sentences)', () => {
  const groups: [string, Case[]][] = [
    ['active verbs: whoever the victims are', ACTIVE],
    ['passive verbs', PASSIVE],
    ['tolls, the dead, lives and bodies', TOLLS],
    ['parts of a whole', PARTS],
    ['headlines', HEADLINES],
    ['number words, vague quantities and ranges', NUMBERS],
    ['one person', SINGLES],
    ['the missing', MISSING],
    ['counts in quotations', QUOTED],
    ['wire leads', LEADS],
    ['groups and outcomes told elsewhere in the sentence', CONTEXT],
    ['more ways of putting a count', MORE],
    ['a third set, measured before tuning', THIRD],
    ['a fourth set, measured before tuning', FOURTH],
    ['groups no list holds', OPEN_GROUPS],
    ['numbers that count no one', NOT_PEOPLE],
    ['an eighth set, from passages never tuned on', EIGHTH],
    ['a ninth set, general patterns', NINTH],
  ];
  for (const [name, cases] of groups) {
    describe(name, () => {
      const [open, left] = [cases.filter(([t]) => !LEFT.has(t)), cases.filter(([t]) => LEFT.has(t))];
      it.each(open)('%s', (text, expected) => check(text, expected));
      // Not yet read right: each fails today, so the day it passes this line must move up.
      if (left.length) it.fails.each(left)('not yet: %s', (text, expected) => check(text, expected));
    });
  }
});

describe('"X said A, adding that B"', () => {
  it('proposes B as the same speaker’s claim', () => {
    const found = inventedClaims(
      'The governor said nine miners were killed, adding that the mine had been closed since May.',
    );
    expect(found.map((c) => [c.text, c.claimant])).toEqual([
      ['nine miners were killed', 'governor'],
      ['the mine had been closed since May', 'governor'],
    ]);
  });
});

describe('people carried off', () => {
  it('are detained when people take them away, and no count when water does', () => {
    const held = inventedClaims('They took away 27 students, along with three teachers.');
    expect(held[0].figures).toEqual(['detained students 27-27', 'detained teachers 3-3']);
    expect(inventedClaims('The floods took away 40 people in the valley, officials said.')[0].figures).toEqual([]);
    expect(inventedClaims('Strong currents took away three fishermen on Sunday.')[0]?.figures ?? []).toEqual([]);
  });
});

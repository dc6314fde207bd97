import type { Random } from "./random";

/**
 * Names, places and numbers for seed data. Names are varied on purpose, accents and all
 * ("Zoë Ångström", "José Núñez", "Siobhán Ó Briain"), so the client list's accent-insensitive
 * search, sorting and escaping meet real-world text. Phone numbers are from the ranges set aside
 * for fiction (Ofcom 07700 900xxx, NANP 555-01xx, ACMA 0491 570 xxx); every email address is
 * under seed.unknot.test, a reserved domain no mail can reach.
 */
export const SEED_DOMAIN = "seed.unknot.test";

const GIVEN = [
  ...["Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily", "Hannah", "Charlotte", "Lucy", "Ella"],
  ...["Jack", "Oliver", "Harry", "George", "Noah", "Leo", "Thomas", "James", "William", "Daniel", "Samuel", "Henry"],
  ...["Zoë", "Chloé", "Renée", "Anaïs", "Léa", "Inès", "Hélène", "Amélie", "Noémie", "Éloïse", "Maëlle", "Solène"],
  ...["José", "Jesús", "Álvaro", "Begoña", "Lucía", "Sofía", "Inés", "Rocío", "Iñaki", "Ramón", "Óscar", "Martín"],
  ...["Søren", "Bjørn", "Åsa", "Ingrid", "Jürgen", "Jörg", "Björn", "Märta", "Øystein", "Sigrún", "Þóra", "Ásgeir"],
  ...["Łukasz", "Małgorzata", "Zoltán", "Tomáš", "Jiří", "Anže", "Đorđe", "Mihály", "Gergő", "Ştefan"],
  ...["Siobhán", "Aoife", "Niamh", "Seán", "Pádraig", "Caoimhe", "Eóin", "Róisín", "Tadhg", "Saoirse"],
  ...["Mei", "Wei", "Hiroshi", "Yuki", "Haruto", "Ji-woo", "Min-jun", "Thảo", "Minh", "Linh", "Anh"],
  ...["Aarav", "Priya", "Ananya", "Rohan", "Kavya", "Arjun", "Aisha", "Fatima", "Omar", "Yusuf", "Leila", "Zainab"],
  ...["Chidi", "Ngozi", "Kwame", "Ama", "Oluwaseun", "Adaeze", "Tendai", "Thandiwe", "Kofi", "Amara"],
  ...["Mateus", "João", "Conceição", "Gonçalo", "Luís", "Ana", "Marta", "Beatriz", "Joaquín", "Ximena", "Ña"],
  ...["Mia-Rose", "Jean-Luc", "Anne-Marie", "Marie-Thérèse", "Kai", "Alex", "Jordan", "Sam", "Robin", "Ash"],
  ...["Mohammed", "Ali", "Hassan", "Mehmet", "Ayşe", "Çağla", "Gülşen", "Yiğit", "Nikolaos", "Eleni", "Dimitra"],
];

const FAMILY = [
  ...["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Evans"],
  ...["Walker", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin"],
  ...["Ångström", "Núñez", "Muñoz", "Peña", "Ibáñez", "García", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz"],
  ...["Müller", "Schröder", "Köhler", "Groß", "Weiß", "Jäger", "Bäcker", "Fußmann", "Löwe", "Öztürk", "Kühn"],
  ...["Lefèvre", "Bélanger", "Côté", "Gagné", "Lévesque", "Béranger", "Frère", "Séguin", "Hébert", "Mercier"],
  ...["Kowalczyk", "Wójcik", "Wiśniewski", "Lewandowski", "Dvořák", "Novák", "Černý", "Horváth", "Szabó", "Nagy"],
  ...["Jørgensen", "Sørensen", "Østergaard", "Ólafsdóttir", "Guðmundsson", "Þórsson", "Mäkinen", "Häkkinen"],
  ...["O'Connor", "O'Brien", "Ó Briain", "Ní Bhriain", "MacCarthy", "McGrath", "Ó Súilleabháin", "D'Arcy"],
  ...["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Chen", "Wang", "Li", "Zhang", "Tanaka", "Satō", "Kim", "Park"],
  ...["Patel", "Sharma", "Singh", "Gupta", "Khan", "Hussain", "Ahmed", "Rahman", "Iyer", "Reddy", "Chaudhry"],
  ...["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Mbeki", "Dlamini", "Okonkwo", "Asante", "Abubakar"],
  ...["Silva", "Conceição", "Gonçalves", "Magalhães", "Araújo", "Simões", "Loureiro", "Brandão", "Falcão"],
  ...["Yılmaz", "Çelik", "Şahin", "Doğan", "Kılıç", "Aydın", "Papadopoulos", "Georgiou", "Brontë", "Zoëga"],
  ...["Smith-Jones", "Lloyd-Webber", "van der Berg", "de la Cruz", "von Trapp", "St. John", "Fitzgerald", "ten Bosch"],
];

export function personName(random: Random): { given: string; family: string } {
  return { given: random.pick(GIVEN), family: random.pick(FAMILY) };
}

const UNDECOMPOSED: Record<string, string> = { ø: "o", ł: "l", đ: "d", ß: "ss", æ: "ae", þ: "th", ð: "d", ı: "i" };

/** The name as it can appear in an email address: no accents, spaces or apostrophes. */
export function emailPart(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[øłđßæþðı]/g, (c) => UNDECOMPOSED[c]!)
    .replace(/[^a-z0-9]+/g, "");
}

export const SEED_TIME_ZONES = ["Europe/London", "America/New_York", "Australia/Sydney"] as const;
export type SeedTimeZone = (typeof SEED_TIME_ZONES)[number];

interface Locale {
  towns: string[];
  streets: string[];
  address(random: Random, street: string, town: string): string;
  phone(random: Random): string;
  price: (amount: number) => string;
}

export const LOCALES: Record<SeedTimeZone, Locale> = {
  "Europe/London": {
    towns: ["Camden", "Islington", "Hackney", "Brixton", "Clapham", "Greenwich", "Richmond", "Walthamstow", "Ealing"],
    streets: ["High Street", "Station Road", "Church Lane", "Park Road", "Mill Lane", "Victoria Road", "Queen's Walk"],
    address: (r, street, town) =>
      `${r.int(1, 240)} ${street}, ${town}, London ${r.pick(["N1", "E8", "SW4", "SE10", "W5", "E17"])} ${r.int(1, 9)}${r.pick(["AB", "DX", "HQ", "LT", "RW"])}`,
    phone: (r) => `+44 7700 900${String(r.int(0, 999)).padStart(3, "0")}`,
    price: (n) => `£${n}`,
  },
  "America/New_York": {
    towns: ["Brooklyn", "Astoria", "Harlem", "Park Slope", "Williamsburg", "Chelsea", "Tribeca", "Hoboken"],
    streets: ["Atlantic Avenue", "Bedford Avenue", "Broadway", "Court Street", "Smith Street", "Lexington Avenue"],
    address: (r, street, town) => `${r.int(10, 990)} ${street}, ${town}, NY ${r.int(10001, 11249)}`,
    phone: (r) => `+1 212 555 01${String(r.int(0, 99)).padStart(2, "0")}`,
    price: (n) => `$${Math.round(n * 1.6)}`,
  },
  "Australia/Sydney": {
    towns: ["Newtown", "Surry Hills", "Bondi", "Manly", "Parramatta", "Glebe", "Balmain", "Chatswood", "Coogee"],
    streets: ["King Street", "Crown Street", "Oxford Street", "George Street", "Military Road", "Church Street"],
    address: (r, street, town) => `${r.int(1, 400)} ${street}, ${town} NSW ${r.int(2000, 2234)}`,
    phone: (r) => `+61 491 570 ${String(r.int(6, 159)).padStart(3, "0")}`,
    price: (n) => `A$${Math.round(n * 1.9)}`,
  },
};

const PRACTICE_KINDS = [
  "Manual Therapy",
  "Sports Massage",
  "Physio & Massage",
  "Muscle Clinic",
  "Myotherapy",
  "Bodywork Studio",
  "Movement & Massage",
];

export function practiceName(random: Random, zone: SeedTimeZone): { name: string; town: string } {
  const town = random.pick(LOCALES[zone].towns);
  return { name: `${town} ${random.pick(PRACTICE_KINDS)}`, town };
}

/** "Camden Physio & Massage" → "camden-physio-massage". */
export function slugOf(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(emailPart)
    .filter(Boolean)
    .join("-");
}

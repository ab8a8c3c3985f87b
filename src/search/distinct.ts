// Words Porter's stemmer reduces to another word's stem: "generation" and "general" are both
// `gener`, "importance" and "imports" `import`, "elective" and "election" `elect`, "coronation" and
// "coroner" `coron`, "arms" and "armed" `arm`. A search for one found the other ("generation"
// listed Attorney General records, "elective" local elections, "coronation" coroners). Each family
// below keeps a term of its own, at index and query time alike (text.ts).
//
// Listed by hand, as irregular verbs are (irregular.ts): no suffix rule tells "generation" from
// "general". Found on the 58,173-record corpus among the terms whose words split into unrelated
// groups, the commonest first, and by searching each common heading word alone ("publicity"
// listed public appointments). Left joined: families a reader takes for one ("national" and
// "nation", "activity" and "active", "medical" and "medication", "fishing" and "fish").

const FAMILIES: readonly (readonly [RegExp, string])[] = [
  // gener: general(ly) / generate, generation, generator / generous / generic
  [/^generat(?:e|es|ed|ing|ion|ions|ional|ive|or|ors)$/, 'generat'],
  [/^generous(?:ly)?$/, 'generous'],
  [/^generic(?:s|ally)?$/, 'generic'],
  // import: imports, imported / important, importance
  [/^important(?:ly)?$|^importance$/, 'important'],
  // elect: election(s), elected / elective (surgery)
  [/^elective(?:s|ly)?$/, 'elective'],
  // coron: coroner(s) / coronation
  [/^coronations?$/, 'coronation'],
  // execut: execution, executed / executive(s)
  [/^executives?$/, 'executive'],
  // intern: internal(ly), intern / international(ly): as Porter stems "internationally"
  [/^international(?:ly|s)?$/, 'internation'],
  // experi: experience(s) / experiment(s), experimental
  [/^experiment(?:s|al|ally|ation|ed|ing)?$/, 'experiment'],
  // sever: several / severe(ly) / severance
  [/^severe(?:ly)?$/, 'severe'],
  [/^severance$/, 'severance'],
  // posit: position(s) / positive(ly)
  [/^positive(?:ly|s)?$/, 'positive'],
  // initi: initial(ly), initiate(d) / initiative(s)
  [/^initiatives?$/, 'initiative'],
  // convers: conversion(s) / conversation(s)
  [/^conversation(?:s|al)?$/, 'conversation'],
  // commun: communication(s), communicate / communal
  [/^communal(?:ly)?$/, 'communal'],
  // custom: customer(s) / customs (HM Revenue and Customs, customs checks)
  [/^customs$/, 'customs'],
  // arm: armed (forces), arm / arms (exports, embargo)
  [/^arms$/, 'arms'],
  // unit: unit(s) / united (Kingdom, Nations, States)
  [/^united$/, 'united'],
  // organ: organ(s) / organic / organism(s)
  [/^organic(?:ally)?$/, 'organic'],
  [/^organisms?$/, 'organism'],
  // mobil: mobile (phones, homes) / mobility (scooters, social mobility)
  [/^mobility$/, 'mobiliti'],
  // product: product(s) / production (food, oil and gas) / productivity, productive
  [/^productions?$/, 'production'],
  [/^productiv(?:e|ely|ity)$/, 'productiv'],
  // probat: probation (service) / probate (of a will)
  [/^probate$/, 'probate'],
  // termin: terminal(ly ill), terminals / termination, terminate
  [/^terminat(?:e|es|ed|ing|ion|ions)$/, 'terminat'],
  // invas: invasion / invasive (species)
  [/^invasive$/, 'invasive'],
  // extrem: extreme(ly) / extremism, extremist(s)
  [/^extremis(?:m|t|ts)$/, 'extremis'],
  // divers: diverse / diversion(s)
  [/^diversions?$/, 'diversion'],
  // physic: physical(ly) / physics
  [/^physics$/, 'physics'],
  // respons: response(s) / responsible, responsibility
  [/^responsib(?:le|ly|ility|ilities)$/, 'responsib'],
  // public: public / publicity (the "-icity" rule of text.ts gives it the adjective)
  [/^publicity$/, 'publiciti'],
  // consult: consultation, consult / consultant(s), consultancy (hired, or the hospital's)
  [/^consultan(?:t|ts|cy|cies)$/, 'consultant'],
  // examin: examination(s), examine / examiner(s) (medical, driving)
  [/^examiners?$/, 'examiner'],
  // infect: infected (blood) / infection(s)
  [/^infections?$/, 'infection'],
  // associ: associate(s) (physician associates) / association(s)
  [/^associations?$/, 'association'],
  // organis: organised (crime), organise / organisation(s)
  [/^organisations?$/, 'organisation'],
  // public: public / publication(s)
  [/^publications?$/, 'publicat'],
  // govern: government / governance
  [/^governance$/, 'governanc'],
  // second: second / secondment(s)
  [/^secondments?$/, 'secondment'],
  // dispos: disposal (of waste) / disposable (vapes)
  [/^disposables?$/, 'disposable'],
  // board: board(s) / boarding (schools, passengers)
  [/^boarding$/, 'boarding'],
  // depend: depend(s), dependent on / dependants (family) / dependencies (Crown), dependency
  [/^dependants?$/, 'dependant'],
  [/^dependenc(?:y|ies)$/, 'dependenc'],
  // securiti: security / securities (stocks and bonds)
  [/^securities$/, 'securities'],
];

/** The term of a folded word of one of these families, or undefined for any other word. */
export function distinctTerm(word: string): string | undefined {
  // Every family's words are four letters or more: most words pass with one test.
  if (word.length < 4) return undefined;
  for (const [re, t] of FAMILIES) if (re.test(word)) return t;
  return undefined;
}

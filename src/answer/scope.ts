// Questions the knowledge model cannot answer whatever records it holds: it has no field for
// budgets, people's names, contact details or future plans, and it takes no instructions.
// Recognised from the wording, before any search, so a known name in the question ("the budget for
// the MARA assessment") cannot turn into a confident wrong card.

export type OutOfScope = "instructions" | "money" | "person" | "contact" | "future" | "small_talk";

const RULES: readonly { reason: OutOfScope; re: RegExp }[] = [
  {
    reason: "instructions",
    re: /\b(?:ignore|disregard|forget|override|bypass) (?:all |any |your |the |previous |prior |above |earlier |these )*(?:instructions?|rules?|prompts?|guidelines|directives|constraints|programming)\b|\bsystem prompt\b|\bjailbreak\b|\b(?:pretend|act) (?:to be|as if|as)\b|\byou are now\b|\bdeveloper mode\b|\boublie[rz]? (?:tes|les|vos|toutes) (?:instructions|regles)\b|\bignore[rz]? (?:tes|les|vos) (?:instructions|regles)\b/,
  },
  {
    reason: "money",
    re: /\b(?:budgets?|costs?|costing|funding|funded by how much|how much (?:money|funding|does|did|is|was|will)|price|prices|salar(?:y|ies)|spend|spending|spent|dollars?|usd|euros?|financ\w*|expenditures?|allocation|donors?|combien coute|cout|couts)\b/,
  },
  {
    reason: "person",
    re: /\b(?:who is|who s|name of|names of|nom d[eu]s?|qui est) (?:the |le |la |l )?(?:current |new |present |actuel |actuelle )?(?:head|director|chief|boss|spokesperson|focal point person|secretary|under secretary|undersecretary|usg|asg|srsg|special representative|special coordinator|representative|envoy|officer|staff|person|directeur|directrice|chef|secretaire)\b|\bunder ?secretary ?general\b|\bsecretary ?general s name\b|\b(?:his|her|their) name\b|\bwhat is (?:his|her) name\b|\bwho (?:works|is working) (?:at|in) (?:the )?(?:office|team)\b|\bhow many (?:people|staff|employees|members of staff|personnel)\b|\bstaff (?:list|members|names)\b/,
  },
  {
    reason: "contact",
    re: /\b(?:e ?mail|emails|phone|telephone|contact (?:details|number|info|information|person)|mailing address|postal address|office address|extension number|whatsapp|how (?:can|do) i (?:contact|reach|call|email))\b/,
  },
  {
    reason: "future",
    re: /\b(?:which|what) countr(?:y|ies) will\b|\bwhen will\b|\bwhen (?:is|are) (?:it|they|the \w+(?: \w+)?) (?:due|expected|planned|scheduled|going to)\b|\broll ?out\b|\brolled out\b|\bdeadline\b|\bnext (?:year|month|week|quarter|steps?)\b|\bwill (?:\w+ ){0,6}(?:first|next)\b|\b(?:forecast|prediction|predict|upcoming|in the future|future plans?|timeline for|timetable|schedule for)\b|\bquand (?:sera|seront|va)\b|\bannee prochaine\b/,
  },
  {
    reason: "small_talk",
    re: /\b(?:weather|lunch|dinner|breakfast|menu today|joke|jokes|recipe|horoscope|football|sports? scores?|stock price|bitcoin|meteo|dejeuner|blague)\b/,
  },
];

/** Why a question is outside what a who-leads-what knowledge base can answer, or null. */
export function outOfScope(words: readonly string[]): OutOfScope | null {
  const joined = words.join(" ");
  for (const r of RULES) if (r.re.test(joined)) return r.reason;
  const thisYear = new Date().getUTCFullYear();
  for (const w of words) {
    if (/^[12]\d{3}$/.test(w) && Number(w) > thisYear) return "future";
  }
  return null;
}

export const SCOPE_MESSAGES: Record<OutOfScope, string> = {
  instructions: "I only answer questions from my knowledge base, and I can't change how I work.",
  money: "I don't have that in my knowledge base: it holds no budgets, costs or funding figures.",
  person: "I don't have that in my knowledge base: it names organisations, not people.",
  contact: "I don't have that in my knowledge base: it holds no contact details.",
  future: "I don't have that in my knowledge base: it holds no future plans, dates or rollouts.",
  small_talk: "I don't have that in my knowledge base.",
};

// The shape of a question-vocabulary file (src/answer/lexicon/en.yml, fr.yml, or a knowledge
// folder's vocabulary). Strict: an unknown key is a typo to report, not something to ignore.
import { z } from "zod";

const Word = z.string().min(1);
const Words = z.array(Word);

export const Cue = z
  .object({
    /** A regular expression over the folded question ("who leads", "\bchairs?\b"). */
    pattern: Word,
    /** How strongly a match says "this type": the strongest type wins. */
    weight: z.number().positive().max(1000),
    /** A refinement the type's composer reads ("coordinates WITH x"). */
    flag: z.enum(["with", "relation", "naming"]).optional(),
  })
  .strict();

/** What kind of value a question asks for, beyond its type (a count, a date, a link…). */
export const ASKS = [
  "count",
  "list",
  "when",
  "money",
  "results",
  "link",
  /** A record's own address ("a link to the actual study", "its final report"), not its topic's links. */
  "own_link",
  "contact",
  "person",
  /** Who founded, created or wrote something: held only where a fact says so. */
  "origin",
  /** The city or seat a body is based in ("unmas hq city?"): held only where a fact names one. */
  "seat",
] as const;
export type Ask = (typeof ASKS)[number];

/** Questions outside what any knowledge base of this kind answers. */
export const SCOPES = [
  "opinion",
  "task",
  "instructions",
  "money",
  "person",
  "contact",
  "future",
  "news",
  "small_talk",
] as const;
export type ScopeReason = (typeof SCOPES)[number];

/**
 * Closed classes of words the engine's rules read: prepositions, relative pronouns, plural kinds,
 * the sorts of thing a "who leads what" knowledge holds, places, language markers.
 */
export const WORD_CLASSES = [
  /** Before "which" they open a relative clause ("in which it operates"), not a question. */
  "prepositions",
  /** Relative pronouns: a record named after one describes the noun before it. */
  "relative_words",
  /** Plural kinds of record a relative clause may qualify ("the entities with which…"). */
  "kind_plurals",
  /** Sorts of thing any knowledge of this kind holds as records or lists ("partners", "links"). */
  "held_sorts",
  /** Kinds of body a qualifier can make a sort of ("offices" in "country offices"). */
  "body_nouns",
  /** Ordinary words that make a held kind a sort the knowledge may not hold ("country"). */
  "qualifiers",
  /** Places people name that are no country: regions and cities ("West Africa", "Geneva"). */
  "regions",
  /** Words that mark a question as written in this file's language. */
  "language_markers",
  /** Before a name in a claim, what it is set against ("about CRSV, not SEA"). */
  "contrasts",
  /** Between a record and a topic, the claim says what it works on ("is about", "works on"). */
  "topic_markers",
  /** Nouns for the bodies a piece of work is done with: a count of them is a count of its partners. */
  "partner_nouns",
  /** Pronouns after a verb: "brief me on which…" asks, where "the office in which…" relates. */
  "object_pronouns",
  /** Finite verbs: a statement ending in "?" that has one is a yes/no question ("UNMAS chairs it?"). */
  "finite_verbs",
  /** Subject pronouns: "Et l'OMS, elle fait partie…?", "fait-elle partie…?" state a claim. */
  "subject_pronouns",
  /** Words that give a claim's reason ("because the Council asked"): the reason must be recorded. */
  "reason_markers",
  /** Function words never read as part of a name typed in lowercase. */
  "function_words",
  /** Nouns for a connection between two things ("mine action and PoC: the link?"). */
  "connection_nouns",
  /** Words that make "link" a web address: "the website", "send", "drop it here". */
  "address_words",
  /** Places a body may work in ("which countries…", "dans quels pays…"): the examples' places. */
  "place_nouns",
  /** Postings a body may be deployed to ("which peacekeeping missions…"): held only as records. */
  "mission_nouns",
  /** Words typed in capitals for emphasis ("which is NOT a partner"), never an acronym. */
  "emphasis_words",
  /** Capitals that are chat shorthand ("ASAP", "FYI"), never an organisation. */
  "chat_acronyms",
  /** Nouns that ask about a thing as a whole ("the gist of", "an overview of"), never a missing part. */
  "about_nouns",
  /** Adjectives before the noun a request asks for ("the precise mandate"): skipped to reach it. */
  "request_adjectives",
  /** Words saying two names are two things ("separate", "different"): false of one record's names. */
  "distinct_words",
  /** Where the asker will put the answer ("on a slide", "in the deck"): never what is asked about. */
  "medium_nouns",
  /** Occasions an answer is for ("for an upcoming briefing", "pour une réunion"): context, not asked. */
  "occasion_nouns",
  /** Words before such an occasion ("for *our upcoming* briefing", "pour *une* réunion"). */
  "purpose_determiners",
  /** Times said after such an occasion ("for our meeting *tomorrow*"). */
  "time_words",
  /** Verbs that ask what holds a record, said before it ("who *hosts*…", "qui *héberge*…"). */
  "host_verbs",
  /** Words of a question that point at the items listed after it ("what *these* stand for"). */
  "list_pointers",
  /** Nouns for people ("population groups", "categories of people"): counted in a fact's list. */
  "people_nouns",
  /** Groups of people a fact may list ("girls, women, boys and men"): what such a count counts. */
  "people_groups",
  /** Auxiliaries a negation follows in a claim ("DPPA is not involved", "DPO does not lead"). */
  "auxiliaries",
  /** Pronouns of a question tag ("hasn't it?", "isn't that so?"): the tag's "not" denies nothing. */
  "tag_pronouns",
  /** Words that narrow a claim ("only shares information"): a denial beside one only narrows more. */
  "restrictive_words",
  /** Words that narrow a claim to part of a list ("only women and girls", "just OHCHR"): a fact
   * listing more says no. (Not hedges like "basically": those narrow nothing.) */
  "narrowing_words",
  /** Words that set a thing aside ("beyond chairing the group"): a cue right after one is no ask. */
  "except_markers",
  /** Settings a body's partners may be in ("HQ partners", "partners in the field"). */
  "setting_nouns",
  /** Words that put partners in a setting ("partners at HQ", "partenaires au Siège"). */
  "setting_prepositions",
  /** Words that ask for the things a noun after them names ("who are the…", "how many…"). */
  "asking_words",
  /** Words that put an obligation on what precedes ("HQ partners are expected to…"). */
  "obligation_words",
  /** Words before the topic a question is about ("about", "regarding", "sur"). */
  "about_words",
  /** Words between two offered alternatives ("A or B", "A versus B", "A ou B"). */
  "alternative_words",
  /** Words that make a topic's name the name of the work on it ("the MARA work", "CRSV activity"). */
  "work_nouns",
  /** Words that ask for a list in full ("all the members", "the complete list"). */
  "whole_words",
  /** Verbs that report someone else's question ("my boss asked who…"): not the subject. */
  "reporting_verbs",
  /** Nouns for a thing a body may own ("the DPO policy", "a UNMAS tool"). */
  "document_nouns",
  /** Forms of "to be" between a role phrase and a name ("the chair is UNMAS"). */
  "copulas",
  /** Question words: one typed with a letter dropped, added or swapped ("whch") is read as it. */
  "question_words",
  /** Nouns for a part of an organisation ("which office in DPO", "quel bureau de l'UNICEF"). */
  "unit_nouns",
  /** Prepositions between such a noun and the organisation ("within", "au sein de"). */
  "inside_words",
  /** Words qualifying such a noun ("regional office", "bureau régional"). */
  "unit_qualifiers",
  /** Articles before a name ("the", "l'", "la"). */
  "articles",
  /** Verbs of a request for a fact ("indicate the country in which…", "précisez le bureau dans lequel…"). */
  "request_verbs",
  /** Relative pronouns after a preposition in French ("dans lequel", "par laquelle"). */
  "relative_pronouns",
  /** Words joining a French noun to what qualifies it ("politique de tolérance zéro"). */
  "noun_links",
  /** Verbs of thinking or saying before "que" ("je croyais que…"): no relative clause follows. */
  "thinking_verbs",
  /** Words after a joined participle that make it said, not a description ("co-chaired by"). */
  "said_particles",
  /** Phrases asking whether a thing exists ("is there", "y a-t-il"): not a claim about it. */
  "existence_phrases",
  /** Participles joined to a name to describe a noun ("the DPO-led assessment"): no cue there. */
  "describing_participles",
  /** Nouns for the angle a piece of work takes ("from a gender perspective", "a legal angle"). */
  "angle_nouns",
  /** Verbs saying what a body's work is, not what it is about ("deals with", "covers", "s'occupe"). */
  "remit_verbs",
  /** Words that make a sentence a question ("who", "list", "combien"): without one, a statement with
   * a question mark is a yes/no question about it ("So UNMAS runs it?"). */
  "interrogatives",
  /** Words that open a question for a kind of body ("which", "name the", "quelle"). */
  "kind_question_openers",
  /** Words between such an opener and the kind ("which UN office", "what other body"). */
  "kind_question_links",
  /** Kinds of thing such a question asks for ("department", "entité"; a plural "s" is read too):
   * the opener and the kind say what is asked, and are not searched as names. */
  "kind_question_nouns",
  /** Words before "need the…" that make the need the asker's ("I need", "we also need"). */
  "asker_words",
  /** Words putting a body's role inside a thing ("UNICEF's role in mine action", "dans"). */
  "field_words",
  /** Changes to a thing's timeline ("extended", "postponed", "prolongé"): a claim dating one is
   * not answered by the dates a record holds. */
  "timeline_changes",
  /** Words naming whom a message is for ("Channel leads —", "Hi all —"): no part of the question. */
  "addressee_words",
  /** Words that make a capitalised name a body, not a person ("World Bank", "Banque mondiale"). */
  "organisation_words",
  /** Irregular past forms ("set", "made", "began"): after a noun, its verb ("which resolution set it up"). */
  "irregular_pasts",
  /** An end claimed of a body or piece of work ("shut down", "dissolved", "dissous"). */
  "end_words",
  /** Words after which a filler phrase is words of the sentence: "en fait" is filler, but in "le
   * HCDH en fait(-il) partie" it is the pronoun "en" and the verb "faire". */
  "filler_breakers",
] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export const LexiconFile = z
  .object({
    language: z.enum(["en", "fr"]),
    rewrites: z.record(Word, z.string()).optional(),
    /** Words of this language → the knowledge's own words, for matching facts only (not cues). */
    glossary: z.record(Word, z.string()).optional(),
    filler: Words.optional(),
    filler_phrases: Words.optional(),
    stop_words: Words.optional(),
    kind_words: Words.optional(),
    months: Words.optional(),
    cue_words: Words.optional(),
    /** Words that are names in this knowledge, never cues or filler. */
    names: Words.optional(),
    types: z.record(Word, z.array(Cue)).optional(),
    asks: z.partialRecord(z.enum(ASKS), z.array(Word)).optional(),
    yes_no: z
      .object({ openers: Words.optional(), tags: Words.optional(), negations: Words.optional() })
      .strict()
      .optional(),
    scope: z.partialRecord(z.enum(SCOPES), z.array(Word)).optional(),
    greetings: z
      .object({
        hello: Words.optional(),
        thanks: Words.optional(),
        small_talk: Words.optional(),
        companions: Words.optional(),
      })
      .strict()
      .optional(),
    word_classes: z.partialRecord(z.enum(WORD_CLASSES), Words).optional(),
    /** A claim's word or phrase → words a fact uses that say the opposite ("weakened" → "strengthened"). */
    opposites: z.record(Word, Words).optional(),
    /** A kind noun a question may use → the record kinds it fits ("which network": network, group). */
    kind_nouns: z.record(Word, Words).optional(),
    /** Patterns that separate two questions in one message ("; also", "second question:"). */
    splitters: Words.optional(),
    /**
     * Openers of a question that asks the same of each name in a list ("what are UNMAS, JCS and
     * the GFP?", "one line each: A / B / C"): matched at the start; each name is asked apart.
     */
    list_openers: Words.optional(),
    /** Reply templates in this language, by message id ({name} placeholders). */
    messages: z.record(Word, z.string()).optional(),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFile>;

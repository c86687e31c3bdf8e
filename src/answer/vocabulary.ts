// The words that say what is being asked (English and French) and the words that say nothing.
// Patterns run on folded, tokenised text ("what's" → "what", "l'EAS" → "eas"), so they are plain
// lowercase words separated by single spaces. Only the span a pattern matches is removed from the
// content search; everything else about the question is left for the index to find.
import type { Intent } from "./types.js";

export interface IntentPattern {
  intent: Intent;
  re: RegExp;
  /** A refinement the composers use: "coordinates WITH x", "how does x RELATE to y". */
  flag?: "with" | "relation" | "naming";
}

/** Ordered: the first pattern that matches decides the intent. */
export const INTENT_PATTERNS: readonly IntentPattern[] = [
  {
    intent: "help",
    re: /^(?:help|aide|menu|usage|commands?|start|how does this work|how do i use (?:this|you|it|focal ?point))$/,
  },
  {
    intent: "overview",
    re: /\bwhat (?:can|could) (?:(?:you|u|i|this bot|focal ?point) )?(?:do|help(?: me)?(?: with)?|ask(?: you)?(?: about)?|answer|tell me about)\b/,
  },
  { intent: "overview", re: /\bhow (?:do|can|should) (?:i|we) (?:use|ask)\b/ },
  {
    intent: "overview",
    re: /\bwhat (?:orgs?|organi[sz]ations?|entities|departments?|offices?|agencies|topics?|things|subjects?|activities|terms?|acronyms?|records?) (?:do|does|can) (?:you|u|the bot|it) (?:know|cover|have|hold)(?: about)?\b/,
  },
  {
    intent: "overview",
    re: /^(?:what do (?:you |u )?know|what do you cover|what is in (?:the|your) knowledge base|list everything)$/,
  },
  {
    intent: "overview",
    re: /\b(?:list|show)(?: me)?(?: all)?(?: the)? (?:orgs?|organi[sz]ations?|entities|departments|agencies|topics|activities|acronyms)\b/,
  },
  {
    intent: "overview",
    re: /\b(?:que|qu est ce que) (?:peux|pouvez|sais|savez) (?:tu|vous)(?: faire)?\b|\bquelles? (?:organisations?|entites?) (?:connais|connaissez)\b|\bcomment (?:t |vous )?utiliser\b/,
  },
  {
    intent: "compare",
    re: /\b(?:difference|differences|differ|differs|distinguish|compare|comparison|compared|versus|vs|contrast)\b(?: between| entre)?/,
  },
  { intent: "compare", re: /\bdifference entre\b|\bcomparer\b/ },
  {
    intent: "role",
    flag: "relation",
    re: /\b(?:have|has|got) (?:anything |something )?to do with\b|\b(?:relat(?:ed|ion|ionship|e|es)|link|links|connection|connected|linked|lien|rapport) (?:between|to|with|entre|avec)\b|\bhow (?:is|are|does|do) (?<keep>.+ )?(?:relate|connect|fit)(?: to| with| into| in)?\b/,
  },
  {
    intent: "role",
    flag: "relation",
    re: /\bwhat (?:links|connects|ties|relates) (?<keep>.+ )(?:to|with|and)\b/,
  },
  {
    intent: "history",
    re: /\b(?:the )?same (?:thing |entity |organi[sz]ation |department )?as\b|\b(?:former|formerly|old|older|previous|previously|earlier|new) (?:name|names|called|known as|acronym)\b|\b(?:renamed|rename|used to be(?: called)?|was called|replaced|replace|replaces|predecessor|successor|history|became|merged|restructur\w*|reformed|still exist\w*|exist anymore|no longer exist)\b|\bwhat happened to\b/,
  },
  {
    intent: "history",
    re: /\b(?:become|becomes|becoming|change (?:its |their |the )?names?|changed (?:its |their |the )?names?|name change|name changed|called before|named before|known as before|before (?:it was|being) (?:called|named|renamed)|get renamed|got renamed|new names?|old names?|original name|previous names?)\b/,
  },
  {
    intent: "history",
    re: /\b(?:called|named|known as) (?<keep>.+ )?(?:before|previously|earlier|formerly|in the past)\b/,
  },
  {
    intent: "history",
    re: /\bmeme (?:chose |entite )?que\b|\bancien nom\b|\banciennement\b|\bremplace\w*\b|\brenomme\w*\b|\bhistorique\b|\bdevenu\w*\b/,
  },
  {
    intent: "status",
    re: /\bwhen (?:was|were|is) (?<keep>.+ )(?:started|launched|begun|set up|created|established)\b/,
  },
  {
    intent: "status",
    re: /\b(?:status|progress|since when|when did (?<keep>.+ )(?:start|begin|began|launch|get started|kick off)|start date|starting date|started|began|begun|launched|still (?:going|running|ongoing|active|on)|ongoing|finished|completed?|ended|over yet|how long|statut|avancement|depuis quand|commence\w*|lance\w*)\b/,
  },
  {
    intent: "acronym",
    flag: "naming",
    re: /\bstands? for\b|\bshort for\b|\b(?:full|long|complete|official|whole) (?:name|form|title)\b|\bexpand(?:ed)?\b|\bspelled out\b|\bacronym (?:mean|means|stand)\b|\bmean(?:s|ing)?(?: of)?\b(?= ?[a-z0-9]* ?(?:acronym|abbreviation)?$)/,
  },
  {
    intent: "acronym",
    flag: "naming",
    re: /\b(?:que|qu) (?:signifie|veut dire|veulent dire)\b|\bsignifi\w*\b|\bveut dire\b|\bnom complet\b|\bsignification\b/,
  },
  {
    intent: "short_name",
    flag: "naming",
    re: /\b(?:short|shorter|abbreviated|brief) (?:name|form|version)\b|\bacronyms?\b|\babbreviations?\b|\babbreviated\b|\binitials\b|\bcalled for short\b|\bsigle\b|\babreviation\b|\bacronyme\b|\bnom court\b/,
  },
  {
    intent: "resources",
    re: /\bwhere (?:can|do|could|should|would) (?:i|we|one|you) (?:find|get|read|learn|see|look|access)(?: more)?(?: about| on)?\b|\b(?:read|learn|find out|know) more\b|\bmore (?:info|information|details|reading)\b/,
  },
  {
    intent: "resources",
    re: /\b(?:links?|urls?|websites?|web ?sites?|web ?pages?|pages?|sites?|documents?|docs|documentation|resources?|materials?|readings?|references?|hyperlinks?|liens?|ressources?|adresse web)\b/,
  },
  { intent: "resources", re: /\bou (?:trouver|puis je trouver|lire|trouve t on)\b/ },
  {
    intent: "example",
    re: /\b(?:examples?|for instance|instances?|case ?stud(?:y|ies)|cases?|illustrations?|in practice|on the ground|in the field|field work|fieldwork|real world|concrete(?:ly)?|exemples?|par exemple)\b/,
  },
  {
    intent: "example",
    re: /\bwhat (?:happened|happens|was done|has been done|went on|did they do|did (?:the )?partners do) in\b|\bin the context of\b|\bque est il passe\b|\bqu est ce qui est passe\b|\bce qui est passe\b|\best passe\b/,
  },
  {
    intent: "part_of",
    re: /\b(?:housed|hosted|sits?|sitting|located|placed|nested|based|embedded|situated|sit) (?:in|under|within|inside|at)\b|\b(?:housed|hosted|located|situated|houses|hosts|who houses|who hosts)\b|\b(?<!take |taking |took |takes )part of\b|\b(?:under|within|in) which\b|\bparent (?:entity|department|office|organi[sz]ation|body)?\b|\bbelongs? to\b|\bunder (?:the )?umbrella\b|\bwhat (?:is|sits|falls|comes) (?:in|under|inside|within)\b|\bwhere (?:does|do|is) (?<keep>.+ )(?:sit|sits|belong|fall|fit)\b/,
  },
  {
    intent: "part_of",
    re: /\b(?:rattache\w*|heberge\w*|fait partie|font partie|au sein d[eu]|sous l egide|depend\w*|abrite\w*|loge\w*)\b/,
  },
  {
    intent: "chair",
    re: /\b(?:chairs?|chaired|chairing|chairman|chairwoman|chairperson|chairmanship|chairmen|chair of|presides?|presided|presiding|president|presidence|preside\w*)\b/,
  },
  {
    intent: "purpose",
    re: /\b(?:what (?:will|would|does|did|could) (?<keep>.+ )?lead to|leads? to|led to|lead up to|what happens to|what will happen(?: to)?|what is going to happen(?: to)?)\b/,
  },
  {
    intent: "lead",
    re: /\b(?:leads?|leading|led|leader|leadership|lead agency|lead entity|in the lead|runs|running|ran|run|heads|headed|heading|manages|managed|managing|manage|in charge(?: of)?|responsible for|owns|owner|drives|driving|spearhead\w*|steers?|steering|conducts?|conducted|conducting|carr(?:y|ies|ied|ying) out|oversees?|oversaw|overseeing|behind)\b/,
  },
  {
    intent: "lead",
    re: /\b(?:dirige\w*|pilote\w*|mene|menee|menent|conduit|conduite|conduisent|chef de file|en charge|gere|geree|gerent|responsable)\b/,
  },
  {
    intent: "coordinate",
    flag: "with",
    re: /\b(?:coordinat(?:e|es|ed|ing)|coordination|in coordination|liaises?|liaising|coordonne\w*) (?:with|avec)\b/,
  },
  {
    intent: "coordinate",
    re: /\b(?:coordinat(?:e|es|ed|ing|or|ors)|coordination (?:of|on|for)|coordonne\w*|coordinat(?:eur|rice)|coordination d[eu]s?)\b/,
  },
  {
    intent: "partners",
    re: /\b(?:works?|working|worked|collaborat\w*|cooperat\w*|co operat\w*|partner(?:s|ed|ing)?|teams? up|teamed up|joins?|joined|engages?|engaged|travaille\w*|collabore\w*|cooper\w*) (?:with|avec)\b/,
  },
  {
    intent: "partners",
    re: /\b(?:partners?|partnerships?|(?:takes?|took|taking|take) part|participat\w*|participe\w*|participants?|involved|involves|involving|contribut\w*|collaborators?|with whom|avec qui|who else|partenaires?|impliqu\w*|allies|together)\b/,
  },
  {
    intent: "members",
    re: /^(?:who|which \w+) (?:is|are|else is|sits) (?:in|on|inside)\b|\bwho (?:is|are) (?:a )?members?\b/,
  },
  {
    intent: "members",
    re: /\b(?:members?|membership|member entities|composed of|made up of|composition|consists? of|membres?|qui (?:fait|font) partie|compose\w*)\b/,
  },
  {
    intent: "purpose",
    re: /\b(?:why|what for|for what|what purpose|purpose|purposes|aim|aims|goal|goals|objective|objectives|rationale|reason|reasons|importance|important|matter|matters|significance|significant|benefit|benefits|point of|outcome|outcomes|result|results|impact|effect|effects|expected|pourquoi|objectifs?|a quoi sert|a quoi servent|a quoi ca sert|raison|resultats?|but)\b/,
  },
  {
    intent: "purpose",
    re: /\b(?:is|are|was|were|what|whats) (?<keep>(?:the )?(?:[a-z0-9]+ ){1,8})for$/,
  },
  {
    intent: "role",
    re: /\b(?:does|do|did) (?<keep>(?:the )?(?:[a-z0-9]+ ){1,8})(?:do|doing|does)$|\b(?:roles?|function|functions|mandate|mandates|responsibilit(?:y|ies)|job|jobs|tasks?|duties|duty|work on|works on|working on|focus(?:es)? on|what does .+ work on|doing)\b/,
  },
  {
    intent: "role",
    re: /\b(?:que|qu est ce que|qu est ce qu) (?:fait|font)\b|\bfait quoi\b|\bmandat\b|\bfonctions?\b|\bque fait\b/,
  },
  {
    intent: "definition",
    re: /\b(?:what|who) (?:is|are|was|were)\b|\btell (?:me |us )?(?:more )?about\b|\b(?:explain|describe|define|definition|meaning|means|mean|overview of|info on|information (?:on|about)|details (?:on|about)|remind me)\b/,
  },
  {
    intent: "definition",
    re: /\b(?:qu est ce que|qu est ce qu|est quoi|qui est|qui sont|definition|parle moi d[eu]?|explique\w*|decri\w*)\b/,
  },
];

/** Words every question may carry that never identify a record. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any anyone anything are around as at be been being
both but by can could currently did do does doing done each either else even ever exactly for from further
get gets give go going got had has have having he her here hers him his how however i if in into is it its
just know knows kindly let like look looking lookup may me mean might more most much must my need needs no
nor not now of off ok okay on once one only or other our ours out over own please pls plz pleas q quick quickly
question really right said say says she should show so some someone something still such sure tell than thank
thanks thx that the their theirs them then there these they thing things this those through to too u ur us very
want wanted wants was we were what whats when where which while who whom whose why will with would yeah yes
you your yours whos many account hi hello hey dear team guys folks all anybody somebody currently today actually basically
specifically again btw fyi asap gonna wanna kinda info information details detail bot focalpoint wondering
curious happen happens happened exist exists called name named known re regarding concerning per via
le la les une des du de au aux et ou en dans sur pour par avec qui que quoi quel quelle quels quelles est
sont ce cet cette ces il elle ils elles on nous vous je tu moi toi te se son sa ses leur leurs qu y ont fait
faire peux pouvez merci svp stp bonjour salut ne pas plus ca cela comment quand dire sais savoir connais infos
cest est-ce lui mes tes nos vos notre votre etait sera sont-ils donc alors aussi tres bien
new current latest existing today's wat wot wht whta waht wich whcih abt bout tho pls plz thx ty`.split(
    /\s+/,
  ),
);

/** Organisation-kind nouns: they help a name match but never count as an unknown subject. */
export const KIND_WORDS = new Set(
  "department departement office bureau agency agence entity entite org organisation organization body unit team group service section fund programme program network arrangement".split(
    " ",
  ),
);

export const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(
    " ",
  ),
);

/** Intent words, so a typo like "leeds" or "coordinaets" is recognised as the intent it was. */
export const INTENT_WORDS = new Set(
  `leads lead leading led runs running heads manages chairs chair chaired chairing coordinates coordinate
coordinating coordinator coordination partners partner members member membership links link resources
resource documents document websites website examples example happened purpose difference compare
stand short acronym abbreviation former formerly renamed replaced same role roles function mandate
responsible involved participate participates participating contributes contribute collaborates works
working housed located belongs important importance objective outcome result explain describe
definition meaning overview what which where does stands dirige pilote coordonne partenaires membres
liens ressources exemples pourquoi signifie objectif responsable`.split(/\s+/),
);

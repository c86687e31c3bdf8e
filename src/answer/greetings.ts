// Greetings and thanks: a friendly short reply pointing at help, never a refusal line.
import { STOP_WORDS } from "./vocabulary.js";

const HELLO_EN = new Set(
  "hello hi hey hiya howdy yo greetings morning afternoon evening".split(" "),
);
const THANKS_EN = new Set(
  "thanks thank thx ty cheers thankyou great cool perfect nice awesome".split(" "),
);
const HELLO_FR = new Set("bonjour salut bonsoir coucou".split(" "));
const THANKS_FR = new Set("merci beaucoup parfait super genial".split(" "));
const FILLER = new Set(
  "you u so much very lot again team bot all there focalpoint focal point good day".split(" "),
);

const HELLO_REPLY = `Hello! Ask me who leads, chairs or coordinates what, or type "help" to see what I know.`;
const BONJOUR_REPLY =
  'Bonjour ! Posez-moi une question sur qui dirige, préside ou coordonne quoi, ou tapez "aide" pour voir ce que je sais.';

/** The reply to a message that is only a greeting or thanks, or undefined for a real question. */
export function greeting(words: readonly string[]): string | undefined {
  if (words.length === 0 || words.length > 6) return undefined;
  const joined = words.join(" ");
  if (/^(?:how are (?:you|u|things)|how is it going|how it going|what up|sup)$/.test(joined))
    return HELLO_REPLY;
  if (/^(?:comment )?(?:ca va|vas tu|allez vous)$/.test(joined)) return BONJOUR_REPLY;
  let hello = false;
  let thanks = false;
  let french = false;
  for (const w of words) {
    if (HELLO_EN.has(w)) hello = true;
    else if (THANKS_EN.has(w)) thanks = true;
    else if (HELLO_FR.has(w)) {
      hello = true;
      french = true;
    } else if (THANKS_FR.has(w)) {
      thanks = true;
      french = true;
    } else if (!FILLER.has(w) && !STOP_WORDS.has(w)) return undefined;
  }
  if (!hello && !thanks) return undefined;
  if (french)
    return thanks
      ? 'Avec plaisir ! Posez-moi une autre question quand vous voulez, ou tapez "aide".'
      : BONJOUR_REPLY;
  return thanks ? `You're welcome! Ask me another question any time, or type "help".` : HELLO_REPLY;
}

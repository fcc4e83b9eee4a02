#include "quotes/speaker.h"

#include <algorithm>

#include "text/chars.h"
#include "text/heading.h"
#include "text/initials.h"
#include "text/words.h"

namespace newsgraph::quotes {

namespace {

using text::Is;

bool StartsDigitView(std::string_view t) { return !t.empty() && t[0] >= '0' && t[0] <= '9'; }
}  // namespace

namespace {


// "Eleven states", "Forty lawmakers": a number in words opening a group.
bool CardinalWord(std::string_view t) {
  return Is<"Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen",
                "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty",
                "Sixty", "Seventy", "Eighty", "Ninety", "Dozens", "Hundreds", "Thousands", "Millions">(t);
}

// "noting that ...", "saying ...": a participle clause after a name tells
// what the person did, not who the person is, so it is never a role.
bool OpensParticipleClause(std::string_view word) {
  // ("managing partner at Future Fund", "acting director": an office's
  // adjective in -ing.)
  if (Is<"managing", "acting", "presiding", "ranking", "founding", "outgoing", "incoming", "reigning">(word)) {
    return false;
  }
  // ("marketing director at Visit Seville", "operating partner", "lodging
  // analyst": a trade's name before the office in it.)
  // (Not those that are as often a participle: "broadcasting from
  // Buchenwald", "consulting his notes".)
  if (Is<"marketing", "operating", "engineering", "accounting", "advertising", "publishing", "housekeeping",
                "lodging", "banking", "merchandising", "staffing", "fundraising", "manufacturing", "licensing",
                "ticketing", "catering", "underwriting", "winemaking">(word)) {
    return false;
  }
  return text::StartsLower(word) && word.size() > 4 && word.substr(word.size() - 3) == "ing";
}


// Words that end a noun phrase looking left: a clause or relative boundary.
bool IsBoundary(std::string_view t) {
  return Is<"that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "as",
                ";", ":", "--", "\xE2\x80\x94", "\xE2\x80\x93", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "but", "after", "before", "since", "although", "though", "than">(t);
}

bool IsAdverbBlocker(std::string_view t) {
  // Auxiliaries of a perfect ("has said", "had told") are fine between a
  // subject and its cue; a passive or a modal is not.
  return Is<"that", "which", "who", "and", "or", "but", "is", "was", "were", "are", "be", "been", "to",
                "will", "would", "could", "should", "may", "might", "not", "the", "a", "an", "it", "he", "she",
                "they", "his", "her", "their", "its", "for", "with">(t);
}

// Cue words that are as often nouns in news ("support from", "in 11
// states", "his claims"): NounUse reads them as nouns after more kinds of
// words than the other cues.
bool DualNoun(std::string_view t) {
  return Is<"support", "supports", "states", "claim", "claims", "report", "reports", "comment", "comments",
                "note", "notes", "call", "calls", "charge", "charges", "demand", "demands", "promise", "promises",
                "pledge", "pledges", "plan", "plans", "request", "requests", "question", "questions", "answer",
                "answers", "reply", "replies", "concern", "concerns", "estimate", "estimates", "praise", "blame",
                "vow", "vows", "order", "orders", "hope", "hopes", "fear", "fears", "worry", "worries", "view",
                "views", "tweet", "tweets", "post", "posts", "warning", "statement", "complaint", "complaints",
                "interview", "remark", "remarks", "forecast", "forecasts", "backing", "endorsement", "show",
                "shows", "mention", "mentions", "counter", "counters">(t);
}

// "They're", "We'll", "I'd": a pronoun with its verb is one token, never a name.
bool Contraction(std::string_view t) {
  for (std::string_view tail : {"'re", "'ve", "'ll", "'d", "'m", "\xE2\x80\x99re", "\xE2\x80\x99ve", "\xE2\x80\x99ll",
                                "\xE2\x80\x99" "d", "\xE2\x80\x99m"}) {
    if (t.size() > tail.size() && t.ends_with(tail)) return true;
  }
  return false;
}

// "She'd", "they've", "He'll": the pronoun of a pronoun and its verb in one
// token.
std::string_view PronounOf(std::string_view t) {
  // (Cheap first: this runs on every word.)
  if (t.size() < 3 || t.size() > 12 || (t.find('\'') == std::string_view::npos && t.find('\xE2') == std::string_view::npos) ||
      !Contraction(t)) {
    return t;
  }
  const size_t apo = t.rfind('\'');
  const size_t curly = t.rfind("\xE2\x80\x99");
  const size_t at = apo == std::string_view::npos ? curly : curly == std::string_view::npos ? apo : std::max(apo, curly);
  return at == std::string_view::npos ? t : t.substr(0, at);
}

bool IsPreposition(std::string_view t) {
  return Is<"for", "of", "to", "with", "by", "from", "at", "about", "on", "in", "against", "toward",
                "towards", "under", "between", "among", "and", "or", "than", "like", "after", "before">(t);
}

}  // namespace

SpeakerFinder::SpeakerFinder(const QuoteLexicons& lex, const Document& doc, const std::vector<Quotation>& q)
    : lex_(lex), doc_(doc), quotations_(q) {
  mention_end_.assign(doc.tokens.size(), -1);
  mention_start_.assign(doc.tokens.size(), -1);
  for (uint32_t k = 0; k < doc.tokens.size() && !old_days_; ++k) {
    const std::string_view t = doc.Slice(doc.tokens[k].span);
    old_days_ = (t.size() >= 6 && t[2] == '-' && (t[1] == 'o' || t[1] == 'O') && OldDay(t) != t) || (t == "_" && UnderscoreDash(k));
  }
  tok_text_.resize(doc.tokens.size());
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    tok_text_[k] = old_days_ ? OldTok(k) : doc.Slice(doc.tokens[k].span);
  }
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Span s = doc.mentions[i].span;
    uint32_t a = TokenAt(s.begin);
    uint32_t b = TokenAt(s.end);  // first token at/after end
    if (a < doc.tokens.size()) mention_start_[a] = int32_t(i);
    if (b > 0 && b - 1 < doc.tokens.size()) mention_end_[b - 1] = int32_t(i);
    // ("Maya Chen '25 said", "Andrew Ng '25, the chair, said": a class
    // year after a student's name ends the mention as the name does.)
    if (b < doc.tokens.size() && doc.entities[doc.mentions[i].entity].type == EntityType::kPerson) {
      std::string_view t = Tok(b);
      uint32_t last = b;
      if ((t == "'" || t == "\xE2\x80\x99") && b + 1 < doc.tokens.size() &&
          doc.tokens[b + 1].span.begin == doc.tokens[b].span.end) {
        t = Tok(b + 1);
        last = b + 1;
      } else if (t.size() > 1 && t[0] == '\'') {
        t.remove_prefix(1);
      } else if (t.size() > 3 && t.substr(0, 3) == "\xE2\x80\x99") {
        t.remove_prefix(3);
      } else {
        t = std::string_view();
      }
      if (t.size() == 2 && t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' &&
          doc.tokens[b].span.begin > s.end) {
        mention_end_[last] = int32_t(i);
      }
    }
  }
  flags_.assign(doc.tokens.size(), 0);
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    const std::string_view t = Tok(k);
    flags_[k] = uint8_t((ComputeIsCue(k) ? kCue : 0) | (ComputeIsPronoun(k) ? kPronoun : 0) |
                        ((lex.beliefs.Contains(t) || lex.object_cues.Contains(t)) && !NoActOfSpeech(k) ? kReportWord : 0) |
                        (lex.phrasal_objects.Contains(t) ? kPhrasalVerb : 0));
  }
}

uint32_t SpeakerFinder::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.begin < p; });
  return uint32_t(it - doc_.tokens.begin());
}

Speaker SpeakerFinder::Description(uint32_t first, uint32_t end) const {
  Speaker sp;
  sp.found = true;
  sp.description = true;
  sp.first_token = first;
  sp.last_token = end;
  sp.mention = {doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end};
  sp.name = std::string(doc_.Slice(sp.mention));
  return sp;
}

namespace {
// "sixty-eight", "forty", "nineteen": an age written out.
bool SpelledAge(std::string_view w) {
  static constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                               "ninety"};
  static constexpr std::string_view kTeens[] = {"eighteen", "nineteen", "seventeen", "sixteen", "fifteen",
                                                "fourteen", "thirteen", "twelve", "eleven", "ten"};
  for (std::string_view t : kTens) {
    if (w == t || (w.size() > t.size() + 1 && w.substr(0, t.size()) == t && w[t.size()] == '-')) return true;
  }
  for (std::string_view t : kTeens) {
    if (w == t) return true;
  }
  return false;
}
}  // namespace

void SpeakerFinder::DropAgeRole(Speaker* sp) {
  if (!sp->role) return;
  std::string& r = *sp->role;
  // ("Maj.-Gen. Ali Musa (rtd) said": the mark of a retired officer alone
  // is no role.)
  if (r == "(rtd)" || r == "(retd)" || r == "(Rtd)" || r == "(Retd)" || r == "(rtd.)" || r == "(retd.)" ||
      r == "(ret.)" || r == "(Ret.)" || r == "(ret)" || r == "(Ret)") {
    sp->role.reset();
    return;
  }
  // ("Dolly Vance, sixty-eight, says", "Annie Cho, thirty-six, a hospice
  // nurse": an age written out, as in magazines.)
  if (const size_t c = r.find(", "); SpelledAge(std::string_view(r).substr(0, c))) {
    if (c == std::string::npos) {
      sp->role.reset();
      return;
    }
    r = r.substr(c + 2);
  }
  // "Mr Collins, 52, who chairs the committee": the age before the office.
  size_t n = 0;
  while (n < r.size() && n < 3 && r[n] >= '0' && r[n] <= '9') ++n;
  if (n > 0 && n + 2 < r.size() && r[n] == ',' && r[n + 1] == ' ') r = r.substr(n + 2);
  bool digits = !r.empty() && r.size() <= 3;
  for (char c : r) digits = digits && c >= '0' && c <= '9';
  // "The memo, obtained by the Ledger,", "The study, led by researchers at
  // Oxford,": a participle's phrase says how, not who.
  const size_t space = r.find(' ');
  // ("The affidavit, filed in May,", "X, elected in 2010,": when and where,
  // no role.)
  auto next_word_is = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (r.compare(space + 1, w.size(), w) == 0 &&
          (space + 1 + w.size() == r.size() || r[space + 1 + w.size()] == ' ')) {
        return true;
      }
    }
    return false;
  };
  const bool participle = space != std::string::npos && space > 3 && r[0] >= 'a' && r[0] <= 'z' &&
                          r.compare(space - 2, 2, "ed") == 0 &&
                          next_word_is({"by", "in", "on", "at", "last", "this", "during", "earlier", "late",
                                        "early", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday", "yesterday", "today"});
  // ("Solberg, asked whether ..., said": the question put to the speaker.)
  const bool led = r.compare(0, 7, "led by ") == 0 || r.compare(0, 6, "asked ") == 0 ||
                   r.compare(0, 5, "when ") == 0 || r.compare(0, 6, "while ") == 0 || r.compare(0, 6, "after ") == 0 ||
                   r.compare(0, 7, "before ") == 0;  // "said X, when asked about it"
  // ("the King said": the article is no role; "recalls X of his first day
  // in the mine": what the words are about is none either.)
  const bool article = r == "the" || r == "The" || r == "a" || r == "A" || r == "an" || r.rfind("of his ", 0) == 0 ||
                       r.rfind("of her ", 0) == 0 || r.rfind("of their ", 0) == 0 || r.rfind("of its ", 0) == 0 ||
                       r.rfind("of my ", 0) == 0 || r.rfind("of our ", 0) == 0;
  if (digits || participle || led || article) sp->role.reset();
}

bool SpeakerFinder::TrimDescription(Speaker* sp) const {
  if (!sp->found || !sp->description || sp->entity >= 0 || sp->mention.empty()) return true;
  uint32_t a = TokenAt(sp->mention.begin);
  uint32_t b = a;
  while (b < doc_.tokens.size() && doc_.tokens[b].span.end <= sp->mention.end) ++b;
  if (b <= a) return true;
  // ("Later the Yisrael Beytenu leader said": an adverb opening the
  // sentence is no part of the description.)
  if (a + 2 < b && Is<"Later", "Earlier", "Afterwards", "Afterward", "Meanwhile", "Then", "Now", "Separately",
                               "Also", "Today", "Yesterday", "Instead", "Still", "Finally">(Tok(a)) &&
      text::StartsLower(Tok(a + 1))) {
    ++a;
    sp->mention.begin = doc_.tokens[a].span.begin;
    sp->first_token = std::max(sp->first_token, a);
    sp->name = std::string(doc_.Slice(sp->mention));
  }
  // ("A University of New Hampshire poll out this week shows": the time of
  // a participle that says when the poll came out is part of it; the date
  // was read apart from "this".)
  if (b >= a + 3 && b < doc_.tokens.size() && Is<"this", "last">(Tok(b - 1)) &&
      Is<"out", "released", "published", "conducted", "taken", "issued">(Tok(b - 2)) &&
      Is<"week", "weekend", "month", "year">(Tok(b))) {
    ++b;
    sp->mention.end = doc_.tokens[b - 1].span.end;
    sp->name = std::string(doc_.Slice(sp->mention));
  }
  uint32_t cut = b;
  for (uint32_t k = a; k < b; ++k) {
    std::string_view t = Tok(k);
    char folded[16];
    // "A redacted copy": the article opening the sentence is capitalised.
    const std::string_view before = k > a ? text::FoldCase(Tok(k - 1), folded, sizeof folded) : std::string_view();
    // "a person who was in the room" is a noun phrase still.
    if (Is<"who", "that", "which", "whose", "whom", ",", "(", "\xE2\x80\x94">(t)) break;
    if (Is<"has", "have", "had", "is", "was", "are", "were", "been", "will", "would", "could", "should", "can",
               "may", "might", "must", "does", "did", "do", "went", "goes", "don't", "didn't", "doesn't", "cannot",
               "can't", "won't", "isn't", "wasn't", "can\xE2\x80\x99t", "won\xE2\x80\x99t", "isn\xE2\x80\x99t",
               "wasn\xE2\x80\x99t", "don\xE2\x80\x99t", "didn\xE2\x80\x99t", "doesn\xE2\x80\x99t", "neither",
               "never", "not", "yesterday", "tonight">(t) ||
        // ("Teachers last night warned": the time is no part of who.)
        (k > a && t == "last" && k + 2 == b && Is<"night", "week", "weekend", "month", "year">(Tok(k + 1)) &&
         !IsPreposition(Tok(k - 1))) ||
        // ("Veterans interviewed at rallies this week said", "Officials this
        // week said": the time, or its first word where the date was read
        // apart.)
        (k > a && Is<"this", "last", "next">(t) &&
         !Is<"out", "released", "published", "conducted", "taken", "issued">(Tok(k - 1)) &&
         ((k + 2 == b && Is<"night", "week", "weekend", "month", "year", "morning", "afternoon", "evening">(
                             Tok(k + 1))) ||
          (k + 1 == b && b < doc_.tokens.size() &&
           Is<"week", "weekend", "month", "year", "morning", "afternoon", "evening">(Tok(b))))) ||
        // ("The US Embassy in New Delhi maintains its own air quality monitor
        // and reported": a present verb with its object's determiner after
        // it ends who.)
        (k > a + 1 && k + 1 < b && t.size() > 4 && text::StartsLower(t) && t.back() == 's' && !t.ends_with("ss") &&
         !t.ends_with("ous") && !t.ends_with("ics") && !lex_.humans.Contains(t) &&
         Is<"its", "their", "his", "her", "a", "an">(Tok(k + 1)) &&
         !Is<"the", "a", "an", "his", "her", "its", "their", "of", "for", "in", "on", "at", "with", "and", "'s",
             "\xE2\x80\x99s">(Tok(k - 1))) ||
        // ("Officials wouldn't say", "Aides haven't said": any negated
        // auxiliary.)
        (k > a && (t.ends_with("n't") || t.ends_with("n\xE2\x80\x99t"))) ||
        // "ended her speech by" is a verb; "a document filed by the county",
        // "Farmers worried about the drought" a noun and its participle.
        // "Ford’s now-deceased father": after a possessive, or hyphenated,
        // it is an adjective too.
        (k > a && k + 1 < b && t.size() > 4 && text::StartsLower(t) && t.substr(t.size() - 2) == "ed" &&
         t.find('-') == std::string_view::npos && !Is<"hundred", "kindred", "sacred", "wicked", "beloved">(t) &&
         !Is<"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "well", "so", "newly",
                      "widely", "for", "of", "among", "'s", "several", "many", "some", "other",
                      "\xE2\x80\x99s">(before) &&
         // ("said one exhausted lineman": "one" and a participle before a
         // people noun ending the description.)
         !(before == "one" && k + 2 == b && lex_.humans.Contains(Tok(k + 1))) &&
         // ("Two retired generals said": a count before the participle; not
         // "The two taped an hourlong segment", a pronoun's verb.)
         !((Is<"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                        "dozen", "dozens", "hundreds", "thousands", "both", "all", "most", "few">(before) ||
            StartsDigitView(before)) &&
           !(k >= a + 2 && Is<"The", "the">(Tok(k - 2)))) &&
         // ("Some formerly incarcerated people said", "recently released
         // inmates": an adverb's participle before the noun.)
         !(before.size() > 4 && before.ends_with("ly") && !Is<"only", "early", "daily", "weekly">(before) &&
           lex_.humans.Contains(Tok(k + 1))) &&
         !Is<"by", "about", "with", "in", "at", "for", "from", "on", "to", "of", "under", "over">(Tok(k + 1)))) {
      cut = k;
      break;
    }
  }
  // "once the man", "when officials": a subordinator is no part of who.
  uint32_t from = a;
  while (from + 1 < cut && Is<"once", "when", "after", "before", "if", "because", "while", "as", "since",
                                          "although", "though", "until", "unless", "Once", "When", "After",
                                          "Before", "If", "Because", "While", "As", "Since", "Although", "Though",
                                          "Until", "Unless", "Whereas", "whereas">(Tok(from))) {
    ++from;
  }
  // ("Police said the suspect had told investigators, "...": the subject
  // of the report inside another, after its cue.)
  uint32_t next_cue = b;
  while (next_cue < doc_.tokens.size() && next_cue < b + 2 && Is<"had", "has", "have", "also">(Tok(next_cue))) {
    ++next_cue;
  }
  // (A verb of intent or belief speaks no words: "A spokesman said the
  // company had found the cause and expected to fix it "within weeks."" is
  // still the spokesman's.)
  const bool own_cue = next_cue < doc_.tokens.size() && IsCue(next_cue) && !Is<"said", "says">(Tok(next_cue)) &&
                       !lex_.beliefs.Contains(Tok(next_cue)) &&
                       !Is<"expected", "expects", "hoped", "hopes", "planned", "plans", "intended",
                                           "intends", "wanted", "wants">(Tok(next_cue));
  const bool intent_cue = next_cue < doc_.tokens.size() && IsCue(next_cue) && !own_cue &&
                          !Is<"said", "says">(Tok(next_cue));
  for (uint32_t k = from + 1; (own_cue || intent_cue) && k + 1 < cut; ++k) {
    if (Is<"said", "says">(Tok(k)) && IsCue(k) && !Is<"who", "that", "which", ",">(Tok(k - 1)) &&
        (Is<"the", "a", "an", "his", "her", "their", "its">(Tok(k + 1)) || text::StartsUpper(Tok(k + 1)))) {
      if (own_cue) {
        from = k + 1;
      } else {
        cut = k;  // the reporter before "said"
        break;
      }
    }
  }
  // "The teachers union immediately said", "Parents angrily told": a
  // manner adverb between the subject and its cue is no part of who.
  bool relative = false;  // ("an official who was not authorised to speak publicly": the clause's own adverb)
  for (uint32_t k = from; k < cut && !relative; ++k) relative = Is<"who", "that", "which", "whose", "whom">(Tok(k));
  while (!relative && cut > from + 1 && Tok(cut - 1).size() > 4 && text::StartsLower(Tok(cut - 1)) &&
         Tok(cut - 1).ends_with("ly") &&
         !Is<"family", "ally", "rally", "assembly", "monopoly", "daily", "weekly", "monthly",
                            "quarterly", "supply", "anomaly", "bully", "belly", "lily", "folly", "jelly", "tally",
                            "homily", "melancholy", "elderly", "friendly", "orderly", "underbelly", "oligopoly">(Tok(cut - 1))) {
    --cut;
  }
  // ("a large proportion of the population still blames", "The company
  // flat-out denied": adverbs without "-ly" too.)
  while (!relative && cut > from + 1 &&
         Is<"still", "also", "now", "never", "already", "always", "just", "even", "again", "then", "often",
                            "flat-out", "outright", "later", "soon", "too", "meanwhile", "once">(Tok(cut - 1))) {
    --cut;
  }
  // ("World leaders almost universally condemned": the adverb's own
  // modifier too.)
  // ("Gizmodo very recently explained": the adverb after the description.)
  const bool ly_after = b < doc_.tokens.size() && Tok(b).size() > 4 && text::StartsLower(Tok(b)) && Tok(b).ends_with("ly");
  while (!relative && (cut < b || ly_after) && cut > from + 1 &&
         Is<"almost", "nearly", "quite", "very", "so">(Tok(cut - 1))) {
    --cut;
  }
  // Words left dangling by the cut; "people I spoke to" keeps its "to".
  while (cut < b && cut > from &&
         (Is<"to", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "the", "a", "an",
                            "also", "only", "not", "never", "already", "always", "somehow", "still", "now">(Tok(cut - 1)) ||
          (Tok(cut - 1).size() > 3 && text::StartsLower(Tok(cut - 1)) &&
           Tok(cut - 1).substr(Tok(cut - 1).size() - 2) == "ly"))) {
    --cut;
  }
  // ("White House officials started to portray ...": the verb before the
  // cue's "to" is the subject's, no part of who.)
  if (cut == b && cut > from + 2 && Tok(cut - 1) == "to" && text::StartsLower(Tok(cut - 2)) && !relative &&
      (Tok(cut - 2).ends_with("ed") ||
       Is<"began", "begin", "begins", "starts", "start", "seems", "seem", "wants", "want", "tries", "try",
          "continues", "continue", "plans", "plan", "hopes", "hope", "needs", "need">(Tok(cut - 2)))) {
    cut -= 2;
  }
  // ("a former official who oversaw the investigations and said": a
  // conjunction never ends who spoke; "The" alone is no one. After a
  // preposition the words were the object of an earlier verb: "the man
  // posed as a bank employee and told".)
  if (cut > from + 1 && Is<"and", "or", "but">(Tok(cut - 1))) {
    if (from > 0 && (IsPreposition(Tok(from - 1)) || Is<"as", "like">(Tok(from - 1)))) return false;
    while (cut > from + 1 && Is<"and", "or", "but">(Tok(cut - 1))) --cut;
  }
  if (cut == from + 1 && Is<"The", "the", "A", "a", "An", "an", "and", "or", "but">(Tok(from))) return false;
  // ("having supporting ...", "leaning toward supporting", "hearing him
  // say", "Walking into the office to chants of ...": a participle's phrase
  // with no one in it.)
  if (Tok(from).size() > 4 && Tok(from).ends_with("ing") &&
      (cut == from + 1 || IsPreposition(Tok(cut - 1)) || Tok(cut - 1) == "to" || IsPronoun(cut - 1))) {
    return false;
  }
  // ("over delegate selection": a preposition's phrase is no one; "about
  // half of voters", "at least a dozen members" are counts.)
  if (from + 1 < cut && text::StartsLower(Tok(from)) &&
      Is<"over", "in", "on", "at", "for", "with", "from", "to", "into", "about", "against", "during", "after",
         "before", "under">(Tok(from)) &&
      !StartsDigitView(Tok(from + 1)) && !Tok(from + 1).ends_with("thirds") && !Tok(from + 1).ends_with("quarters") &&
      !Tok(from + 1).ends_with("fifths") &&
      !Is<"half", "least", "most", "third", "quarter", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "dozen", "hundreds", "thousands", "each", "all", "some", "many">(Tok(from + 1))) {
    return false;
  }
  if (cut == b && from == a) return true;
  if (cut == from) return false;
  a = from;
  if (cut == a) return false;
  const bool same_start = sp->first_token == TokenAt(sp->mention.begin);
  sp->mention = {doc_.tokens[a].span.begin, doc_.tokens[cut - 1].span.end};
  sp->name = std::string(doc_.Slice(sp->mention));
  if (same_start) sp->last_token = cut;
  return true;
}

bool SpeakerFinder::IsCue(uint32_t k) const { return k < flags_.size() && (flags_[k] & kCue); }

bool SpeakerFinder::NoActOfSpeech(uint32_t k) const {
  const std::string_view t = Tok(k);
  // ("a prisoner of war now charged with desertion": an indictment, not an
  // accusation someone voices.)
  if (Is<"charged", "charges">(t) && k + 1 < doc_.tokens.size() && Tok(k + 1) == "with") return true;
  // ("who has ruled since 1992", "ruled for three decades", "ruled over
  // the country": a reign, not a ruling.)
  if (Is<"ruled", "rules", "ruling">(t) && k + 1 < doc_.tokens.size() &&
      Is<"since", "for", "over", "until", "from", "with", "alongside">(Tok(k + 1))) {
    return true;
  }
  // ("he and Cruz shared "almost all the same views"", "shared in the
  // regret": a thing held in common; only "she shared, "..."", ""...," she
  // shared." and "shared that" are speech.)
  if (Is<"shared", "shares">(t) &&
      !(k + 1 < doc_.tokens.size() && Is<"that", ",", ":", ".", "\xE2\x80\x94">(Tok(k + 1)))) {
    return true;
  }
  // ("a soldier identified only as Alexei", "identified by his call sign":
  // a naming, not a statement.)
  if (Is<"identified", "identifies">(t) && k + 1 < doc_.tokens.size() &&
      (Is<"as", "by">(Tok(k + 1)) ||
       (k + 2 < doc_.tokens.size() && Is<"only", "simply", "publicly">(Tok(k + 1)) && Is<"as", "by">(Tok(k + 2))))) {
    return true;
  }
  // ("said in emailed comments", "in written remarks", "an emailed
  // statement": a participle before the medium's noun is its adjective.)
  if (k > 0 && k + 1 < doc_.tokens.size() && t.ends_with("ed") &&
      Is<"in", "an", "a", "the", "his", "her", "their", "its", "by">(Tok(k - 1)) &&
      Is<"comments", "comment", "remarks", "statement", "statements", "responses", "response", "answers",
                      "testimony", "evidence", "note", "notes", "reply", "replies", "submission", "submissions">(Tok(k + 1))) {
    return true;
  }
  // ("a barracks dispute pleaded", "The fishery dispute flared": a bare
  // form that is also a noun is a verb only after an auxiliary, "not",
  // "to", an adverb or a plural subject ("Officials blame the rain").)
  if (k > 0 && Is<"dispute", "praise", "blame", "welcome", "reject">(t)) {
    const std::string_view p = Tok(k - 1);
    const bool verb_before =
        Is<"not", "never", "to", "will", "would", "could", "can", "should", "may", "might", "must", "do", "does",
               "did", "also", "often", "still", "always", "generally", "usually", "now", "they", "we", "you", "I",
               "They", "We", "You", "and", "or", "nor", "quickly", "rightly", "repeatedly", "publicly", "strongly", "all",
               "both", "who", "that", "cannot", "can't", "won't", "don't", "didn't", "doesn't", "wouldn't",
               "couldn't", "shouldn't", "can\xE2\x80\x99t", "won\xE2\x80\x99t", "don\xE2\x80\x99t",
               "didn\xE2\x80\x99t", "doesn\xE2\x80\x99t", "wouldn\xE2\x80\x99t">(p) ||
        p.ends_with("ly") || (p.size() > 3 && p.back() == 's' && !p.ends_with("ss") && !p.ends_with("'s")) ||
        p.ends_with("%") || (!p.empty() && p[0] >= '0' && p[0] <= '9');
    // ("a barracks dispute pleaded not guilty": a past tense after it is the
    // sentence's verb, the word its subject's noun.)
    const bool verb_after = k + 1 < doc_.tokens.size() && Tok(k + 1).size() > 3 && text::StartsLower(Tok(k + 1)) &&
                            Tok(k + 1).ends_with("ed");
    if (!verb_before || verb_after) return true;
  }
  // ("The Air Force ordered 15 more KC-46 tankers", "ordered a further 20
  // jets": a purchase by number, no order given.)
  if (Is<"ordered", "orders", "order", "ordering">(t) && k + 1 < doc_.tokens.size()) {
    uint32_t m = k + 1;
    if (m + 1 < doc_.tokens.size() && Is<"a", "another">(Tok(m)) && Tok(m + 1) == "further") m += 2;
    if (m < doc_.tokens.size() && Is<"more", "further", "another", "up">(Tok(m))) ++m;
    if (m < doc_.tokens.size() && Tok(m) == "to" && m > k + 1) ++m;
    const std::string_view w = m < doc_.tokens.size() ? Tok(m) : std::string_view();
    if (!w.empty() && ((w[0] >= '0' && w[0] <= '9') ||
                       Is<"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                              "twenty", "dozens", "hundreds", "thousands", "dozen">(w))) {
      // (But "ordered 2,000 residents to evacuate" gives an order.)
      bool order = false;
      for (uint32_t x = m + 1; x + 1 < doc_.tokens.size() && x < m + 6 && !order; ++x) {
        order = Tok(x) == "to" && text::StartsLower(Tok(x + 1)) && !StartsDigitView(Tok(x + 1));
        if (Is<",", ".", ";", "and", "from", "for">(Tok(x))) break;
      }
      if (!order) return true;
    }
  }
  // ("would not be drawn on whether": a refusal; "drawn on a napkin",
  // "drawn on experience" say nothing.)
  if (t == "drawn" && !(k >= 2 && Tok(k - 1) == "be" && Is<"not", "never">(Tok(k - 2)))) return true;
  // ("stayed behind to defend the family ranch": a deed, not a defence of
  // words; "vowed to defend" reads its infinitive elsewhere.)
  if (k > 0 && t == "defend" && Tok(k - 1) == "to") return true;
  // ("flagged off the project": launched it, Nigerian English.)
  if (Is<"flagged", "flagging">(t) && k + 1 < doc_.tokens.size() && Tok(k + 1) == "off") return true;
  // ("said a person briefed on the matter", "two people briefed on the
  // talks said": who was told, describing a source.)
  if (t == "briefed" && k > 0 && k + 1 < doc_.tokens.size() && Tok(k + 1) == "on" &&
      (Is<"person", "people", "persons", "source", "sources", "official", "officials", "executive",
                       "executives", "diplomat", "diplomats", "lawmaker", "lawmakers", "aide", "aides", "banker",
                       "bankers", "investor", "investors", "individual", "individuals", "others">(Tok(k - 1)))) {
    return true;
  }
  // ("the e-mails she submitted to the State Department": papers handed
  // in; only counsel's "submitted that" is speech.)
  if (Is<"submitted", "submits">(t) && !(k + 1 < doc_.tokens.size() && Tok(k + 1) == "that")) return true;
  // ("Brunson posted 18 points and added seven assists", "claimed the No.
  // 1 seed", "snapped a four-game skid", "posted a $3 billion loss": a box
  // score or a balance sheet, not speech.)
  if (Is<"posted", "posts", "added", "adds", "claimed", "claims", "snapped", "snaps", "recorded", "notched">(t)) {
    const uint32_t n = uint32_t(doc_.tokens.size());
    uint32_t j = k + 1;
    if (j < n && Is<"a", "an", "the", "his", "her", "their", "its", "another", "just">(Tok(j))) ++j;
    for (uint32_t m = j; m < n && m < j + 5; ++m) {
      const std::string_view w = Tok(m);
      // (Not "claims Gulen runs a network": a name opens a clause.)
      if (Is<"that", ",", ".", ";", ":">(w) || (text::StartsUpper(w) && !Is<"No", "No.">(w))) break;
      if (Is<"points", "rebounds", "assists", "steals", "blocks", "goals", "runs", "hits", "yards", "saves",
                 "strikeouts", "touchdowns", "wickets", "seed", "skid", "streak", "pole", "podium", "medal", "trophy",
                 "title", "double-double", "triple-double", "homers", "birdies", "birdie", "eagle", "bogey", "shutout",
                 "throws", "rebound", "assist", "loss", "losses", "profit", "profits", "gain", "gains", "revenue",
                 "revenues", "earnings", "deficit", "surplus", "jobs", "wins", "win", "laps", "lap">(w)) {
        // (Not "claimed the win was his": the noun opens a reported clause.)
        return !(m + 1 < n && Is<"was", "is", "were", "are", "would", "will", "had", "has", "have",
                                              "could", "should", "belonged", "belongs", "came", "meant", "showed">(Tok(m + 1)));
      }
    }
  }
  // ("Peloton recalled its treadmills", "the automaker recalled 300,000
  // vehicles": a company's recall of its goods, no memory spoken.)
  if (Is<"recalled", "recalls", "recalling", "recall">(t) && k > 0 && k + 1 < doc_.tokens.size() &&
      !Is<"that", "how", "when", "what", "why", "where", "who", ",", ":", ".", "being", "his", "her",
                       "their", "seeing", "hearing", "telling", "the">(Tok(k + 1))) {
    const int32_t om = MentionEndingAt(k - 1);
    const bool company = (om >= 0 && doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg) ||
                         Is<"company", "maker", "manufacturer", "automaker", "carmaker", "retailer",
                                         "firm", "brand", "FDA", "USDA", "agency", "Inc.", "Co.", "Corp.">(Tok(k - 1));
    const bool goods = StartsDigitView(Tok(k + 1)) ||
                       Is<"its", "about", "nearly", "more", "some", "several", "all", "thousands",
                                       "millions", "hundreds", "roughly", "approximately", "over">(Tok(k + 1));
    // ("recalled its treadmills": "its" names a company's own goods.)
    if (company || goods) return true;
  }
  // ("The rules state that ...", "they state that": the plural verb only
  // before "that" or a colon, after a plural or a pronoun; "the state"
  // otherwise.)
  if (t == "state") {
    if (k == 0 || k + 1 >= doc_.tokens.size() || !Is<"that", ":">(Tok(k + 1))) return true;
    const std::string_view p = Tok(k - 1);
    return !(Is<"they", "we", "you", "I", "also", "clearly", "explicitly", "both">(p) ||
             (text::StartsLower(p) && p.size() > 3 && p.back() == 's' && !p.ends_with("ss")));
  }
  // ("An evacuation order was issued", "the executive order", "a red flag
  // warning": the noun after what it orders or warns of.)
  if (Is<"order", "orders", "warning", "warnings">(t) && k > 0 &&
      Is<"evacuation", "conservation", "executive", "gag", "restraining", "court", "stay-at-home",
                      "shelter-in-place", "boil-water", "protective", "travel", "emergency", "tsunami", "flood",
                      "storm", "weather", "heat", "flag", "health", "curfew", "water", "fire", "tornado", "hurricane",
                      "avalanche", "wind", "winter", "frost", "drought", "burn", "deportation", "removal", "closure",
                      "lockdown", "quarantine", "mask", "vaccine", "injunction", "profit", "early">(Tok(k - 1))) {
    return true;
  }
  // ("Nathan Lyon claimed 5 for 60", "took 4-36": a bowler's figures.)
  if (Is<"claimed", "claims", "claiming">(t) && k + 1 < doc_.tokens.size() && StartsDigitView(Tok(k + 1)) &&
      ((k + 3 < doc_.tokens.size() && Tok(k + 2) == "for" && StartsDigitView(Tok(k + 3))) ||
       Tok(k + 1).find('-') != std::string_view::npos)) {
    return true;
  }
  // ("Member states said", "nuclear-weapon states have", "Gulf states
  // will": the noun, its verb after it.)
  if (t == "states" && k > 0 && k + 1 < doc_.tokens.size() &&
      (Is<"Member", "member", "Gulf", "Baltic", "Nordic", "Arab", "African", "island", "coastal",
                       "nuclear-weapon", "non-nuclear-weapon", "non-nuclear", "neighbouring", "neighboring",
                       "frontline", "border", "several", "many", "other", "some", "most", "all", "both", "those",
                       "these", "Western", "western", "European", "EU", "NATO", "non-aligned", "small">(Tok(k - 1)) ||
       Is<"said", "say", "have", "had", "are", "were", "will", "would", "could", "should", "agreed",
                       "voted", "signed", "backed", "rejected", "insisted", "warned", "argued", "called">(Tok(k + 1)))) {
    return true;
  }
  // "The storm slammed into the coast", "waves slamming ashore": a blow,
  // not a verdict.
  if (Is<"slammed", "slams", "slam", "slamming", "blasted", "blasts", "blasting", "hammered", "hammers",
             "hammering", "lashed", "lashes", "lashing", "battered", "batters", "pounded", "pounds", "pounding">(t) &&
      Is<"into", "onto", "through", "ashore", "against", "across">(Tok(k + 1))) {
    return true;
  }
  // ("The judge disagreed, ruling that ...": the participle; "since that
  // ruling", "the ruling party" are the noun and its adjective.)
  if (t == "ruling" && !(k > 0 && k + 1 < doc_.tokens.size() && Tok(k + 1) == "that" &&
                          Is<",", "as", "and", "also", "while", "by", "after", "before">(Tok(k - 1)))) {
    return true;
  }
  // ("the self-defense claim", "Experts doubt claim that ...": the noun. As
  // a verb, "claim" follows its plural subject, a pronoun or an adverb:
  // "Posts claim", "they claim", "falsely claim".)
  // ("His critics counter that ...", "on the counter", "counter to": the
  // same reading for "counter".)
  // ("a leader to counter terrorist threats": to oppose, unless a clause
  // or a quote follows.)
  if ((t == "counter" || t == "counters") &&
      !(k + 1 < doc_.tokens.size() && Is<"that", ",", ":">(Tok(k + 1)))) {
    return true;
  }
  if (t == "claim" || t == "counter") {
    if (k == 0) return true;
    const std::string_view p = Tok(k - 1);
    const bool plural = p.size() > 2 && p.back() == 's' && p[p.size() - 2] != 's' && p.find('-') == std::string_view::npos;
    const bool adverb = p.size() > 4 && p.substr(p.size() - 2) == "ly";
    // ("Tulsa police's earlier claim that ...": a report of the police's.)
    if (k + 1 < doc_.tokens.size() && Tok(k + 1) == "that" &&
        Is<"earlier", "latest", "initial", "repeated", "previous", "original", "recent", "false", "new">(p)) {
      return false;
    }
    return !(plural || adverb || text::StartsUpper(p) ||
             Is<"they", "we", "you", "who", "some", "many", "others", "to", "may", "might", "could", "would",
                    "will", "still", "now", "also", "often", "and", "or", "but", "that", ",", "\xE2\x80\x94", "--">(p));
  }
  // ("The yield on the benchmark 10-year note climbed", "a promissory
  // note", "notes due 2030": the security or the paper, not remarking.)
  if ((t == "note" || t == "notes") && k >= 1) {
    const std::string_view p = Tok(k - 1);
    if (p.ends_with("-year") || p.ends_with("-month") || p.ends_with("-week") ||
        Is<"the", "a", "an", "this", "that", "its", "his", "her", "their", "benchmark", "Treasury", "treasury",
               "promissory", "senior", "secured", "unsecured", "convertible", "research", "client", "suicide",
               "handwritten", "ransom", "sticky", "bank", "debt", "floating-rate", "zero-coupon", "two-year",
               "five-year", "ten-year", "30-year", "10-year", "2-year", "5-year", "one-year">(p)) {
      return true;
    }
    if (k + 1 < doc_.tokens.size() && Is<"yield", "yields", "due", "climbed", "rose", "fell", "slipped",
                                                       "dropped", "jumped", "gained", "traded", "auction", "auctions",
                                                       "issue", "issuance", "sale", "sales", "holders", "prices">(Tok(k + 1))) {
      return true;
    }
  }
  // ("Juventus, champions until 2020, face Inter", "the reigning champion":
  // the title holders, not advocates.)
  if (Is<"champions", "champion">(t) && k >= 1 &&
      (Is<"the", "The", "reigning", "defending", "former", "world", "league", "European",
                       "national", "state", "Olympic", "two-time", "three-time", "as">(Tok(k - 1)) ||
       (k + 1 < doc_.tokens.size() && Is<"until", "since", "in", "of", ",", ".">(Tok(k + 1))))) {
    return true;
  }
  // ("the Democrats and the Greens had agreed on a candidate", "agreed with
  // the ruling": a decision or a view shared, no report.)
  if (Is<"agreed", "agree", "agrees", "agreeing">(t) && k + 1 < doc_.tokens.size() &&
      Is<"on", "upon", "over", "among", "between">(Tok(k + 1))) {
    return true;
  }
  // ("said on her hit show:", "at the awards show": the noun.)
  if ((t == "show" || t == "shows") && k >= 1 &&
      Is<"hit", "awards", "award", "talk", "TV", "game", "chat", "reality", "breakfast", "morning", "radio",
                      "cooking", "her", "his", "their", "the", "a", "fashion", "trade", "auto", "air", "road", "news">(Tok(k - 1))) {
    return true;
  }
  // "the party he helped found", "plans to found a school": to establish.
  if (Is<"found", "founded">(t) && k >= 1 && Is<"helped", "help", "helps", "helping", "to", "co">(Tok(k - 1))) {
    return t == "found";
  }
  // "pushed back on media reports that", "amid news reports": a plural
  // noun after a noun after a preposition.
  if (k >= 2 && Is<"reports", "claims", "calls", "warnings", "rumors", "rumours", "complaints">(t) &&
      text::StartsLower(Tok(k - 1)) && IsPreposition(Tok(k - 2)) && !IsPronoun(k - 1) &&
      !Is<"the", "a", "an", "his", "her", "their", "its", "who", "which", "that">(Tok(k - 1))) {
    return true;
  }
  // "added the flaw to its catalog", "adds a stop to the tour": an
  // addition, not a remark.
  // ("cut its 2025 growth forecast": the noun after what it forecasts.)
  if (Is<"forecast", "forecasts", "estimate", "estimates", "projection", "projections", "outlook">(t) && k >= 1 &&
      Is<"growth", "earnings", "revenue", "profit", "sales", "inflation", "weather", "budget", "GDP",
                      "demand", "production", "output", "price", "rate", "rates", "jobs", "population", "deficit",
                      "traffic", "tax">(Tok(k - 1))) {
    return true;
  }
  // ("added a goal and an assist", "adds two points": a score, not a remark.)
  if (Is<"added", "adds", "add", "adding">(t) &&
      Is<"a", "an", "one", "two", "three", "four", "five", "another", "his", "her">(Tok(k + 1)) &&
      Is<"goal", "goals", "assist", "assists", "point", "points", "run", "runs", "touchdown", "touchdowns",
                      "try", "tries", "basket", "rebounds", "wicket", "wickets", "birdie", "birdies", "field",
                      "penalty", "hit", "hits", "homer", "double", "triple", "save", "saves", "steals", "sacks">(Tok(k + 2))) {
    return true;
  }
  if (Is<"added", "adds", "add", "adding">(t) && Is<"the", "a", "an", "its", "their", "his", "her">(Tok(k + 1))) {
    for (uint32_t m = k + 2; m < doc_.tokens.size() && m < k + 7; ++m) {
      const std::string_view w = Tok(m);
      if (Is<",", ".", ";", ":", "that", "\"", "\xE2\x80\x9C">(w)) break;
      if (w == "to") return true;
    }
  }
  // "No one answered the door", "did not answer his phone": an act.
  if (Is<"answered", "answer", "answers", "answering">(t) &&
      ((Is<"the", "his", "her", "their", "its", "a">(Tok(k + 1)) &&
        Is<"door", "phone", "telephone", "call", "calls", "doorbell", "knock">(Tok(k + 2))) ||
       Is<"phones", "calls">(Tok(k + 1)))) {
    return true;
  }
  // "repeated requests for comment", "renewed calls for": an adjective
  // before a plural noun.
  if (Is<"repeated", "renewed">(t) &&
      Is<"requests", "calls", "attempts", "efforts", "questions", "messages", "inquiries", "warnings",
                      "demands", "appeals", "emails", "phone", "attacks", "claims", "assurances", "promises">(Tok(k + 1))) {
    return true;
  }
  // "Evacuation orders now cover", "Police reports show", "Hoax calls
  // that": a capitalised noun opening the sentence, then a plural that no
  // verb agrees with so.
  if (k >= 1 && t.size() > 4 && t.back() == 's' && text::StartsUpper(Tok(k - 1)) &&
      (k == 1 || doc_.tokens[k - 2].sentence != doc_.tokens[k].sentence) && PersonMentionStartingAt(k - 1) < 0 &&
      MentionEndingAt(k - 1) < 0 && !IsPronoun(k - 1) && !lex_.starters.Contains(Tok(k - 1)) &&
      !Is<"Another", "One", "Each", "Everyone", "Someone", "Nobody", "Everybody", "Somebody", "This",
                       "That", "Which", "Who", "Critics", "Officials", "Analysts", "Experts">(Tok(k - 1)) &&
      Is<"orders", "reports", "calls", "claims", "warnings", "demands", "promises", "threats", "questions",
             "comments", "statements", "notes", "letters", "charges">(t)) {
    return true;
  }
  // ("The number of theft reports has doubled", "prank calls reports
  // have": a plural right before its own verb is a noun.)
  if (t.size() > 4 && t.back() == 's' && k >= 1 && text::StartsLower(Tok(k - 1)) &&
      Is<"reports", "calls", "claims", "warnings", "demands", "threats", "complaints", "requests", "orders",
             "comments", "statements", "promises", "notes", "letters", "charges", "questions">(t) &&
      Is<"has", "have", "had", "is", "are", "was", "were", "rose", "fell", "doubled", "tripled",
                      "increased", "decreased", "dropped", "jumped", "surged">(Tok(k + 1))) {
    return true;
  }
  // ("hoax calls that sent police to homes": a noun after its modifier.)
  if (k >= 1 && Is<"calls">(t) && Is<"hoax", "prank", "robocalls", "robocall", "scam", "emergency",
                                                      "911", "phone", "distress", "swatting">(Tok(k - 1))) {
    return true;
  }
  return false;
}

bool SpeakerFinder::ComputeIsCue(uint32_t k) const {
  std::string_view t = Tok(k);
  // ("The Supreme Court held that ...", "The court held: "..."": a court's
  // ruling, only before its clause; "held signs reading", "who has held it
  // five times" report nothing.)
  // ("Jobless claims rose to 230,000", "Hail claims jumped": a plural noun
  // before the sentence's own verb.)
  // (Cheap first: every one ends in "s"; this runs once a token.)
  if (t.size() >= 5 && t.back() == 's' &&
      Is<"claims", "reports", "calls", "notes", "warnings", "complaints", "comments", "remarks", "tweets",
             "posts", "threats", "charges", "accusations", "allegations", "promises", "pledges">(t)) {
    const std::string_view n = Tok(k + 1);
    if (Is<"rose", "fell", "grew", "hit", "topped", "jumped", "soared", "surged", "dropped", "declined",
               "increased", "decreased", "climbed", "slipped", "tumbled", "plunged", "totaled", "totalled", "reached",
               "doubled", "tripled", "were", "are", "have", "had", "remain", "remained", "rise", "fall", "continue",
               "continued", "came", "poured", "mounted", "piled">(n)) {
      return false;
    }
  }
  if (!t.empty() && (t[0] | 0x20) == 'h' && Is<"held", "holds", "hold", "holding", "Held", "Holds", "Hold", "Holding">(t)) {
    return Is<"that", ":">(Tok(k + 1));
  }
  // "That said, ...": an idiom, no report.
  if (t == "said" && k > 0 && Is<"That", "that">(Tok(k - 1)) && Tok(k + 1) == ",") return false;
  // ("The play's most quoted line": an adjective; "was widely quoted as
  // saying" stays a cue.)
  if (t == "quoted" && k > 0 && Is<"most", "oft", "often", "widely", "frequently", "much", "least">(Tok(k - 1)) &&
      Tok(k + 1) != "as" && Tok(k + 1) != "by") {
    return false;
  }
  // ("have produced eleven shows", "the show": a noun after a number or a
  // determiner.)
  if (Is<"shows", "show">(t) && k > 0 &&
      (text::IsDigit(static_cast<unsigned char>(Tok(k - 1)[0])) ||
       Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                       "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "several", "many", "few", "new", "live", "TV", "talk", "game", "one">(Tok(k - 1)))) {
    return false;
  }
  // ("The judge read aloud an email in which Dunbar wrote that ...": the
  // reader passes on another's words.)
  if (Is<"read", "reads", "reading">(t) && Is<"aloud", "out">(Tok(k + 1))) {
    for (uint32_t m = k + 2; m + 1 < doc_.tokens.size() && m < k + 9; ++m) {
      if (Is<",", ".", ";", ":">(Tok(m))) break;
      if (Tok(m) == "in" && Tok(m + 1) == "which") return false;
    }
  }
  // "has pointed out that ...", "fired back that ...": a verb and particle.
  if (Tok(k + 1) == "out" && Is<"pointed", "points", "point", "pointing">(t)) return true;
  if (Tok(k + 1) == "back" && Is<"fired", "fires", "shot", "shoots", "pushed", "pushes">(t) &&
      Is<"that", ",", ":">(Tok(k + 2))) {
    return true;
  }
  if (Is<"put", "puts">(t) && Tok(k + 1) == "it" && Is<",", ":">(Tok(k + 2))) return true;  // "as X put it, ..."
  // ("X put it bluntly: "..."", "put it more simply:".)
  if (Is<"put", "puts">(t) && Tok(k + 1) == "it" && Tok(k + 2).size() > 3 &&
      (Tok(k + 2).ends_with("ly") || Tok(k + 2) == "more") &&
      (Is<",", ":">(Tok(k + 3)) || (Tok(k + 3).ends_with("ly") && Is<",", ":">(Tok(k + 4))))) {
    return true;
  }
  // "has written that" (not "its letter, written by ..."); "estimates that"
  // (not "which the Tax Foundation estimates would cost").
  if (t == "written") {
    // (What follows is what was written: "that", or a quote after a comma
    // or colon; "had written a long caption" is no report.)
    // ("..., Howard Gleckman, a senior fellow ..., has written.": a closing cue.)
    // ("had written on Facebook that", "has written in a memo to staff
    // that": where it was written, then what.)
    bool where_then_that = false;
    if (Is<"on", "in", "to">(Tok(k + 1))) {
      for (size_t j = k + 2; j < k + 9 && j < doc_.tokens.size() && !where_then_that; ++j) {
        if (Is<",", ".", ";", ":", "\"", "\xE2\x80\x9C">(Tok(j))) break;
        where_then_that = Tok(j) == "that" && j > k + 2;
      }
    }
    return k >= 1 &&
           (k + 1 >= doc_.tokens.size() || where_then_that ||
            Is<"that", ",", ":", ".", "\"", "\xE2\x80\x9D">(Tok(k + 1))) &&
           (Is<"has", "have", "had">(Tok(k - 1)) ||
            (k >= 2 && Is<"has", "have", "had">(Tok(k - 2)) && Tok(k - 1).ends_with("ly")));
  }
  // ("..., the Prison Policy Initiative estimates.": closing the sentence
  // after its subject too.)
  if (Is<"estimates", "estimate">(t)) {
    return k >= 1 && !Is<"the", "an", "a", "its", "their", "his", "her", "our">(Tok(k - 1)) &&
           (Tok(k + 1) == "that" ||
            (k + 1 < doc_.tokens.size() && Is<".", ";">(Tok(k + 1)) && k >= 3 &&
             (text::StartsUpper(Tok(k - 1)) || lex_.humans.Contains(Tok(k - 1)))));
  }
  if (!text::StartsLower(t) || !lex_.speech.Contains(t)) return false;
  if (NoActOfSpeech(k)) return false;
  // ("Let us say the plan works", "let's say": a supposition, no report.)
  if (t == "say" && k >= 1 && (Tok(k - 1) == "let's" || Tok(k - 1) == "Let's" ||
                               (k >= 2 && Tok(k - 1) == "us" && Is<"Let", "let">(Tok(k - 2))))) {
    return false;
  }
  // "the Turing Award winner often called the "Godfather of AI"": a naming
  // habit inside a description, no act of saying.
  if (k >= 1 && Is<"called", "dubbed", "nicknamed", "labeled", "labelled", "described">(t) &&
      Is<"often", "sometimes", "widely", "affectionately", "popularly", "commonly",
                      "frequently", "variously", "occasionally">(Tok(k - 1))) {
    return false;
  }
  // "testify against proposed landfill expansion", "questions about
  // reported contacts": a participle before its noun, after a preposition.
  if (k >= 1 && k + 1 < doc_.tokens.size() &&
      Is<"proposed", "reported", "alleged", "planned", "announced", "promised", "rumored", "disputed">(t) &&
      IsPreposition(Tok(k - 1)) && text::StartsLower(Tok(k + 1)) &&
      !Is<"that", "to", "a", "an", "the", "his", "her", "their", "its", "on", "in", "by", "at", "for",
                       "with", "this", "last", "earlier", "yesterday", "today", "it", "he", "she", "they", "we">(Tok(k + 1))) {
    return false;
  }
  // "Eight alleged members of the gang", "Several alleged victims": the
  // participle after a number or quantifier, before its noun.
  if (k >= 1 && k + 2 < doc_.tokens.size() && Is<"alleged", "proposed", "rumored", "disputed">(t) &&
      text::StartsLower(Tok(k + 1)) && !Is<"that", "to", "a", "an", "the", "his", "her", "their", "its",
                                                          "on", "in", "by", "at", "for", "with", "it", "he", "she",
                                                          "they", "we", "this", "last", "earlier">(Tok(k + 1))) {
    char buf[16];
    const std::string_view before = text::FoldCase(Tok(k - 1), buf, sizeof buf);
    if (StartsDigitView(before) ||
        Is<"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                    "several", "some", "many", "both", "all", "most", "few", "other", "these", "those", "their",
                    "his", "her", "its", "the", "an", "a", "two", "numerous", "multiple">(before)) {
      return false;
    }
  }
  // "said in a video posted online that ...", "a statement released on
  // Monday": a participle after the medium it describes.
  if (k >= 1 && Is<"posted", "released", "published", "issued", "shared", "circulated", "aired", "broadcast">(t) &&
      Is<"statement", "statements", "video", "videos", "message", "messages", "letter", "post", "note",
                      "comment", "comments", "photo", "photos", "report", "memo", "clip", "interview", "speech",
                      "remarks", "tweet", "tweets", "transcript", "document", "documents", "recording">(Tok(k - 1))) {
    return false;
  }
  // "posted a drop in profit", "posted an overwhelming victory": results
  // posted, not words.
  if (Is<"posted", "posts", "posting", "post">(t)) {
    for (uint32_t m = k + 1; m < doc_.tokens.size() && m < k + 5; ++m) {
      const std::string_view w = Tok(m);
      if (Is<"loss", "losses", "profit", "profits", "drop", "gain", "gains", "rise", "decline", "declines",
                 "increase", "record", "results", "revenue", "revenues", "earnings", "victory", "win", "wins",
                 "growth", "deficit", "surplus", "sales", "quarter", "fall", "jump", "surge", "slump">(w)) {
        return false;
      }
      if (Is<",", ".", ";", ":", "that", "on", "online", "to">(w)) break;
    }
  }
  // "who asked not to be identified", "was listed as": a passive.
  if (Is<"identified", "listed">(t) && k >= 1 && Is<"be", "been", "being", "was", "were", "is", "are">(Tok(k - 1))) {
    return false;
  }
  return text::StartsLower(t) && lex_.speech.Contains(t) && !NounUse(k);
}

bool SpeakerFinder::IsPhrasalCue(uint32_t k) const {
  std::string_view t = Tok(k);
  // (""Ladies and gentlemen, ...," the prosecutor began.": how a speech
  // opened or closed, at the clause's end.)
  if (Is<"began", "begins", "concluded", "concludes">(t) && k + 1 < doc_.tokens.size() &&
      Is<".", ",", ":", ";">(Tok(k + 1))) {
    return true;
  }
  // "he points out", "Trump shot back", "her husband cut in",
  // ""...," he went on." (only before a comma, colon, full stop or mark).
  if (const std::string_view next = Tok(k + 1); next.size() >= 2 && next.size() <= 4 && text::StartsLower(t)) {
    if (next == "out" && Is<"points", "pointed", "point">(t)) return true;
    if (next == "back" && Is<"shot", "shoots", "fired", "fires", "hit", "hits", "pushed", "pushes">(t)) return true;
    if (next == "in" && Is<"cut", "cuts", "chimed", "chimes", "weighed", "weighs">(t)) return true;
    if (next == "on" && Is<"went", "goes">(t) && Is<",", ".", ":", "\"", "\xE2\x80\x9C">(Tok(k + 2))) return true;
    // "As Janet Yellen put it, "..."", ""...," as one analyst put it.":
    // "put it" after "as" and its subject.
    if (next == "it" && Is<"put", "puts">(t)) {
      for (uint32_t m = k; m > 0 && k - m < 8;) {
        --m;
        if (Is<"as", "As">(Tok(m))) return true;
        if (Is<",", ".", ";", ":">(Tok(m)) || IsCue(m)) break;
      }
    }
  }
  return false;
}

bool SpeakerFinder::NounUse(uint32_t k) const {
  // "the report", "his tweet", "her remarks": a cue after an article or a
  // possessive is a noun. "The two states hold primaries", "some states
  // remained": a word in -s after a plural quantifier is a plural noun, as
  // no verb agrees with it so ("The two say" stays a verb).
  // "a conservative think tank": a compound noun.
  if (Is<"think", "thinks">(Tok(k)) && Is<"tank", "tanks", "tank's", "tank\xE2\x80\x99s">(Tok(k + 1))) return true;
  if (k == 0 || doc_.tokens[k - 1].sentence != doc_.tokens[k].sentence) return false;
  // ("...," comments Robin Biesbroek", "Johnston comments": a verb only
  // after a comma, a closing mark, a pronoun or a name; "incendiary
  // comments online", "his previous comments" are remarks.)
  if (Tok(k) == "comments") {
    size_t len;
    const std::string_view before = Tok(k - 1);
    const bool mark = !before.empty() && (text::IsDoubleQuote(text::DecodeAt(before, 0, &len)) || before == "'" ||
                                          before == "\xE2\x80\x99");
    return !(before == "," || mark || IsPronoun(k - 1) ||
             (text::StartsUpper(before) && doc_.sentences[doc_.tokens[k].sentence].first_token != k - 1));
  }
  // ("the producer of the talent show, said", "a game show": a show of
  // some kind, and a show the comma closes shows nothing.)
  if (Is<"show", "shows">(Tok(k)) &&
      (Is<"talent", "game", "talk", "chat", "quiz", "cooking", "reality", "morning", "late-night", "radio",
                       "TV", "television", "fashion", "trade", "air", "car", "boat", "horse", "dog", "art", "road",
                       "magic", "comedy", "variety", "breakfast", "one-man", "one-woman", "weekly", "nightly">(Tok(k - 1)) ||
       // ("said on his Saturday show that": a day's show after its owner.)
       (k >= 2 && Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                  "evening", "weekend", "daily">(Tok(k - 1)) &&
        Is<"his", "her", "their", "its", "the", "a", "my", "our">(Tok(k - 2))) ||
       (k + 1 < doc_.tokens.size() && Is<",", ".", ";", ")">(Tok(k + 1)) && Is<"the", "a", "this">(Tok(k - 1))))) {
    return true;
  }
  // ("sits at 85 percent support among", "looks to shore up support":
  // a share's or a verb's particle's support is a noun.)
  // (But "1 percent support Jill Stein": a share's verb before its object.)
  if (Is<"support", "backing", "opposition">(Tok(k)) &&
      (Is<"up", "public", "popular", "broad", "bipartisan", "grassroots", "voter">(Tok(k - 1)) ||
       (Is<"percent", "%">(Tok(k - 1)) && k + 1 < doc_.tokens.size() &&
        Is<"among", "for", "from", "in", "with", ",", ".">(Tok(k + 1))))) {
    return true;
  }
  // ("one of the top judges, said", "three federal judges": judges after a
  // determiner and a modifier are people, no verb.)
  if (Is<"judges", "judge">(Tok(k)) && k >= 2 && text::StartsLower(Tok(k - 1)) &&
      Is<"the", "its", "their", "his", "her", "our", "a", "an", "two", "three", "four", "five", "several",
                      "many", "some", "all", "other", "of">(Tok(k - 2))) {
    return true;
  }
  // "on a conference call", "an earnings call": a call of some kind.
  if (Is<"call", "calls">(Tok(k)) &&
      Is<"conference", "phone", "telephone", "earnings", "video", "investor", "investors", "analyst",
                      "analysts", "media", "press", "wake-up", "close", "roll", "judgment", "judgement", "campaign", "background",
                      "briefing", "private", "call-in", "Zoom">(Tok(k - 1))) {
    return true;
  }
  // ("in its annual State of the Climate report that": a report named in
  // capitals after its determiner.)
  // (Not "the Associated Press reports that": a verb after its subject.)
  if (Is<"report", "update", "outlook", "review", "bulletin", "assessment", "survey">(Tok(k)) &&
      text::StartsUpper(Tok(k - 1))) {
    for (uint32_t m = k - 1; m > 0 && k - m < 8; --m) {
      const std::string_view w = Tok(m - 1);
      if (Is<"its", "their", "his", "her", "the", "a", "an", "annual", "latest", "new", "quarterly", "monthly", "A",
                 "An", "The", "Its", "Their">(w)) {
        return true;
      }
      if (!text::StartsUpper(w) && !Is<"of", "the", "and", "on", "for", "in">(w)) break;
    }
  }
  // ("The State Department denied today reports that ...": the object of a
  // denial, after its day.)
  if (Is<"reports", "claims", "allegations", "suggestions", "accusations", "rumors", "rumours", "charges">(Tok(k)) &&
      k >= 2 && Is<"today", "yesterday", "tonight", "Monday", "Tuesday", "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday">(Tok(k - 1)) &&
      Is<"denied", "denies", "confirmed", "confirms", "dismissed", "dismisses", "rejected", "rejects",
                      "disputed", "disputes", "welcomed", "welcomes", "refuted", "refutes">(Tok(k - 2))) {
    return true;
  }
  // "The preliminary report said", "a final report released Thursday": a
  // report of some kind.
  // ("its first-quarter report", "a 40-page report", "its half-year report")
  if (Is<"report", "reports">(Tok(k)) && Tok(k - 1).find('-') != std::string_view::npos &&
      (Tok(k - 1).ends_with("quarter") || Tok(k - 1).ends_with("year") || Tok(k - 1).ends_with("page") ||
       Tok(k - 1).ends_with("month") || Tok(k - 1).ends_with("term") || Tok(k - 1).ends_with("day"))) {
    return true;
  }
  if (Is<"report", "reports">(Tok(k)) &&
      Is<"preliminary", "final", "interim", "annual", "initial", "official", "internal", "new", "latest",
                      "draft", "full", "detailed", "quarterly", "monthly", "weekly", "special", "independent",
                      "separate", "earlier", "previous", "recent", "autopsy", "accident", "incident",
                      "investigative", "inspection", "audit", "earnings", "financial", "progress", "status",
                      "police", "court", "coroner's", "staff", "committee", "research", "news", "media",
                      "government", "agency", "company", "bank">(Tok(k - 1))) {
    return true;
  }
  // ("A police report obtained by the Inquirer showed", "The retraction
  // note states", "A House subcommittee report released today charged": a
  // report or note after its determiner and modifiers, a verb after it.)
  if (Is<"report", "reports", "note", "notes">(Tok(k)) && k + 1 < doc_.tokens.size() &&
      text::StartsLower(Tok(k + 1)) &&
      ((Tok(k + 1).size() > 4 && Tok(k + 1).ends_with("ed")) ||
       Is<"states", "says", "said", "shows", "showed", "shown", "found", "finds", "concludes", "charges",
                       "notes", "seen", "warns", "cites", "describes", "recommends", "adds", "argues", "claims">(Tok(k + 1)))) {
    for (uint32_t m = k; m > 0 && k - m < 4;) {
      --m;
      char fb[16];
      const std::string_view w = text::FoldCase(Tok(m), fb, sizeof fb);
      // ("The Treasury Department's semiannual currency report declined":
      // an owner's possessive too.)
      if (Is<"a", "an", "the", "this", "that", "its", "his", "her", "their", "'s", "\xE2\x80\x99s">(w)) return true;
      size_t len;
      if (!text::IsWordChar(text::DecodeAt(Tok(m), 0, &len))) break;
    }
  }
  // ("the agency told member states", "in swing states": states of a kind.)
  if (Is<"states">(Tok(k)) && Is<"member", "swing", "battleground", "border", "island", "coastal",
                                                   "neighboring", "neighbouring", "nuclear", "Gulf", "Arab", "Baltic",
                                                   "EU", "NATO", "frontline", "front-line", "sovereign", "nation">(Tok(k - 1))) {
    return true;
  }
  // "wrote in a research note that", "a note to clients": a note of some kind.
  if (Is<"note", "notes">(Tok(k)) &&
      Is<"research", "client", "written", "handwritten", "briefing", "sticky">(Tok(k - 1))) {
    return true;
  }
  char buf[16];
  std::string_view p = text::FoldCase(Tok(k - 1), buf, sizeof buf);
  auto determiner = [](std::string_view w) {
    return Is<"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose", "'s",
                  "\xE2\x80\x99s">(w);
  };
  // "Lazar's claims" is a noun; "He's claiming" a verb ('s for "is").
  char before[16];
  const bool contraction = Is<"'s", "\xE2\x80\x99s">(p) && k >= 2 &&
                           Is<"he", "she", "it", "that", "there", "who", "what", "where", "here", "this">(text::FoldCase(Tok(k - 2), before, sizeof before));
  // "Moody's said": the 's is part of a name, not a possessive.
  const bool named_s = Is<"'s", "\xE2\x80\x99s">(p) && MentionEndingAt(k - 1) >= 0;
  if (determiner(p) && !contraction && !named_s) return true;
  if (DualNoun(Tok(k))) {
    // Words as often nouns as verbs ("support", "states", "claims"): after a
    // preposition ("in support of", "on states in the Midwest"), after a verb
    // whose object they are ("won overwhelming support", "drew support",
    // "has support") or after an adjective ("considerable support", "Rust
    // Belt states"), they are nouns.
    if (Is<"in", "on", "of", "for", "from", "with", "among", "about", "across", "by", "at", "into",
               "without", "under", "over", "between", "behind", "against", "despite", "amid", "key", "more",
               "less", "much", "little", "no", "any", "such", "enough", "broad", "strong", "stronger", "strongest",
               "wide", "solid", "little", "early", "new", "rural", "urban", "swing", "battleground", "southern",
               "northern", "western", "eastern", "other", "several", "these", "those", "all", "every", "previous",
               "recent", "last", "first", "brief", "passing",
               "won", "win", "wins", "drew", "draw", "draws", "got", "get", "gets", "gave", "give", "gives",
               "lost", "lose", "had", "has", "have", "having", "found", "held", "enjoy", "enjoys", "gain", "gains",
               "win", "receive", "receives", "garner", "garners", "lend", "lent", "lends", "withheld", "withhold",
               "show", "shows", "shown", "showed", "throw", "threw",
               "thrown", "seek", "seeks", "sought", "need", "needs", "needed", "lacks", "lack", "lacked", "took",
               "take", "takes", "face", "faces", "raise", "raises", "find", "finds", "talk", "radio", "television",
               "reality", "game", "morning", "news", "cable", "comedy", "cooking", "road", "trade", "air">(p) &&
        // ("NBC News reports that": a name ending in the word is the subject.)
        !(p == "news" && text::StartsUpper(Tok(k - 1)) && MentionEndingAt(k - 1) >= 0)) {
      return true;
    }
    // "the 20 states that", "responded to questions about": an -s form
    // after a number or after "to", which no infinitive takes ("the two
    // support it" stays a verb).
    if (Tok(k).back() == 's' &&
        ((!Tok(k - 1).empty() && Tok(k - 1)[0] >= '0' && Tok(k - 1)[0] <= '9') ||
         Is<"to", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "eleven",
                "twelve", "fifteen", "twenty", "thirty", "fifty", "dozens", "hundreds", "thousands">(p))) {
      return true;
    }
    // "A new Pew Research report compares", "The October report exceeded":
    // a base form after a singular capitalised word agrees with no verb.
    // A day or a "that" after it leaves the verb ("voters polled Tuesday
    // support", "Mr. Putin forecast that").
    if (Tok(k).back() != 's' && text::StartsUpper(Tok(k - 1)) && Tok(k - 1).back() != 's' && !IsPronoun(k - 1) &&
        k >= 2 && doc_.tokens[k - 2].sentence == doc_.tokens[k].sentence && Tok(k + 1) != "that" &&
        !Is<"I", "We", "They", "You", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                         "Saturday", "Sunday">(Tok(k - 1))) {
      return true;
    }
    if (text::StartsLower(Tok(k - 1)) && p.size() > 4 &&
        ((p.substr(p.size() - 2) == "ed" && p.substr(p.size() - 3) != "eed" && !Is<"voiced", "expressed", "polled", "surveyed", "interviewed", "questioned", "asked",
                                        "sampled">(p)) ||
         // ("The filing states that", "the ruling shows that": a noun in
         // -ing after its determiner, then the verb and its "that".)
         (p.substr(p.size() - 3) == "ing" && !Is<"during", "including", "according">(p) &&
          !(k + 1 < doc_.tokens.size() && Tok(k + 1) == "that" && k >= 2 &&
            Is<"The", "the", "A", "a", "An", "an", "Its", "its", "Their", "their", "This", "this">(Tok(k - 2)))) ||
         (Is<"al", "ic">(p.substr(p.size() - 2)) &&
          // ("The manual states that", "the tribunal states that": a
          // document or body in "-al", then the verb and its "that".)
          !(k + 1 < doc_.tokens.size() && Tok(k + 1) == "that" &&
            Is<"manual", "journal", "proposal", "tribunal", "editorial", "official", "memorial", "portal",
                   "rival", "appraisal", "referral", "arsenal", "hospital", "council">(p))) ||
         Is<"ive", "ous", "ful", "ble">(p.substr(p.size() - 3)))) {
      return true;
    }
    // ("The Cabinet Manual states that": a document's name in capitals,
    // then the verb and its "that".)
    const bool document_name = k + 1 < doc_.tokens.size() && Tok(k + 1) == "that" &&
                               Is<"Manual", "Act", "Code", "Charter", "Constitution", "Convention",
                                               "Treaty", "Report", "Guide", "Handbook", "Rules", "Policy", "Directive",
                                               "Declaration", "Statement", "Strategy", "Plan", "Bill", "Law",
                                               "Regulation", "Agreement", "Accord", "Resolution", "Guidelines">(Tok(k - 1));
    if (document_name) return false;
    // "Rust Belt states that", "GOP states": a capitalised modifier before
    // a plural that is no verb here, as "states" and "support" rarely are
    // after a name.
    // (Not after a person's name: "Bongani Khumalo states that".)
    if (Is<"states", "support">(Tok(k)) && text::StartsUpper(Tok(k - 1)) && k >= 2 &&
        text::StartsUpper(Tok(k - 2)) && doc_.tokens[k - 2].sentence == doc_.tokens[k].sentence &&
        !(PersonMentionEndingAt(k - 1) >= 0 &&
          doc_.entities[doc_.mentions[PersonMentionEndingAt(k - 1)].entity].gender != 0)) {
      return true;
    }
  }
  // "his greatest support", "the broad support": an adjective between. Not
  // for forms that are only verbs: in "The official said" the word before is
  // the noun.
  const std::string_view self = Tok(k);
  const bool only_verb = (self.size() > 3 && self.substr(self.size() - 2) == "ed") ||
                         Is<"said", "says", "told", "tells", "wrote", "writes", "spoke">(self);
  if (!only_verb && k >= 2 && doc_.tokens[k - 2].sentence == doc_.tokens[k].sentence) {
    std::string_view adj = Tok(k - 1);
    char buf2[16];
    if (determiner(text::FoldCase(Tok(k - 2), buf2, sizeof buf2)) &&
        ((adj.size() > 5 && text::StartsLower(adj) && adj.substr(adj.size() - 3) == "est" && adj != "protest") ||
         Is<"strong", "broad", "full", "public", "wide", "widespread", "great", "own", "new", "early",
                  "overwhelming", "growing", "unwavering", "bipartisan", "tacit", "vocal", "lukewarm", "enthusiastic",
                  "financial", "political", "formal", "official", "written", "joint", "brief", "lengthy",
                  // ("on a long call that", "in a private call with donors")
                  "long", "short", "private", "recent", "late", "heated", "tense", "closed-door", "virtual",
                  "secret", "separate", "second", "first", "final", "last", "weekly", "regular", "rare",
                  "unusual", "televised", "recorded", "leaked">(adj)) &&
        // ("heard on the radio urging him": a participle after a noun.)
        !self.ends_with("ing")) {
      return true;
    }
  }
  std::string_view t = Tok(k);
  if (t.size() < 4 || t.back() != 's' || t[t.size() - 2] == 's') return false;
  // "has faced questions", "raised questions": a plural after a past
  // participle is its object.
  if (std::string_view v = Tok(k - 1); v.size() > 4 && text::StartsLower(v) && v.substr(v.size() - 2) == "ed") {
    return true;
  }
  auto quantifier = [](std::string_view w) {
    return Is<"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many",
                  "some", "most", "all", "both", "these", "those", "other", "various", "eleven", "twelve", "fifteen",
                  "twenty", "thirty", "fifty", "dozens", "hundreds", "thousands">(w);
  };
  if (quantifier(p)) return true;
  // "Seven big questions": a quantifier and an adjective before it.
  char buf3[16];
  return k >= 2 && doc_.tokens[k - 2].sentence == doc_.tokens[k].sentence && text::StartsLower(Tok(k - 1)) &&
         quantifier(text::FoldCase(Tok(k - 2), buf3, sizeof buf3));
}

bool SpeakerFinder::InQuote(uint32_t pos) const {
  auto it = std::upper_bound(quotations_.begin(), quotations_.end(), pos,
                             [](uint32_t p, const Quotation& q) { return p < q.open.begin; });
  if (it == quotations_.begin()) return false;
  // Nested runs are not returned, so the latest opening before pos decides;
  // look back a few in case single-quoted runs sit between.
  for (int n = 0; n < 3 && it != quotations_.begin(); ++n) {
    --it;
    uint32_t end = it->close.empty() ? doc_.paragraphs[it->paragraph].end : it->close.end;
    if (pos >= it->open.begin && pos < end) return true;
  }
  return false;
}

bool SpeakerFinder::IsPronoun(uint32_t k) const { return k < flags_.size() && (flags_[k] & kPronoun); }

bool SpeakerFinder::ComputeIsPronoun(uint32_t k) const {
  std::string_view t = Tok(k);
  if (t.empty()) return false;
  // (Cheap first: only words that may open a pronoun look for a contraction.)
  if (const char c = t[0] | 0x20; c == 'h' || c == 's' || c == 't' || c == 'w' || c == 'i' || c == 'y') t = PronounOf(t);
  char buf[8];
  std::string_view f = text::FoldCase(t, buf, sizeof buf);
  // ("IT Minister Ashwini Vaishnaw", "US officials": capitals are an acronym.)
  // ("said He Yadong, spokesperson for ...": the family name He opening a
  // person's name the recogniser found.)
  if (t == "He" && k < mention_start_.size() && mention_start_[k] >= 0 &&
      doc_.mentions[mention_start_[k]].span.end > doc_.tokens[k].span.end &&
      doc_.entities[doc_.mentions[mention_start_[k]].entity].type == EntityType::kPerson) {
    return false;
  }
  // ("said HE Abdulla Al Attiyah": His Excellency, in the Gulf's copy,
  // before a name in mixed case; "HE SAID" in a headline stays a pronoun.)
  if (t == "HE" && text::StartsUpper(Tok(k + 1)) && Tok(k + 1).size() > 1 &&
      Tok(k + 1)[1] >= 'a' && Tok(k + 1)[1] <= 'z') {
    return false;
  }
  return !f.empty() && lex_.pronouns.Contains(f) && t != "IT" && t != "US";
}

int32_t SpeakerFinder::MentionEndingAt(uint32_t k) const { return k < mention_end_.size() ? mention_end_[k] : -1; }
int32_t SpeakerFinder::MentionStartingAt(uint32_t k) const {
  return k < mention_start_.size() ? mention_start_[k] : -1;
}

int32_t SpeakerFinder::PersonMentionEndingAt(uint32_t k) const {
  int32_t m = MentionEndingAt(k);
  if (m < 0) return -1;
  return doc_.entities[doc_.mentions[m].entity].type == EntityType::kPerson ? m : -1;
}

int32_t SpeakerFinder::PersonMentionStartingAt(uint32_t k) const {
  if (k >= mention_start_.size()) return -1;
  int32_t m = mention_start_[k];
  if (m < 0) return -1;
  return doc_.entities[doc_.mentions[m].entity].type == EntityType::kPerson ? m : -1;
}

namespace {
bool WireAgency(std::string_view t) {
  return Is<"PTI", "IANS", "ANI", "UNI", "APP", "UNB", "NAN", "IRNA", "WAM", "SPA", "KUNA", "PNA", "Bernama",
                "Yonhap", "Kyodo", "Xinhua", "AFP", "Reuters", "AP", "UPI", "dpa", "EFE", "TASS", "Anadolu", "bdnews24",
                "BSS", "NNN", "KNA", "GNA">(t);
}
}  // namespace

bool SpeakerFinder::IsDatelineEnd(uint32_t first, uint32_t m) const {
  const std::string_view t = Tok(m);
  // "New Delhi, Jan 5 (IANS) The Congress said": a wire agency's bracket.
  if (t == ")" && m >= first + 2 && Tok(m - 2) == "(" && m + 1 < doc_.tokens.size() &&
      text::StartsUpper(Tok(m + 1)) && WireAgency(Tok(m - 1))) {
    return true;
  }
  if (t != ":" || m <= first || m + 1 >= doc_.tokens.size() || !text::StartsUpper(Tok(m + 1))) return false;
  // "NEW DELHI, Nov 3 (PTI):", "Lahore, Nov. 3:": a wire bracket or a date
  // before the colon.
  if (m >= first + 3 && Tok(m - 1) == ")" && Tok(m - 3) == "(" && WireAgency(Tok(m - 2))) return true;
  if (m >= first + 4 && m <= first + 8) {
    uint32_t c = first + 1;
    while (c < m && Tok(c) != ",") ++c;
    if (c + 2 < m && Is<"Jan", "Jan.", "January", "Feb", "Feb.", "February", "Mar", "Mar.", "March",
                                     "Apr", "Apr.", "April", "May", "Jun", "June", "Jul", "July", "Aug", "Aug.",
                                     "August", "Sep", "Sep.", "Sept", "Sept.", "September", "Oct", "Oct.", "October",
                                     "Nov", "Nov.", "November", "Dec", "Dec.", "December">(Tok(c + 1)) &&
        !Tok(c + 2).empty() && Tok(c + 2)[0] >= '0' && Tok(c + 2)[0] <= '9') {
      return true;
    }
  }
  // "KARACHI: Sindh Chief Minister X said", "Mumbai: NCP chief X said": a
  // place and a colon.
  if (m > first + 3) return false;
  std::string place;
  bool lower = false;
  for (uint32_t w = first; w < m; ++w) {
    const std::string_view x = Tok(w);
    if (!text::StartsUpper(x)) return false;
    for (char c : x) lower = lower || (c >= 'a' && c <= 'z');
    if (!place.empty()) place += ' ';
    place += std::string(x);
  }
  if (lex_.places.Contains(place)) return true;
  // ("EXCLUSIVE: In memo to Congress, Saudis insist ...": a page's label.)
  if (m == first + 1 && Is<"EXCLUSIVE", "BREAKING", "UPDATE", "UPDATED", "WATCH", "ANALYSIS", "OPINION",
                                        "EXPLAINER", "REVEALED", "PICTURED", "REPORT", "VIDEO", "LIVE">(Tok(first))) {
    return true;
  }
  // "GUWAHATI: Assam Chief Minister X said": a town in capitals the lexicon
  // lacks, opening the story's first paragraphs with a sentence told in the
  // third person, not a transcript's first turn.
  const Sentence& sent = doc_.sentences[doc_.tokens[first].sentence];
  // (Not in the headline: "KCNA: North Korea tests new missile" names its
  // source.)
  // (A first paragraph that reads as a sentence, no headline, is the
  // story's lead: plain text often starts there.)
  if (lower || place.size() < 4 || first != sent.first_token ||
      (sent.paragraph == 0 && text::EndsWithoutStop(doc_, 0)) || sent.paragraph > 2 ||
      PersonMentionStartingAt(first) >= 0) {
    return false;
  }
  // ("SVT: Do you regret it? ¶ ÅKESSON: Not for a second.": an answer to
  // the question before it, no dateline.)
  if (sent.paragraph > 0) {
    const Span prev = doc_.paragraphs[sent.paragraph - 1];
    uint32_t e = prev.end;
    while (e > prev.begin && (doc_.text[e - 1] == ' ' || doc_.text[e - 1] == '\n')) --e;
    if (e > prev.begin && doc_.text[e - 1] == '?') return false;
  }
  // ("OKAFOR: The budget was not balanced." where Ada Okafor is named: a
  // family name.)
  for (const Entity& e : doc_.entities) {
    if (e.type != EntityType::kPerson || m != first + 1) continue;
    const size_t sp = e.name.rfind(' ');
    const std::string_view family = std::string_view(e.name).substr(sp == std::string::npos ? 0 : sp + 1);
    const std::string_view label = Tok(first);
    bool same = family.size() == label.size();
    for (size_t c = 0; same && c < label.size(); ++c) {
      unsigned char x = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(family[c])));
      unsigned char y = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(label[c])));
      // ("BELTRÁN" for "Beltrán": the Latin-1 capitals of UTF-8 too.)
      if (c > 0 && static_cast<unsigned char>(family[c - 1]) == 0xC3 && static_cast<unsigned char>(label[c - 1]) == 0xC3) {
        if (x >= 0x80 && x <= 0x9E && x != 0x97) x = static_cast<unsigned char>(x + 0x20);
        if (y >= 0x80 && y <= 0x9E && y != 0x97) y = static_cast<unsigned char>(y + 0x20);
      }
      same = x == y;
    }
    if (same) return false;
  }
  // ("MELISSA GRANT: The flood sequence.": a person's name, in capitals.)
  if (lex_.given.Contains(Tok(first))) return false;
  for (uint32_t w = m + 1; w < sent.end_token; ++w) {
    if (Is<"I", "we", "We", "you", "You", "my", "My", "our", "Our", "\"", "\xE2\x80\x9C">(Tok(w))) return false;
  }
  if (Is<"Well", "Yes", "No", "Thank", "Thanks", "Good", "OK", "Okay", "So", "And", "But", "Look",
                      "Right", "Sure", "Absolutely", "Mr", "Mr.", "Senator", "President">(Tok(m + 1))) {
    return false;
  }
  // ("HUFFPOLLSTER: A 'Seismic Shift' Among Voters May Have Won Cruz": a
  // label before a headline in title case.)
  uint32_t words = 0, capitalised = 0;
  for (uint32_t w = m + 1; w < sent.end_token; ++w) {
    size_t len;
    if (!text::IsWordChar(text::DecodeAt(Tok(w), 0, &len))) continue;
    ++words;
    capitalised += text::StartsUpper(Tok(w)) ? 1 : 0;
  }
  if (words >= 4 && capitalised * 10 >= words * 6) return false;
  // (A transcript has more labels in capitals before or after; a dateline
  // is alone.)
  for (uint32_t s = 1; s < doc_.sentences.size(); ++s) {
    const Sentence& later = doc_.sentences[s];
    if (later.paragraph == doc_.sentences[s - 1].paragraph || later.first_token == first) continue;
    for (uint32_t w = later.first_token; w < later.end_token && w < later.first_token + 4; ++w) {
      const std::string_view x = Tok(w);
      bool caps = !x.empty() && x[0] >= 'A' && x[0] <= 'Z';
      for (char c : x) caps = caps && !(c >= 'a' && c <= 'z');
      if (!caps) break;
      if (w + 1 < later.end_token && Tok(w + 1) == ":") return false;
    }
  }
  return true;
}

bool SpeakerFinder::LatinInside(uint32_t open, uint32_t end) const {
  // ("Zhu Fenglian (朱鳳蓮)": a name in Chinese characters is no role.)
  for (uint32_t k = open + 1; k < end && k < open + 12 && Tok(k) != ")"; ++k) {
    for (char c : Tok(k)) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
    }
  }
  return false;
}

uint32_t SpeakerFinder::FirmAfterComma(uint32_t c, uint32_t end) const {
  if (c == 0 || c + 1 >= end || Tok(c) != "," || !text::StartsUpper(Tok(c - 1))) return c;
  // ("a partner at Paul, Weiss, Rifkind, Wharton & Garrison": an
  // organisation the recogniser read through the commas.)
  for (uint32_t w = c + 1; w < end && w < c + 12; ++w) {
    if (const int32_t m = MentionEndingAt(w); m >= 0 && doc_.mentions[m].span.begin < doc_.tokens[c].span.begin) {
      return w + 1;
    }
    if (!text::StartsUpper(Tok(w)) && !Is<",", "&">(Tok(w))) break;
  }
  bool amp = false;
  for (uint32_t w = c + 1; w < end && w < c + 7; ++w) {
    const std::string_view t = Tok(w);
    if (t == "&") {
      amp = true;
      continue;
    }
    if (!text::StartsUpper(t)) return c;
    const bool firm = Is<"Co.", "Inc.", "Corp.", "Ltd.", "L.P.", "Co", "Inc", "Corp", "Ltd", "LLC", "PLC">(t);
    if ((amp || firm) && (w + 1 >= end || Is<",", ".", ";", ")">(Tok(w + 1)) || firm)) return w + 1;
  }
  return c;
}

uint32_t SpeakerFinder::PlaceAfterComma(uint32_t c, uint32_t end) const {
  if (c == 0 || c + 1 >= end || Tok(c) != "," || !text::StartsUpper(Tok(c - 1))) return c;
  std::string place;
  for (uint32_t w = c + 1; w < end && w < c + 4; ++w) {
    if (!text::StartsUpper(Tok(w))) break;
    if (!place.empty()) place += ' ';
    place += std::string(Tok(w));
    if (lex_.places.Contains(place) && (w + 1 >= end || Is<",", ".", ";", ")">(Tok(w + 1)))) return w + 1;
    // ("Residents of Seaforth, St Thomas, said": a parish or county the
    // recogniser read as a place.)
    if (const int32_t pm = MentionEndingAt(w); pm >= 0 && TokenAt(doc_.mentions[pm].span.begin) == c + 1 &&
                                                Is<"St", "St.", "Saint", "Sainte", "San", "Santa",
                                                                "Port", "Fort", "Mount", "Lake">(Tok(c + 1)) &&
                                                (doc_.entities[doc_.mentions[pm].entity].type == EntityType::kGpe ||
                                                 doc_.entities[doc_.mentions[pm].entity].type == EntityType::kLoc) &&
                                                (w + 1 >= end || Is<",", ".", ";", ")">(Tok(w + 1)))) {
      return w + 1;
    }
    // ("A fisherman from Masinloc, Zambales, said": one unknown word in
    // capitals set off after a town named after "from", "in" or "of" is its
    // province.)
    if (w == c + 1 && c >= 2 && Is<"from", "in", "of">(Tok(c - 2)) && (w + 1 >= end || Tok(w + 1) == ",") &&
        Tok(w).size() > 2 && PersonMentionStartingAt(w) < 0 && !lex_.given.Contains(Tok(w)) &&
        !lex_.titles.Contains(Tok(w)) && !lex_.humans.Contains(Tok(w)) && !lex_.starters.Contains(Tok(w)) &&
        [&] {
          size_t len;
          return text::IsWordChar(text::DecodeAt(Tok(w), 0, &len));
        }()) {
      return w + 1;
    }
    // ("an agent in Paradise, Calif.": a state's AP abbreviation after its
    // town.)
    if (w == c + 1 && Tok(w).size() > 2 && Tok(w).back() == '.' && lex_.states.Contains(Tok(w)) &&
        (w + 1 >= end || Is<",", ".", ";", ")">(Tok(w + 1)))) {
      return w + 1;
    }
  }
  return c;
}

uint32_t SpeakerFinder::AfterDateline(uint32_t s) const {
  const uint32_t first = doc_.sentences[s].first_token;
  const uint32_t c0 = std::max(first, ClauseStart(s));
  for (uint32_t w = first; w < c0; ++w) {
    if (text::StartsLower(Tok(w))) return first;
  }
  return c0;
}

uint32_t SpeakerFinder::ClauseStart(uint32_t s) const {
  const Sentence& sent = doc_.sentences[s];
  uint32_t k = sent.first_token;
  const uint32_t end = sent.end_token;
  // ("... Penn State quarterback Sean Clifford said": a paragraph a digest
  // opens with an ellipsis.)
  while (k + 2 < end && Is<"...", "\xE2\x80\xA6", ".">(Tok(k))) ++k;
  // ("- The U.S. Chamber of Commerce called", "• Boeing said", "**The
  // latest:** Boeing said": a list's bullet and a newsletter's bold marks
  // open no clause.)
  auto mark = [&](uint32_t m) {
    const std::string_view t = Tok(m);
    return t == "*" || t == "**" || t == "\xE2\x80\xA2" || t == "\xC2\xB7" || t == "\xE2\x96\xAA" ||
           t == "\xE2\x96\xBA" || t == "\xE2\x80\xA3" || (t == "-" && m == sent.first_token);
  };
  while (k + 2 < end && mark(k)) ++k;
  // ("Driving the news: Senate Majority Leader X said", "The latest: ...",
  // "Why it matters: ...": a newsletter's label in words of its own, a
  // lower-case word or a page's label among them, before the colon.)
  for (uint32_t c = k + 1; c < end && c < k + 6; ++c) {
    if (Tok(c) != ":") {
      if (IsCue(c) || InQuote(doc_.tokens[c].span.begin) || Is<",", "(", ")", "\"", "-", "--">(Tok(c))) break;
      continue;
    }
    // (Not a time, "at 7:42 A.M.", nor a clause with its verb: "The
    // accident occurred at 7:42".)
    if (StartsDigitView(Tok(c - 1)) || (c + 1 < end && StartsDigitView(Tok(c + 1)))) break;
    bool lower = lex_.non_labels.Contains(Tok(k)), verb = false;
    for (uint32_t m = k + 1; m < c; ++m) {
      lower = lower || (text::StartsLower(Tok(m)) && !mark(m));
      verb = verb || (text::StartsLower(Tok(m)) && Tok(m).size() > 3 && Tok(m).ends_with("ed")) ||
             Is<"is", "was", "are", "were", "has", "had", "will", "would">(Tok(m));
    }
    if (verb) break;
    uint32_t after = c + 1;
    while (after < end && mark(after)) ++after;
    if (lower && text::StartsUpper(Tok(k)) && after + 2 < end &&
        (text::StartsUpper(Tok(after)) || StartsDigitView(Tok(after)))) {
      k = after;
    }
    break;
  }
  // A dateline ("2021-01-12 --", "WASHINGTON -", "WASHINGTON, Dec. 8 (UPI) —",
  // "KARACHI:", "New Delhi, Jan 5 (IANS)", "SAN DIEGO, March 4, 2025
  // /PRNewswire/ --").
  bool bracketed = false;  // ("Michael Chong (Wellington–Halton Hills) said": a riding's dash)
  for (uint32_t m = k; m < end && m < k + 14; ++m) {
    std::string_view t = Tok(m);
    if (IsDatelineEnd(k, m)) {
      k = m + 1;
      break;
    }
    if (t == "(" || t == ")") bracketed = t == "(";
    if (Is<"--", "-", "\xE2\x80\x94", "\xE2\x80\x93">(t) && !bracketed) {
      // "Murphy — after a knock-on-wood gesture — told me": an aside after
      // the subject, which a dateline's capitalised sentence never opens.
      bool aside = false;
      for (uint32_t a = m + 2; a < end && a < m + 30 && !aside && text::StartsLower(Tok(m + 1)); ++a) {
        aside = Tok(a) == t;
      }
      if (aside) break;
      k = m + 1;
      break;
    }
    // ("ZURICH (swissinfo) -": an outlet in brackets, in any case.)
    if (t == "(" && m > k && m + 1 < end && text::StartsLower(Tok(m + 1))) {
      uint32_t close = m + 1;
      while (close < end && close < m + 5 && Tok(close) != ")") ++close;
      if (close < end && Tok(close) == ")") {
        m = close;
        bracketed = false;
        continue;
      }
    }
    if (text::StartsLower(t) || t == "%") break;  // "By 58%-33%, ..." is no dateline
  }
  // A live blog's time stamp ("2:15 p.m.:", "7:55 p.m. ET -", "10:42 a.m.
  // ET —").
  if (k + 4 < end && !Tok(k).empty() && Tok(k)[0] >= '0' && Tok(k)[0] <= '9' && Tok(k + 1) == ":" &&
      !Tok(k + 2).empty() && Tok(k + 2)[0] >= '0' && Tok(k + 2)[0] <= '9') {
    uint32_t m = k + 3;
    if (m < end && Is<"a.m.", "p.m.", "am", "pm", "a.m", "p.m">(Tok(m))) ++m;
    if (m < end && Is<"ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "GMT", "BST", "UTC", "local">(Tok(m))) ++m;
    if (m < end && (Is<":", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93">(Tok(m)))) k = m + 1;
  }
  // ("So far, ...", "So much of ...", "Still more ...": not the connective.)
  while (k < end && Is<"But", "And", "So", "Yet", "Still", "However", "Meanwhile", "Also", "Now",
                                "Instead", "Separately", "Indeed", ",">(Tok(k)) &&
         !(Is<"So", "Still">(Tok(k)) && k + 1 < end &&
           Is<"far", "much", "many", "long", "few", "more", "less", "to", "that">(Tok(k + 1)))) {
    ++k;
  }
  // "Minutes later, McConnell shot back": a span of time opening the
  // sentence.
  if (k + 2 < end && Is<"Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Moments", "Seconds">(Tok(k)) &&
      Is<"later", "earlier", "ago", "after">(Tok(k + 1)) && Tok(k + 2) == ",") {
    k += 3;
  }
  // ("A few months ago, Florida developer Mel Sembler said", "Just two
  // weeks later, ...": a counted span of time.)
  bool span_word = false;  // (cheap first: "ago", "later" or "earlier" soon after)
  for (uint32_t u = k + 2; u < end && u < k + 7 && !span_word; ++u) {
    const std::string_view w = Tok(u);
    span_word = w.size() >= 3 && (w[0] == 'a' || w[0] == 'l' || w[0] == 'e') && Is<"ago", "later", "earlier">(w);
  }
  for (uint32_t u = k + 1; span_word && u + 2 < end && u < k + 6; ++u) {
    if (!Is<"minutes", "hours", "days", "weeks", "months", "years", "decades", "moments">(Tok(u))) {
      if (!(Is<"A", "a", "Just", "just", "Only", "only", "few", "Few", "several", "Several", "couple",
                            "of", "Some", "some", "many", "Many", "Two", "two", "Three", "three", "Four", "four",
                            "Five", "five", "Six", "six", "Ten", "ten", "Nearly", "nearly", "About", "about",
                            "Barely", "barely", "More", "more", "than">(Tok(u - 1)) ||
            StartsDigitView(Tok(u - 1)))) {
        break;
      }
      continue;
    }
    if (Is<"ago", "later", "earlier">(Tok(u + 1)) && Tok(u + 2) == ",") k = u + 3;
    // ("A few minutes later they reversed themselves and said": no comma
    // before a pronoun subject.)
    if (Is<"ago", "later", "earlier">(Tok(u + 1)) && u + 3 < end &&
        Is<"he", "she", "they", "we", "I", "it">(Tok(u + 2))) {
      k = u + 2;
    }
    break;
  }
  // ("Minutes after the verdict, Attorney General X issued": the span of
  // time before an event.)
  if (k + 4 < end && Is<"Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Moments", "Seconds">(Tok(k)) &&
      Is<"after", "before">(Tok(k + 1))) {
    uint32_t c = k + 2;
    while (c < end && c < k + 9 && Tok(c) != "," && !IsCue(c)) ++c;
    if (c + 1 < end && Tok(c) == ",") k = c + 1;
  }
  // "First his wife, X, announced", "Then the senator said": a sequence
  // word before the subject ("First Lady" is a title).
  if (k + 1 < end && Is<"First", "Then", "Finally", "Second", "Third", "Lastly">(Tok(k)) &&
      (text::StartsLower(Tok(k + 1)) || Is<"The", "His", "Her", "Their">(Tok(k + 1)))) {
    ++k;
  }
  // "Even Rendell, a supporter, said", "Even the senator said": a focus
  // word on the subject, not an opening phrase ("Even so,", "Even as ...,").
  if (k + 1 < end && Is<"Even", "Only">(Tok(k)) &&
      ((text::StartsUpper(Tok(k + 1)) && !IsPronoun(k + 1) &&
        !Is<"So", "As", "If", "Though", "After", "Before", "When", "With", "In", "Now", "Then">(Tok(k + 1))) ||
       Is<"the", "a", "his", "her", "their", "some", "many", "those", "these", "top", "fellow">(Tok(k + 1)))) {
    ++k;
  }
  // An opening participle phrase ("Heading into the debate,") or adverbial.
  const std::string_view first = k < end ? Tok(k) : std::string_view();
  // "Heading into the debate,", "Pressed by reporters,": a participle that
  // opens the sentence (a capitalised "-ed" word with a comma to come).
  // A name in "-ing" ("Manning said", "Minning ultimately didn't run") is
  // the subject: a verb, an adverb or a cue follows it, or it is a known name.
  const std::string_view second = k + 1 < end ? Tok(k + 1) : std::string_view();
  // ("Boeing, however, said", "Beijing, which ...": any entity's name.)
  // ("Fleming Corp. said": a name of two words from the "-ing" word on.)
  const int32_t two_word = k + 1 < end ? MentionEndingAt(k + 1) : -1;
  const bool name_like =
      PersonMentionStartingAt(k) >= 0 || MentionEndingAt(k) >= 0 || (k + 1 < end && IsCue(k + 1)) ||
      // ("Acting Labor Secretary Jane Ruiz said": a title in "-ing".)
      (Is<"Acting", "Outgoing", "Incoming", "Retiring", "Presiding", "Visiting", "Managing", "Ruling",
                  "Reigning", "Sitting", "Serving", "Governing", "Founding", "Consulting">(first) &&
       text::StartsUpper(second)) ||
      (two_word >= 0 && doc_.mentions[two_word].span.begin == doc_.tokens[k].span.begin) ||
      // ("Smiling broadly throughout her speech," is a participle: an
      // adverb before a preposition.)
      (second.size() > 3 && text::StartsLower(second) &&
       ((second.substr(second.size() - 2) == "ly" &&
         !(k + 2 < end && (IsPreposition(Tok(k + 2)) || Is<",", "throughout", "during", "at", "as", "after">(Tok(k + 2))))) ||
        second.substr(second.size() - 2) == "ed")) ||
      Is<"is", "was", "has", "had", "did", "does", "didn't", "didn\xE2\x80\x99t", "doesn't",
                  "doesn\xE2\x80\x99t", "ran", "won", "lost", "will", "would", "could">(second) ||
      // ("Shipping group Maersk said", "Mining giant Vale said": a trade in
      // "-ing" and a body's noun before its name.)
      (text::StartsLower(second) && k + 2 < end && text::StartsUpper(Tok(k + 2)) &&
       Is<"group", "giant", "company", "firm", "major", "service", "services", "platform", "app",
                   "conglomerate", "startup", "operator", "chain", "house", "agency", "network">(second)) ||
      // "Graduating senior Olivia Brandt, the student body president,
      // said", "Retiring principal Linda Osei": a role in "-ing" before a name.
      (text::StartsLower(second) && PersonMentionStartingAt(k + 2) >= 0 &&
       (lex_.humans.Contains(second) || Is<"senior", "junior", "freshman", "sophomore">(second))) ||
      // ("Planning Director Susan Kim, 45, said", "Housing Minister X": a
      // field in "-ing" before its office and a name.)
      [&] {
        char buf[24];
        const std::string_view folded = text::FoldCase(second, buf, sizeof buf);
        return text::StartsUpper(second) && (lex_.titles.Contains(folded) || lex_.humans.Contains(folded)) &&
               (PersonMentionStartingAt(k + 1) >= 0 || PersonMentionStartingAt(k + 2) >= 0 ||
                (k + 3 < end && PersonMentionStartingAt(k + 3) >= 0));
      }();
  // "Finding what is under the surface is not simple, he said": a gerund
  // subject with its own verb before a closing attribution is the clause.
  bool gerund_clause = false;
  if (first.size() > 4 && text::StartsUpper(first) && first.substr(first.size() - 3) == "ing") {
    bool verb = false;
    for (uint32_t m = k + 1; m + 2 < end && m < k + 40; ++m) {
      const std::string_view w = Tok(m);
      if (w == ",") {
        // The comma must close with a short attribution: "he said."
        uint32_t c = m + 1;
        // ("Closing schools is never easy, Superintendent Patricia Halvorsen
        // said": a title before the name.)
        uint32_t titled = c;
        while (titled < c + 3 && titled + 1 < end && text::StartsUpper(Tok(titled)) && RoleWord(titled)) ++titled;
        if (titled > c && PersonMentionStartingAt(titled) >= 0) c = titled;
        // ("Trading Standards officers seized cigarettes, Liverpool City
        // Council said": an organisation too.)
        if (IsPronoun(c)) {
          ++c;
        } else if (const int32_t pm = c < mention_start_.size() ? mention_start_[c] : -1; pm >= 0) {
          c = TokenAt(doc_.mentions[pm].span.end);
        } else if (IsCue(c) && text::StartsLower(Tok(c)) &&
                   Is<"said", "says", "added", "adds", "noted", "notes", "explained", "wrote", "argued",
                               "warned", "observed", "recalled">(Tok(c))) {
          // "Defending that terrain is squarely within his wheelhouse, said
          // a handful of Democrats": the speaker inverted after the cue.
          gerund_clause = verb;
          break;
        } else if (Is<"a", "the", "many", "some", "several">(Tok(c))) {
          // "..., the aides said.": a short description before the cue.
          uint32_t d = c + 1;
          while (d < end && d < c + 5 && !IsCue(d) && Tok(d) != ",") ++d;
          if (d >= end || !IsCue(d)) break;
          c = d;
        } else if (c + 1 < end && text::StartsLower(Tok(c)) && lex_.humans.Contains(Tok(c)) && IsCue(c + 1)) {
          ++c;  // ("Warning signs were missed, officials said.")
        } else if (c + 3 < end && text::StartsLower(Tok(c)) && lex_.humans.Contains(Tok(c)) &&
                   Is<"in", "from", "at">(Tok(c + 1)) && text::StartsUpper(Tok(c + 2))) {
          // ("..., researchers in France reported.": and where they work.)
          uint32_t d = c + 2;
          while (d < end && d < c + 5 && text::StartsUpper(Tok(d))) ++d;
          if (d >= end || !IsCue(d)) break;
          c = d;
        } else {
          break;
        }
        gerund_clause = verb && c < end && IsCue(c) && end - c <= 4;
        break;
      }
      // "Seeing his brother suffer led him to ...": a past tense counts.
      verb = verb || Is<"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                            "does", "did", "may", "might", "must", "should", "led", "made", "gave", "took", "kept",
                            "left", "became", "brought", "taught", "meant", "makes", "gives", "keeps", "means",
                            // ("Operating profit rose 20 percent, the company
                            // said": a noun in "-ing" and a figure's verb.)
                            "rose", "fell", "grew", "sank", "slid", "shrank", "won", "lost", "rises", "falls",
                            "grows", "remains", "stands", "stood", "hit", "topped", "came", "went", "ran", "fell">(w) ||
             (m > k + 1 && w.size() > 4 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed");
    }
  }
  // ("Everything went well, the coach said": a pronoun in "-thing".)
  const bool participle = first.size() > 4 && text::StartsUpper(first) && !gerund_clause &&
                          !Is<"Everything", "Nothing", "Something", "Anything">(first) &&
                          ((first.substr(first.size() - 3) == "ing" && !name_like) ||
                           (first.substr(first.size() - 2) == "ed" && k + 1 < end && IsPreposition(Tok(k + 1))));
  // "At least half of voters say", "Just 28 percent of voters said": a
  // share, not an opening phrase.
  // ("Only three states raised taxes, she said": a count in words too.)
  const bool at_least = (Tok(k) == "At" && Tok(k + 1) == "least") ||
                        (Is<"Just", "Only", "Nearly", "Almost", "About", "Even">(Tok(k)) && k + 1 < end &&
                         ((Tok(k + 1)[0] >= '0' && Tok(k + 1)[0] <= '9') ||
                          Is<"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "eleven", "twelve", "twenty", "half", "a", "about", "over", "under",
                                          "dozens", "hundreds", "thousands", "millions">(Tok(k + 1))));
  // ("Among the dead was a 9-year-old girl, police said": a phrase before
  // its verb inverts the clause; nothing opens it.)
  bool inverted = false;
  if (Is<"Among", "Inside", "Behind", "Beyond", "Within", "Outside", "Across">(Tok(k))) {
    for (uint32_t m = k + 2; m < end && m < k + 10 && !inverted; ++m) {
      if (Is<",", ";", ":">(Tok(m))) break;
      inverted = Is<"was", "were", "is", "are", "lies", "lay", "stood", "stands", "sat", "sits">(Tok(m));
    }
  }
  // "Last year was the warmest on record, NOAA said": a time with its
  // verb is the clause's subject, no opening phrase.
  const bool time_subject = k + 2 < end && Is<"Last", "Earlier", "Later">(Tok(k)) &&
                            Is<"was", "is", "were", "will", "would", "had", "has", "saw", "marked",
                                            "set", "broke", "became", "ranks", "ranked">(Tok(k + 2));
  if (k < end && !at_least && !time_subject && !inverted && (participle || Is<"Even", "Just", "Only", "Still", "Already", "Again",
                                             "On", "In", "At", "After", "Before", "During", "Last", "Earlier", "Later", "Since",
                             "Despite", "Following", "When", "While", "Although", "Though", "If", "As",
                             "Under", "Speaking", "Asked", "Writing", "Elsewhere", "Today", "Yesterday", "For",
                             "With", "By", "Without", "Given", "Unlike", "Like", "Amid", "Through", "Throughout",
                             "Previously", "Recently", "Then", "Also", "Once", "To", "Alongside", "Besides",
                             "Beyond", "Across", "Among", "Against", "Inside", "Outside", "Within", "Behind">(Tok(k)) ||
                  // "And in recent months, he said": after a conjunction the
                  // opening phrase is lower-case.
                  (k > sent.first_token &&
                   Is<"in", "on", "at", "after", "before", "during", "since", "for", "with", "by", "when",
                               "while", "although", "though", "if", "as", "despite", "under", "last", "earlier",
                               "later", "once", "because", "until", "unless">(Tok(k))))) {
    // "Asked whether he was concerned that Donald Trump, the nominee, who
    // has called ..., could win, Ban demurred": the question runs to the
    // comma after which a name or pronoun and its verb follow.
    if (Tok(k) == "Asked" || (Tok(k) == "When" && Tok(k + 1) == "asked")) {
      for (uint32_t m = k + 2; m + 2 < end && m < k + 60; ++m) {
        if (Tok(m) != ",") continue;
        uint32_t v = m + 1;
        if (IsPronoun(v)) {
          ++v;
        } else if (int32_t pm = PersonMentionStartingAt(v); pm >= 0) {
          v = TokenAt(doc_.mentions[pm].span.end);
          // ("Asked what she liked best, Amira, 9, said": an age set off.)
          if (v + 3 < end && Tok(v) == "," && Tok(v + 2) == "," && !Tok(v + 1).empty() && Tok(v + 1)[0] >= '0' &&
              Tok(v + 1)[0] <= '9') {
            v += 3;
          }
        } else {
          continue;
        }
        std::string_view w = Tok(v);
        if (v < end && text::StartsLower(w) && (IsCue(v) || (w.size() > 3 && (w.substr(w.size() - 2) == "ed" ||
                                                                                w.back() == 's')))) {
          return m + 1;
        }
      }
    }
    // "In September she said it was a mistake, and ...": a preposition's
    // phrase holds no cue; with one it is a clause of its own.
    const bool preposition = Is<"On", "In", "At", "During", "Last", "Earlier", "Under", "For", "With", "By",
                                         "Through", "Throughout", "Amid", "Despite", "Unlike", "Without">(Tok(k));
    for (uint32_t m = k + 1; m < end && m < k + 40; ++m) {
      if (preposition && m > k + 1 && text::StartsLower(Tok(m)) &&
          (text::StartsUpper(Tok(m - 1)) || IsPronoun(m - 1)) && IsCue(m)) {
        break;
      }
      // The comma of "2,400" is glued to its digits and ends no phrase.
      if (Tok(m) != ",") continue;
      // "in Salem, New Hampshire, Trump said": a place's state or country
      // after its comma belongs to the phrase.
      if (m + 2 < end && m + 1 < mention_start_.size() && mention_start_[m + 1] >= 0) {
        const Mention& pm = doc_.mentions[mention_start_[m + 1]];
        const uint32_t after = TokenAt(pm.span.end);
        if (doc_.entities[pm.entity].type == EntityType::kGpe && after < end && Tok(after) == "," &&
            m > k + 1 && text::StartsUpper(Tok(m - 1))) {  // ("In Boise, Idaho,": a town not known)
          m = after - 1;  // the loop steps onto the closing comma next
          continue;
        }
      }
      const bool glued = m + 1 < doc_.tokens.size() && doc_.tokens[m - 1].span.end == doc_.tokens[m].span.begin &&
                         doc_.tokens[m].span.end == doc_.tokens[m + 1].span.begin && Tok(m + 1)[0] >= '0' &&
                         Tok(m + 1)[0] <= '9';
      // ("In 2019 the talks failed, Smith said.": a time phrase with no
      // comma of its own before a clause and its closing attribution; the
      // clause is what was said.)
      if (!glued && preposition && m > k + 3 && ClosedBySpeaker(m + 1, end)) {
        bool verb = false;
        for (uint32_t v = k + 2; v < m && !verb; ++v) {
          const std::string_view w = Tok(v);
          verb = (Is<"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did",
                         "lost", "won", "rose", "fell", "grew", "made", "took", "went", "came", "became", "left">(w) ||
                  (w.size() > 4 && text::StartsLower(w) && w.ends_with("ed"))) &&
                 !Is<"the", "a", "an", "his", "her", "its", "their", "of">(Tok(v - 1)) && !IsPreposition(Tok(v - 1));
        }
        if (verb) return AfterOpeningMarks(k, end);
      }
      // ("Following the leak of the report, which concluded that she broke
      // the rules, her campaign contended": a relative clause on the
      // phrase's noun belongs to the phrase; the next comma closes it.)
      if (!glued && m + 2 < end && Is<"which", "who", "whose">(Tok(m + 1))) {
        bool closed = false;
        for (uint32_t c = m + 2; c + 2 < end && c < m + 30 && !closed; ++c) closed = Tok(c) == ",";
        if (closed) continue;
      }
      // "For hackers to do it would be unusual, but specialists say": what
      // looked like an opening phrase was a clause; the next one opens
      // after its conjunction.
      if (!glued) return AfterOpeningMarks(m + 1 < end && Is<"but", "and">(Tok(m + 1)) ? m + 2 : m + 1, end);
    }
  }
  return AfterOpeningMarks(k, end);
}

bool SpeakerFinder::ClosedBySpeaker(uint32_t c, uint32_t end) const {
  uint32_t e = end;
  while (e > c && Is<".", "!", "?">(Tok(e - 1))) --e;
  if (c >= e) return false;
  if (IsPronoun(c)) {
    ++c;
  } else if (const int32_t pm = c < mention_start_.size() ? mention_start_[c] : -1; pm >= 0) {
    c = TokenAt(doc_.mentions[pm].span.end);
  } else if (Is<"a", "the", "an", "many", "some", "several", "his", "her", "their">(Tok(c))) {
    uint32_t d = c + 1;
    while (d < e && d < c + 5 && !IsCue(d) && Tok(d) != ",") ++d;
    c = d;
  } else if (text::StartsLower(Tok(c)) && lex_.humans.Contains(Tok(c))) {
    ++c;
  } else {
    return false;
  }
  return c < e && IsCue(c) && text::StartsLower(Tok(c)) && e - c <= 3;
}

uint32_t SpeakerFinder::AfterOpeningMarks(uint32_t k, uint32_t end) const {
  // "In Ohio, even the mayor said": the focus word after an opening phrase.
  if (k + 2 < end && k > 0 && Tok(k - 1) == "," && Is<"even", "only">(Tok(k)) &&
      (Is<"the", "a", "his", "her", "their", "some", "many", "those", "these", "top", "fellow">(Tok(k + 1)) ||
       (text::StartsUpper(Tok(k + 1)) && !IsPronoun(k + 1)))) {
    ++k;
  }
  auto is_mark = [&](uint32_t m) {
    std::string_view t = Tok(m);
    size_t len;
    return t == "''" || t == "``" || text::IsDoubleQuote(text::DecodeAt(t, 0, &len));
  };
  // "To a question on the "privatization of jobs," Sanders said": the
  // phrase's comma stands inside its closing mark.
  if (k < end && k > 0 && is_mark(k) && Tok(k - 1) == "," && doc_.tokens[k - 1].span.end == doc_.tokens[k].span.begin) {
    ++k;
  }
  // "In his new book, "Doomed to Succeed," Mr. Ross said": a quoted title
  // set off by commas is an appositive of the phrase before it.
  if (k + 3 < end && is_mark(k)) {
    for (uint32_t m = k + 1; m + 2 < end && m < k + 8; ++m) {
      std::string_view t = Tok(m);
      if (t == "," && is_mark(m + 1) && doc_.tokens[m].span.end == doc_.tokens[m + 1].span.begin) {
        if (m == k + 1) break;
        bool title = true;
        for (uint32_t w = k + 1; w < m && title; ++w) {
          std::string_view x = Tok(w);
          title = text::StartsUpper(x) || Is<"of", "the", "a", "an", "to", "and", "in", "on", "for", "at">(x);
        }
        if (title && text::StartsUpper(Tok(m + 2)) && !IsPronoun(m + 2)) return m + 2;
        break;
      }
      if (is_mark(m) || Is<".", "?", "!">(t)) break;
    }
  }
  return k;
}

bool SpeakerFinder::TickerAt(uint32_t k) const { return TickerEnd(k) != 0; }

uint32_t SpeakerFinder::TickerEnd(uint32_t k) const {
  auto code = [&](std::string_view inside) {
    bool ticker = inside.size() >= 1 && inside.size() <= 10;
    for (char ch : inside) ticker = ticker && ((ch >= 'A' && ch <= 'Z') || ch == '.' || (ch >= '0' && ch <= '9'));
    return ticker;
  };
  if (k + 2 >= doc_.tokens.size() || Tok(k) != "(") return 0;
  if (Tok(k + 2) == ")") return Tok(k + 1).size() >= 2 && code(Tok(k + 1)) ? k + 2 : 0;
  // ("(NASDAQ: TSLA)", "(NYSE: F)": the exchange, then the code.)
  if (k + 4 < doc_.tokens.size() && Tok(k + 2) == ":" && Tok(k + 4) == ")" && Tok(k + 1).size() >= 2 &&
      code(Tok(k + 1)) && code(Tok(k + 3))) {
    return k + 4;
  }
  return 0;
}

bool SpeakerFinder::RolePrefix(uint32_t a, uint32_t b) const {
  // ("..., a charge Trump later dismissed as "nonsense"", "a suggestion
  // O'Sullivan described as": a statement's noun before a relative's
  // subject is what he answered, no office.)
  if (b > a && b < doc_.tokens.size() && text::StartsLower(Tok(b - 1)) && lex_.noun_cues.Contains(Tok(b - 1)) &&
      !lex_.humans.Contains(Tok(b - 1))) {
    return false;
  }
  // "Shell Plc (SHEL.L) Chief Executive Wael Sawan": a company's ticker
  // inside the prefix does not count against its length.
  uint32_t tickers = 0;
  for (uint32_t k = a + 1; k + 2 < b && k < a + 5; ++k) tickers += TickerAt(k) ? TickerEnd(k) - k + 1 : 0;
  // ("Chinese Ambassador to the United States Xie Feng": a post's place
  // lengthens it.)
  uint32_t post = 0;
  for (uint32_t k = a + 1; k + 1 < b && k < a + 5 && post == 0; ++k) {
    post = Is<"to", "for">(Tok(k)) && Is<"Ambassador", "Envoy", "Representative", "Coordinator",
                                                       "ambassador", "envoy", "representative", "coordinator">(Tok(k - 1))
               ? 3
               : 0;
  }
  // ("Deputy Prime Minister and Minister of Foreign Affairs X": an office's
  // "of" phrase too.)
  uint32_t of_phrase = 0;
  for (uint32_t k = a + 1; k + 1 < b && k < a + 8 && of_phrase == 0; ++k) {
    of_phrase = Tok(k) == "of" && text::StartsUpper(Tok(k - 1)) && text::StartsUpper(Tok(k + 1)) ? 2 : 0;
  }
  // ("the "Sweet Nothing" singer Ellie Park", ""Nightguard" director Anna
  // Cole": a work's title in marks before the noun of the person it names.)
  uint32_t title_close = 0;
  for (uint32_t k = a; k < a + 2 && k < b && title_close == 0; ++k) {
    size_t len;
    if (!text::IsDoubleQuote(text::DecodeAt(Tok(k), 0, &len))) continue;
    for (uint32_t m = k + 2; m < k + 10 && m + 1 < b; ++m) {
      if (!text::IsDoubleQuote(text::DecodeAt(Tok(m), 0, &len))) continue;
      // (Not a line closed by its comma: ""He's locked in," manager X said"
      // is a quote.)
      char buf[24];
      if (text::StartsLower(Tok(m + 1)) && lex_.humans.Contains(text::FoldCase(Tok(m + 1), buf, sizeof buf)) &&
          Tok(m - 1) != ",") {
        title_close = m;
      }
      break;
    }
  }
  const uint32_t title_len = title_close == 0 ? 0 : title_close - a;
  // ("Main opposition Republican People's Party leader Ozgur Ozel": a
  // possessive's "'s" and a capitalised party's name lengthen it.)
  uint32_t owners = 0;
  for (uint32_t k = a + 1; k + 1 < b && k < a + 9; ++k) owners += Is<"'s", "\xE2\x80\x99s">(Tok(k)) ? 2 : 0;
  // ("Maj Gen (retd) X", "Commission on Elections (Comelec) chairman X",
  // "(PML-N) Senator X": a short bracket of rank, acronym or party inside
  // the prefix.)
  uint32_t brackets = 0;
  auto bracket_close = [&](uint32_t k) -> uint32_t {
    if (Tok(k) != "(") return 0;
    for (uint32_t m = k + 1; m < b && m < k + 5; ++m) {
      if (Tok(m) == ")") return m > k + 1 ? m : 0;
      size_t l;
      if (!text::IsWordChar(text::DecodeAt(Tok(m), 0, &l)) && Tok(m) != "-") return 0;
    }
    return 0;
  };
  for (uint32_t k = a; k + 2 < b && k < a + 10; ++k) {
    if (const uint32_t c = bracket_close(k)) {
      brackets += c - k + 1;
      k = c;
    }
  }
  // ("Senior Congress leader and former Union minister X": two offices
  // joined, each a people noun.)
  uint32_t joined_offices = 0;
  for (uint32_t k = a + 1; k + 1 < b && k < a + 6 && joined_offices == 0; ++k) {
    joined_offices = Tok(k) == "and" && text::StartsLower(Tok(k - 1)) && lex_.humans.Contains(Tok(k - 1)) &&
                             lex_.humans.Contains(Tok(b - 1))
                         ? 3
                         : 0;
  }
  // ("Zimbabwe Parks and Wildlife Management Authority spokesman X": a
  // body's long name, one mention, before the office.)
  uint32_t body_len = 0;
  if (const int32_t om = a < doc_.tokens.size() ? MentionStartingAt(a) : -1;
      om >= 0 && doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg) {
    const uint32_t oe = TokenAt(doc_.mentions[om].span.end);
    if (oe > a + 2 && oe < b) body_len = oe - a - 2;
  }
  // ("Montana Fish, Wildlife and Parks Director X", "Ministry of Trade,
  // Industry and Energy spokesman X": a body's fields listed with commas
  // before their "and", each comma between capitalised words.)
  // ("Senate Banking, | Housing and Urban Affairs Committee Chairman X":
  // the "and" may stand in the title the recogniser gave the name.)
  auto listed_comma = [&](uint32_t k) {
    if (Tok(k) != "," || k <= a || k + 1 > b || !text::StartsUpper(Tok(k - 1)) || !text::StartsUpper(Tok(k + 1))) {
      return false;
    }
    for (uint32_t m = k + 1; m + 1 < doc_.tokens.size() && m < b + 8; ++m) {
      if (Tok(m) == "and") return text::StartsUpper(Tok(m + 1));
      if (Tok(m) != "," && !text::StartsUpper(Tok(m))) return false;
    }
    return false;
  };
  uint32_t listed = 0;
  for (uint32_t k = a + 1; k + 1 <= b && k < a + 10; ++k) listed += listed_comma(k) ? 2 : 0;
  if (b <= a ||
      b - a > 6 + tickers + post + of_phrase + title_len + owners + brackets + joined_offices + body_len + listed) {
    return false;
  }
  // "chairman, CEO and president Craig Menear": a list of offices.
  if (RoleList(a, b)) return true;
  for (uint32_t k = title_close == 0 ? a : title_close + 1; k < b; ++k) {
    std::string_view t = Tok(k);
    // ("The court heard Davies told": a clause's own verb, no role.)
    if (Is<"heard", "was", "were", "is", "are", "had", "has">(t)) return false;
    if (const uint32_t c = brackets > 0 ? bracket_close(k) : 0) {
      k = c;
      continue;
    }
    if (k > a && k + 2 < b && TickerAt(k) && TickerEnd(k) < b && text::StartsUpper(Tok(k - 1))) {
      k = TickerEnd(k);
      continue;
    }
    // "sheriff's spokesman Aaron Castillo", "district attorney's
    // spokeswoman": an office's possessive inside the role.
    if (k > a && k + 1 < b && Is<"'s", "\xE2\x80\x99s">(t) && text::StartsLower(Tok(k - 1)) &&
        text::StartsLower(Tok(k + 1))) {
      continue;
    }
    // ("plaintiffs' attorney Mark Lanier": a plural's possessive.)
    if (k > a && k + 1 < b && Is<"'", "\xE2\x80\x99">(t) && Tok(k - 1).size() > 2 && Tok(k - 1).back() == 's' &&
        doc_.tokens[k - 1].span.end == doc_.tokens[k].span.begin) {
      continue;
    }
    // ("Republican People's Party leader Ozgur Ozel": a party's or a
    // body's own name with its possessive.)
    if (k > a && k + 2 < b && Is<"'s", "\xE2\x80\x99s">(t) && text::StartsUpper(Tok(k - 1)) &&
        text::StartsUpper(Tok(k + 1)) && MentionEndingAt(k - 1) < 0) {
      continue;
    }
    size_t len;
    // ("Voters supporting Mr. Trump", "Democrats backing Clinton": those
    // who back a person are a group of their own, no role of hers.)
    if (k > a && Is<"supporting", "backing", "opposing", "endorsing", "against">(t)) return false;
    // ("Lawyers for convicted arsonist Derek Vaughn": the people for the
    // person, a group, no role of his.)
    // (Not inside a body's name, which runs on in capitals before the
    // office: "Centers for Disease Control and Prevention Director X",
    // "Americans for Prosperity President X".)
    if (t == "for" && k > a && Tok(k - 1).size() > 3 && Tok(k - 1).back() == 's' &&
        !(text::StartsUpper(Tok(k - 1)) && k + 1 < b && [&] {
          // (Up to the office that follows the name: "Americans for
          // Prosperity President X", "... head X".)
          for (uint32_t m = k + 1; m < b; ++m) {
            char f[24];
            const std::string_view w = Tok(m);
            if (lex_.titles.Contains(text::FoldCase(w, f, sizeof f))) return m > k + 1;
            // ("Americans for Prosperity head X": a body's own officer in
            // lower case; not one a person has, "Lawyers for Trump aide X".)
            if (Is<"head", "chief", "director", "president", "chairman", "chairwoman", "chair", "spokesman",
                   "spokeswoman", "spokesperson", "founder", "co-founder", "cofounder">(w)) {
              return m > k + 1;
            }
            if (!(text::StartsUpper(w) || w == "and" || w == "of")) return false;
          }
          return true;
        }())) {
      char folded[24];
      if (lex_.humans.Contains(text::FoldCase(Tok(k - 1), folded, sizeof folded))) return false;
    }
    // ("A spokesman for Opposition Leader Peter Dutton": the spokesman
    // speaks for the person, who is no role of his.)
    if (t == "for" && k > a && text::StartsLower(Tok(k - 1)) &&
        Is<"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser", "advisor",
                        "representative", "agent", "publicist", "counsel">(Tok(k - 1))) {
      return false;
    }
    // ("Chinese Ambassador to the United States Xie Feng", "Special Envoy
    // for Syria X": the post's country.)
    // ("Chinese Ambassador to the US Xie Feng": and the country's article.)
    if (Is<"to", "for", "the">(t) && k > a && k + 1 < b &&
        (Is<"Ambassador", "Envoy", "Representative", "Coordinator", "Commissioner", "to", "for",
                         "ambassador", "envoy", "representative", "coordinator", "commissioner">(Tok(k - 1)) ||
         (t == "the" && Is<"to", "for">(Tok(k - 1)))) &&
        (text::StartsUpper(Tok(k + 1)) ||
         (t != "the" && Tok(k + 1) == "the" && k + 2 < b && text::StartsUpper(Tok(k + 2))))) {
      continue;
    }
    if (listed > 0 && listed_comma(k)) continue;
    // "Health and Human Services Secretary X": "and" inside an office's name
    // (not between two titled people: "Prime Minister X and President Y").
    // ("Jammu and Kashmir Police chief X", "Boise Parks and Recreation
    // Director X": places and bodies may end before the "and".)
    if (t == "and" && k > a && k + 1 < b && text::StartsUpper(Tok(k - 1)) && text::StartsUpper(Tok(k + 1)) &&
        (MentionEndingAt(k - 1) < 0 ||
         doc_.entities[doc_.mentions[MentionEndingAt(k - 1)].entity].type != EntityType::kPerson)) {
      continue;
    }
    if (t == "and" && joined_offices > 0 && k > a && k + 1 < b && lex_.humans.Contains(Tok(k - 1))) continue;
    // ("Sterling & Morrow analyst Kevin Dufresne": a firm's ampersand.)
    if (t == "&" && k > a && k + 1 < b && text::StartsUpper(Tok(k - 1)) && text::StartsUpper(Tok(k + 1))) continue;
    // ("Aramco President and | CEO John Smith": the last office is the
    // name's own title.)
    if (t == "and" && k > a && k + 1 == b && b < doc_.tokens.size() && text::StartsUpper(Tok(k - 1)) && RoleWord(b) &&
        MentionEndingAt(k - 1) < 0) {
      continue;
    }
    // "Ever since Bernie Sanders announced": a subordinator is no role.
    char buf[16];
    if (!text::IsWordChar(text::DecodeAt(t, 0, &len)) || IsCue(k) || IsPronoun(k) ||
        Is<"that", "which", "who", "and", "but", "is", "was", "to", "as", "in", "on", "at", "by", "quotes">(t) ||
        Is<"since", "after", "when", "because", "although", "though", "if",
                                                 "once", "before", "until", "while", "ever", "whenever", "unless",
                                                 // "Would Adam Schiff have pleaded": a question's modal.
                                                 "would", "will", "could", "should", "can", "may", "might", "must">(text::FoldCase(t, buf, sizeof buf))) {
      return false;
    }
  }
  return true;
}

bool SpeakerFinder::MediumAt(uint32_t m, uint32_t end) const {
  // ("said Schaeuble at a news conference in Brussels": an occasion, like a
  // medium, follows its speaker.)
  if (Is<"at", "during">(Tok(m)) && m + 2 < end && Is<"a", "an", "the", "his", "her", "its", "their">(Tok(m + 1))) {
    for (uint32_t n = m + 2; n < end && n < m + 5; ++n) {
      if (Is<"conference", "briefing", "rally", "hearing", "summit", "ceremony", "forum", "vigil", "funeral",
                      "luncheon", "breakfast", "reception", "debate", "gathering", "meeting", "session">(Tok(n))) {
        return true;
      }
    }
    return false;
  }
  if (!Is<"in", "on">(Tok(m)) || m + 2 >= end || !Is<"a", "an", "the", "his", "her", "its", "their">(Tok(m + 1))) {
    return false;
  }
  // (Not what one worked on: "a former investigator who worked on the
  // report".)
  const bool on = Tok(m) == "on";
  for (uint32_t n = m + 2; n < end && n < m + 4; ++n) {
    if (on ? Is<"call", "podcast", "show", "program", "programme", "blog", "website">(Tok(n))
           : Is<"note", "notes", "statement", "interview", "report", "letter", "email", "memo", "post", "tweet",
                         "release", "filing", "video", "speech", "briefing", "podcast", "column", "op-ed">(Tok(n))) {
      return true;
    }
  }
  return false;
}

bool SpeakerFinder::RoleWord(uint32_t k) const {
  const std::string_view t = Tok(k);
  if (t.size() >= 2 && t.size() <= 5) {  // "CEO", "CFO", "COO"
    bool caps = true;
    for (char c : t) caps = caps && c >= 'A' && c <= 'Z';
    if (caps) return true;
  }
  char buf[24];
  const std::string_view folded = text::FoldCase(t, buf, sizeof buf);
  if ((text::StartsLower(t) && lex_.humans.Contains(t)) || lex_.titles.Contains(folded)) return true;
  // ("co-director", "ex-chairman": an office with its prefix.)
  if (t.size() > 5 && (t.starts_with("co-") || t.starts_with("ex-"))) {
    const std::string_view rest = t.substr(3);
    return text::StartsLower(rest) && (lex_.humans.Contains(rest) || lex_.titles.Contains(rest));
  }
  return false;
}

bool SpeakerFinder::RoleList(uint32_t a, uint32_t b) const {
  // Offices joined by commas and one "and" or "&": word, [, word]*, and,
  // word; the last office may be the name's own title, at b ("Chairman and
  // CEO Craig Menear").
  if (b < a + 2 || b - a > 7) return false;
  // Cheap test first (this runs for every role prefix): an "and" or "&".
  bool has_and = false;
  for (uint32_t k = a + 1; k < b && !has_and; ++k) has_and = Tok(k) == "and" || Tok(k) == "&";
  if (!has_and || PersonMentionStartingAt(a) >= 0) return false;
  const bool title_after = Is<"and", "&", ",">(Tok(b - 1)) && b < doc_.tokens.size() && RoleWord(b);
  if (b < a + 3 && !title_after) return false;
  bool joined = false;
  for (uint32_t k = a; k < b; ++k) {
    const std::string_view t = Tok(k);
    const bool link = t == "," || t == "and" || t == "&";
    if (link) {
      if (k == a || (k + 1 >= b && !title_after) || Tok(k - 1) == "," || Tok(k - 1) == "and") return false;
      joined = joined || t != ",";
      continue;
    }
    if (!RoleWord(k) || IsCue(k) || IsPronoun(k)) return false;
  }
  return joined;
}

bool SpeakerFinder::PossessiveRolePrefix(uint32_t a, uint32_t b) const {
  if (b <= a + 1 || b - a > 10) return false;
  uint32_t k = a;
  if (Is<"the", "The">(Tok(k))) ++k;
  const uint32_t owner = k;
  // ("The Bank of England's chief economist": an owner's name with "of".)
  while (k < b && k < owner + 6 &&
         ((text::StartsUpper(Tok(k)) && !IsCue(k) && !IsPronoun(k)) ||
          (k > owner && k + 1 < b && Is<"of", "for", "and", "&">(Tok(k)) && text::StartsUpper(Tok(k + 1))))) {
    ++k;
  }
  // ("the foreign ministry's Lin Jiaming": a body's lower-case noun after
  // the article.)
  if (k == owner && owner > a) {
    while (k < b && k < owner + 4 && text::StartsLower(Tok(k)) && !IsCue(k) && !IsPronoun(k) &&
           !Is<"'s", "\xE2\x80\x99s">(Tok(k))) {
      ++k;
    }
    if (k == owner || k >= b || !lex_.humans.Contains(Tok(k - 1))) k = owner;
  }
  // ("Fairbanks' attorney": the bare apostrophe of a name in -s.)
  const bool bare = k > owner && k < b && Is<"'", "\xE2\x80\x99">(Tok(k)) && Tok(k - 1).back() == 's';
  if (k == owner || k >= b || (!Is<"'s", "\xE2\x80\x99s">(Tok(k)) && !bare)) return false;
  return k + 1 == b || RolePrefix(k + 1, b);
}

void SpeakerFinder::JoinRolePrefix(uint32_t from, Speaker* sp) const {
  const uint32_t opener = from;
  // ("Last week the designer Ana Ruiz said": a time opening the sentence
  // is no part of the role.)
  if (from + 3 < sp->first_token && Is<"Last", "Earlier", "Later", "This", "Next">(Tok(from)) &&
      Is<"week", "month", "year", "night", "weekend", "summer", "spring", "autumn", "fall", "winter",
                         "season", "morning", "evening">(Tok(from + 1))) {
    from += 2;
  }
  // ("Later Simmons said", "Then Mr. Rubin asked": an adverb opening the
  // sentence is no role.)
  char buf[16];
  if (sp->first_token == from + 1 && text::StartsUpper(Tok(from)) &&
      Is<"later", "earlier", "meanwhile", "however", "then", "now",
                                                       "also", "still", "yet", "instead", "afterward", "afterwards",
                                                       "separately", "again", "today", "yesterday">(text::FoldCase(Tok(from), buf, sizeof buf))) {
    sp->first_token = from;
    return;
  }
  uint32_t role_end = sp->role || doc_.tokens[sp->first_token].span.begin < sp->mention.begin
                          ? sp->mention.begin
                          : doc_.tokens[sp->first_token - 1].span.end;
  while (role_end > doc_.tokens[from].span.begin && doc_.text[role_end - 1] == ' ') --role_end;
  // ("A lawyer named Carla Mendes said": the naming word is no part of the
  // role.)
  if (const uint32_t last = TokenAt(role_end) - 1; last > from && last < doc_.tokens.size() &&
                                                   role_end == doc_.tokens[last].span.end &&
                                                   Is<"named", "called">(Tok(last))) {
    role_end = doc_.tokens[last - 1].span.end;
  }
  // ("CDC Director Dr. Samuel Otieno said": the office, not the courtesy title.)
  if (const uint32_t last = TokenAt(role_end) - 1; last > from && last < doc_.tokens.size() &&
                                                   role_end == doc_.tokens[last].span.end) {
    std::string_view w = Tok(last);
    // ("union president Capt. Mike Delgado", "Saudi Energy Minister Prince
    // Abdulaziz": a rank in short or a royal style after the office is the
    // person's, not the office's.)
    // (Not after the body the rank is held in: "Police Lt.", "state Sen.",
    // "Coast Guard Capt.", "RCMP Chief Supt.")
    const std::string_view prev = Tok(last - 1);
    const bool office_before = text::StartsLower(prev) && lex_.humans.Contains(prev) &&
                               !Is<"police", "state", "county", "city", "district", "federal", "army", "navy">(prev);
    const bool rank =
        (w.size() > 2 && w.back() == '.' && lex_.titles.Contains(w.substr(0, w.size() - 1)) && office_before) ||
        (Is<"Prince", "Princess", "Sheikh", "Sheikha", "Sir", "Dame", "Lord", "Lady">(w) &&
         (office_before || Is<"Minister", "Secretary", "Governor", "Ambassador", "Chairman", "President",
                                     "Affairs", "Energy", "Defence", "Defense", "Interior", "Finance">(prev)));
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    if ((lex_.honorifics.Contains(w) && w != "MS") || rank) role_end = doc_.tokens[last - 1].span.end;
    // ("Health Minister Datuk Seri Dr Dzulkefly Ahmad": every honorific.)
    for (uint32_t k = last; k > from && role_end == doc_.tokens[k].span.end && HonorificAt(k); --k) {
      role_end = doc_.tokens[k - 1].span.end;
    }
  }
  sp->first_token = opener;
  // ("That's why he said", "Here's why I think": the words before a pronoun
  // open its clause but name no office.)
  if (sp->mention.size() > 0 && (IsPronoun(TokenAt(sp->mention.begin)) ||
                                 Is<"I", "we", "We", "you", "You">(Tok(TokenAt(sp->mention.begin))))) {
    return;
  }
  sp->role = std::string(doc_.Slice({doc_.tokens[from].span.begin, role_end}));
  sp->role_is_title = true;
}

bool SpeakerFinder::HonorificAt(uint32_t k) const {
  std::string_view w = Tok(k);
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  // ("Wrexham MS Lesley Griffiths": a Member of the Senedd, in capitals.)
  if (w == "MS") return false;
  if (lex_.honorifics.Contains(w)) return true;
  const size_t n = doc_.tokens.size();
  if (k + 1 < n && ((w == "Tan" && Is<"Sri", "Seri">(Tok(k + 1))) || (w == "Toh" && Tok(k + 1) == "Puan"))) return true;
  return k > 0 && Is<"Sri", "Seri", "Amar", "Patinggi", "Wira", "Utama", "Panglima">(w) &&
         Is<"Tan", "Datuk", "Dato", "Dato'", "Dato\xE2\x80\x99", "Datin", "Puan", "Seri">(Tok(k - 1));
}

Speaker SpeakerFinder::FromMention(int32_t mi) const {
  const Mention& m = doc_.mentions[mi];
  Speaker sp;
  sp.found = true;
  sp.entity = m.entity;
  sp.name = doc_.entities[m.entity].name;
  sp.mention = m.span;
  sp.first_token = TokenAt(m.title.empty() ? m.span.begin : m.title.begin);
  sp.last_token = TokenAt(m.span.end);
  if (!m.title.empty()) {
    std::string_view title = doc_.Slice(m.title);
    if (title.size() > 1 && title.back() == '.') title.remove_suffix(1);
    if (title.size() > 4 && (title.substr(0, 4) == "The " || title.substr(0, 4) == "the ")) title.remove_prefix(4);
    // ("Tan Sri Ramlan Harun", "Datuk Seri Dr Dzulkefly Ahmad": honorifics
    // only, no office.)
    bool courtesy_only = true;
    for (uint32_t k = TokenAt(m.title.begin); k < TokenAt(m.title.end) && courtesy_only; ++k) {
      courtesy_only = HonorificAt(k);
    }
    if (!lex_.honorifics.Contains(title) && !courtesy_only) {
      // "Health Minister Dr. Jane Roe": the office, not the courtesy title
      // ("EC chairman Tan Sri Ramlan Harun": nor all of its words).
      Span role = m.title;
      uint32_t last = TokenAt(role.end) - 1;
      while (last > TokenAt(role.begin) && HonorificAt(last)) {
        role.end = doc_.tokens[last - 1].span.end;
        --last;
      }
      sp.role = std::string(doc_.Slice(role));
      // ("parliamentary budget officer Yves Giroux": a lower-case office is
      // a description the article gives, carried as an appositive is.)
      // ("Kremlin spokesman Dmitry Peskov": a lower-case head after a
      // capitalised owner describes too.)
      sp.role_is_title = !(text::StartsLower(Tok(last)) && lex_.humans.Contains(Tok(last)));
    }
  }
  return sp;
}

namespace {
// A common noun that names a body which speaks ("the embassy", "the
// ministry").
bool IsBodyNoun(std::string_view w) {
  return Is<"embassy", "ministry", "company", "agency", "department", "government", "council", "committee",
                "commission", "board", "union", "party", "firm", "bank", "military", "army", "police", "office",
                "administration", "campaign", "league", "federation", "association", "foundation", "university",
                "hospital", "airline", "club", "consulate", "regulator", "watchdog", "insurer", "lender", "carrier",
                "automaker", "retailer", "group", "network", "broadcaster", "newspaper", "channel", "court",
                "tribunal", "panel", "prosecutor's", "navy", "coalition", "alliance", "cabinet", "presidency",
                "legislature", "parliament", "senate", "assembly", "municipality", "city", "county", "state",
                "district", "school", "college", "museum", "zoo", "team", "organisation", "organization",
                "charity", "institute", "center", "centre", "service", "authority", "bureau", "inspectorate",
                "wing", "secretariat", "directorate", "spokesperson's">(w);
}
}  // namespace

Speaker SpeakerFinder::FromPronoun(uint32_t k) const {
  Speaker sp;
  sp.found = true;
  sp.first_token = k;
  sp.last_token = k + 1;
  sp.mention = doc_.tokens[k].span;
  char buf[8];
  const std::string* g = lex_.pronouns.Find(text::FoldCase(PronounOf(Tok(k)), buf, sizeof buf));
  char gender = g && !g->empty() ? (*g)[0] : 0;
  if (gender == 'p') return sp;  // "they": left unnamed
  if (gender == 'n') {
    // ("The Commission has asked Meta to explain ..., it said": an
    // organisation opening the sentence that "it" closes is its subject.)
    const Sentence& sent = doc_.sentences[doc_.tokens[k].sentence];
    if (k > sent.first_token + 3 && Tok(k - 1) == ",") {
      const uint32_t c0 = ClauseStart(doc_.tokens[k].sentence);
      uint32_t o = c0;
      if (o < k && Is<"The", "the">(Tok(o))) ++o;
      const int32_t m = o < mention_start_.size() ? mention_start_[o] : -1;
      if (m >= 0 && doc_.entities[doc_.mentions[m].entity].type == EntityType::kOrg) {
        sp.entity = doc_.mentions[m].entity;
        sp.name = doc_.entities[sp.entity].name;
        return sp;
      }
    }
    // ("The study tracked 500,000 people. It found that ...": a document
    // opening the sentence before, when "it" finds or shows.)
    if (k + 1 < doc_.tokens.size() &&
        Is<"found", "finds", "shows", "showed", "suggests", "suggested", "concluded", "concludes",
                        "estimates", "estimated", "indicates", "indicated", "reveals", "revealed">(Tok(k + 1))) {
      const uint32_t s = doc_.tokens[k].sentence;
      if (s > 0 && doc_.sentences[s - 1].paragraph + 1 >= doc_.sentences[s].paragraph) {
        const uint32_t c0 = ClauseStart(s - 1);
        for (uint32_t h = c0 + 1; h < c0 + 3 && h < doc_.sentences[s - 1].end_token; ++h) {
          if (!lex_.evidence.Contains(Tok(h))) continue;
          if (!Is<"The", "the", "A", "a", "An", "an", "This", "this", "Its", "Their">(Tok(c0))) break;
          Speaker doc_sp;
          if (Description(c0, h + 1, &doc_sp) && doc_sp.found && doc_sp.name) {
            sp.name = doc_sp.name;
            sp.description = true;
            return sp;
          }
          break;
        }
      }
    }
    // ("The Chinese embassy issued a statement on Friday. It said ...": a
    // body named by its common noun, opening the sentence before the one "it"
    // opens.)
    if (const uint32_t s = doc_.tokens[k].sentence;
        s > 0 && k == ClauseStart(s) && doc_.sentences[s - 1].paragraph + 1 >= doc_.sentences[s].paragraph) {
      const uint32_t c0 = ClauseStart(s - 1);
      const uint32_t end0 = doc_.sentences[s - 1].end_token;
      for (uint32_t h = c0 + 1; h < c0 + 4 && h + 1 < end0; ++h) {
        if (!text::StartsLower(Tok(h)) || !IsBodyNoun(Tok(h))) continue;
        // ("The city council": the noun that heads the phrase.)
        while (h + 2 < end0 && text::StartsLower(Tok(h + 1)) && IsBodyNoun(Tok(h + 1))) ++h;
        bool plain = Is<"The", "the">(Tok(c0));
        for (uint32_t w = c0 + 1; w < h && plain; ++w) plain = !IsCue(w) && !Is<",", "and", "of", "'s">(Tok(w));
        // (Its own verb right after: "The embassy issued", not "The
        // embassy's spokesman".)
        if (!plain || Is<"'s", "\xE2\x80\x99s", "of", ",", "and">(Tok(h + 1)) || text::StartsUpper(Tok(h + 1))) {
          break;
        }
        sp.name = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[h].span.end}));
        sp.description = true;
        return sp;
      }
    }
    // ("Yunus' press wing said he would travel. The trip would focus on
    // trade, it said.": a body by its common noun, the subject of the
    // report opening the sentence before, for a closing "it said".)
    if (const uint32_t s = doc_.tokens[k].sentence;
        s > 0 && k > ClauseStart(s) && k + 1 < doc_.tokens.size() && IsCue(k + 1) && Tok(k - 1) == "," &&
        doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph) {
      const uint32_t c0 = ClauseStart(s - 1);
      const uint32_t end0 = doc_.sentences[s - 1].end_token;
      uint32_t cue = c0 + 1;
      while (cue < end0 && cue < c0 + 9 && !IsCue(cue) && !Is<",", ";", ":", "and", "who", "which">(Tok(cue))) {
        ++cue;
      }
      if (cue < end0 && cue > c0 + 1 && IsCue(cue) && text::StartsLower(Tok(cue)) &&
          text::StartsLower(Tok(cue - 1)) && IsBodyNoun(Tok(cue - 1)) && !IsPronoun(c0) && [&] {
            // (A person only as the body's owner: "Yunus' press wing".)
            const int32_t pm = PersonMentionStartingAt(c0);
            if (pm < 0) return true;
            const uint32_t after = TokenAt(doc_.mentions[pm].span.end);
            return after + 1 < cue && Is<"'s", "'", "\xE2\x80\x99s", "\xE2\x80\x99">(Tok(after));
          }()) {
        sp.name = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[cue - 1].span.end}));
        sp.description = true;
        return sp;
      }
    }
    // ("Sunrise Senior Living denied the claims. It said ...": a name in
    // capitals the recogniser did not know, opening the sentence before as
    // its subject with a verb of its own, no person.)
    if (const uint32_t s = doc_.tokens[k].sentence;
        s > 0 && k == ClauseStart(s) && doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph) {
      // (The recogniser may have read it as a person's name: "Hapag-Lloyd",
      // "Acme Widgets"; never one opening with a known given name.)
      const uint32_t c0 = ClauseStart(s - 1);
      const uint32_t end0 = doc_.sentences[s - 1].end_token;
      const int32_t pm = PersonMentionStartingAt(c0);
      uint32_t b = c0;
      if (pm >= 0 && doc_.mentions[pm].title.empty() && !lex_.given.Contains(Tok(c0))) {
        b = TokenAt(doc_.mentions[pm].span.end);
      } else if (pm < 0 && MentionStartingAt(c0) < 0) {
        while (b < end0 && b < c0 + 5 && text::StartsUpper(Tok(b)) && !IsPronoun(b)) ++b;
        if (b < c0 + 2) b = c0;
      }
      // (One plain word may be a family name: "Harrower said it was a bad
      // game. It said little": the one-word company needs its "its".)
      if (b == c0 + 1 && Tok(c0).find('-') == std::string_view::npos) b = c0;
      if (b > c0 && b < end0 && (IsCue(b) || lex_.object_cues.Contains(Tok(b))) && text::StartsLower(Tok(b)) &&
          !lex_.starters.Contains(Tok(c0)) && !Is<"The", "A", "An", "This", "That", "His", "Her", "Their">(Tok(c0))) {
        sp.name = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[b - 1].span.end}));
        sp.description = true;
        return sp;
      }
    }
    // "it said": the latest organisation named outside quotation marks.
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), doc_.tokens[k].span.begin,
                               [](const Mention& m, uint32_t p) { return m.span.begin < p; });
    // ("Islamic Jihad said it would punish the United States for the U.S.
    // Navy's shelling ... It said": an owner before its possessive is named
    // in passing; the latest organisation named otherwise comes first.)
    int32_t owner = -1;
    for (int looked = 0; it != doc_.mentions.begin() && looked < 60; ++looked) {
      --it;
      if (doc_.entities[it->entity].type == EntityType::kOrg && !InQuote(it->span.begin)) {
        // ("MOSCOW (UPI) -- Pravda published an editorial. It denounced
        // ...": a dateline's place in capitals is no one.)
        const uint32_t t = TokenAt(it->span.begin);
        if (t < AfterDateline(doc_.tokens[t].sentence)) continue;
        const uint32_t after = TokenAt(it->span.end);
        if (after < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s">(Tok(after))) {
          if (owner < 0) owner = it->entity;
          continue;
        }
        sp.entity = it->entity;
        sp.name = doc_.entities[it->entity].name;
        break;
      }
    }
    if (sp.entity < 0 && owner >= 0) {
      sp.entity = owner;
      sp.name = doc_.entities[owner].name;
    }
    // ("Soundwave said it would cut jobs. It said ...": a one-word name the
    // recogniser took for a person's, no given name, opening the sentence
    // before, whose own "its" followed it there.)
    if (sp.entity < 0) {
      const uint32_t s = doc_.tokens[k].sentence;
      if (s > 0 && k == ClauseStart(s) && doc_.sentences[s - 1].paragraph + 1 >= doc_.sentences[s].paragraph) {
        const Sentence& prev = doc_.sentences[s - 1];
        const uint32_t c0 = ClauseStart(s - 1);
        const int32_t m = c0 < mention_start_.size() ? mention_start_[c0] : -1;
        if (m >= 0 && TokenAt(doc_.mentions[m].span.end) == c0 + 1 && !lex_.given.Contains(Tok(c0))) {
          bool its = false;
          for (uint32_t w = c0 + 1; w < prev.end_token && !its; ++w) {
            its = Tok(w) == "its" && !InQuote(doc_.tokens[w].span.begin);
          }
          bool gendered = false;  // "he" or "she" would have said a person
          for (uint32_t w = c0 + 1; w < prev.end_token && !gendered; ++w) {
            gendered = Is<"he", "she", "his", "her", "him">(Tok(w));
          }
          if (its && !gendered) {
            sp.entity = doc_.mentions[m].entity;
            sp.name = doc_.entities[sp.entity].name;
          }
        }
      }
    }
    return sp;
  }
  int32_t e = ResolvePronoun(doc_.tokens[k].span.begin, gender);
  if (e >= 0) {
    sp.entity = e;
    sp.name = doc_.entities[e].name;
    return sp;
  }
  // ("Summer McIntosh touched first. "...," she said.": two or three
  // capitalised words the recogniser did not know, opening the sentence
  // before as its subject, with a verb of their own, are the name "she"
  // takes when no person of her gender was named.)
  if (const uint32_t s = doc_.tokens[k].sentence;
      s > 0 && doc_.sentences[s - 1].paragraph + 1 >= doc_.sentences[s].paragraph) {
    const uint32_t c0 = ClauseStart(s - 1);
    const uint32_t end0 = doc_.sentences[s - 1].end_token;
    auto word = [&](uint32_t w) {
      size_t len;
      return !Tok(w).empty() && text::IsWordChar(text::DecodeAt(Tok(w), 0, &len));
    };
    uint32_t b = c0;
    // ("Nihad Abu el-Komsan": an Arabic article before the family name.)
    auto particle = [&](uint32_t w) {
      const std::string_view t = Tok(w);
      return t.size() > 4 && (t.starts_with("el-") || t.starts_with("al-")) && t[3] >= 'A' && t[3] <= 'Z';
    };
    while (b < end0 && b < c0 + 4 && (text::StartsUpper(Tok(b)) || (b > c0 + 1 && particle(b))) && word(b) &&
           !IsPronoun(b) && !lex_.starters.Contains(Tok(b)) && MentionStartingAt(b) < 0 &&
           !InQuote(doc_.tokens[b].span.begin)) {
      ++b;
    }
    // (Its verb right after, or an appositive set off by a comma.)
    const bool apposed = b + 1 < end0 && Tok(b) == "," &&
                         (text::StartsLower(Tok(b + 1)) || Is<"a", "an", "the", "A", "An", "The">(Tok(b + 1)));
    // ("Boluarte, 62, was sworn in": one name word and its age.)
    const bool aged = b == c0 + 1 && b + 3 < end0 && Tok(b) == "," && !Tok(b + 1).empty() && Tok(b + 1)[0] >= '1' &&
                      Tok(b + 1)[0] <= '9' && Tok(b + 1).size() <= 3 && Tok(b + 2) == "," &&
                      !lex_.given.Contains(Tok(c0));
    const bool name_like = aged || (b >= c0 + 2 && b <= c0 + 4 && b < end0 &&
                           ((text::StartsLower(Tok(b)) && word(b) && !lex_.humans.Contains(Tok(b)) &&
                             !Is<"of", "and", "for", "in", "at", "on", "de">(Tok(b))) ||
                            apposed));
    bool plain = name_like;
    for (uint32_t w = c0; w < b && plain; ++w) {
      char low[32];
      plain = !lex_.humans.Contains(text::FoldCase(Tok(w), low, sizeof low)) && !lex_.titles.Contains(low) &&
              !lex_.places.Find(Tok(w));
    }
    if (plain) {
      sp.name = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[b - 1].span.end}));
    }
  }
  return sp;
}

int32_t SpeakerFinder::ResolvePronoun(uint32_t pos, char gender) const {
  if (!pronouns_done_) {
    ResolveAllPronouns();
    pronouns_done_ = true;
  }
  auto it = std::lower_bound(pronouns_.begin(), pronouns_.end(), pos,
                             [](const ResolvedPronoun& r, uint32_t p) { return r.begin < p; });
  if (it != pronouns_.end() && it->begin == pos && it->gender == gender) return it->entity;
  return LatestPerson(pos, gender);
}

namespace {

// The gender a third-person singular pronoun gives ('m', 'f'), and whether it
// is a subject; 0 for any other word. Cheap enough for every token.
char SingularPronoun(std::string_view t, bool* subject) {
  if (t.size() < 2) return 0;
  const char c = t[0] | 0x20;
  if (c != 'h' && c != 's') return 0;
  t = PronounOf(t);
  if (t.size() < 2 || t.size() > 7) return 0;
  char buf[8];
  std::string_view f = text::FoldCase(t, buf, sizeof buf);
  *subject = f == "he" || f == "she";
  if (f == "he" || f == "him" || f == "his" || f == "himself") return 'm';
  if (f == "she" || f == "her" || f == "hers" || f == "herself") return 'f';
  return 0;
}

}  // namespace

void SpeakerFinder::ResolveAllPronouns() const {
  struct Candidate {
    int32_t entity;
    double salience;
    uint32_t sentence;  // when salience was last updated
    uint32_t token;     // where it was last mentioned, to break ties by recency
    char gender;        // the entity's, else a courtesy title's ("Mrs."), else learnt from a pronoun
  };
  constexpr size_t kCandidates = 12;
  std::vector<Candidate> recent;
  recent.reserve(kCandidates + 1);
  // (A new paragraph fades the last one's people a little more: "His
  // mother, Adaeze Okafor, laughs. She says ... ¶ Maria Lopez says ...
  // "...," she says." is Maria Lopez.)
  auto current = [this](const Candidate& c, uint32_t s) {
    if (s - c.sentence > 30) return 0.0;
    double v = c.salience;
    for (uint32_t d = c.sentence; d < s; ++d) {
      v *= 0.5;
      if (doc_.sentences[d + 1].paragraph != doc_.sentences[d].paragraph) v *= 0.8;
    }
    return v;
  };
  auto add = [&](int32_t entity, double weight, uint32_t s, uint32_t k, char gender) {
    for (Candidate& c : recent) {
      if (c.entity == entity) {
        c.salience = current(c, s) + weight;
        c.sentence = s;
        c.token = k;
        if (gender) c.gender = gender;
        return;
      }
    }
    recent.push_back({entity, weight, s, k, gender});
    if (recent.size() > kCandidates) {
      size_t low = 0;
      for (size_t i = 1; i < recent.size(); ++i) {
        if (current(recent[i], s) < current(recent[low], s)) low = i;
      }
      recent.erase(recent.begin() + long(low));
    }
  };
  const uint32_t n = uint32_t(doc_.tokens.size());
  uint32_t clause_sentence = UINT32_MAX, clause_start = 0;
  for (uint32_t k = 0; k < n; ++k) {
    const uint32_t s = doc_.tokens[k].sentence;
    const int32_t m = mention_start_[k];
    if (m >= 0 && doc_.entities[doc_.mentions[m].entity].type == EntityType::kPerson) {
      const Mention& mention = doc_.mentions[m];
      if (InQuote(mention.span.begin)) continue;
      // (A title in marks that is no quote, the marks around the name alone:
      // "sang "Amazing Grace,"".)
      if (size_t len; k > 1 && !Is<"himself", "herself", "as", "named">(Tok(k - 2)) &&
                      text::IsDoubleQuote(text::DecodeAt(Tok(k - 1), 0, &len))) {
        uint32_t after = TokenAt(mention.span.end);
        if (after < n && Tok(after) == ",") ++after;
        if (after < n && text::IsDoubleQuote(text::DecodeAt(Tok(after), 0, &len))) continue;
      }
      if (clause_sentence != s) {
        clause_sentence = s;
        clause_start = ClauseStart(s);
      }
      const uint32_t sentence_first = doc_.sentences[s].first_token;
      uint32_t first = TokenAt(mention.title.empty() ? mention.span.begin : mention.title.begin);
      const uint32_t last = TokenAt(mention.span.end);
      // Title words the recogniser left outside ("Secretary of State John
      // F. Kerry"): capitalised words, and "of" between two of them.
      for (int steps = 0; steps < 6 && first > sentence_first; ++steps) {
        std::string_view p = Tok(first - 1);
        if (text::StartsUpper(p) || (p == "of" && first - 1 > sentence_first && text::StartsUpper(Tok(first - 2)))) {
          --first;
        } else {
          break;
        }
      }
      // A name before a role and another name is no subject, only a
      // modifier, as a possessive is ("Clinton communication director
      // Jennifer Palmieri said").
      bool modifier = false;
      // ("Carolyn Beaumont met Foreign Minister Badr Abdelatty": a verb
      // after the name makes it the subject, whatever office follows.)
      const bool verb_after = last < n && text::StartsLower(Tok(last)) && Tok(last).size() > 2 &&
                              (Tok(last).ends_with("ed") ||
                               Is<"met", "meets", "beat", "beats", "told", "tells", "led", "leads", "won",
                                              "wins", "lost", "saw", "sees", "sent", "gave", "took", "chose", "hit",
                                              "visits", "calls", "joins", "faces", "thanks", "greets", "hosts",
                                              "replaces", "succeeds", "appoints", "names", "fires", "hires">(Tok(last)));
      for (uint32_t j = last; j < last + 5 && j < n && !modifier && !verb_after; ++j) {
        // (A role word before the other name: "Zelensky met Mark Rutte" is
        // a subject and its verb.)
        modifier = j > last && PersonMentionStartingAt(j) >= 0 && RoleWord(j - 1) && RolePrefix(last, j);
      }
      double w = 100;
      // The subject: opening its clause, before its cue, or after an
      // inverted cue ("..., said Dennis Halpin").
      // ("Alvarez's mother, Rosa Alvarez, wept": the name set off after the
      // subject's description is the subject too.)
      bool apposed_subject = false;
      if (!modifier && first > clause_start + 1 && first < clause_start + 7 && Tok(first - 1) == "," && last < n &&
          Tok(last) == "," && lex_.humans.Contains(Tok(first - 2))) {
        apposed_subject = true;
        for (uint32_t j = clause_start; j + 1 < first && apposed_subject; ++j) {
          const std::string_view w0 = Tok(j);
          apposed_subject = !IsCue(j) && w0 != "," &&
                            !Is<"is", "was", "are", "were", "has", "had", "have", "said", "says", "and", "but">(w0);
        }
      }
      // ("A longshoreman, Tomas Reyes, said": a name set off right before
      // its cue, whatever noun the description has.)
      if (!modifier && !apposed_subject && first > clause_start + 1 && first < clause_start + 7 &&
          Tok(first - 1) == "," && last + 1 < n && Tok(last) == "," && IsCue(last + 1)) {
        apposed_subject = true;
        for (uint32_t j = clause_start; j + 1 < first && apposed_subject; ++j) {
          const std::string_view w0 = Tok(j);
          apposed_subject = !IsCue(j) && w0 != "," && !IsPronoun(j) &&
                            !Is<"is", "was", "are", "were", "has", "had", "have", "said", "says", "and", "but">(w0);
        }
      }
      // ("His friend Morty Gold, 91, spoke at the funeral": a relation or
      // office before the name opening the clause.)
      bool described_subject = false;
      if (!modifier && first > clause_start && first <= clause_start + 3 &&
          Is<"His", "Her", "Their", "His", "The", "A">(Tok(clause_start)) &&
          lex_.humans.Contains(Tok(first - 1)) && text::StartsLower(Tok(first - 1))) {
        described_subject = true;
        for (uint32_t j = clause_start + 1; j + 1 < first && described_subject; ++j) {
          described_subject = text::StartsLower(Tok(j)) && !IsCue(j);
        }
      }
      if (!modifier && (first <= clause_start || apposed_subject || described_subject || IsCue(last) ||
                        (first > sentence_first && IsCue(first - 1)))) {
        w += 80;
      }
      // ("His deputy, Mark Hughes, said ...": the sentence's speaker, over
      // the owner its possessive names.)
      if (apposed_subject && last + 1 < n && IsCue(last + 1)) w += 30;
      if (first > sentence_first && IsPreposition(Tok(first - 1))) w -= 50;
      // ("Ines Moreau plays the CFO Delphine Castellane on the show. She
      // said": a character an actor plays is no one who speaks.)
      for (uint32_t b = first; b > sentence_first && first - b < 4;) {
        --b;
        // ("Anna Berg has sung Carmen 31 times. She said": the role a
        // singer or dancer takes the same.)
        if (Is<"plays", "played", "playing", "portrays", "portrayed", "portraying", "voices", "voiced",
                        "sung", "sang", "sings", "singing", "dances", "danced", "dancing">(Tok(b))) {
          w -= 150;
          break;
        }
        if (!text::StartsLower(Tok(b)) && !lex_.titles.Contains(Tok(b))) break;
      }
      // ("Fairbanks' mother": the bare apostrophe of a name ending in s.)
      const bool bare_possessive = last < n && Is<"'", "\xE2\x80\x99">(Tok(last)) && last > 0 &&
                                   Tok(last - 1).back() == 's' && last + 1 < n && text::StartsLower(Tok(last + 1));
      if (modifier || bare_possessive || Is<"'s", "\xE2\x80\x99s">(Tok(last))) w -= 50;
      // ("Delgado's agent, Pini Rosen, would not ...": the owner of the
      // next subject's description, as a possessive pronoun would be.)
      if ((bare_possessive || Is<"'s", "\xE2\x80\x99s">(Tok(last))) && last + 4 < n &&
          lex_.humans.Contains(Tok(last + 1)) && Tok(last + 2) == "," && PersonMentionStartingAt(last + 3) >= 0) {
        w = 30;
      }
      char gender = 0;
      if (!mention.title.empty()) {
        // A courtesy title says the gender: "Mrs. Clinton" is not "Bill".
        char buf[8];
        std::string_view t = text::FoldCase(Tok(TokenAt(mention.title.begin)), buf, sizeof buf);
        // ("Lord Mayor Sally Capp": an office after "Lord" says no gender.)
        const bool office_after = Is<"lord", "lady">(t) && TokenAt(mention.title.begin) + 1 < TokenAt(mention.title.end);
        if (!office_after && Is<"mr", "mr.", "sir", "lord", "king", "prince">(t)) gender = 'm';
        if (!office_after && Is<"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess">(t)) gender = 'f';
      }
      if (!gender) gender = doc_.entities[mention.entity].gender;
      if (!gender) gender = RoleGender(first, last);
      add(mention.entity, w, s, k, gender);
      continue;
    }
    bool subject = false;
    const char gender = SingularPronoun(Tok(k), &subject);
    if (!gender) continue;
    int32_t best = -1;
    double best_score = 0;
    uint32_t best_token = 0;
    Candidate* chosen = nullptr;
    // ("Cavusoglu met Pekka Haavisto, whom he described as ...": the
    // pronoun inside an object relative is never its antecedent.)
    int32_t not_this = -1;
    if (k >= 3 && Is<"whom", "Whom">(Tok(k - 1)) && Tok(k - 2) == ",") {
      if (const int32_t pm = PersonMentionEndingAt(k - 3); pm >= 0) not_this = doc_.mentions[pm].entity;
    }
    for (Candidate& c : recent) {
      if (c.gender && c.gender != gender) continue;
      if (c.entity == not_this) continue;
      // (An unknown gender halves the score, except for the subject of
      // the sentence just before in the paragraph: "Delgado's agent, Pini
      // Rosen, would not discuss the fee. "...," he said.")
      // ("Zelensky met Mark Rutte on Monday. ¶ "...," he said.": the subject
      // of the sentence closing the paragraph before, too.)
      const bool just_before = subject && c.sentence + 1 == s && c.salience >= 180;
      const double score = current(c, s) * (c.gender || just_before ? 1.0 : 0.5);
      if (score > best_score || (score == best_score && score > 0 && c.token > best_token)) {
        best_score = score;
        best = c.entity;
        best_token = c.token;
        chosen = &c;
      }
    }
    // ("DA leader Johan Steenkamp said ... ¶ Finance Minister Enoch Mabuza
    // told parliament .... "...," he said.": the subject of this paragraph
    // whose gender is unknown outranks a person of the pronoun's gender
    // from an earlier one, unless that person is far more salient: the
    // unknown gender halves no score here.)
    if (subject && chosen && chosen->gender &&
        doc_.sentences[chosen->sentence].paragraph != doc_.sentences[s].paragraph) {
      Candidate* local = nullptr;
      double local_score = std::max(80.0, best_score);
      for (Candidate& c : recent) {
        if (c.gender || c.sentence == s || doc_.sentences[c.sentence].paragraph != doc_.sentences[s].paragraph) continue;
        const double score = current(c, s);
        if (score >= local_score) {
          local_score = score;
          local = &c;
        }
      }
      if (local) {
        chosen = local;
        best = local->entity;
      }
    }
    const uint32_t begin = doc_.tokens[k].span.begin;
    if (best < 0) best = LatestPerson(begin, gender);
    pronouns_.push_back({begin, gender, best});
    if (best >= 0 && !InQuote(begin)) {
      // "Her mother, Joan Fairbanks, said ...": a possessive that only
      // describes the next subject adds little to its owner.
      double w = subject ? 180 : 100;
      if (!subject && k + 3 < n && Is<"his", "her", "His", "Her">(Tok(k)) && lex_.humans.Contains(Tok(k + 1)) &&
          Tok(k + 2) == "," && PersonMentionStartingAt(k + 3) >= 0) {
        w = 60;
      }
      add(best, w, s, k, chosen ? gender : 0);
    }
  }
}

char SpeakerFinder::RoleGender(uint32_t first, uint32_t last) const {
  // "Kim Yo Jong, his sister,", "actress Ann Cole": a kinship or gendered
  // role noun in the appositive after the name or just before it.
  auto gender_of = [](std::string_view w) -> char {
    if (Is<"sister", "mother", "wife", "daughter", "woman", "widow", "actress", "chairwoman", "spokeswoman",
               "businesswoman", "congresswoman", "queen", "grandmother", "aunt", "niece", "girlfriend", "mom",
               "granddaughter", "stepmother", "sister-in-law", "mother-in-law", "daughter-in-law", "princess",
               "duchess", "empress", "nun", "heiress", "waitress", "girl", "lady">(w)) {
      return 'f';
    }
    if (Is<"brother", "father", "husband", "son", "man", "widower", "actor", "chairman", "spokesman",
               "businessman", "congressman", "king", "grandfather", "uncle", "nephew", "boyfriend", "dad",
               "grandson", "stepfather", "brother-in-law", "father-in-law", "son-in-law", "prince", "duke",
               "emperor", "monk", "heir", "boy", "gentleman">(w)) {
      return 'm';
    }
    return 0;
  };
  const uint32_t n = uint32_t(doc_.tokens.size());
  if (last < n && Tok(last) == ",") {
    // (An appositive, not the sentence going on: "His aunt, Joan Pike,
    // testified that her nephew ..." says nothing of Joan.)
    for (uint32_t j = last + 1; j < n && j < last + 7; ++j) {
      if (Is<",", ".", ";", "said", "says", "that">(Tok(j)) || IsCue(j)) break;
      if (char g = gender_of(Tok(j))) return g;
    }
  }
  const uint32_t s0 = doc_.sentences[doc_.tokens[first].sentence].first_token;
  // ("Her mother, Joan Fairbanks, said": the kinship noun set off by a comma.)
  const uint32_t from = first > s0 + 1 && Tok(first - 1) == "," ? first - 1 : first;
  for (uint32_t j = from; j > s0 && from - j < 3;) {
    --j;
    if (char g = gender_of(Tok(j))) return g;
    if (!text::StartsLower(Tok(j))) break;
  }
  return 0;
}

int32_t SpeakerFinder::LatestPerson(uint32_t pos, char gender) const {
  auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), pos,
                             [](const Mention& m, uint32_t p) { return m.span.begin < p; });
  int looked = 0;
  while (it != doc_.mentions.begin() && looked < 400) {
    --it;
    ++looked;
    const Entity& e = doc_.entities[it->entity];
    if (e.type != EntityType::kPerson) continue;
    if (InQuote(it->span.begin)) continue;
    // ("After the choir sang "Amazing Grace," she said": a title in marks
    // that names no one, though no quote.)
    if (const uint32_t k = TokenAt(it->span.begin); k > 1 && !Is<"himself", "herself", "as", "named">(Tok(k - 2))) {
      size_t len;
      uint32_t after = TokenAt(it->span.end);
      if (after < doc_.tokens.size() && Tok(after) == ",") ++after;
      if (text::IsDoubleQuote(text::DecodeAt(Tok(k - 1), 0, &len)) && after < doc_.tokens.size() &&
          text::IsDoubleQuote(text::DecodeAt(Tok(after), 0, &len))) {
        continue;
      }
    }
    if (gender && e.gender && e.gender != gender) continue;
    return it->entity;
  }
  return -1;
}

bool SpeakerFinder::Adverbs(uint32_t from, uint32_t to) const {
  if (to - from > 4) return false;
  for (uint32_t k = from; k < to; ++k) {
    std::string_view t = Tok(k);
    if (IsAdverbBlocker(t)) return false;
    if (!text::StartsLower(t)) {
      // Dates ("on Saturday", "on Thursday evening") are fine; other names
      // or marks are not.
      bool date = false;
      for (uint32_t e = k; e < k + 4 && e < to + 2 && !date; ++e) {
        const int32_t m = MentionEndingAt(e);
        date = m >= 0 && doc_.entities[doc_.mentions[m].entity].type == EntityType::kDate &&
               doc_.mentions[m].span.begin <= doc_.tokens[k].span.begin;
      }
      if (!date) return false;
    }
  }
  return true;
}

namespace {
std::string_view NoDotView(std::string_view t) { return t.size() > 1 && t.back() == '.' ? t.substr(0, t.size() - 1) : t; }
}  // namespace

void SpeakerFinder::NameAfterDescriptor(Speaker* sp) const {
  if (!sp->found || !sp->description || sp->entity >= 0 || sp->last_token < sp->first_token + 3) return;
  const int32_t mi = MentionEndingAt(sp->last_token - 1);
  if (mi < 0) return;
  const Mention& m = doc_.mentions[mi];
  if (doc_.entities[m.entity].type != EntityType::kOrg) return;
  const uint32_t start = TokenAt(m.span.begin);
  if (start <= sp->first_token || start > sp->first_token + 3) return;
  // The word before the name is a lower-case noun for such a body
  // ("maker", "investor", "company", "chipmaker"), and nothing before it is a
  // verb, a preposition or punctuation.
  // ("Chipmaker Velora Semiconductor": capitalised as the sentence's first word.)
  char buf[24];
  const std::string_view head = text::FoldCase(Tok(start - 1), buf, sizeof buf);
  if ((!text::StartsLower(Tok(start - 1)) && start - 1 != sp->first_token) ||
      !(lex_.humans.Contains(head) || head.ends_with("maker"))) {
    return;
  }
  for (uint32_t k = sp->first_token; k < start; ++k) {
    size_t len;
    // ("..., the drugmaker Brantley Pharma said": the description's own
    // article.)
    if (k == sp->first_token && Is<"the", "a", "an">(Tok(k)) &&
        !Is<"official", "semi-official", "state", "national", "independent", "private", "public">(head)) {
      continue;
    }
    if (!text::IsWordChar(text::DecodeAt(Tok(k), 0, &len)) || IsCue(k) || IsPreposition(Tok(k)) ||
        IsAdverbBlocker(Tok(k))) {
      return;
    }
  }
  Speaker named = FromMention(mi);
  named.role = std::string(doc_.Slice({doc_.tokens[sp->first_token].span.begin, doc_.tokens[start - 1].span.end}));
  named.role_is_title = false;
  named.first_token = sp->first_token;
  *sp = named;
}

uint32_t SpeakerFinder::PastDegrees(uint32_t c, uint32_t end) const {
  while (c + 2 < end && Tok(c) == ",") {
    uint32_t e = c + 1;
    std::string degree;
    while (e < end && e < c + 8 && Tok(e) != "," && (e == c + 1 || doc_.tokens[e - 1].span.end == doc_.tokens[e].span.begin)) {
      degree += std::string(Tok(e));
      ++e;
    }
    if (e >= end || Tok(e) != "," ||
        !Is<"Ph.D.", "PhD", "M.D.", "MD", "R.N.", "RN", "M.P.H.", "MPH", "D.O.", "Ed.D.", "J.D.", "Pharm.D.",
                     "D.D.S.", "DDS", "M.B.A.", "MBA", "Dr.P.H.", "Sc.D.", "D.Phil.", "FRCP", "FACS", "FACP", "N.P.",
                     "PA-C">(degree)) {
      break;
    }
    c = e;
  }
  return c;
}

bool SpeakerFinder::RoleGap(uint32_t from, uint32_t to, Speaker* sp) const {
  // "Jane Hollis KC said", "Ann Lee OBE, the committee's chair, said":
  // letters after a name belong to it, not to a role.
  // ("The Hull East MP said": a seat's MP is a role, so MP stays out.)
  while (from < to && Is<"KC", "QC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD">(Tok(from))) {
    ++from;
  }
  // ("Rebecca Stanwick, Ph.D., assistant professor of ...": a degree set
  // off by commas belongs to the name.)
  from = PastDegrees(from, to);
  // ("Mrs. Clinton herself, as well as her campaign, has maintained": an
  // emphatic reflexive after the name, then others who join in, set off by
  // commas; neither is a role.)
  if (from + 1 < to && Is<"himself", "herself", "themselves", "itself">(Tok(from)) && Tok(from + 1) == ",") ++from;
  if (from + 4 < to && Tok(from) == "," &&
      ((Tok(from + 1) == "as" && Tok(from + 2) == "well" && Tok(from + 3) == "as") ||
       (Is<"along", "together">(Tok(from + 1)) && Tok(from + 2) == "with"))) {
    uint32_t c = from + 3;
    while (c < to && c < from + 14 && Tok(c) != ",") ++c;
    if (c < to && Tok(c) == "," && (c + 1 >= to || Adverbs(c + 1, to))) return true;
  }
  if (from >= to) return true;
  std::string_view t = Tok(from);
  uint32_t role_b = 0, role_e = 0, rest = to;
  if (t == "," && from + 1 == to) return true;  // "The senator, Mary Jones, said"
  if (t == ",") {
    // "The health secretary, Wes Streeting, has warned", "had also said":
    // the cue's auxiliary and adverbs after the closing comma are no role.
    uint32_t a = from + 1;
    while (a < to && (Is<"has", "had", "have", "also", "now", "since", "previously", "repeatedly", "already",
                                 "long", "often", "then", "later", "again", "publicly", "privately", "recently",
                                 "once", "earlier", "first", "never", "always", "still", "just", "even", "would",
                                 "will", "could", "would", "did", "does", "was", "is", "were", "are", "not",
                                 "can", "cannot", "may", "might", "must", "should", "refused", "declined",
                                 // ("William Haigh, last night vowed")
                                 "yesterday", "today", "tonight">(Tok(a)) ||
                          // ("Kim Yo Jong, separately accused": an adverb.)
                          (Tok(a).size() > 4 && Tok(a).ends_with("ly") && text::StartsLower(Tok(a))) ||
                          (Tok(a) == "last" && a + 1 < to && Is<"night", "week", "weekend", "month">(Tok(a + 1))) ||
                          (Is<"night", "week", "weekend", "month">(Tok(a)) && a > from + 1 && Tok(a - 1) == "last"))) {
      ++a;
    }
    if (a == to) return true;
  }
  bool appositive = t == ",";
  // ("The treasurer, Jim Chalmers, has defended the budget, saying": the
  // subject's own verb phrase before a participle is no role.)
  if (appositive && from + 2 < to &&
      Is<"has", "had", "have", "is", "was", "were", "are", "will", "would">(Tok(from + 1)) &&
      text::StartsLower(Tok(from + 2)) && Tok(to - 1) == "," && Tok(to).size() > 4 && Tok(to).ends_with("ing")) {
    return true;
  }
  // ("Her brother, Kim Jong Un, went further in January, declaring": the
  // subject's own past verb before a participle is no role either.)
  if (appositive && from + 2 < to && Tok(to - 1) == "," && Tok(to).size() > 4 && Tok(to).ends_with("ing") &&
      text::StartsLower(Tok(from + 1)) &&
      (Tok(from + 1).ends_with("ed") ||
       Is<"went", "came", "took", "gave", "made", "got", "ran", "sat", "stood", "held", "led", "left",
                          "won", "lost", "spent", "met", "kept", "brought", "sent", "began", "wrote", "spoke", "put",
                          "set", "hit", "cut", "broke", "drew", "threw", "flew", "fought", "sought">(Tok(from + 1)))) {
    return true;
  }
  // "Kevin Rourke, reached at his home, said", "Pryce, now retired, said":
  // a participle or an adverb phrase about the person is no role.
  if (appositive && from + 1 < to) {
    const std::string_view w = Tok(from + 1);
    // ("Grant Halvorsen, hours later, told": a time after the first.)
    uint32_t close = from + 1;
    while (close < to && close < from + 5 && Tok(close) != ",") ++close;
    const bool time_after = close < to && close > from + 1 && Is<"later", "earlier", "ago">(Tok(close - 1));
    const bool aside = text::StartsLower(w) &&
                       ((w.size() > 4 && w.ends_with("ed") && w != "retired") ||
                        Is<"now", "still", "then", "once", "already", "long", "formerly", "currently", "speaking",
                               "hardly", "not", "never", "no", "scarcely", "struck", "shaken", "caught", "driven",
                               "taken", "seen", "known">(w));
    // ("President Dalton, at his news conference, said": an occasion.)
    bool occasion = false;
    for (uint32_t m = from + 2; Is<"at", "during", "after", "before", "following", "in", "on">(w) && m < close && !occasion;
         ++m) {
      occasion = Is<"conference", "briefing", "hearing", "interview", "speech", "rally", "meeting", "session",
                             "ceremony", "appearance", "summit", "address", "event", "gathering", "debate",
                             "testimony", "remarks", "statement">(Tok(m));
    }
    if (time_after || aside || occasion) {
      uint32_t c = from + 1;
      while (c < to && Tok(c) != ",") ++c;
      // ("The thrift, based in Hartford, Conn., said": a town's state.)
      if (const uint32_t p = PlaceAfterComma(c, to); p > c) c = p;
      if (c + 1 >= to || Adverbs(c + 1, to)) {
        // ("Jean-Claude Trichet, then president of the ECB, told": the
        // office held at the time is the role.)
        if (c > from + 2 && ThenOffice(from + 1, c)) {
          sp->role = std::string(doc_.Slice({doc_.tokens[from + 1].span.begin, doc_.tokens[c - 1].span.end}));
          sp->role_is_title = false;
        }
        return true;
      }
    }
  }
  // ("His mother, Mary Bellamy, stood up and shouted": the subject's own
  // first act, joined to the cue by "and", is no role.)
  if (appositive && from + 2 < to && Tok(to - 1) == "and" && text::StartsLower(Tok(from + 1)) &&
      (Tok(from + 1).ends_with("ed") ||
       Is<"stood", "rose", "got", "went", "came", "took", "turned", "sat", "ran", "paused", "looked">(Tok(from + 1)))) {
    return true;
  }
  // ("Prime Minister Tony Blaine, his voice breaking, called", "Nishimura,
  // who oversaw the launch, conceded": an absolute phrase or a relative
  // clause about the person is no role.)
  if (appositive && from + 2 < to &&
      (Is<"his", "her", "their">(Tok(from + 1)) ||
       (Is<"who", "whose">(Tok(from + 1)) && !OfficeRelative(from + 1, to)))) {
    uint32_t c = from + 1;
    bool participle = Tok(from + 1) != "his" && Tok(from + 1) != "her" && Tok(from + 1) != "their";
    while (c < to && Tok(c) != ",") {
      participle = participle || (Tok(c).size() > 4 && Tok(c).ends_with("ing"));
      ++c;
    }
    if (participle && c < to && (c + 1 >= to || Adverbs(c + 1, to))) return true;
  }
  if (appositive) {
    // One or more comma-separated appositives up to the last comma before
    // the cue ("X, the attorney general of Oklahoma, one of the states
    // suing, said"), or to the cue when none closes them.
    uint32_t c = to;
    while (c > from + 1 && Tok(c - 1) != ",") --c;
    role_b = from + 1;
    // ("Sen. Walter Guthrie, R-Tenn., did not say": the cue's auxiliary
    // and negation after the closing comma.)
    bool auxiliaries = c > from + 1;
    for (uint32_t k = c; k < to && auxiliaries; ++k) {
      auxiliaries = Is<"did", "does", "do", "would", "will", "could", "can", "has", "have", "had", "not",
                                "never", "also", "still", "cannot", "may", "might", "should", "must">(Tok(k)) ||
                    Tok(k).ends_with("n't") || Tok(k).ends_with("n\xE2\x80\x99t");
    }
    // ("Mary Bellamy, a nurse, stood up and shouted": the subject's first
    // act after the appositive.)
    // ("Nelly Vance, the world No. 1, shot a 75 and said": any act.)
    if (c > from + 1 && c + 1 < to && Tok(to - 1) == "and" && text::StartsLower(Tok(c)) &&
        (Tok(c).ends_with("ed") ||
         Is<"stood", "rose", "got", "went", "came", "took", "turned", "sat", "ran", "paused", "looked",
                     "shot", "won", "lost", "hit", "made", "had", "kept", "led", "left", "met", "held", "threw",
                     "drove", "broke", "spent", "sang", "wrote", "gave", "began", "fell", "flew", "fought", "ate">(Tok(c)))) {
      auxiliaries = true;
    }
    if (c > from + 1) {
      role_e = c - 1;
      rest = auxiliaries ? to : c;
      if (!Adverbs(rest, to) && !auxiliaries) {
        role_e = to;
        rest = to;
      }
    } else {
      role_e = to;
      rest = to;
    }
  } else if (t == "(") {
    uint32_t c = from + 1;
    while (c < to && Tok(c) != ")") ++c;
    if (c >= to) return false;
    // ("Albemarle Corp (ALB.N), the world's biggest producer, said": a
    // ticker or short name in brackets, then the rest as if it were absent.)
    if (TickerAt(from) && c + 1 < to) return RoleGap(c + 1, to, sp);
    // ("Harlow Systems Inc (NASDAQ: HRLW) said": a ticker alone is no role.)
    // (A party's letters, "(FF)", "(D)", are a role.)
    if (TickerAt(from) && c + 1 >= to &&
        (TickerEnd(from) == from + 4 || Tok(from + 1).find('.') != std::string_view::npos)) {
      return true;
    }
    // "Kasich (who has 25 delegates to date) said": a bracketed relative
    // clause describes the person; it is no role to report.
    // "The Irish Air Line Pilots' Association (IALPA) said": the speaker's
    // own short name is no role either.
    const int32_t inner = c == from + 2 ? MentionEndingAt(from + 1) : -1;
    // ("Zhu Fenglian (朱鳳蓮) said": the name in Chinese characters is
    // no role; what follows it is read as if it were absent.)
    if (!LatinInside(from, c + 1)) return c + 1 < to ? RoleGap(c + 1, to, sp) : true;
    // ("Mitchell Starc (4 for 36) said": a player's figures are no role.)
    if (StartsDigitView(Tok(from + 1))) return c + 1 < to ? RoleGap(c + 1, to, sp) : true;
    // ("The Norwegian Police Security Service (PST) said", "The Swedish
    // Security Service (Säpo)": a body's short or native name, one word in
    // capitals, is no role, though the recogniser did not link it.)
    // ("The General Council of the Judiciary (CGPJ), the judges' governing
    // body, said": and the appositive after it is the role.)
    if (c == from + 2 && Tok(from + 1).find('-') == std::string_view::npos && sp->entity >= 0 &&
        doc_.entities[sp->entity].type != EntityType::kPerson && text::StartsUpper(Tok(from + 1))) {
      return c + 1 < to ? RoleGap(c + 1, to, sp) : true;
    }
    if (Is<"who", "which", "whose">(Tok(from + 1)) ||
        (inner >= 0 && sp->entity >= 0 && doc_.mentions[inner].entity == sp->entity)) {
      const uint32_t after = c + 1 < to && Tok(c + 1) == "," ? c + 2 : c + 1;
      return Adverbs(after, to);
    }
    role_b = from;
    role_e = c + 1;
    rest = role_e < to && Tok(role_e) == "," ? role_e + 1 : role_e;
    if (rest > role_e) {
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": an
      // appositive after the brackets belongs to the role too.
      uint32_t close = to;
      while (close > rest && Tok(close - 1) != ",") --close;
      if (close > rest + 1 && !Adverbs(rest, to)) {
        role_e = close - 1;
        rest = close;
      }
    }
  } else if (Is<"of", "from", "at">(t)) {
    role_b = from;
    uint32_t c = from + 1;
    while (c < to && Tok(c) != ",") ++c;
    // ("Mike Willson at Morgan Stanhope has warned": the cue's auxiliary
    // and adverbs after the affiliation are no part of it.)
    if (c == to) {
      uint32_t a = to;
      while (a > from + 2 && Is<"has", "have", "had", "also", "again", "previously", "repeatedly", "long",
                                             "now", "since", "recently", "publicly", "would", "will", "did">(Tok(a - 1))) {
        --a;
      }
      c = a;
    }
    role_e = c;
    rest = c < to ? c + 1 : to;
    if (rest < to && !Adverbs(rest, to)) {
      // "Rep. Lee Zeldin of New York, a Trump supporter, said": an
      // appositive after the "of" phrase belongs to the role too.
      uint32_t close = to;
      while (close > rest && Tok(close - 1) != ",") --close;
      if (close > rest + 1) {
        role_e = close - 1;
        rest = close;
      }
    }
  } else {
    // "Trump in his announcement speech called ...": the occasion, a short
    // phrase after "in" or "during", stands between the name and the cue.
    if (Is<"in", "during">(t) && to - from >= 3 && to - from <= 5 &&
        Is<"his", "her", "their", "its", "a", "an", "the">(Tok(from + 1))) {
      bool plain = true;
      size_t len = 0;
      for (uint32_t k = from + 2; k < to && plain; ++k) {
        plain = text::StartsLower(Tok(k)) && !IsCue(k) && !IsPronoun(k) &&
                text::IsWordChar(text::DecodeAt(Tok(k), 0, &len));
      }
      if (plain) return true;
    }
    return Adverbs(from, to);
  }
  // "Maria Lopez, 35, a nurse in Seville, said": the age is no role.
  if (appositive && role_b + 2 < role_e && Tok(role_b + 1) == "," && Tok(role_b).size() <= 3 &&
      Tok(role_b)[0] >= '1' && Tok(role_b)[0] <= '9' && Is<"a", "an", "the">(Tok(role_b + 2))) {
    role_b += 2;
  }
  if (role_e <= role_b || role_e - role_b > 25) return false;
  // ("Jessie Elkins, 70, had served in Vietnam and said": the person's own
  // clause, no role.)
  for (uint32_t k = role_b; appositive && k < role_e; ++k) {
    if (Is<"had", "has", "have", "was", "were", "is", "are", "will", "would">(Tok(k)) && k > role_b &&
        Tok(k - 1) == ",") {
      return Adverbs(rest, to) || Tok(to - 1) == "and" || Tok(to - 1) == "but";
    }
  }
  // "X, the former envoy, and Y, a former official, said": the role ends
  // where the second person begins.
  for (uint32_t k = role_b + 1; k + 2 < role_e; ++k) {
    // (The second person may open with a title: ", and Sen. Bernie Sanders".)
    char buf[16];
    const bool titled = k + 3 < role_e && lex_.titles.Contains(text::FoldCase(NoDotView(Tok(k + 2)), buf, sizeof buf)) &&
                        PersonMentionStartingAt(k + 3) >= 0;
    if (Tok(k) == "," && Tok(k + 1) == "and" && (PersonMentionStartingAt(k + 2) >= 0 || titled)) {
      role_e = k;
      break;
    }
  }
  // ("Asked by his counsel, Dominic Thomas, whether ..., the accused
  // said": a question after the name; the subject comes after it.)
  if (appositive && Is<"whether", "if", "why", "how", "what">(Tok(role_b))) return false;
  // ("X, in a rare public statement, said", "X, on Twitter, wrote": an
  // occasion or medium set off by commas, no role.)
  // ("said Ms Harriet Lowe, prosecuting.", "Mr Kaye, defending, told the
  // jury": counsel's part in a British court, alone between commas.)
  const bool counsel = role_e == role_b + 1 && Is<"prosecuting", "defending", "mitigating">(Tok(role_b));
  if (appositive && !counsel && (OpensParticipleClause(Tok(role_b)) ||
                     Is<"in", "on", "during", "after", "before", "with", "through", "via", "when",
                                      "while", "speaking", "however", "meanwhile", "though", "too", "for", "by",
                                      "instead", "likewise", "later", "earlier", "then", "also">(Tok(role_b)))) {
    return Adverbs(rest, to);
  }
  // A relative clause inside commas ("X, who said ..., told") may hold cues
  // of its own; it describes the person but is no role to report.
  const bool relative = appositive && Is<"who", "which", "whose">(Tok(role_b));
  bool inner_relative = false;  // "X, a cardiologist who wrote an editorial, said"
  for (uint32_t k = role_b; k < role_e; ++k) {
    // ("Senator Joan Miller of Ohio, who supports the bill, said": a
    // relative set off after the home state too.)
    // ("Islamic Jihad, a group that claims to hold six Americans, said": a
    // body's noun and its "that".)
    inner_relative = inner_relative || (k > role_b + 1 && Is<"who", "whose">(Tok(k)) &&
                                        (lex_.humans.Contains(Tok(k - 1)) || (Tok(k - 1) == "," && !appositive))) ||
                     (k > role_b + 1 && appositive && Is<"that", "which">(Tok(k)) && lex_.humans.Contains(Tok(k - 1)));
    // A relative clause may quote ("Humphrey, who calls Trump a
    // "sociopath," said"); a role may not.
    if ((IsCue(k) || Is<"\"", "\xE2\x80\x9C">(Tok(k))) && !relative && !inner_relative) return false;
    // A relative clause may describe the person inside commas only.
    if (!appositive && Is<"who", "which", "that">(Tok(k)) && !(k > role_b && Tok(k - 1) == ",")) return false;
  }
  if (!Adverbs(rest, to)) return false;
  if (relative) {
    for (uint32_t k = role_b; k < role_e; ++k) {
      if (InQuote(doc_.tokens[k].span.begin)) return true;  // described, but no role to report
    }
  }
  // ("X, who spoke at a news conference, said", "whose side remain top":
  // an act or an occasion, no role.)
  if (relative && (IsCue(role_b + 1) || role_e - role_b > 12 || !OfficeRelative(role_b, role_e))) return true;
  // "Sen. Chris Coons, D-Del., speaking on CNN, said": the role ends before
  // a participle or an occasion set off by a comma.
  for (uint32_t k = role_b + 1; appositive && k + 1 < role_e; ++k) {
    if (Tok(k) == "," && (OpensParticipleClause(Tok(k + 1)) ||
                          Is<"in", "on", "during", "after", "before", "when", "while">(Tok(k + 1)))) {
      role_e = k;
      break;
    }
  }
  // "a 45-year-old construction worker who was eating lunch across the
  // street": the role ends before a relative clause of acts.
  for (uint32_t k = role_b + 2; !relative && k + 1 < role_e; ++k) {
    if (Is<"who", "whose">(Tok(k)) && !OfficeRelative(k, role_e)) {
      role_e = k;
      while (role_e > role_b + 1 && Tok(role_e - 1) == ",") --role_e;
      break;
    }
  }
  // ("Det Supt Colin Marsh, who led the investigation, said": the office
  // in the title before the name says more than the clause after it.)
  // (Not a courtesy: "The Rev. Al Sharpstone, who led the march," keeps the
  // clause. The office then stands as the clause would have: carried to
  // the person's later quotes.)
  if (relative && sp->role && sp->role_is_title) {
    bool courtesy = true;
    const std::string_view r = *sp->role;
    for (size_t at = 0; at < r.size() && courtesy;) {
      size_t space = r.find(' ', at);
      if (space == std::string_view::npos) space = r.size();
      std::string_view w = r.substr(at, space - at);
      if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
      courtesy = w.empty() || lex_.honorifics.Contains(w) ||
                 Is<"The", "the", "Rev", "Reverend", "Very", "Most", "Right", "His", "Her", "Excellency",
                        "Majesty", "Highness", "Holiness">(w);
      at = space + 1;
    }
    if (!courtesy) {
      sp->title_carries = true;
      return true;
    }
  }
  sp->role = std::string(doc_.Slice({doc_.tokens[role_b].span.begin, doc_.tokens[role_e - 1].span.end}));
  sp->role_is_title = false;
  return true;
}

bool SpeakerFinder::ThenOffice(uint32_t k, uint32_t end) const {
  // ("Hoesung Lee, then chair of the IPCC,", "then the party's leader":
  // the office held at the time.)
  if (k + 1 >= end || Tok(k) != "then") return false;
  for (uint32_t w = k + 1; w < end && w < k + 5; ++w) {
    if (lex_.humans.Contains(Tok(w)) || lex_.titles.Contains(Tok(w))) return true;
    if (Is<",", ";", ":">(Tok(w)) || IsCue(w)) return false;
  }
  return false;
}

bool SpeakerFinder::OfficeRelative(uint32_t k, uint32_t end) const {
  if (k + 1 >= end || !Is<"who", "which">(Tok(k))) return false;
  uint32_t v = k + 1;
  if (Is<"has", "had", "have", "now", "also", "still", "currently", "once", "formerly", "previously", "will",
                 "would">(Tok(v)) &&
      v + 1 < end) {
    ++v;
  }
  if (Is<"is", "was", "are", "were", "serves", "served", "been", "be">(Tok(v))) {
    // "who is a former envoy", "who was the mayor", "who served as ...".
    return v + 1 < end && Is<"a", "an", "the", "as", "also", "now", "currently", "once", "formerly",
                                           "one", "chairman", "chair", "head", "director", "president">(Tok(v + 1));
  }
  // ("Gary Nettleton, who played with Luke Harlan,": a round played, no
  // team.)
  if (Is<"played", "plays">(Tok(v)) && v + 1 < end &&
      Is<"with", "alongside", "against", "next", "beside", "through">(Tok(v + 1))) {
    return false;
  }
  return Is<"chairs", "chaired", "heads", "headed", "leads", "led", "runs", "ran", "directs", "directed",
                     "oversees", "oversaw", "represents", "represented", "manages", "managed", "covers", "covered",
                     "teaches", "taught", "coaches", "coached", "advises", "advised", "owns", "owned", "founded",
                     "co-founded", "cofounded", "works", "worked", "studies", "studied", "specializes",
                     "specialises", "edits", "edited", "hosts", "hosted", "plays", "played", "sits", "sat",
                     "commands", "commanded", "organized", "organised", "researches", "chaired",
                     // ("who tracks freight for the federation", "who drives
                     // for Team Sky": a trade's daily work.)
                     // (Present tense only: "who wrote an editorial", "which
                     // followed 12,000 women" are acts.)
                     // (Not a body's business, "which operates 46 hospitals",
                     // nor a stake, "who holds 13% of ...".)
                     "tracks", "drives", "monitors", "analyzes", "analyses", "captains", "trains", "supervises",
                     "treats">(Tok(v));
}

bool SpeakerFinder::InitialsSpell(std::string_view initials, uint32_t from, uint32_t to) const {
  std::vector<std::string_view> words;
  for (uint32_t k = from; k < to; ++k) words.push_back(Tok(k));
  return text::SpellsInitials(initials, words);
}

bool SpeakerFinder::Description(uint32_t from, uint32_t to, Speaker* sp, bool unknown_name) const {
  while (from < to && Is<"But", "And", "So", "Yet", "but", "and", ",", "--", "-", "*", "**", "\xE2\x80\xA2">(Tok(from))) {
    ++from;
  }
  // ("The Confederation of Swedish Enterprise (CSE) said": a body's short
  // name in brackets after its capitalised name is read as absent.)
  // ("The Confédération des syndicats nationaux (CSN) said": a name with
  // lower-case words in it, when the short name spells its initials.)
  if (to >= from + 5 && Tok(to - 1) == ")" && Tok(to - 3) == "(" &&
      (text::StartsUpper(Tok(to - 4)) || InitialsSpell(Tok(to - 2), from, to - 3))) {
    const std::string_view a = Tok(to - 2);
    bool acronym = a.size() >= 2 && a.size() <= 8;
    for (char c : a) acronym = acronym && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&');
    if (acronym && Description(from, to - 3, sp, unknown_name)) {
      if (sp->found && sp->last_token == to - 3) sp->last_token = to;
      return true;
    }
    // (A name the recogniser does not know, when its short name spells
    // its initials, is a body all the same.)
    if (acronym && InitialsSpell(a, from, to - 3) &&
        text::StartsUpper(Tok(Is<"The", "the">(Tok(from)) ? from + 1 : from))) {
      *sp = Description(from, to - 3);
      sp->last_token = to;
      return true;
    }
  }
  // ("He's proud of the campaign and expects": the verb after a pronoun
  // opens no noun phrase.)
  if (from < to && Is<"'s", "\xE2\x80\x99s">(Tok(from))) return false;
  // (", a decision human rights groups called "...": the writer's gloss on
  // the statement before, its own relative's subject after it.)
  if (from + 3 < to && Is<"a", "an">(Tok(from)) &&
      Is<"decision", "move", "claim", "step", "ruling", "verdict", "plan", "proposal", "policy",
                         "remark", "comment", "statement", "measure", "law", "bill", "deal", "charge">(Tok(from + 1)) &&
      !Is<"that", "which", "of", "by", "from", "to", "for", "on", "in", ",", "the">(Tok(from + 2)) &&
      !IsCue(from + 2)) {
    from += 2;
  }
  // "When someone in the audience shouted", "As one employee told": the
  // subject of a clause opened by a subordinator.
  if (from + 1 < to && Is<"When", "While", "As", "If", "After", "Before", "Although", "Though", "Because",
                                      "Since", "Once", "Until", "Whenever">(Tok(from))) {
    ++from;
  }
  // "At least half of voters", "at least 40 percent": a share's hedge.
  const uint32_t hedge = from + 2 < to && Is<"At", "at">(Tok(from)) && Tok(from + 1) == "least" ? 2 : 0;
  while (to > from && text::StartsLower(Tok(to - 1)) &&
         (Is<"also", "then", "later", "previously", "recently", "earlier", "again", "further",
                          "afterward", "afterwards", "separately", "first", "originally", "exclusively", "privately", "publicly", "reportedly", "allegedly", "initially",
                          "once", "had",
                          "has", "have", "last", "week", "now", "quickly", "repeatedly", "often", "itself",
                          "himself", "herself", "themselves", "never", "ever", "always">(Tok(to - 1)) ||
          // ("The union, ..., has long warned")
          (Tok(to - 1) == "long" && to >= from + 2 && Is<"has", "have", "had">(Tok(to - 2))))) {
    --to;
  }
  // ("Medvedev could be heard telling the supervisor": what a recording or
  // a bystander caught him saying.)
  if (to >= from + 3 && Is<"heard", "seen">(Tok(to - 1)) && Tok(to - 2) == "be" &&
      Is<"could", "can", "will", "would", "may", "might">(Tok(to - 3))) {
    to -= 3;
  }
  // "The Supreme Court on Tuesday observed", "Police on Monday said": a day
  // between the subject and its cue.
  if (to >= from + 3 && Tok(to - 2) == "on" &&
      Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(Tok(to - 1))) {
    to -= 2;
  }
  // "The employee first said": an adverb of order after a noun phrase of
  // its own ("The first said" keeps it).
  while (to > from + 2 && Is<"first", "originally", "initially", "ultimately", "eventually">(Tok(to - 1))) --to;
  // A short head with an aside closed before the cue ("The former governor,
  // who dropped his own bid for the presidency last September,") may run
  // longer: the head is read on its own below.
  uint32_t limit = 14;
  if (to > from + 2 && Tok(to - 1) == ",") {
    for (uint32_t k = from + 1; k < to - 1 && k < from + 8; ++k) {
      if (Tok(k) == "," || Tok(k) == "(") {
        limit = 30;
        break;
      }
    }
  }
  if (from >= to || to - from > limit) return false;
  // "the government could": a clause, not a noun phrase.
  if (Is<"could", "would", "should", "will", "may", "might", "must", "can", "did", "does", "do",
                       "is", "was", "are", "were">(Tok(to - 1))) {
    return false;
  }
  // Descriptions open with a determiner or a noun, not with "With ..." or a
  // date ("Friday for releasing ...").
  const uint32_t opener = from + hedge;
  if (text::StartsUpper(Tok(opener)) && lex_.starters.Contains(Tok(opener)) &&
      !Is<"The", "A", "An", "Some", "Many", "Several", "Two", "Three", "Other", "Others", "One", "Most", "Its",
                      "His", "Her", "Their", "Only", "Nearly", "Almost", "About", "Just", "More", "Fewer", "Half",
                      "Both", "All", "Those", "These", "Each", "Another", "Every">(Tok(opener)) &&
      !CardinalWord(Tok(opener))) {
    return false;
  }
  if (int32_t dm = MentionEndingAt(from); dm >= 0 && doc_.entities[doc_.mentions[dm].entity].type == EntityType::kDate) {
    return false;
  }
  if (text::StartsLower(Tok(opener)) && !lex_.humans.Contains(Tok(opener)) && !IsQuantity(opener) &&
      !Is<"the", "a", "an", "some", "many", "several", "two", "three", "other", "one", "most", "its",
                      "his", "her", "their", "nearly", "almost", "about", "roughly", "more", "fewer", "only",
                      "just", "over", "under", "all", "both", "few", "those", "these", "each", "another",
                      "others", "every">(Tok(opener)) &&
      !ModifiedPeopleNoun(opener, to)) {
    return false;
  }
  // Openers that name people only in a short phrase ("both candidates",
  // "those surveyed", "few voters"), not in "both candidates have sought".
  // "Another source familiar with X's thinking" is one, though.
  // ("Another, a mother of three, said": its appositive after a comma.)
  const bool one_more =
      Is<"another", "Another">(Tok(from)) && (lex_.humans.Contains(Tok(from + 1)) || Tok(from + 1) == ",");
  // ("All but two of the senators said": everyone save a few, as a
  // description.)
  const bool all_but = Is<"All", "all">(Tok(from)) && to > from + 2 && Tok(from + 1) == "but";
  if (to - from > 3 && !one_more && !all_but &&
      Is<"both", "few", "those", "these", "each", "another", "others", "every", "Both", "All", "Those",
                     "These", "Each", "Another", "Every">(Tok(from))) {
    return false;
  }
  // "another says", "One says", "Both said": a lone quantifier before the
  // cue stands for people named earlier ("one company says ..., another
  // says ...").
  bool names_people = to == from + 1 && Is<"one", "One", "another", "Another", "others", "Others",
                                                       "both", "Both", "many", "Many", "most", "Most", "some",
                                                       "Some", "several", "Several", "few", "all", "All">(Tok(from));
  // ("A second, who trades in car parts, said": an ordinal after a group
  // named before is one more of it.)
  names_people = names_people || (all_but && to == from + 3) || (to == from + 2 && Is<"A", "a">(Tok(from)) &&
                                  Is<"second", "third", "fourth", "fifth", "sixth">(Tok(from + 1)));
  for (uint32_t k = from; k < to; ++k) {
    std::string_view t = Tok(k);
    // "The Economic Freedom Fighters (EFF) said": a short name in brackets
    // closing the subject names it again.
    if (t == "(" && k > from && to >= k + 3 && to <= k + 5 && Tok(to - 1) == ")") return Description(from, k, sp, unknown_name);
    // ("Teachers at a school in Lynn, Massachusetts, said": a town's state
    // after its comma is part of the description.)
    if (t == "," && k > from) {
      const uint32_t pc = PlaceAfterComma(k, to);
      if (pc > k + 1 && pc + 1 == to && Tok(pc) == ",") return Description(from, pc, sp, unknown_name);
      if (pc > k + 1 && pc >= to) break;
    }
    // "The foreign ministers of France, Germany and Britain said": a comma
    // inside a list of names ending the subject.
    if (t == "," && k > from && k + 3 < to + 1 && text::StartsUpper(Tok(k + 1))) {
      bool list = false, names = true;
      for (uint32_t m = k + 1; m < to && names; ++m) {
        list = list || Tok(m) == "and";
        names = text::StartsUpper(Tok(m)) || Is<",", "and">(Tok(m));
      }
      if (list && names) continue;
    }
    // ("A Department for Transport (DfT) spokesperson said": a body's
    // initials in brackets inside the description, its head after them.)
    if (t == "(" && k > from && k + 3 < to && Tok(k + 2) == ")" && text::StartsUpper(Tok(k + 1)) &&
        text::StartsLower(Tok(k + 3))) {
      k += 2;
      continue;
    }
    if (t == "," || t == "(") {
      // "Officials at X, a division of Y, said": the head before a closed
      // appositive.
      bool closed = Tok(to - 1) == "," && to - 1 > k;
      for (uint32_t c = from; c < k && closed; ++c) closed = !IsCue(c);
      // ("Hours later, Trump returned the compliment,": a clause with its
      // verb, no appositive.)
      for (uint32_t c = k + 1; c + 1 < to && closed; ++c) {
        const std::string_view w = Tok(c);
        closed = !(text::StartsLower(w) && w.size() > 3 && w.substr(w.size() - 2) == "ed" && c > k + 1 &&
                   !Is<"a", "an", "the", "self", "well", "long">(Tok(c - 1)) && text::StartsUpper(Tok(c - 1)));
      }
      if (closed && k > from && Description(from, k, sp, unknown_name)) {
        uint32_t close = to;
        while (close > k + 1 && Tok(close - 1) == ",") --close;
        // ("Officials, speaking on condition of anonymity, said": a
        // participle aside is no role.)
        bool speaking_relative = false;
        if (Is<"who", "which", "whose">(Tok(k + 1))) {
          for (uint32_t m = k + 2; m < close && !speaking_relative; ++m) {
            speaking_relative = IsCue(m) || Is<"asked", "requested", "spoke", "declined", "insisted">(Tok(m));
          }
        }
        // ("The study, which followed 12,000 women,": an act, no role; "The
        // BJP, in a statement,": an occasion, none either.)
        const bool act = (Is<"who", "which", "whose">(Tok(k + 1)) && !OfficeRelative(k + 1, close)) ||
                         Is<"in", "on", "during", "after", "before", "with", "through", "via", "when",
                                         "while", "however", "meanwhile", "though", "too", "for", "by", "instead",
                                         "likewise", "later", "earlier", "then", "also">(Tok(k + 1));
        if (close > k + 1 && !OpensParticipleClause(Tok(k + 1)) && !speaking_relative && !act) {
          sp->role = std::string(doc_.Slice({doc_.tokens[k + 1].span.begin, doc_.tokens[close - 1].span.end}));
          sp->role_is_title = false;
          // ("His employer, the Daily Awaam, said", "Ghana's cocoa regulator,
          // Cocobod, said": a body's common noun, then its proper name set
          // off, which is the speaker; the description is the role.)
          const uint32_t n0 = Is<"the", "The">(Tok(k + 1)) ? k + 2 : k + 1;
          // ("The army's media wing, Inter Services Public Relations (ISPR),
          // said": the proper name's own short name after it.)
          const uint32_t bracket_close = close;
          if (close >= n0 + 4 && Tok(close - 1) == ")" && Tok(close - 3) == "(") close -= 3;
          bool proper = t == "," && n0 < close && close - n0 <= 6 && sp->description && sp->entity < 0 &&
                        PersonMentionStartingAt(n0) < 0 && text::StartsUpper(Tok(n0)) &&
                        Is<"employer", "regulator", "union", "company", "firm", "maker", "owner",
                                        "operator", "publisher", "newspaper", "paper", "broadcaster", "agency",
                                        "group", "organisation", "organization", "charity", "body", "watchdog",
                                        "association", "club", "party", "insurer", "lender", "bank", "carrier",
                                        "airline", "retailer", "parent", "developer", "manufacturer", "supplier",
                                        "contractor", "producer", "label", "studio", "network", "outlet", "station",
                                        "channel", "platform", "startup", "ministry", "council", "authority",
                                        "workers", "members", "consultancy", "exchange", "utility", "railway",
                                        "wing", "arm", "unit", "division", "branch">(Tok(k - 1));
          for (uint32_t c = n0; c < close && proper; ++c) {
            proper = (text::StartsUpper(Tok(c)) && !IsCue(c)) || (c > n0 && Is<"of", "and", "&", "for">(Tok(c)));
          }
          // (Not "A lawyer for the developer, Brightline Partners,": a
          // person for the body, who speaks.)
          for (uint32_t c = from; c < k && proper; ++c) proper = !Is<"for", "to", "at", "with", "from">(Tok(c));
          // ("The APC spokesman, Morka, said": one word in capitals set off
          // after a people noun, a name the recogniser did not know, is the
          // person who speaks.)
          if (!proper && t == "," && close == k + 2 && sp->description && sp->entity < 0 &&
              text::StartsLower(Tok(k - 1)) && lex_.humans.Contains(Tok(k - 1)) && text::StartsUpper(Tok(k + 1)) &&
              Tok(k + 1).size() > 2 && MentionStartingAt(k + 1) < 0 && !lex_.titles.Contains(Tok(k + 1)) &&
              !lex_.humans.Contains(Tok(k + 1)) && !lex_.starters.Contains(Tok(k + 1)) &&
              !lex_.places.Contains(Tok(k + 1)) && Tok(k + 1).find('.') == std::string_view::npos) {
            proper = true;
            for (uint32_t c = from; c < k && proper; ++c) proper = !Is<"for", "to", "at", "with", "from">(Tok(c));
          }
          if (proper) {
            Speaker named;
            named.found = true;
            named.mention = {doc_.tokens[k + 1].span.begin, doc_.tokens[bracket_close - 1].span.end};
            named.name = std::string(doc_.Slice({doc_.tokens[n0].span.begin, doc_.tokens[close - 1].span.end}));
            if (const int32_t om = MentionStartingAt(n0);
                om >= 0 && TokenAt(doc_.mentions[om].span.end) == close &&
                doc_.entities[doc_.mentions[om].entity].type != EntityType::kPerson) {
              named.entity = doc_.mentions[om].entity;
              named.name = doc_.entities[named.entity].name;
            }
            named.role = std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[k - 1].span.end}));
            named.first_token = sp->first_token;
            named.last_token = sp->last_token;
            *sp = named;
          }
          // ("Her lawyer, a former prosecutor named Dana Ruiz, said": the
          // person the appositive names speaks; the words before "named"
          // are the role.)
          for (uint32_t nm = k + 2; !proper && nm + 1 < close; ++nm) {
            if (!Is<"named", "called">(Tok(nm))) continue;
            const int32_t pm = PersonMentionStartingAt(nm + 1);
            if (pm < 0 || TokenAt(doc_.mentions[pm].span.end) != close) break;
            Speaker person = FromMention(pm);
            person.role = std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[nm - 1].span.end}));
            person.role_is_title = false;
            person.first_token = sp->first_token;
            person.last_token = sp->last_token;
            *sp = person;
            break;
          }
        }
        return true;
      }
      return false;
    }
    // A named person inside is the subject, or the words are a clause
    // ("Donald Trump repeatedly demeaned women"); only "X's aide" is fine.
    int32_t pm = PersonMentionEndingAt(k);
    if (pm >= 0 && !(k + 1 < to && (Tok(k + 1) == "'s" || Tok(k + 1) == "\xE2\x80\x99s"))) {
      const Mention& pmen = doc_.mentions[pm];
      uint32_t start = TokenAt(pmen.title.empty() ? pmen.span.begin : pmen.title.begin);
      // "a spokeswoman for X" is fine, and so is "a document on the X
      // campaign's website": a name after a preposition and its article
      // ("Aides to Gov. X": and its title).
      // ("Allies of French President X": and a nationality before the title.)
      if (const int32_t pl = start > from + 1 ? MentionEndingAt(start - 1) : -1;
          pl >= 0 && doc_.entities[doc_.mentions[pl].entity].type == EntityType::kNorp &&
          start - TokenAt(doc_.mentions[pl].span.begin) <= 3 && TokenAt(doc_.mentions[pl].span.begin) > from) {
        start = TokenAt(doc_.mentions[pl].span.begin);
      }
      if (start > from + 1 && Is<"the", "a", "an">(Tok(start - 1))) --start;
      if (start <= from || !IsPreposition(Tok(start - 1))) return false;
    }
    // ("a North Korean in Hyesan told RFA", "one Uyghur said": a person of a
    // nation or group, after an article or "one".)
    if (const int32_t nm = MentionEndingAt(k);
        nm >= 0 && doc_.entities[doc_.mentions[nm].entity].type == EntityType::kNorp && t.back() != 's') {
      const uint32_t ns = TokenAt(doc_.mentions[nm].span.begin);
      // (The nation as the head: not "An Egyptian judoka", whose head the
      // recogniser does not know.)
      const bool head = k + 1 >= to || !text::StartsLower(Tok(k + 1)) || IsCue(k + 1) || IsPreposition(Tok(k + 1)) ||
                        Is<"who", "living", "based", "resident">(Tok(k + 1));
      names_people = names_people ||
                     (head && ns > from && ns == from + 1 && Is<"a", "A", "an", "An", "one", "One">(Tok(from))) ||
                     // ("Taxes must rise, Labour said": a party by its one
                     // word.)
                     (ns == from && to == from + 1 && Tok(from) == "Labour");
    }
    // ("the world No 1 said", "the No. 3 seed": a rank stands for a player.)
    names_people = names_people ||
                   (Is<"No", "No.">(t) && k + 1 < to && text::IsDigit(static_cast<unsigned char>(Tok(k + 1)[0])) &&
                    k > from);
    names_people = names_people || lex_.humans.Contains(t) || IsQuantity(k) || IsShare(k) ||
                   // "the 28-year-old said": an age stands for a person.
                   (k > from && (t.ends_with("-year-old") || t.ends_with("-year-olds")) &&
                    text::IsDigit(static_cast<unsigned char>(t[0]))) ||
                   // ("the 7-footer said": a height stands for a player.)
                   (k > from && (t.ends_with("-footer") || t.ends_with("-footers")) &&
                    text::IsDigit(static_cast<unsigned char>(t[0]))) ||
                   // "26% say", "41% of voters": a share of people, not "His 32%" or
                   // "a 20% increase".
                   (t == "%" && (k + 1 == to || Tok(k + 1) == "of") &&
                    !Is<"his", "her", "its", "their", "His", "Her", "Its", "Their", "a", "A">(Tok(from))) ||
                   // "those surveyed", "those polled": the people a poll asked.
                   (k > from && Is<"those", "Those">(Tok(k - 1)) &&
                    Is<"surveyed", "polled", "interviewed", "questioned", "sampled", "asked">(t));
  }
  // An organisation or place alone may speak ("the ministry said" is caught
  // above; "Beijing said", "RFA reported").
  int32_t single = -1;
  bool branch = false;
  if (!names_people) {
    int32_t m = MentionEndingAt(to - 1);
    uint32_t start = m >= 0 ? TokenAt(doc_.mentions[m].span.begin) : 0;
    // ("South Korea's Joint Chiefs of Staff said": after a place's or a
    // body's possessive too.)
    const int32_t owner = start >= from + 2 && Is<"'s", "\xE2\x80\x99s">(Tok(start - 1)) ? MentionEndingAt(start - 2)
                                                                                             : -1;
    // (Not a body that only modifies a people noun after it: "Iraq's U.N.
    // ambassador".)
    const bool owned = owner >= 0 && TokenAt(doc_.mentions[owner].span.begin) == from &&
                       doc_.entities[doc_.mentions[owner].entity].type != EntityType::kPerson &&
                       (to >= doc_.tokens.size() || !lex_.humans.Contains(Tok(to)));
    if (m >= 0 && (start == from || (start == from + 1 && Is<"The", "the">(Tok(from))) || owned)) {
      EntityType ty = doc_.entities[doc_.mentions[m].entity].type;
      if (ty == EntityType::kOrg || (ty == EntityType::kGpe && !owned)) single = m;
    }
    // ("The French sports daily L'Équipe reported", "Spanish newspaper Marca
    // said": a kind of body before its name is its role.)
    // (Only a noun of a body's kind right before the name: not "A similarly
    // fresh Reuters poll", "a rover NASA plans to fly".)
    if (single < 0 && m >= 0 && start > from + 1 && start <= from + 5 &&
        doc_.entities[doc_.mentions[m].entity].type == EntityType::kOrg && text::StartsLower(Tok(start - 1)) &&
        Is<"newspaper", "daily", "weekly", "tabloid", "broadcaster", "outlet", "site", "website",
                            "magazine", "channel", "network", "agency", "group", "organisation", "organization",
                            "charity", "company", "firm", "bank", "lender", "insurer", "carrier", "airline",
                            "automaker", "carmaker", "retailer", "giant", "startup", "developer", "maker",
                            "watchdog", "regulator", "union", "party", "club", "body", "association", "coalition",
                            "nonprofit", "think-tank", "exchange", "broker", "brokerage", "miner", "producer",
                            "operator", "platform", "app", "service", "publisher", "studio", "label", "team",
                            "lobby", "bakery", "restaurant", "brand", "chain", "cafe", "winery", "brewery", "hotel",
                            "gallery", "museum", "foundation", "institute", "university", "hospital", "clinic",
                            "federation", "league", "major", "conglomerate", "titan", "heavyweight">(Tok(start - 1))) {
      // (Not "a transcript obtained by Reuters", "Mayo of CLSA", "the
      // Columbus Fire and EMS": only words naming the body's kind.)
      bool kind = true;
      for (uint32_t k = from; k < start && kind; ++k) {
        size_t len;
        const std::string_view w = Tok(k);
        kind = text::IsWordChar(text::DecodeAt(w, 0, &len)) && !IsCue(k) && !IsPronoun(k) &&
               !Is<"and", "or", "of", "for", "with", "by", "at", "in", "from", "to", "on", "as">(w) &&
               !(k > from && text::StartsLower(w) && w.size() > 4 && w.ends_with("ed")) && !w.ends_with("-General") &&
               (k == from || text::StartsLower(w) || lex_.places.Contains(w) ||
                (MentionEndingAt(k) >= 0 && doc_.entities[doc_.mentions[MentionEndingAt(k)].entity].type ==
                                                 EntityType::kNorp));
      }
      if (kind) {
        single = m;
        sp->role = std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[start - 1].span.end}));
        sp->role_is_title = true;
      }
    }
    // ("the ANC in Gauteng said", "the DA in the Western Cape": a body's
    // branch named by its place, as written.)
    if (single < 0 && m >= 0 && start > from + 1 &&
        (doc_.entities[doc_.mentions[m].entity].type == EntityType::kGpe ||
         doc_.entities[doc_.mentions[m].entity].type == EntityType::kLoc)) {
      uint32_t in = start - 1;
      if (Is<"the">(Tok(in)) && in > from) --in;
      if (Is<"in", "of">(Tok(in)) && in > from) {
        const int32_t body = MentionEndingAt(in - 1);
        const uint32_t body_start = body >= 0 ? TokenAt(doc_.mentions[body].span.begin) : 0;
        branch = body >= 0 && doc_.entities[doc_.mentions[body].entity].type == EntityType::kOrg &&
                 (body_start == from || (body_start == from + 1 && Is<"The", "the">(Tok(from))));
      }
    }
    // "Politifact then ruled": a short run of capitalised words the
    // recogniser did not know, alone before the cue, names its speaker
    // by word order (a sentence-initial common noun, "Polls show", is a
    // fair source too).
    if (single < 0 && unknown_name && to - from <= 3 && m < 0) {
      // "the Times wrote": a short form after its article; the
      // organisation whose full name ends in it ("The New York Times") is
      // the speaker.
      const uint32_t head = Is<"the", "The">(Tok(from)) && to > from + 1 ? from + 1 : from;
      bool caps = true;
      for (uint32_t k = head; k < to && caps; ++k) {
        caps = text::StartsUpper(Tok(k)) && !lex_.starters.Contains(Tok(k)) && !IsCue(k) &&
               !InQuote(doc_.tokens[k].span.begin) && !Contraction(Tok(k));
      }
      if (!caps) return false;
      int32_t short_of = -1;
      if (head > from) {
        std::string_view tail(doc_.text.data() + doc_.tokens[head].span.begin,
                              doc_.tokens[to - 1].span.end - doc_.tokens[head].span.begin);
        // Bounded: a page with thousands of entities stays linear.
        for (uint32_t e = 0; e < doc_.entities.size() && e < 2000 && short_of < 0; ++e) {
          const Entity& en = doc_.entities[e];
          if (en.type != EntityType::kOrg || en.name.size() <= tail.size() + 1) continue;
          if (en.name.ends_with(tail) && en.name[en.name.size() - tail.size() - 1] == ' ') {
            short_of = int32_t(e);
          }
        }
      }
      sp->entity = short_of;
    } else if (single < 0 && !branch) {
      return false;
    }
  }
  sp->found = true;
  sp->description = true;
  sp->first_token = from;
  sp->last_token = to;
  sp->mention = {doc_.tokens[from].span.begin, doc_.tokens[to - 1].span.end};
  if (single < 0 && sp->entity >= 0) {
    sp->name = doc_.entities[sp->entity].name;
    sp->description = false;
  } else if (single >= 0) {
    sp->entity = doc_.mentions[single].entity;
    sp->name = doc_.entities[sp->entity].name;
    sp->description = false;
  } else {
    sp->name = std::string(doc_.Slice(sp->mention));
  }
  return true;
}

bool SpeakerFinder::ModifiedPeopleNoun(uint32_t from, uint32_t to) const {
  // "federal officials", "law enforcement officials", "aviation experts":
  // a few lower-case words ending in a people noun.
  if (to <= from + 1 || to - from > 3 || !lex_.humans.Contains(Tok(to - 1))) return false;
  for (uint32_t k = from; k < to; ++k) {
    std::string_view t = Tok(k);
    if (!text::StartsLower(t) || IsCue(k) || IsPronoun(k) || IsAdverbBlocker(t) || IsPreposition(t) ||
        IsBoundary(t)) {
      return false;
    }
  }
  return true;
}

bool SpeakerFinder::IsShare(uint32_t k) const {
  // "Six in 10", "one in four", "nine out of 10", "Three-in-five": a share
  // of people written as a ratio.
  std::string_view t = Tok(k);
  if (t.find("-in-") != std::string_view::npos) return true;
  auto number = [&](uint32_t i) {
    std::string_view w = Tok(i);
    if (w.empty()) return false;
    if (w[0] >= '0' && w[0] <= '9') return true;
    char buf[8];
    std::string_view f = text::FoldCase(w, buf, sizeof buf);
    return Is<"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten">(f);
  };
  if (t == "in") return k > 0 && number(k - 1) && number(k + 1);
  if (t == "out") return k > 0 && number(k - 1) && Tok(k + 1) == "of" && number(k + 2);
  return false;
}

bool SpeakerFinder::IsQuantity(uint32_t k) const {
  std::string_view t = Tok(k);
  const size_t dash = t.rfind('-');
  if (dash != std::string_view::npos && dash + 1 < t.size()) t = t.substr(dash + 1);
  // A bare number with "percent" after it is caught at "percent"; "of" after
  // a share ("most of the voters") is fine, as the people noun follows.
  return lex_.quantities.Contains(t);
}

std::string SpeakerFinder::FullNamesIn(Span span) const {
  // ("Vindman and Williams told lawmakers": each family name as the article
  // introduced its bearer, "Alexander Vindman and Jennifer Williams".)
  std::string out;
  uint32_t at = span.begin;
  for (uint32_t k = TokenAt(span.begin); k < doc_.tokens.size() && doc_.tokens[k].span.begin < span.end; ++k) {
    const int32_t pm = PersonMentionStartingAt(k);
    if (pm < 0) continue;
    const Mention& m = doc_.mentions[pm];
    if (m.span.end > span.end) break;
    const std::string& full = doc_.entities[m.entity].name;
    const Span from = m.title.empty() ? m.span : Span{m.title.begin, m.span.end};
    if (full.size() <= m.span.size() || from.begin < at) continue;
    out.append(doc_.Slice({at, from.begin}));
    out.append(full);
    at = from.end;
  }
  out.append(doc_.Slice({at, span.end}));
  return out;
}

Speaker SpeakerFinder::LeftSubject(uint32_t cue, uint32_t lo) const {
  // ("Mohamad Sabu, better known as Mat Sabu, said", "Peter Wright,
  // nicknamed Snakebite, said": the nickname in the aside names the
  // subject before it, who speaks.)
  if (cue >= lo + 5 && cue < doc_.tokens.size() && Tok(cue - 1) == ",") {
    for (uint32_t w = cue - 2; w > lo + 1 && cue - w < 12; --w) {
      const std::string_view t = Tok(w);
      if (Is<";", ":", ".">(t) || IsCue(w)) break;
      if (t == ",") break;
      const bool naming = (t == "known" && Tok(w + 1) == "as") || Is<"nicknamed", "dubbed">(t);
      if (!naming) continue;
      uint32_t c = w - 1;
      if (Is<"better", "popularly", "widely", "also", "locally", "commonly", "affectionately", "fondly">(Tok(c))) --c;
      // ("Mike Krzyzewski, the former Duke coach known as Coach K, said": a
      // description before the naming, which is the role.)
      uint32_t described_from = 0;
      if (c > lo + 2 && Tok(c) != "," && text::StartsLower(Tok(c)) && lex_.humans.Contains(Tok(c))) {
        uint32_t d = c;
        while (d > lo + 1 && c - d < 6 && Tok(d - 1) != "," && !IsCue(d - 1)) --d;
        if (d > lo + 1 && Tok(d - 1) == "," && Is<"the", "a", "an">(Tok(d))) {
          described_from = d;
          c = d - 1;
        }
      }
      if (c <= lo || Tok(c) != ",") break;
      Speaker sp = LeftSubject(c, lo);
      if (sp.found && sp.entity >= 0 && !sp.description &&
          doc_.entities[sp.entity].type == EntityType::kPerson) {
        sp.last_token = cue;
        if (described_from != 0) {
          uint32_t e = described_from;
          while (e < w && Tok(e) != "known" && !Is<"nicknamed", "dubbed", "better", "popularly", "widely">(Tok(e))) ++e;
          if (e > described_from) {
            sp.role = std::string(doc_.Slice({doc_.tokens[described_from].span.begin, doc_.tokens[e - 1].span.end}));
            sp.role_is_title = false;
          }
        }
        return sp;
      }
      break;
    }
  }
  // ("demonstrators, who have marched for days and called for the
  // footage": a cue joined by "and" to a relative clause's first verb; the
  // relative's antecedent speaks.)
  if (cue >= lo + 5 && cue < doc_.tokens.size() && Tok(cue - 1) == "and") {
    for (uint32_t w = cue - 2; w > lo + 1 && cue - w < 16; --w) {
      const std::string_view t = Tok(w);
      if (Is<",", ";", ":", ".", "and", "but">(t) || InQuote(doc_.tokens[w].span.begin) || IsCue(w)) break;
      if (Is<"who", "which">(t) && Tok(w - 1) == ",") {
        if (w + 2 >= cue) break;
        Speaker sp = LeftSubject(w + 1, lo);
        if (sp.found && sp.first_token == w && (sp.entity >= 0 || sp.name)) {
          sp.last_token = cue;
          return sp;
        }
        break;
      }
    }
  }
  // ("The Prince of Wales is understood to have told friends", "the Queen
  // is reported to have said": hearsay's subject before its passive.)
  // ("Chair Douglas Whitcomb will tell the committee that": a speech
  // announced, its subject before the modal.)
  if (cue >= lo + 2 && Is<"will", "would">(Tok(cue - 1)) &&
      Is<"tell", "say", "testify", "argue", "warn">(Tok(cue))) {
    return LeftSubject(cue - 1, lo);
  }
  // ("Daniel Hagari would not say how many", "ICE did not say when": a
  // refusal's subject before its negated auxiliary.)
  // (Not the writer's hedge: "I would not say that is true".)
  if (cue >= lo + 3 && Is<"not", "never">(Tok(cue - 1)) && !Is<"I", "We", "we", "You", "you">(Tok(cue - 3)) &&
      Is<"would", "did", "could", "will", "does", "do", "has", "have", "had", "can">(Tok(cue - 2)) &&
      Is<"say", "said", "tell", "told", "confirm", "confirmed", "disclose", "specify", "explain", "reveal">(Tok(cue))) {
    return LeftSubject(cue - 2, lo);
  }
  // ("The ministry neither confirmed nor denied the report", "a spokesman
  // would neither confirm nor deny that": both verbs are the cue.)
  if (cue >= lo + 4 && Tok(cue - 1) == "nor" && IsCue(cue - 2) && Is<"neither", "Neither">(Tok(cue - 3))) {
    if (cue >= lo + 5 && Is<"would", "could", "will", "did", "can">(Tok(cue - 4))) return LeftSubject(cue - 4, lo);
    return LeftSubject(cue - 3, lo);
  }
  if (cue >= lo + 2 && (Tok(cue - 1).ends_with("n't") || Tok(cue - 1).ends_with("n\xE2\x80\x99t")) &&
      !Is<"I", "We", "we", "You", "you">(Tok(cue - 2)) &&
      Is<"say", "said", "tell", "confirm", "disclose", "specify", "explain", "reveal">(Tok(cue))) {
    return LeftSubject(cue - 1, lo);
  }
  if (cue >= lo + 5 && Tok(cue - 1) == "have" && Tok(cue - 2) == "to" &&
      Is<"understood", "said", "reported", "believed", "thought", "known", "alleged", "rumoured",
                        "rumored", "claimed", "quoted">(Tok(cue - 3)) &&
      Is<"is", "was", "are", "were">(Tok(cue - 4))) {
    return LeftSubject(cue - 4, lo);
  }
  // ("The plan collapsed after state Rep. Wayne Colter, R-Conway,
  // suggested", "While Sen. Ana Ruiz, D-Yakima, said": a name with its US
  // party tag set off by commas, wherever the clause opens.)
  if (cue >= lo + 4 && Tok(cue - 1) == ",") {
    for (uint32_t t = cue - 1; t > lo + 1 && cue - t <= 3;) {
      --t;
      const std::string_view w = Tok(t);
      if (w.size() >= 3 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[2] >= 'A' && w[2] <= 'Z') {
        const int32_t pm = Tok(t - 1) == "," ? PersonMentionEndingAt(t - 2) : -1;
        if (pm < 0) break;
        Speaker sp = FromMention(pm);
        if (sp.first_token < lo) break;
        // (Only the clause's own subject: not "Sen. X, D-Mass., and Sen. Y,
        // I-Vt., said", nor "A spokesman for Rep. X, R-Fla., said".)
        uint32_t open = sp.first_token;
        while (open > lo && Is<"state", "State", "Democratic", "Republican", "GOP", "freshman",
                                                "veteran", "former", "Former">(Tok(open - 1))) {
          --open;
        }
        if (open > lo && !Is<"after", "before", "while", "While", "when", "When", "because", "since",
                                              "as", "although", "though", "until", "once", "which", "whom", "if",
                                              "where", "but", "and">(Tok(open - 1))) {
          break;
        }
        if (open > lo && Tok(open - 1) == "and" && open >= lo + 2 && Tok(open - 2) == ",") break;
        sp.first_token = open;
        sp.role = std::string(doc_.Slice({doc_.tokens[t].span.begin, doc_.tokens[cue - 2].span.end}));
        sp.role_is_title = false;
        sp.last_token = cue;
        return sp;
      }
      if (!text::StartsUpper(w)) break;
    }
  }
  uint32_t boundary = lo;
  uint32_t m = cue;
  bool comma_seen = false;
  uint32_t aside_open = 0;  // the comma opening a relative aside that holds a quote
  if (cue >= lo + 1 &&
      Is<"I", "We", "we", "I'm", "I\xE2\x80\x99m">(Tok(cue - 1)) &&
      !InQuote(doc_.tokens[cue - 1].span.begin)) {
    // "I said", "we know": the writer or a speaker in a transcript; the
    // mention stands, the name is unknown.
    Speaker sp;
    sp.found = true;
    sp.mention = doc_.tokens[cue - 1].span;
    sp.first_token = cue - 1;
    sp.last_token = cue;
    return sp;
  }
  // (""...," one of them said": a share of a group the pronoun names.)
  if (cue >= lo + 3 && Is<"them", "us", "those">(Tok(cue - 1)) && Tok(cue - 2) == "of" &&
      Is<"one", "One", "some", "Some", "many", "Many", "both", "Both", "two", "Two", "three", "Three",
                        "several", "Several", "each", "Each", "another", "Another">(Tok(cue - 3))) {
    Speaker sp = Description(cue - 3, cue);
    if (sp.found) {
      sp.first_token = cue - 3;
      sp.last_token = cue;
      return sp;
    }
  }
  // "McConnell, who in 2010 said": a time phrase may stand between.
  uint32_t rel = cue;
  for (uint32_t j = cue; j > lo + 2 && cue - j < 4; --j) {
    if (Is<"who", "which">(Tok(j - 1))) {
      // ("which critics have called "costly"": the relative clause's own
      // subject, a people noun, is no adverb.)
      bool people = false;
      for (uint32_t k = j; k < cue && !people && Is<"called", "described", "dubbed", "labeled", "labelled",
                                                                "termed", "branded">(Tok(cue));
           ++k) {
        people = lex_.humans.Contains(Tok(k));
      }
      if (!people && (Adverbs(j, cue) || (cue - j == 2 && Is<"in", "on">(Tok(j))))) rel = j;
      break;
    }
  }
  if (cue >= lo + 2 && Is<"who", "which">(Tok(rel - 1))) {
    // "the Chicago Police Department, which reported "..."", "Pardo, who
    // said ...": the relative pronoun is the mention, its antecedent the
    // speaker (a person for "who", an organisation or place for "which").
    uint32_t a = rel - 1;
    if (Tok(a - 1) == "," && a >= lo + 2) --a;
    int32_t am = MentionEndingAt(a - 1);
    // ("Rep. Kim Chavez, a Democrat from Des Moines, who said": a place
    // ending the appositive is no antecedent of "who".)
    // ("Jane Roe, an analyst at Cox Automotive, who added": nor the firm
    // after a preposition inside it, whatever its name looks like, when a
    // person set off before it heads the appositive.)
    const int32_t kept_am = am;
    const bool inside_appositive =
        am >= 0 && TokenAt(doc_.mentions[am].span.begin) > lo &&
        Is<"at", "of", "for", "from", "with">(Tok(TokenAt(doc_.mentions[am].span.begin) - 1));
    if (am >= 0 && Tok(rel - 1) == "who" && Tok(a) == "," &&
        (doc_.entities[doc_.mentions[am].entity].type != EntityType::kPerson || inside_appositive)) {
      am = -1;
    }
    if (am < 0 && Tok(rel - 1) == "who" && Tok(a) == ",") {
      // "McConnell, now the Senate majority leader, who said": the person
      // before an appositive closed by the comma.
      const uint32_t s0 = doc_.sentences[doc_.tokens[cue].sentence].first_token;
      for (uint32_t k = a - 1; k > s0 + 1 && a - k < 12; --k) {
        if (Tok(k) == "," && PersonMentionEndingAt(k - 1) >= 0) {
          am = PersonMentionEndingAt(k - 1);
          break;
        }
        if (IsBoundary(Tok(k)) || IsCue(k)) break;
      }
      if (am < 0 && inside_appositive) am = kept_am;
    }
    if (am >= 0) {
      const EntityType ty = doc_.entities[doc_.mentions[am].entity].type;
      const bool fits = Tok(rel - 1) == "who" ? ty == EntityType::kPerson
                                              : (ty == EntityType::kOrg || ty == EntityType::kGpe);
      if (fits) {
        Speaker sp;
        sp.found = true;
        sp.entity = doc_.mentions[am].entity;
        sp.name = doc_.entities[sp.entity].name;
        sp.mention = doc_.tokens[rel - 1].span;
        sp.first_token = rel - 1;
        sp.last_token = cue;
        return sp;
      }
    }
    // "The plan was criticised by opposition lawmakers, who said", "rejected
    // by the union, which said": the agent of a passive is the antecedent.
    for (uint32_t by = a; by > lo + 2 && a - by < 9;) {
      --by;
      const std::string_view w = Tok(by);
      if (Is<",", ";", ":", "(", ")">(w) || InQuote(doc_.tokens[by].span.begin)) break;
      if (w != "by" || by + 1 >= a) continue;
      const std::string_view v = Tok(by - 1);
      if (!(v.size() > 3 && text::StartsLower(v) && (v.substr(v.size() - 2) == "ed" || v.substr(v.size() - 2) == "en"))) {
        break;
      }
      Speaker agent;
      const int32_t pm = PersonMentionStartingAt(by + 1);
      if (pm >= 0 && TokenAt(doc_.mentions[pm].span.end) == a) {
        agent = RightSubject(by + 1, a);
      } else {
        agent = Description(by + 1, a);
      }
      if (!agent.found || !agent.name) break;
      agent.mention = doc_.tokens[rel - 1].span;
      agent.first_token = rel - 1;
      agent.last_token = cue;
      return agent;
    }
    if (Tok(rel - 1) == "who") {
      // "said one Democrat familiar with the discussion, who added",
      // "Sen. Marco Rubio of Florida, who mused": "who" is the mention and
      // the antecedent, read as a subject ending at the relative, names the
      // speaker.
      Speaker ante = a > lo ? LeftSubject(a, lo) : Speaker();
      if (ante.found && ante.name && ante.description && ante.entity < 0) {
        // "The measure passed despite objections from lawmakers, who said":
        // a description holding its clause's verb is the clause; the
        // antecedent is the noun phrase after its last preposition.
        uint32_t verb = UINT32_MAX, prep = UINT32_MAX;
        for (uint32_t k = ante.first_token + 1; k < a; ++k) {
          const std::string_view w = Tok(k);
          if (!text::StartsLower(w)) continue;
          if ((w.size() > 4 && w.ends_with("ed") && !Is<"the", "a", "an", "his", "her", "its", "their">(Tok(k - 1))) ||
              Is<"drew", "met", "won", "lost", "saw", "got", "made", "took", "faced", "includes", "include",
                     "is", "was", "are", "were", "has", "have", "had", "heard", "spoke", "told", "wrote", "sent",
                     "brought", "heard", "hears", "meets", "sees">(w)) {
            verb = k;
          }
          if (verb != UINT32_MAX && Is<"from", "by", "of", "among", "with", "to", "for">(w)) prep = k;
        }
        if (verb != UINT32_MAX) {
          const uint32_t from = prep != UINT32_MAX ? prep + 1 : verb + 1;
          ante = from < a ? Description(from, a) : Speaker();
          if (!ante.found || !ante.name || !lex_.humans.Contains(Tok(a - 1))) ante = Speaker();
        }
      }
      if (ante.found && ante.name) {
        Speaker sp;
        sp.found = true;
        sp.entity = ante.entity;
        sp.name = ante.name;
        sp.description = ante.description;
        sp.mention = doc_.tokens[rel - 1].span;
        sp.first_token = rel - 1;
        sp.last_token = cue;
        return sp;
      }
    }
  }
  {
    // "Christie, who has campaigned for Trump since he left the race,
    // blasted": a relative clause closed by a comma right before the cue is
    // skipped whole, whatever pronouns or conjunctions it holds.
    uint32_t c = cue;
    while (c > lo && Is<"also", "then", "later", "quickly", "again", "has", "had", "have">(Tok(c - 1))) --c;
    // "X, citing "the unique magic of Trump," said": the closing comma may
    // sit inside the quotation marks.
    uint32_t close = c;
    // (The closing mark may be a token of its own: "sociopath," ".)
    size_t mark_len;
    while (close > lo + 2 && close + 3 > c &&
           (InQuote(doc_.tokens[close - 1].span.begin) ||
            (text::IsDoubleQuote(text::DecodeAt(Tok(close - 1), 0, &mark_len)) && mark_len == Tok(close - 1).size())) &&
           Tok(close - 1) != ",") {
      --close;
    }
    if (close > lo + 2 && Tok(close - 1) == ",") {
      bool quoted = false;
      for (uint32_t w = close - 1; w > lo + 1 && c - w < 40; --w) {
        if (Tok(w - 1) == "," && Is<"who", "which", "whose", "whom">(Tok(w)) && !InQuote(doc_.tokens[w].span.begin)) {
          m = w;  // the loop steps onto the opening comma next
          if (close < c) aside_open = w - 1;
          break;
        }
        // ("Democratic officials, several of whom spoke anonymously, said":
        // a share of them in a relative aside.)
        // ("The Sheriff's Office, in a statement posted after midnight,
        // said": the occasion set off before the cue.)
        if (Tok(w - 1) == "," && w + 2 < c && !InQuote(doc_.tokens[w].span.begin) && w > lo + 1 &&
            ((Tok(w + 1) == "of" && Is<"whom", "which">(Tok(w + 2)) &&
              Is<"several", "some", "many", "most", "all", "both", "one", "none", "two", "three", "four",
                          "each", "neither", "either", "half", "few">(Tok(w))) ||
             (Is<"in", "on">(Tok(w)) && Is<"a", "an", "its", "his", "her", "their">(Tok(w + 1)) &&
              Is<"statement", "letter", "interview", "release", "post", "posting", "email", "e-mail",
                              "filing", "note", "memo", "tweet", "message", "news", "press", "written", "televised",
                              "video", "speech", "report", "briefing", "conference", "call", "court", "Facebook",
                              "brief", "notice", "separate", "joint", "prepared", "brief", "radio">(Tok(w + 2))))) {
          m = w;
          aside_open = w - 1;
          break;
        }
        // A participle aside ("X, citing "..." ,") may hold a quote, as a
        // relative clause may ("Humphrey, who calls Trump a "sociopath,"
        // said").
        // ("The president, speaking before boarding Marine One, said": an
        // aside of what the speaker was doing, no subject of its own.)
        // ("Michael Carr, dubbed the "King of Chavs", says": a past
        // participle's aside holding a quote too.)
        const bool past_aside = quoted && text::StartsLower(Tok(w)) && Tok(w).size() > 4 && Tok(w).ends_with("ed");
        if (Tok(w - 1) == "," && (OpensParticipleClause(Tok(w)) || past_aside) && !InQuote(doc_.tokens[w].span.begin) &&
            (quoted || close < c ||
             Is<"speaking", "talking", "addressing", "appearing", "writing", "testifying", "standing",
                         "answering", "responding", "reacting", "campaigning", "visiting">(Tok(w)))) {
          m = w;
          // ("The report, titled 'Broken Promises', found": the aside is no
          // role of the subject before it.)
          if (past_aside) aside_open = w - 1;
          break;
        }
        if (InQuote(doc_.tokens[w].span.begin)) {
          if (quoted) continue;
          if (close == c && !quoted && Tok(close - 1) == "," && !InQuote(doc_.tokens[close - 1].span.begin)) {
            quoted = true;  // "X, citing "...", said": a quote inside the aside
            continue;
          }
          if (close < c) {
            quoted = true;
            continue;
          }
          break;
        }
      }
    }
  }
  while (m > lo && cue - m < 45) {
    --m;
    std::string_view t = Tok(m);
    if (t == ")") {
      // A bracket ("(R-Ohio)", "(who has 25 delegates)") is read whole:
      // RoleGap decides what it is once the name before it is found.
      uint32_t o = m;
      while (o > lo && m - o < 30 && Tok(o) != "(") --o;
      if (o > lo && Tok(o) == "(") {
        m = o;
        continue;
      }
    }
    {
      // An organisation or place opening the clause speaks for itself:
      // "The agency, which oversees the program, said".
      int32_t om = MentionEndingAt(m);
      if (om >= 0 && doc_.entities[doc_.mentions[om].entity].type != EntityType::kPerson &&
          doc_.entities[doc_.mentions[om].entity].type != EntityType::kDate) {
        uint32_t start = TokenAt(doc_.mentions[om].span.begin);
        // Only the mention itself, or with an appositive: in "North Korea
        // watchers said" the place is a modifier.
        // ("Wells Fargo just this month announced": adverbs and a time too.)
        bool alone = m + 1 == cue || Tok(m + 1) == "," || Tok(m + 1) == "(";
        // ("The Tulsa, Okla., company said": a town and its state modify the
        // noun after them.)
        if (alone && m + 1 < cue && Tok(m + 1) == "," &&
            doc_.entities[doc_.mentions[om].entity].type == EntityType::kGpe) {
          uint32_t pc = m + 2;
          while (pc < cue && pc < m + 5 && text::StartsUpper(Tok(pc))) ++pc;
          if (pc > m + 2 && pc + 1 < cue && Tok(pc) == "," && text::StartsLower(Tok(pc + 1)) &&
              !Is<"who", "which", "where", "a", "an", "the", "its", "his", "her", "their">(Tok(pc + 1))) {
            alone = false;
          }
        }
        // ("The BCCI in a statement said", "The ministry in a press release
        // said": the medium between the body and its cue.)
        if (!alone && cue >= m + 4 && cue <= m + 5 && Tok(m + 1) == "in" &&
            Is<"a", "an", "its", "their">(Tok(m + 2)) &&
            Is<"statement", "release", "letter", "post", "tweet", "filing", "note", "notice",
                              "communique", "communiqué", "circular">(Tok(cue - 1)) &&
            (cue == m + 4 || Is<"press", "written", "joint", "brief", "separate", "short">(Tok(m + 3)))) {
          alone = true;
        }
        if (!alone && m + 1 < cue && cue - m <= 5 && Adverbs(m + 1, cue)) {
          alone = true;
          for (uint32_t w = m + 1; w < cue && alone; ++w) {
            const std::string_view t = Tok(w);
            alone = !text::StartsLower(t) ||
                    Is<"just", "this", "last", "month", "week", "year", "on", "now", "also", "still", "again",
                           "already", "earlier", "later", "today", "yesterday", "recently", "once", "then", "quickly",
                           "publicly", "formally", "officially", "previously", "repeatedly", "weekend", "morning">(t);
          }
        }
        // "The company, Corvallis Therapeutics, said", "Its maker, Brantley
        // Pharma, said": the organisation set off after its description,
        // which is its role.
        // ("The drug cut heart attacks, its maker, Brantley Pharma, said":
        // the description after the statement's own comma.)
        uint32_t d0 = lo;
        if (start >= lo + 3 && start - lo > 6) {
          d0 = start - 2;
          while (d0 > lo + 1 && start - d0 < 6 && Tok(d0 - 1) != ",") --d0;
          if (d0 <= lo + 1 || Tok(d0 - 1) != ",") d0 = lo;
        }
        if (alone && start >= d0 + 3 && Tok(start - 1) == "," && m + 1 < cue && Tok(m + 1) == "," &&
            Adverbs(m + 2, cue) && start - d0 <= 6 &&
            (Is<"The", "the", "A", "a", "An", "an", "Its", "its", "Their", "their", "His", "his", "Her",
                          "her">(Tok(d0)) ||
             // ("Kowalchuk's insurer, Blue Shield Canada, told": a named owner.)
             (text::StartsUpper(Tok(d0)) && d0 + 1 < start && Is<"'s", "\xE2\x80\x99s">(Tok(d0 + 1))))) {
          bool plain = true;
          for (uint32_t k = d0 + 1; k + 1 < start && plain; ++k) {
            plain = !IsCue(k) && !IsPronoun(k) && Tok(k) != "," && !InQuote(doc_.tokens[k].span.begin) &&
                    (text::StartsLower(Tok(k)) || Is<"'s", "\xE2\x80\x99s">(Tok(k)) || k + 2 < start) &&
                    // ("A lawyer for the developer, Brightline Partners,
                    // said": a person for the body, who speaks.)
                    !(Is<"for", "of", "to">(Tok(k)) && lex_.humans.Contains(Tok(k - 1)) &&
                      !Is<"company", "firm", "group", "agency", "body", "union", "maker", "owner",
                                       "operator", "parent", "unit", "subsidiary">(Tok(k - 1)));
          }
          const std::string_view head = Tok(start - 2);
          // ("..., the International Rowing Federation, FISA, said": a body's
          // name and its initials; the name speaks, as "The International
          // Rowing Federation, FISA, said" opening the sentence does.)
          const int32_t named = MentionEndingAt(start - 2);
          if (named >= 0 && named != om && doc_.entities[doc_.mentions[named].entity].type == EntityType::kOrg &&
              doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg &&
              TokenAt(doc_.mentions[named].span.begin) <= d0 + 1 && m == start) {
            Speaker sp;
            sp.found = true;
            sp.entity = doc_.mentions[named].entity;
            sp.name = doc_.entities[sp.entity].name;
            sp.mention = {doc_.tokens[d0].span.begin, doc_.mentions[named].span.end};
            sp.first_token = d0;
            sp.last_token = m + 1;
            sp.role = std::string(doc_.Slice(doc_.mentions[om].span));
            return sp;
          }
          if (plain && text::StartsLower(head) && !Is<"and", "or", "but", "that", "which", "who">(head)) {
            Speaker sp;
            sp.found = true;
            sp.entity = doc_.mentions[om].entity;
            sp.name = doc_.entities[sp.entity].name;
            sp.mention = doc_.mentions[om].span;
            sp.first_token = d0;
            sp.last_token = m + 1;
            sp.role = std::string(doc_.Slice({doc_.tokens[d0].span.begin, doc_.tokens[start - 2].span.end}));
            return sp;
          }
        }
        // ("The launch will be delayed, NASA and ESA said.": two bodies
        // after the statement's comma speak together.)
        if (alone && m + 1 == cue && start >= lo + 3 && Tok(start - 1) == "and") {
          const int32_t first = MentionEndingAt(start - 2);
          if (first >= 0 && doc_.entities[doc_.mentions[first].entity].type == EntityType::kOrg) {
            const uint32_t open = TokenAt(doc_.mentions[first].span.begin);
            if (open == lo || (open > lo && Tok(open - 1) == ",")) {
              Speaker sp = Description(open, m + 1);
              return sp;
            }
          }
        }
        // ("..., mortgage lender Freddie Mac said", "Anglo-Dutch consumer
        // goods giant Veldhuis Group said": a description of the body's kind
        // before its name opens the clause and is its role.)
        uint32_t desc = start;  // where the description opens: the clause, or a comma's clause
        while (desc > lo && start - desc < 7 && Tok(desc - 1) != ",") --desc;
        if (alone && m + 1 == cue && start > desc && start - desc <= 6 && (desc == lo || Tok(desc - 1) == ",") &&
            doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg &&
            Is<"lender", "firm", "company", "group", "giant", "maker", "bank", "insurer", "retailer",
                                "carrier", "airline", "automaker", "drugmaker", "chipmaker", "manufacturer",
                                "developer", "operator", "producer", "miner", "refiner", "exporter", "startup",
                                "conglomerate", "subsidiary", "supplier", "utility", "broker", "brokerage",
                                "publisher", "broadcaster", "network", "agency", "fund", "manager", "investor",
                                "owner", "platform", "exchange">(Tok(start - 1))) {
          bool plain = true;
          for (uint32_t k = desc; k + 1 < start && plain; ++k) {
            const std::string_view w = Tok(k);
            plain = !IsCue(k) && !IsPronoun(k) && !InQuote(doc_.tokens[k].span.begin) &&
                    (text::StartsLower(w) || (k == desc && Is<"The">(w)) || w.find('-') != std::string_view::npos) &&
                    !Is<"and", "or", "but", "that", "which", "who", "of", "in", "at", "for", "with", ",">(w);
          }
          if (plain) {
            Speaker sp;
            sp.found = true;
            sp.entity = doc_.mentions[om].entity;
            sp.name = doc_.entities[sp.entity].name;
            sp.mention = doc_.mentions[om].span;
            sp.first_token = desc;
            sp.last_token = m + 1;
            sp.role = std::string(doc_.Slice({doc_.tokens[desc].span.begin, doc_.tokens[start - 1].span.end}));
            return sp;
          }
        }
        // ("..., the state Division of Gaming Enforcement said": a level of
        // government, in lower case, before the body's name.)
        if (alone && (start == lo || (start == lo + 1 && Is<"The", "the">(Tok(lo))) ||
                      (start >= lo + 2 && (start == lo + 2 || Tok(start - 3) == ",") &&
                       Is<"The", "the">(Tok(start - 2)) &&
                       Is<"state", "federal", "city", "county", "provincial", "national", "regional",
                                           "municipal", "local", "territorial">(Tok(start - 1))))) {
          const uint32_t from = start == lo + 1 ? lo : start >= lo + 2 && Is<"The", "the">(Tok(start - 2)) &&
                                                               text::StartsLower(Tok(start - 1))
                                                           ? start - 2
                                                           : lo;
          Speaker sp;
          sp.found = true;
          sp.entity = doc_.mentions[om].entity;
          // A group speaks as written ("Democrats said"), not as its
          // entity's singular name.
          // ("the Italian said": with its article.)
          // ("The state Supreme Court": the level stays with the name, which
          // without it reads as another court.)
          sp.name = doc_.entities[sp.entity].type == EntityType::kNorp || from + 2 == start
                        ? std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.mentions[om].span.end}))
                        : doc_.entities[sp.entity].name;
          sp.mention = {doc_.tokens[from].span.begin, doc_.mentions[om].span.end};
          sp.first_token = from;
          sp.last_token = m + 1;
          if (RoleGap(m + 1, cue, &sp)) return sp;
        }
      }
    }
    {
      // ("The "Pine Ridge" star said": a work's title in capitals naming
      // the people noun after it is part of the subject.)
      size_t len;
      if (m + 1 < cue && text::IsDoubleQuote(text::DecodeAt(Tok(m), 0, &len)) && !InQuote(doc_.tokens[m].span.begin) &&
          lex_.humans.Contains(Tok(m + 1)) && text::StartsLower(Tok(m + 1))) {
        uint32_t o = m;
        bool title = true;
        while (o > lo && m - o < 8 && title) {
          --o;
          if (text::IsDoubleQuote(text::DecodeAt(Tok(o), 0, &len))) break;
          title = text::StartsUpper(Tok(o)) || Is<"of", "the", "and", "a", "in", "on", "to", "for">(Tok(o));
        }
        if (title && o + 1 < m && o >= lo && text::IsDoubleQuote(text::DecodeAt(Tok(o), 0, &len)) &&
            (o == lo || Is<"The", "the", "A", "a", "An", "an", "'s", "\xE2\x80\x99s", ",">(Tok(o - 1)))) {
          m = o;
          continue;
        }
      }
    }
    if (InQuote(doc_.tokens[m].span.begin)) {
      boundary = m + 1;
      break;
    }
    int32_t mi = PersonMentionEndingAt(m);
    if (mi >= 0) {
      const Mention& men = doc_.mentions[mi];
      uint32_t start = TokenAt(men.title.empty() ? men.span.begin : men.title.begin);
      // "and" before a name joins two subjects ("Mr. Grassley and Mr. Leahy
      // say") when a person ends right before it; otherwise it is an object.
      // "Martin O'Malley (D) and Mike Huckabee (R) announced": a party label
      // may close the first name.
      // ("MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued": an
      // outlet's possessive before each name belongs to it.)
      if (start >= lo + 4 && Is<"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99">(Tok(start - 1))) {
        const int32_t owner = MentionEndingAt(start - 2);
        if (owner >= 0 && doc_.entities[doc_.mentions[owner].entity].type == EntityType::kOrg &&
            TokenAt(doc_.mentions[owner].span.begin) >= lo + 2 &&
            Tok(TokenAt(doc_.mentions[owner].span.begin) - 1) == "and") {
          start = TokenAt(doc_.mentions[owner].span.begin);
        }
      }
      uint32_t first_end = start >= lo + 2 ? start - 2 : start;
      if (start >= lo + 4 && Tok(first_end) == ")") {
        uint32_t p = first_end;
        while (p > lo + 1 && first_end - p < 6 && Tok(p) != "(") --p;
        if (Tok(p) == "(") first_end = p - 1;
      }
      // ("German Chancellor X and French President Y said": a nationality or
      // place before the second title.)
      // ("Indian Prime Minister X and South African President Y": two words.)
      for (uint32_t n = 1; n <= 2; ++n) {
        if (start < lo + 2 + n || Tok(start - n - 1) != "and") continue;
        bool place = MentionEndingAt(start - 1) >= 0 &&
                     doc_.entities[doc_.mentions[MentionEndingAt(start - 1)].entity].type != EntityType::kPerson;
        for (uint32_t w = start - n; w < start && place; ++w) place = text::StartsUpper(Tok(w)) && Tok(w) != "and";
        if (!place) continue;
        start -= n;
        first_end = start >= lo + 2 ? start - 2 : start;
        break;
      }
      bool joined = start >= lo + 2 && Tok(start - 1) == "and" && PersonMentionEndingAt(first_end) >= 0;
      // ("Smith and Jones said": a surname the recogniser did not know,
      // alone at the clause's start, joined to a named person.)
      const bool unknown_first = !joined && start == lo + 2 && Tok(start - 1) == "and" && first_end == lo &&
                                 MentionEndingAt(lo) < 0 && Tok(lo).size() > 2 && text::StartsUpper(Tok(lo)) &&
                                 Tok(lo)[1] >= 'a' && Tok(lo)[1] <= 'z' && !lex_.starters.Contains(Tok(lo)) &&
                                 !IsPronoun(lo) && !lex_.places.Contains(Tok(lo)) && !lex_.humans.Contains(Tok(lo));
      joined = joined || unknown_first;
      // ("The lawmakers, Ileana Ros-Lehtinen and Carlos Curbelo, said": a
      // name the recogniser did not know, in capitals, joined to a named
      // person inside an appositive pair set off by commas.)
      uint32_t unknown_from = UINT32_MAX;
      if (!joined && start >= lo + 4 && Tok(start - 1) == "and" && MentionEndingAt(start - 2) < 0 && m + 1 < cue &&
          Tok(m + 1) == ",") {
        uint32_t p = start - 1;
        while (p > lo + 1 && start - 1 - p < 3 && Tok(p - 1).size() > 2 && text::StartsUpper(Tok(p - 1)) &&
               text::StartsLower(Tok(p - 1).substr(1)) && !lex_.starters.Contains(Tok(p - 1)) && !IsPronoun(p - 1) &&
               !lex_.places.Contains(Tok(p - 1)) && !lex_.humans.Contains(Tok(p - 1))) {
          --p;
        }
        if (p < start - 1 && start - 1 - p >= 2 && p > lo && Tok(p - 1) == ",") {
          unknown_from = p;
          joined = true;
        }
      }
      // ("Superintendent Patricia Halvorsen and board president Carla
      // Menendez said": a lower-case role before the second name.)
      for (uint32_t n = 1; !joined && n <= 2 && start >= lo + n + 3; ++n) {
        if (Tok(start - n - 1) != "and" || !lex_.humans.Contains(Tok(start - 1))) continue;
        bool roles = true;
        for (uint32_t w = start - n; w < start && roles; ++w) roles = text::StartsLower(Tok(w)) && !IsCue(w);
        if (roles && PersonMentionEndingAt(start - n - 2) >= 0) {
          joined = true;
          first_end = start - n - 2;
        }
      }
      // ("Rep. Todd Rokita and state House Speaker Brian Bosma have
      // stated": the second title's own modifiers, a chamber in capitals or
      // "state", "former", before it.)
      // ("Rokita and House Speaker Brian Bosma said": the first name may
      // open the clause.)
      for (uint32_t n = 1; !joined && !men.title.empty() && n <= 3 && start >= lo + n + 2; ++n) {
        if (Tok(start - n - 1) != "and") continue;
        bool modifiers = true;
        for (uint32_t w = start - n; w < start && modifiers; ++w) {
          modifiers = (text::StartsUpper(Tok(w)) && PersonMentionStartingAt(w) < 0) ||
                      Is<"state", "former", "then", "acting", "deputy", "federal", "county", "city">(Tok(w));
        }
        const uint32_t fe = start - n - 2;
        if (modifiers && PersonMentionEndingAt(fe) >= 0) {
          joined = true;
          first_end = fe;
        }
      }
      // "Secretary of State John Kerry": "of" inside a title is no preposition.
      // ("Supporters of Mr. Trump said": people of a person, a plural, no
      // title.)
      char folded_buf[24];
      const std::string_view before_of = start >= lo + 2 ? Tok(start - 2) : std::string_view();
      const bool people_of = before_of.size() > 3 && before_of.back() == 's' &&
                             lex_.humans.Contains(text::FoldCase(before_of, folded_buf, sizeof folded_buf));
      // ("Ann Lee of Mercy Hospital said": a person before "of", no title.)
      const bool titled = start >= lo + 2 && Tok(start - 1) == "of" && text::StartsUpper(before_of) && !people_of &&
                          PersonMentionEndingAt(start - 2) < 0;
      // "others, like fisherman Olav Haug, fear": a role word between the
      // preposition and the name leaves the name an object.
      uint32_t before_role = start;
      while (before_role > lo && start - before_role < 2 && text::StartsLower(Tok(before_role - 1)) &&
             lex_.humans.Contains(Tok(before_role - 1))) {
        --before_role;
      }
      // ("Lawyers for convicted arsonist Derek Vaughn": an adjective before
      // the role word, after the preposition.)
      if (before_role < start && before_role > lo + 1 && text::StartsLower(Tok(before_role - 1)) &&
          Tok(before_role - 1).size() > 2 && !IsCue(before_role - 1) && !IsPreposition(Tok(before_role - 1)) &&
          !Is<"the", "a", "an", "what", "which", "whom", "who", "that", "whose">(Tok(before_role - 1)) &&
          IsPreposition(Tok(before_role - 2))) {
        --before_role;
      }
      // ("Lawyers for former President Donald Trump said": a modifier of
      // the title, after the preposition.)
      while (before_role == start && before_role > lo + 1 &&
             Is<"former", "then", "late", "acting", "interim", "outgoing", "incoming", "ousted", "jailed", "deposed",
                "exiled">(Tok(before_role - 1))) {
        --before_role;
      }
      // ("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, has
      // warned": a nationality or place before the title, after the
      // preposition.)
      if (const int32_t pl = before_role > lo + 2 ? MentionEndingAt(before_role - 1) : -1;
          pl >= 0 && doc_.entities[doc_.mentions[pl].entity].type == EntityType::kNorp) {
        const uint32_t p0 = TokenAt(doc_.mentions[pl].span.begin);
        if (p0 > lo + 1 && before_role - p0 <= 3 && IsPreposition(Tok(p0 - 1)) && !Is<"and", "or">(Tok(p0 - 1)) &&
            text::StartsUpper(Tok(p0))) {
          before_role = p0;
        }
      }
      // ("The family of the actor Bernard Quill said": the role's article.)
      if (before_role < start && before_role > lo + 1 && Is<"the", "a", "an">(Tok(before_role - 1)) &&
          IsPreposition(Tok(before_role - 2))) {
        --before_role;
      }
      // ("chairman and CEO Craig Menear said": "and" inside a list of offices.)
      const bool office_and = start >= lo + 2 && Is<"and", "&">(Tok(start - 1)) && RoleWord(start - 2) &&
                              PersonMentionEndingAt(start - 2) < 0;
      // "The dollar weakened after Jerome Powell said": "after", "before",
      // "since" and "until" also open a clause whose subject the name is.
      const uint32_t lead = before_role < start ? before_role : start;
      const bool subordinate = lead > lo && Is<"after", "before", "since", "until">(Tok(lead - 1)) &&
                               (m + 1 == cue || Adverbs(m + 1, cue));
      // "Miller, a former Marine, said": a name inside an indefinite
      // description set off by commas describes the subject before it.
      bool described = false;
      for (uint32_t w = start; w > lo + 1 && start - w < 4;) {
        --w;
        if (Is<"a", "an">(Tok(w))) {
          described = Tok(w - 1) == "," && m + 1 < cue && Tok(m + 1) == ",";
          break;
        }
        if (!text::StartsLower(Tok(w))) break;
      }
      // ("Ahmad Massoud, son of the late commander Ali Reza Massoud, said":
      // a name inside a relation's description set off by commas too.)
      for (uint32_t w = start; !described && w > lo + 2 && start - w < 9;) {
        --w;
        // ("the son of former presidents Néstor Kirchner and Cristina
        // Fernández de Kirchner": past a name joined before this one.)
        if (Tok(w) == "and" && w > lo + 3) {
          if (const int32_t pm = PersonMentionEndingAt(w - 1); pm >= 0) {
            w = TokenAt(doc_.mentions[pm].span.begin);
            continue;
          }
        }
        if (Tok(w) == "of") {
          // ("Paetongtarn Shinawatra, the daughter of former Prime Minister
          // Thaksin Shinawatra, said": with its article.)
          const uint32_t c = w >= lo + 4 && Is<"the", "a", "an">(Tok(w - 2)) ? w - 3 : w - 2;
          described = lex_.humans.Contains(Tok(w - 1)) && text::StartsLower(Tok(w - 1)) && Tok(c) == "," && c > lo &&
                      PersonMentionEndingAt(c - 1) >= 0 && m + 1 < cue && Tok(m + 1) == ",";
          break;
        }
        if (!text::StartsLower(Tok(w)) || IsCue(w)) break;
      }
      // ("Jordan Binnington, asked about his clash with Boston's Brad
      // Marchand, said": a name inside a participle's aside, set off after
      // the subject, is the participle's object.)
      uint32_t aside_comma = 0;
      for (uint32_t w = start; !described && comma_seen && w > lo + 1 && start - w < 12;) {
        --w;
        if (Tok(w) != ",") continue;
        const std::string_view p = Tok(w + 1);
        described = w + 1 < start && text::StartsLower(p) && p.size() > 4 &&
                    (p.ends_with("ed") || p.ends_with("ing")) && PersonMentionEndingAt(w - 1) >= 0 &&
                    m + 1 < cue && Tok(m + 1) == ",";
        if (described) aside_comma = w;
        break;
      }
      // ("A spokesman for Opposition Leader Peter Dutton said", "for Labor
      // leader X": office words the title left out, after the preposition.)
      uint32_t office_from = start;
      while (office_from > lo + 1 && start - office_from < 3 &&
             (text::StartsUpper(Tok(office_from - 1)) || lex_.humans.Contains(Tok(office_from - 1))) &&
             !IsPreposition(Tok(office_from - 1))) {
        --office_from;
      }
      // (Only after one who speaks for another: "candidate for Arizona
      // governor Kara Lindell" is the candidate.)
      const bool office_object = office_from < start && office_from > lo && Tok(office_from - 1) == "for" &&
                                 office_from >= lo + 2 &&
                                 Is<"spokesman", "spokeswoman", "spokesperson", "lawyer",
                                                           "attorney", "aide", "adviser", "advisor", "representative",
                                                           "agent", "publicist", "counsel">(Tok(office_from - 2));
      // ("Chair of the bench Gillian Davies told": an office's own "of".)
      const bool office_of = before_role < start && before_role >= lo + 2 && Tok(before_role - 1) == "of" &&
                             text::StartsUpper(Tok(before_role - 2)) && RoleWord(before_role - 2);
      // ("A spokesman for the Duchess of Sussex said": a titled person
      // after a preposition and its article.)
      const bool object_after_article = start > lo + 1 && Is<"the">(Tok(start - 1)) &&
                                        IsPreposition(Tok(start - 2)) &&
                                        !Is<"after", "before", "during", "since", "until", "than">(Tok(start - 2));
      // ("Tatum scored 40, and coach Joe Mazzulla said": a conjunction after
      // a comma joins clauses, not a person to an object.)
      bool clause_and = before_role < start && before_role >= lo + 2 &&
                        Is<"and", "but", "or">(Tok(before_role - 1)) && Is<",", ";">(Tok(before_role - 2));
      // ("The Bank of Japan kept policy steady and Governor Haruto
      // Kinoshita said": without the comma too, after a clause with a past
      // verb of its own, the name right before the cue.)
      if (!clause_and && start >= lo + 4 && Is<"and", "but">(Tok(start - 1)) && m + 1 == cue) {
        for (uint32_t w = lo + 1; w + 1 < start && !clause_and; ++w) {
          const std::string_view v = Tok(w);
          clause_and = text::StartsLower(v) && !InQuote(doc_.tokens[w].span.begin) &&
                       ((v.size() > 4 && v.ends_with("ed") &&
                         !Is<"the", "a", "an", "his", "her", "its", "their", "of", "'s", "\xE2\x80\x99s">(Tok(w - 1))) ||
                        Is<"kept", "held", "left", "made", "took", "gave", "won", "lost", "met", "set", "cut",
                               "rose", "fell", "sent", "spent", "paid", "sold", "bought", "brought", "ran", "came",
                               "went", "began", "became", "saw", "got", "put", "hit", "spoke", "told", "said", "wrote",
                               "is", "was", "are", "were",
                               "has", "had", "have">(v));
        }
      }
      // ("Democrats supporting Mrs. Clinton have pointed to": the name is
      // the participle's object; the group speaks.)
      const bool backed = start >= lo + 2 && Is<"supporting", "backing", "opposing", "endorsing">(Tok(start - 1));
      bool object = (start > lo && (IsPreposition(Tok(start - 1)) || object_after_article || office_object || backed ||
                                    (before_role < start && before_role > lo && IsPreposition(Tok(before_role - 1)) &&
                                     !office_of && !clause_and)) &&
                     !joined && !titled && !office_and && !subordinate && !(clause_and && Tok(start - 1) == "and")) ||
                    described;
      bool possessive = m + 1 < cue && (Tok(m + 1) == "'s" || Tok(m + 1) == "\xE2\x80\x99s");
      // "The Trump campaign said", "Trump aides said": the person names the
      // group that speaks, not the speaker.
      if (!object && !possessive && m + 1 < cue && cue - m <= 3) {
        bool group = true;
        // ("the Kerry TD said": a member's acronym too.)
        for (uint32_t w = m + 1; w < cue && group; ++w) {
          group = (text::StartsLower(Tok(w)) || (w + 1 == cue && lex_.humans.Contains(Tok(w)))) && !IsCue(w);
        }
        if (group && Is<"campaign", "administration", "aides", "aide", "officials", "allies", "ally",
                                       "advisers", "advisors", "spokesman", "spokeswoman", "spokesperson", "team",
                                       "camp", "lawyers", "attorneys", "supporters", "government", "family",
                                       "foundation", "organization", "staff", "staffers", "loyalists">(Tok(cue - 1)) ||
                      // "Putin ally says", "Biden adviser said": any person noun after the name.
                      (group && lex_.humans.Contains(Tok(cue - 1)))) {
          uint32_t a = start;
          while (a > lo && start - a < 3 &&
                 Is<"The", "the", "A", "a", "An", "an", "One", "one", "Two", "two", "Several", "several",
                                 "Some", "some", "Many", "many", "senior", "top", "former", "Former", "longtime">(Tok(a - 1))) {
            --a;
          }
          Speaker d = Description(a, cue);
          d.first_token = a;
          return d;
        }
      }
      if (!object && !possessive) {
        Speaker sp = FromMention(mi);
        if (RoleGap(m + 1, cue, &sp)) {
          // "Mr. Grassley and Mr. Leahy say": both, as one description.
          if (joined) {
            uint32_t b = doc_.tokens[unknown_from != UINT32_MAX ? unknown_from : first_end].span.begin;
            if (!unknown_first && unknown_from == UINT32_MAX) {
              const Mention& other = doc_.mentions[PersonMentionEndingAt(first_end)];
              b = other.title.empty() ? other.span.begin : other.title.begin;
            }
            // ("German Chancellor X and ...": the nationality before the title.)
            if (const uint32_t bt = TokenAt(b); bt > lo && text::StartsUpper(Tok(bt - 1)) &&
                MentionEndingAt(bt - 1) >= 0 &&
                doc_.entities[doc_.mentions[MentionEndingAt(bt - 1)].entity].type != EntityType::kPerson) {
              b = doc_.tokens[bt - 1].span.begin;
            }
            // ("Mary Smith, Ann Jones and Bob Brown said": a list of three or
            // more.)
            for (int n = 0; n < 6; ++n) {
              const uint32_t bt = TokenAt(b);
              if (bt < lo + 2 || Tok(bt - 1) != ",") break;
              const int32_t pm = PersonMentionEndingAt(bt - 2);
              if (pm < 0) break;
              const Mention& p = doc_.mentions[pm];
              b = p.title.empty() ? p.span.begin : p.title.begin;
            }
            sp.mention = {b, men.span.end};
            sp.name = FullNamesIn(sp.mention);
            sp.entity = -1;
            sp.description = true;
            sp.first_token = TokenAt(b);
            // "Both Mr. King and Mr. Schultz say"
            if (sp.first_token > lo && Is<"Both", "both">(Tok(sp.first_token - 1))) --sp.first_token;
            sp.role.reset();
            // ("Parents Renee Castillo and Lena Park said", "Board members A
            // and B said": a shared role before both names.)
            bool offices = sp.first_token > lo && RolePrefix(lo, sp.first_token) && !IsPronoun(lo);
            for (uint32_t w = lo; offices && w < sp.first_token; ++w) {
              offices = (text::StartsUpper(Tok(w)) && !lex_.starters.Contains(Tok(w))) || RoleWord(w) ||
                        lex_.humans.Contains(Tok(w));
            }
            if (offices) {
              sp.role = std::string(doc_.Slice({doc_.tokens[lo].span.begin, doc_.tokens[sp.first_token - 1].span.end}));
              sp.first_token = lo;
            }
            // ("Netflix's co-chief executives, Ted Sarandos and Greg Peters,
            // wrote": the pair's description set off before it.)
            const uint32_t after_pair = TokenAt(men.span.end);
            if (!offices && sp.first_token >= lo + 2 && Tok(sp.first_token - 1) == "," && after_pair < doc_.tokens.size() &&
                Tok(after_pair) == "," && lex_.humans.Contains(Tok(sp.first_token - 2))) {
              bool described = true;
              for (uint32_t w = lo; w + 1 < sp.first_token && described; ++w) {
                described = !IsCue(w) && !IsPronoun(w) && !Is<",", ";", ":", "and", "or">(Tok(w));
              }
              if (described) {
                sp.role = std::string(doc_.Slice({doc_.tokens[lo].span.begin, doc_.tokens[sp.first_token - 2].span.end}));
                sp.first_token = lo;
              }
            }
            return sp;
          }
          // "The senator, Mary Jones, said": the description is her role,
          // inside its closing comma; without one ("The men were not
          // pleased, Ms. Gedrich said") the words before are the statement.
          // ("her sister, Margaret Doyle of Scranton, recalled": the
          // description before the name outranks its home town.)
          // ("The shelter's director, the Rev. Francisco Ruelas, said": the
          // title's article too.)
          // ("The Church of Scotland's moderator, the Rt Rev Dr Iain
          // Greenshields, said": styles the title left out, after the article.)
          uint32_t styled = start;
          while (styled > lo + 2 && start - styled < 3) {
            std::string_view w = Tok(styled - 1);
            if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
            if (!(lex_.honorifics.Contains(w) || lex_.titles.Contains(w) ||
                  Is<"Rt", "Very", "Most", "Rear", "Vice", "Brig", "Air", "Lieut">(w))) {
              break;
            }
            --styled;
          }
          uint32_t appo = (sp.role_is_title || styled < start) && styled > lo + 2 && Tok(styled - 1) == "the"
                              ? styled - 1
                              : start;
          // ("The IDF spokesperson, Rear Adm Daniel Hagar, said": ranks the
          // title left out, right after the comma.)
          if (appo == start && styled < start && styled > lo + 1 && Tok(styled - 1) == ",") appo = styled;
          // ("The jury president, the documentarian Errol Whitcombe, said":
          // a descriptor with its article before the name.)
          // ("Kowalczyk's coach, the former champion Marta Nowak, said": two
          // words after the article.)
          for (uint32_t d = start - 1; appo == start && d > lo + 1 && start - d <= 3; --d) {
            if (!text::StartsLower(Tok(d)) || IsCue(d) || Tok(d).size() < 3) break;
            if (Is<"the", "a">(Tok(d - 1)) && d >= lo + 2 && Tok(d - 2) == ",") appo = d - 1;
          }
          // ("His rival, AIADMK leader Edappadi Palani, said", "her
          // opponent, Democrat Luis Mendoza,": an office or party in
          // capitals before the name, right after the comma.)
          const bool appo_open = appo == start;
          // ("Another diplomat, former special envoy to Ukraine Kurt Volker,":
          // a post's place inside the office.)
          for (uint32_t d = start; appo == start && d > lo + 2 && start - d < 7;) {
            --d;
            // ("Her opponent, the world No. 1 Zofia Mazur,": a rank too.)
            const bool post_word = Is<"to", "for", "the", "of", "former", "special", "acting", "deputy",
                                               "senior", "chief", "top", "then", "interim", "outgoing", "incoming",
                                               "longtime", "veteran", "world", "No.", "no.", "retired">(Tok(d)) ||
                                   (StartsDigitView(Tok(d)) && d > 0 && Is<"No.", "no.">(Tok(d - 1)));
            if (!(text::StartsUpper(Tok(d)) || RoleWord(d) || post_word) ||
                (!post_word && lex_.starters.Contains(Tok(d))) || IsCue(d)) {
              break;
            }
            if (Tok(d - 1) == "," && RolePrefix(d, start)) appo = d;
          }
          // (Both are the role: "His rival, AIADMK leader".)
          const uint32_t office_at = appo_open && appo < start ? appo : UINT32_MAX;
          const bool hometown = sp.role && sp.role->rfind("of ", 0) == 0;
          // ("the owner, Linda Vance, 44, said": over an age too.)
          bool age = sp.role && !sp.role->empty() && sp.role->size() <= 3;
          for (const char c : sp.role ? *sp.role : std::string()) age = age && c >= '0' && c <= '9';
          // ("the police spokesman, DSP Olumuyiwa Adejobi, told": over the
          // rank too.)
          // ("Her husband, Tom Hill, who coaches her, said": a relative
          // clause after the name yields to the noun before it.)
          const bool relative_role = sp.role && (sp.role->starts_with("who ") || sp.role->starts_with("whose "));
          if ((!sp.role || hometown || age || sp.role_is_title || relative_role) && appo > lo + 1 &&
              Tok(appo - 1) == "," && m + 1 < cue &&
              (Tok(m + 1) == "," || Tok(cue - 1) == ",")) {
            Speaker d;
            // ("The Commission declined to comment but a spokesperson,
            // Christian Wigand, said": the description after the
            // conjunction.)
            uint32_t dlo = lo;
            for (uint32_t c = appo - 1; c > lo + 1;) {
              --c;
              // ("Three people who attended the meeting said the studio
              // chief, Roger Mayhew, told": after another's cue too.)
              if ((Is<"but", "and", "while", "whereas", ";", ":">(Tok(c)) || (IsCue(c) && text::StartsLower(Tok(c)))) &&
                  c + 1 < appo - 1 &&
                  Is<"a", "an", "the", "his", "her", "their", "its", "A", "An", "The">(Tok(c + 1))) {
                dlo = c + 1;
                break;
              }
            }
            if (PossessiveRolePrefix(dlo, appo - 1) && !Is<"the", "The">(Tok(dlo))) {
              // ("Fairbanks' attorney, Gordon Wills, said")
              sp.role = std::string(doc_.Slice({doc_.tokens[dlo].span.begin, doc_.tokens[appo - 2].span.end}));
              sp.first_token = dlo;
            } else if (Description(dlo, appo - 1, &d) && d.description) {
              sp.role = *d.name;
              sp.first_token = dlo;
            } else if (appo - 1 <= lo + 4 && Is<"the", "The", "a", "A", "an", "An", "his", "His", "her",
                                                              "Her", "their", "Their">(Tok(lo))) {
              // "the photographer, Ben McDonald, told": an article and a few
              // lower-case words, whatever noun heads them.
              bool plain = true;
              for (uint32_t k = lo + 1; k + 1 < appo && plain; ++k) {
                size_t len = 0;
                plain = text::StartsLower(Tok(k)) && !IsCue(k) && !IsPronoun(k) &&
                        text::IsWordChar(text::DecodeAt(Tok(k), 0, &len)) &&
                        !Is<"and", "or", "but", "who", "which", "that", "is", "was">(Tok(k));
              }
              if (plain) {
                sp.role = std::string(doc_.Slice({doc_.tokens[lo].span.begin, doc_.tokens[appo - 2].span.end}));
                sp.first_token = lo;
              }
            } else if (Tok(cue - 1) == "," || Tok(m + 1) == ",") {
              // "The cause was cancer, her husband, Leonard Ellison, said": a
              // short description after the statement's own comma.
              uint32_t c = appo - 1;
              while (c > lo && appo - c < 6 && Tok(c - 1) != ",") --c;
              if (c > lo + 1 && c + 1 < appo && Tok(c - 1) == "," &&
                  Is<"the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their">(Tok(c))) {
                bool plain = true;
                for (uint32_t k = c + 1; k + 1 < appo && plain; ++k) {
                  plain = text::StartsLower(Tok(k)) && !IsCue(k) && !IsPronoun(k) &&
                          !Is<"and", "or", "but", "who", "which", "that", "is", "was">(Tok(k));
                }
                if (plain && lex_.humans.Contains(Tok(appo - 2))) {
                  sp.role = std::string(doc_.Slice({doc_.tokens[c].span.begin, doc_.tokens[appo - 2].span.end}));
                  sp.first_token = c;
                }
              }
            }
          }
          if (office_at != UINT32_MAX && sp.role && sp.first_token < office_at) {
            // (The whole office, its title too, up to the name: "A Coast
            // Guard spokesman, Petty Officer"; not a courtesy style alone,
            // "Tan Sri".)
            uint32_t e = std::max(start, TokenAt(sp.mention.begin));
            while (e > office_at) {
              std::string_view w = Tok(e - 1);
              if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
              if (!lex_.honorifics.Contains(w) && !Is<"Sri", "Seri", "Tan", "Datuk", "Dato", "Datin", "Puan">(w)) {
                break;
              }
              --e;
            }
            if (e > office_at) {
              *sp.role += ", " + std::string(doc_.Slice({doc_.tokens[office_at].span.begin, doc_.tokens[e - 1].span.end}));
            }
          }
          return sp;
        }
      }
      // (Over the aside's participle, a cue itself: "asked about".)
      m = aside_comma != 0 ? aside_comma : start;
      continue;
    }
    if (IsPronoun(m)) {
      if (Adverbs(m + 1, cue)) return FromPronoun(m);
      // "Christie, who has campaigned for Trump since he suspended ...,
      // blasted": a pronoun inside a comma-closed aside is not the subject.
      if (comma_seen) continue;
      boundary = m + 1;
      break;
    }
    // "She has since stressed": "since" after an auxiliary is an adverb.
    if (t == "since" && m > lo && cue - m <= 2 && Is<"has", "had", "have">(Tok(m - 1))) continue;
    // ("All but two of the senators said": a quantifier's "but".)
    if (t == "but" && m > lo && Is<"All", "all">(Tok(m - 1)) && m + 1 < cue &&
        (StartsDigitView(Tok(m + 1)) || Is<"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                            "ten", "a", "few">(Tok(m + 1)))) {
      continue;
    }
    if (IsBoundary(t) || Tok(m) == ",") {
      // Commas close appositives: keep looking for the person before them,
      // through a relative clause inside one ("X, who ..., said").
      if (t == ",") {
        comma_seen = true;
        continue;
      }
      // Inside an appositive closed by a comma, a relative or adverbial
      // clause ("a rival whom Trump fired as campaign manager a few weeks
      // ago,") does not end the subject's search.
      if (comma_seen && Is<"who", "which", "that", "whose", "whom", "as", "after", "before", "since", "when",
                               "while", "where", "because", "than">(t)) {
        if (boundary == lo) boundary = m + 1;
        continue;
      }
      boundary = m + 1;
      break;
    }
  }
  // ("Prices rose in March and the ministry said": without a comma too, a
  // clause with a past verb of its own before the conjunction is no part of
  // the subject after it.)
  // (Not inside "Democrats and a coalition of unions who feared", the
  // antecedent of a relative; nor "a poll released by the Post and ABC
  // News shows", a participle's agents; nor "45 percent backed Clinton and
  // 42 percent favored Sanders", a share of respondents.)
  for (uint32_t w = cue; IsCue(cue) && w > boundary + 2;) {
    --w;
    if (!Is<"and", "but">(Tok(w))) continue;
    // (Only within the subject's own stretch after any comma: "..., killing
    // 20 people, police and hospital officials said".)
    uint32_t from = boundary + 1;
    for (uint32_t v = w; v > boundary + 1; --v) {
      if (Tok(v - 1) == ",") {
        from = v;
        break;
      }
    }
    bool verb = false, agent = StartsDigitView(Tok(w + 1)) || from > boundary + 1;
    for (uint32_t v = from; v < w; ++v) agent = agent || Tok(v) == "by";
    for (uint32_t v = from; v < w && !verb && !agent; ++v) {
      const std::string_view t = Tok(v);
      verb = text::StartsLower(t) && !InQuote(doc_.tokens[v].span.begin) &&
             ((t.size() > 4 && t.ends_with("ed") &&
               !Is<"the", "a", "an", "his", "her", "its", "their", "of", "'s", "\xE2\x80\x99s", "and",
                                "or", "most", "more", "less", "least", "very", "so", "too", "is", "are", "was", "were",
                                "be", "been", "being">(Tok(v - 1))) ||
              Is<"rose", "fell", "kept", "held", "left", "won", "lost", "sold", "bought", "ran", "came", "went",
                     "began", "grew", "spent", "paid", "hit", "cut", "met">(t));
    }
    Speaker after;
    if (verb && w + 1 < cue && Description(w + 1, cue, &after, /*unknown_name=*/true) && after.found) boundary = w + 1;
    break;
  }
  // ("A senior official who spoke on condition that he not be identified
  // said": the anonymity aside, crossed to the noun as PolNeAR does.)
  for (uint32_t w = cue; w > lo + 5 && cue - w < 16; --w) {
    if (Is<",", ";", ":">(Tok(w - 1)) || IsCue(w - 1)) break;
    if (Tok(w - 1) != "condition" || Tok(w) != "that" || w < lo + 5 || Tok(w - 2) != "on" ||
        Tok(w - 3) != "spoke" || Tok(w - 4) != "who") {
      continue;
    }
    Speaker ante = LeftSubject(w - 4, lo);
    if (ante.found && ante.description && ante.last_token == w - 4) return ante;
    break;
  }
  // ("a scene the Rodong Sinmun described as": a relative clause without
  // its pronoun; its own subject named the thing.)
  const bool naming = Is<"described", "describes", "called", "calls", "dubbed", "termed", "labeled",
                                    "labelled", "branded">(Tok(cue));
  for (uint32_t d = std::max(boundary + 2, cue > 6 ? cue - 6 : 0); naming && d + 1 < cue; ++d) {
    if (!Is<"the", "a", "an">(Tok(d)) || !Is<"a", "an", "the", "this", "that", "A", "An", "The">(Tok(d - 2)) ||
        !text::StartsLower(Tok(d - 1)) || IsPreposition(Tok(d - 1)) || IsCue(d - 1) || Tok(d - 1).ends_with("ly")) {
      continue;
    }
    if (Speaker inner = LeftSubject(cue, d); inner.found && inner.first_token == d) return inner;
    break;
  }
  Speaker sp;
  // ("The senator, who calls Trump a "sociopath," said", "Democratic
  // officials, several of whom spoke anonymously, said": the description
  // before the aside.)
  if (aside_open > boundary + 1) Description(boundary, aside_open, &sp, /*unknown_name=*/true);
  if (!sp.found) Description(boundary, cue, &sp, /*unknown_name=*/true);
  if (!sp.found && boundary > lo + 1 && boundary + 1 < cue && cue - boundary <= 10 &&
      Is<"who", "that">(Tok(boundary - 1)) && Tok(boundary - 2) != ",") {
    // "people who have battled online threats say", "executives who have
    // worked with him say": a people noun with a restrictive relative
    // clause; the whole phrase names the speakers.
    const std::string_view v = Tok(boundary);
    const bool verb = Is<"have", "has", "had", "are", "were", "is", "was", "spoke", "came", "know", "knew">(v) ||
                      (Tok(boundary - 1) == "who" && v.size() > 3 && text::StartsLower(v) &&
                       (v.substr(v.size() - 2) == "ed" || v.back() == 's'));
    bool plain = verb;
    for (uint32_t w = boundary; w < cue && plain; ++w) {
      if (IsCue(w) || IsPronoun(w) || IsBoundary(Tok(w)) || InQuote(doc_.tokens[w].span.begin)) plain = false;
      // "An adviser who spoke anonymously said": the anonymity aside is
      // crossed to the noun (round 5's rule), as PolNeAR marks it there.
      if (Is<"anonymously", "anonymity">(Tok(w))) plain = false;
      // "minors who came here would be considered": the clause's own verb.
      if (w > boundary && Is<"would", "will", "could", "should", "can", "may", "might", "must", "be",
                                      "is", "are", "was", "were">(Tok(w))) {
        plain = false;
      }
    }
    if (plain) {
      Speaker ante = LeftSubject(boundary - 1, lo);
      bool noun_phrase = ante.found && ante.description && ante.last_token + 1 == boundary;
      for (uint32_t w = ante.first_token; noun_phrase && w < ante.last_token; ++w) {
        // "Crenshaw is only the 17th judge who has been": a clause.
        if (Is<"is", "was", "are", "were", "has", "have", "had", "be", "been">(Tok(w))) noun_phrase = false;
      }
      if (noun_phrase) {
        ante.mention = {doc_.tokens[ante.first_token].span.begin, doc_.tokens[cue - 1].span.end};
        ante.name = std::string(doc_.Slice(ante.mention));
        ante.last_token = cue;
        return ante;
      }
    }
  }
  if (!sp.found && boundary > lo + 2 && Tok(boundary - 1) == "that" && cue - boundary <= 8) {
    // ("Residents who survived the fire that tore through the town said": a
    // people noun's "who" clause holding a "that" clause of its own.)
    uint32_t who = boundary - 1;
    while (who > lo + 1 && boundary - who < 10 && Tok(who - 1) != "who" && !IsBoundary(Tok(who - 1)) &&
           Tok(who - 1) != "," && !IsCue(who - 1) && !IsPronoun(who - 1)) {
      --who;
    }
    const uint32_t rel = who - 1;
    bool plain = rel > lo && Tok(rel) == "who" && Tok(rel - 1) != "," && lex_.humans.Contains(Tok(rel - 1)) &&
                 text::StartsLower(Tok(rel + 1)) && Tok(rel + 1).size() > 3 && Tok(rel + 1).ends_with("ed");
    for (uint32_t w = boundary; w < cue && plain; ++w) {
      plain = !IsCue(w) && !IsPronoun(w) && !IsBoundary(Tok(w)) && !InQuote(doc_.tokens[w].span.begin) &&
              !Is<"is", "are", "was", "were", "would", "will", "could", "should", "can", "may", "might">(Tok(w));
    }
    if (plain) {
      Speaker ante = LeftSubject(rel, lo);
      if (ante.found && ante.description && ante.last_token == rel) {
        ante.mention = {doc_.tokens[ante.first_token].span.begin, doc_.tokens[cue - 1].span.end};
        ante.name = std::string(doc_.Slice(ante.mention));
        ante.last_token = cue;
        return ante;
      }
    }
  }
  if (!sp.found && boundary < cue) {
    // "..., a spokesman for the ministry said" : after the last comma.
    uint32_t c = cue;
    while (c > boundary && Tok(c - 1) != ",") --c;
    if (c > boundary) Description(c, cue, &sp);
  }
  return sp;
}

Speaker SpeakerFinder::QuotedOne(uint32_t first, uint32_t end) const {
  if (end > first + 3 && end <= doc_.tokens.size() && Tok(end - 1) == ",") {
    for (uint32_t c = first + 1; c + 2 < end; ++c) {
      if (Tok(c) != ",") continue;
      const int32_t pm = PersonMentionStartingAt(c + 1);
      if (pm < 0 || TokenAt(doc_.mentions[pm].span.end) != end - 1) break;
      Speaker named = RightSubject(c + 1, end - 1);
      if (!named.found || named.entity < 0) break;
      if (!named.role) {
        named.role = std::string(doc_.Slice({doc_.tokens[first].span.begin, doc_.tokens[c - 1].span.end}));
        named.role_is_title = false;
      }
      named.last_token = end;  // the description and the name are one span
      return named;
    }
  }
  return RightSubject(first, end);
}

Speaker SpeakerFinder::RightSubject(uint32_t k, uint32_t end) const {
  Speaker sp;
  if (k >= end) return sp;
  // ("said a beaming Coach Ray Summers", "said a smiling Ray Summers": the
  // writer's picture of the speaker is no part of the name or role.)
  if (k + 2 < end && Is<"a", "an", "A", "An">(Tok(k)) && text::StartsLower(Tok(k + 1)) &&
      Tok(k + 1).size() > 4 && (Tok(k + 1).ends_with("ing") || Tok(k + 1).ends_with("ed")) &&
      text::StartsUpper(Tok(k + 2))) {
    const int32_t pm = PersonMentionStartingAt(k + 2);
    const int32_t pm2 = k + 3 < end ? PersonMentionStartingAt(k + 3) : -1;
    if (pm >= 0 || (pm2 >= 0 && RoleWord(k + 2))) {
      Speaker named = RightSubject(k + 2, end);
      if (named.found && named.entity >= 0) {
        named.first_token = k;
        return named;
      }
    }
  }
  uint32_t j = k;
  // Titles are part of the mention's title span, so start where it starts.
  int32_t mi = -1;
  uint32_t at = j;
  bool described_before = false;  // "said the writer Colm Devaney": the role is the description
  for (uint32_t t = j; t < end && t < j + 8 && mi < 0; ++t) {
    mi = PersonMentionStartingAt(t);
    // ("said Skyward CEO Omar Haddad": a company before an office and a
    // person's name is the person's affiliation.)
    // ("said Biden aide Jo Tate": a person's name before an office is its
    // affiliation too.)
    if (mi >= 0) {
      const uint32_t after = TokenAt(doc_.mentions[mi].span.end);
      // ("Nimbus co-founder and chief scientist Dr. Leonid Petrov": offices
      // joined by "and", and a courtesy title.)
      for (uint32_t n = after; n < end && n < after + 6 &&
                               (RoleWord(n) || (n > after && Tok(n) == "and") ||
                                // ("said Austin Police Chief Maria Ochoa": a body's word in capitals.)
                                (text::StartsUpper(Tok(n)) && lex_.humans.Contains(Tok(n)) && n + 1 < end &&
                                 RoleWord(n + 1)) ||
                                lex_.honorifics.Contains(Tok(n).size() > 1 && Tok(n).back() == '.'
                                                             ? Tok(n).substr(0, Tok(n).size() - 1)
                                                             : Tok(n)) ||
                                (n > after && text::StartsLower(Tok(n)) && Tok(n + 1) != "and" && RoleWord(n + 1)));
           ++n) {
        const int32_t pm = PersonMentionStartingAt(n + 1);
        if (pm >= 0 && pm != mi && doc_.entities[doc_.mentions[pm].entity].type == EntityType::kPerson) {
          mi = -1;
          break;
        }
      }
      if (mi < 0) continue;
    }
    if (mi >= 0) {
      const Mention& men = doc_.mentions[mi];
      uint32_t start = men.title.empty() ? t : TokenAt(men.title.begin);
      // Words before the name must be a role ("police spokesman", "MSNBC
      // host", "the Rev."), not a clause or a preposition.
      // ("said Nimbus co-founder and chief scientist Dr. Leonid Petrov": up
      // to seven.)
      if (start - j > 7) mi = -1;
      for (uint32_t w = j; w < start && mi >= 0; ++w) {
        std::string_view word = Tok(w);
        // ("Lt. Gen. (Ret.) Michael Harrow": a retired rank.)
        if (word == "(" && w + 2 < start && Is<"Ret.", "ret.", "Ret", "ret">(Tok(w + 1)) && Tok(w + 2) == ")") {
          w += 2;
          continue;
        }
        size_t len;
        bool the_title = word == "the" && w + 1 == start;
        // ("said the fashion critic Cathy Hornby", "said the activist and
        // model Aja Barlow": an article opening a role of a few lower-case
        // words.)
        if (word == "the" && w == j && start > w + 1 && start <= w + 5) {
          bool role = true;
          for (uint32_t r = w + 1; r < start && role; ++r) {
            role = (text::StartsLower(Tok(r)) && !IsCue(r) && !IsPronoun(r) &&
                    (!IsPreposition(Tok(r)) || (Tok(r) == "and" && r > w + 1 && r + 1 < start)) &&
                    !Is<"the", "a", "an", "was", "is", "who", "which", "that">(Tok(r))) ||
                   RoleWord(r);
          }
          the_title = role && (lex_.humans.Contains(Tok(start - 1)) || RoleWord(start - 1));
          described_before = the_title;
        }
        // "said lobbyist and GOP strategist Charlie Black": two roles.
        const bool roles = word == "and" && w > j &&
                           (lex_.humans.Contains(Tok(w - 1)) || lex_.titles.Contains(Tok(w - 1)) ||
                            // "said Food and Drug Administration Commissioner X"
                            (text::StartsUpper(Tok(w - 1)) && w + 1 < start && text::StartsUpper(Tok(w + 1))));
        // "said Secretary of State Antony Blinken": "of" inside an office.
        // ("said Netflix head of film Dan Lin": a people noun's field.)
        const bool office_of = word == "of" && w > j &&
                               ((text::StartsUpper(Tok(w - 1)) && text::StartsUpper(Tok(w + 1))) ||
                                (Is<"head", "chief", "director", "president", "vice-president", "chair",
                                                 "chairman", "chairwoman", "dean", "professor", "secretary",
                                                 "minister", "editor", "manager">(Tok(w - 1)) &&
                                 w + 1 < start && text::StartsLower(Tok(w + 1))));
        // ("said Public Citizen's Dr. Michael Carrow": a body's possessive.)
        const bool owner = Is<"'s", "\xE2\x80\x99s">(word) && w > j && text::StartsUpper(Tok(w - 1)) &&
                           w + 1 <= start;
        if (owner) continue;
        if (!text::IsWordChar(text::DecodeAt(word, 0, &len)) || (IsAdverbBlocker(word) && !the_title && !roles) ||
            (IsPreposition(word) && !office_of && !roles) || IsCue(w) || IsPronoun(w)) {
          mi = -1;
        }
      }
      at = start;
    }
  }
  if (mi >= 0) {
    sp = FromMention(mi);
    bool prefix_role = false;
    if (at > j) {
      // "said Emergency Minister Sofia Grant": the words before the title
      // and the title are one role.
      const Mention& men = doc_.mentions[mi];
      uint32_t role_end = sp.role && sp.role_is_title ? men.title.end : doc_.tokens[at - 1].span.end;
      // ("CDC Director Dr. Samuel Otieno": the office, not the courtesy title.)
      if (const uint32_t last = TokenAt(role_end) - 1; last > j && role_end == doc_.tokens[last].span.end) {
        std::string_view w = Tok(last);
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
        if (lex_.honorifics.Contains(w)) role_end = doc_.tokens[last - 1].span.end;
      }
      // ("said a stunned Patrick Omondi": a mood, no office.)
      const std::string_view before = Tok(TokenAt(role_end) - 1);
      const bool office = text::StartsUpper(before) || RoleWord(TokenAt(role_end) - 1) ||
                          lex_.humans.Contains(before) || before.ends_with("-old") ||
                          !(before.ends_with("ed") || before.ends_with("ly"));
      if (office) {
        sp.role = std::string(doc_.Slice({doc_.tokens[j].span.begin, role_end}));
        sp.role_is_title = false;
      }
      sp.first_token = j;
      prefix_role = office && !Tok(at - 1).ends_with("-old");  // ("said 43-year-old X of Y": an age, no office)
    }
    // ("..., said parents Renee Castillo and Lena Park.": two people, as one
    // description.)
    if (sp.last_token + 1 < end && Tok(sp.last_token) == "and") {
      int32_t m2 = -1;
      for (uint32_t t = sp.last_token + 1; t < end && t < sp.last_token + 4 && m2 < 0; ++t) {
        m2 = PersonMentionStartingAt(t);
        if (m2 < 0 && !(text::StartsUpper(Tok(t)) && RoleWord(t))) break;
      }
      if (m2 >= 0) {
        const uint32_t e2 = TokenAt(doc_.mentions[m2].span.end);
        if (e2 >= end || Is<",", ".", ";">(Tok(e2))) {
          const Mention& first = doc_.mentions[mi];
          sp.mention = {first.title.empty() ? first.span.begin : first.title.begin, doc_.mentions[m2].span.end};
          sp.name = std::string(doc_.Slice(sp.mention));
          sp.entity = -1;
          sp.description = true;
          sp.last_token = e2;
          if (sp.role_is_title) sp.role.reset();
          return sp;
        }
      }
    }
    uint32_t after = sp.last_token;
    // "said Zhu Fenglian (朱鳳蓮), a spokeswoman": the name in Chinese
    // characters, then the role.
    if (after + 2 < end && Tok(after) == "(" && !LatinInside(after, end)) {
      uint32_t close = after + 1;
      while (close < end && close < after + 12 && Tok(close) != ")") ++close;
      if (close < end && Tok(close) == ")") after = close + 1;
    }
    after = PastDegrees(after, end);  // "said Rebecca Stanwick, Ph.D., assistant professor ..."
    // "said Aisha Bello, 42, a teacher in Lagos": the role after the age.
    if (after + 4 < end && Tok(after) == "," && Tok(after + 2) == "," && Tok(after + 1).size() <= 3 &&
        !Tok(after + 1).empty() && Tok(after + 1)[0] >= '1' && Tok(after + 1)[0] <= '9' &&
        Is<"a", "an", "the">(Tok(after + 3))) {
      after += 2;
    }
    if (after < end) {
      std::string_view t = Tok(after);
      uint32_t stop = after + 1;
      // ("said Ann Roe of First Beacon Corp. He estimated": the sentence
      // ends inside the abbreviation's token.)
      const uint32_t sentence_end = std::min(end, doc_.sentences[doc_.tokens[after].sentence].end_token);
      // ("Said Fred Hawkins, a farmer: "...": the colon ends the role.)
      while (stop < sentence_end && Tok(stop) != "," && Tok(stop) != "." && Tok(stop) != ";" && Tok(stop) != ":") {
        ++stop;
      }
      stop = FirmAfterComma(PlaceAfterComma(stop, end), end);
      // "commuter Ravi Shah, 34": an age after the name leaves the role
      // before it.
      const bool age_only = stop == after + 2 && !Tok(after + 1).empty() && Tok(after + 1)[0] >= '0' &&
                            Tok(after + 1)[0] <= '9' && sp.role;
      // "X, who asked not to be identified," / "X, who added that ...": a
      // relative clause with a verb of speaking or asking is no role.
      bool speaking_relative = false;
      if (stop > after + 2 && Is<"who", "which", "whose">(Tok(after + 1))) {
        for (uint32_t m = after + 2; m < stop && !speaking_relative; ++m) {
          speaking_relative = IsCue(m) || Is<"asked", "requested", "spoke", "declined", "insisted">(Tok(m));
        }
      }
      // ("X, who threw two interceptions": an act, no role; "a construction
      // worker who was eating lunch": the role ends before it.)
      const bool relative = Is<"who", "which", "whose">(Tok(after + 1));
      uint32_t role_stop = stop;
      for (uint32_t k = after + 3; !relative && k + 1 < stop; ++k) {
        if (Is<"who", "whose">(Tok(k)) && !OfficeRelative(k, stop)) {
          role_stop = k;
          while (role_stop > after + 2 && Tok(role_stop - 1) == ",") --role_stop;
          break;
        }
      }
      // ("said Ms Harriet Lowe, prosecuting.": counsel's part.)
      const bool counsel = stop == after + 2 && Is<"prosecuting", "defending", "mitigating">(Tok(after + 1));
      // (After "the writer X," only another description replaces that
      // role: not ", and then", nor ", who studied under ...".)
      const bool described_after = Is<"a", "an", "the">(Tok(after + 1));
      // ("..., said Fire Marshal Kevin O'Dell, but no arrests have been
      // made": the writer's clause goes on, no role.)
      size_t mark_len;
      const bool clause_after =
          after + 1 < end &&
          // ("said Cal Fire Incident Commander Rhonda Voss, thanks to
          // cooler temperatures": a cause.)
          // ("announced Hugo Lemaire, to applause from reporters": the
          // writer's circumstance.)
          (Is<"but", "and", "or", "yet", "so", "though", "although", "while", "whereas", "because",
                               "as", "after", "before", "when", "if", "thanks", "despite", "amid", "due", "unless",
                               "until", "since", "during", "to", "with", "under", "over">(Tok(after + 1)) ||
           // ("- Commissioner X, on the Mercosur agreement", "..., speaking
           // to reporters": the occasion; not "in charge of".)
           (Is<"on", "in", "speaking", "announcing", "addressing", "writing", "responding",
                                "commenting", "reacting">(Tok(after + 1)) &&
            !(after + 2 < end && Tok(after + 2) == "charge")) ||
           // ("It was not, said Van der Poele, "my best day."": the statement
           // goes on in marks.)
           text::IsDoubleQuote(text::DecodeAt(Tok(after + 1), 0, &mark_len)) ||
           InQuote(doc_.tokens[after + 1].span.begin) ||
           // ("The AfD's rise, said political scientist X, reflected a ...":
           // the statement's own verb after the speaker.)
           (after + 2 < end && text::StartsLower(Tok(after + 1)) && Tok(after + 1).size() > 4 &&
            Tok(after + 1).ends_with("ed") &&
            Is<"a", "an", "the", "that", "this", "these", "those", "his", "her", "its", "their">(Tok(after + 2))));
      // ("According to Mireille Okafor, the warning reflects "a consumer
      // who is spending, just not on us."": a quote inside is the clause's.)
      // (A title in marks stays: "the star of "Deep Season"".)
      const bool quoted_role = role_stop < end && Tok(role_stop) == "," && InQuote(doc_.tokens[role_stop].span.begin);
      // ("said Chief Anita Okafor, her voice breaking.": an absolute phrase,
      // a body part and its participle, is the writer's picture, no role.)
      // ("said Susan Morales, her son at her side": the same with a place
      // of the body for the participle.)
      bool absolute = Is<"his", "her", "their">(Tok(after + 1)) && stop > after + 3 &&
                      Is<"side", "tow", "hand", "hands", "tears", "lap", "arms", "shoulder">(Tok(stop - 1)) &&
                      Is<"at", "in", "on", "by">(Tok(stop - 3));
      for (uint32_t m = after + 3; Is<"his", "her", "their">(Tok(after + 1)) && m < stop && m < after + 5 && !absolute;
           ++m) {
        const std::string_view w = Tok(m);
        absolute = w.size() > 4 && w.ends_with("ing") && text::StartsLower(w) && text::StartsLower(Tok(m - 1)) &&
                   !Is<"'s", "\xE2\x80\x99s">(Tok(m - 1)) &&
                   !Is<"marketing", "engineering", "planning", "training", "programming", "housing", "banking",
                           "funding", "accounting", "polling", "lobbying", "publishing", "mining", "consulting",
                           "manufacturing", "broadcasting", "shipping", "building", "nursing", "teaching">(w);
      }
      if (t == "," && stop > after + 1 && (!described_before || described_after) && !clause_after && !quoted_role &&
          !absolute &&
          (!OpensParticipleClause(Tok(after + 1)) || counsel) && !age_only &&
          !speaking_relative &&
          !(relative && !OfficeRelative(after + 1, stop))) {
        sp.role = std::string(doc_.Slice({doc_.tokens[after + 1].span.begin, doc_.tokens[role_stop - 1].span.end}));
        sp.role_is_title = false;
      } else if ((t == "of" && PersonMentionStartingAt(after + 1) < 0) || (t == "(" && LatinInside(after, end)) ||
                 // ("said Layla Ahmadi at Brookvale Partners": a firm the
                 // recogniser names, the same as "of".)
                 (t == "at" && after + 1 < end && [&] {
                   const uint32_t b = Tok(after + 1) == "the" ? after + 2 : after + 1;
                   const int32_t om = b < end ? MentionStartingAt(b) : -1;
                   return om >= 0 && doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg &&
                          TokenAt(doc_.mentions[om].span.end) >= stop;
                 }())) {
        // ("said Paul McCartney of Billie Eilish": whom he spoke of, no
        // affiliation.)
        uint32_t e = stop;
        if (t == "(") {
          e = after + 1;
          while (e < end && Tok(e) != ")") ++e;
          e = std::min(e + 1, end);
        }
        // ("said Trooper Dana Wills of the state police": the title and the
        // affiliation are one role.)
        // ("said planetary geologist Rosaly Lopes of NASA's Jet Propulsion
        // Laboratory": an office before the name, the same.)
        // (Only before a body or a place: "said the streamer Ryan Oakes of
        // his decision" spoke of it.)
        // ("said the streamer Ryan Oakes of his decision", "said Fire Lt.
        // Jorge Medina of the plane's landing": what the words were about,
        // no body; the role before the name stays.)
        bool body_after = t == "(" || (after + 1 < end && text::StartsUpper(Tok(after + 1)));
        // ("of oil broker PVM": a trade's noun before the body's name.)
        const bool determiner = Is<"his", "her", "their", "its", "my", "our", "a", "an", "this",
                                                     "that", "what", "how", "why">(Tok(after + 1));
        for (uint32_t b = Tok(after + 1) == "the" ? after + 2 : after + 1;
             !body_after && !determiner && b < e && b < after + 5; ++b) {
          body_after = text::StartsUpper(Tok(b)) ||
                       Is<"police", "department", "ministry", "office", "council", "board", "agency",
                                   "company", "firm", "union", "army", "navy", "court", "university", "school",
                                   "hospital", "church", "club", "team", "band", "group", "party", "government",
                                   "commission", "committee", "institute", "foundation", "bank", "fund">(Tok(b));
        }
        if (body_after) {
          std::string title = sp.role && (sp.role_is_title || prefix_role) ? *sp.role + " " : std::string();
          sp.role = title + std::string(doc_.Slice({doc_.tokens[after].span.begin, doc_.tokens[e - 1].span.end}));
          sp.role_is_title = false;
        }
      }
    }
    return sp;
  }
  if (IsPronoun(j)) return FromPronoun(j);
  uint32_t stop = j;
  while (stop < end && Tok(stop) != "," && Tok(stop) != "." && Tok(stop) != ";" && !IsCue(stop) &&
         !(stop > j && MediumAt(stop, end))) {
    ++stop;
  }
  Description(j, stop, &sp);
  return sp;
}

Speaker SpeakerFinder::InvertedSubject(uint32_t k, uint32_t end) const {
  // ("said a jubilant Eva Grebel, director of the institute": the writer's
  // adjective before the name is no part of it nor of the role.)
  if (k + 2 < end && Is<"a", "an">(Tok(k)) && text::StartsLower(Tok(k + 1)) && Tok(k + 1).size() > 4 &&
      !lex_.humans.Contains(Tok(k + 1)) && !RoleWord(k + 1) && PersonMentionStartingAt(k + 2) >= 0) {
    Speaker named = InvertedSubject(k + 2, end);
    if (named.found && named.entity >= 0) {
      named.first_token = k;
      return named;
    }
  }
  if (Speaker named = ApposedName(k, end); named.found) return named;
  Speaker sp = InvertedSubjectRest(k, end);
  // (""...," said the panel was too cautious": a description with its
  // own verb after it opens the cue's clause, no inverted subject.)
  if (sp.found && sp.description && sp.entity < 0 && sp.last_token < end &&
      Is<"was", "is", "were", "are", "would", "will", "had", "has", "have", "could", "should",
                              "can", "may", "might", "must">(Tok(sp.last_token))) {
    return Speaker();
  }
  // (""...," said the book took a decade": nor one holding a past tense
  // that is never a participle.)
  // (""...," said the company needed to focus": a past tense before its
  // object or infinitive is the clause's verb.)
  if (sp.found && sp.description && sp.entity < 0) {
    for (uint32_t w = sp.first_token + 1; w + 1 < sp.last_token && !Is<"who", "which", "that">(Tok(w)); ++w) {
      if (text::StartsLower(Tok(w)) && Tok(w).size() > 4 && Tok(w).ends_with("ed") &&
          Is<"to", "the", "a", "an", "its", "their", "his", "her", "our", "more", "no">(Tok(w + 1))) {
        return Speaker();
      }
    }
  }
  if (sp.found && sp.description && sp.entity < 0) {
    for (uint32_t w = sp.first_token + 1; w < sp.last_token && !Is<"who", "which", "that">(Tok(w)); ++w) {
      if (Is<"has", "had", "have", "does", "did", "took", "went", "gave", "came", "became", "began",
                      "thought", "felt", "wrote", "spoke", "ran", "saw", "stood", "broke", "chose", "drew", "rose",
                      "fell", "grew", "knew", "meant">(Tok(w))) {
        return Speaker();
      }
    }
  }
  // (""...," said Ponirin, 48, a sand miner.": a one-word name the
  // recogniser missed, its age, then its appositive.)
  if (sp.found && !sp.role && sp.entity < 0 && sp.first_token + 1 == sp.last_token &&
      text::StartsUpper(Tok(sp.first_token)) && sp.last_token + 3 < end && Tok(sp.last_token) == ",") {
    uint32_t r = sp.last_token + 1;
    if (StartsDigitView(Tok(r)) && Tok(r + 1) == ",") r += 2;
    if (r + 1 < end && Is<"a", "an", "the">(Tok(r))) {
      uint32_t e = r + 1;
      bool people = false;
      while (e < end && e < r + 10 && !Is<",", ".", ";", "who", "whose", "and">(Tok(e))) {
        people = people || (text::StartsLower(Tok(e)) && lex_.humans.Contains(Tok(e)));
        ++e;
      }
      if (people && (e == end || Is<",", ".", ";">(Tok(e)))) {
        sp.role = std::string(doc_.Slice({doc_.tokens[r].span.begin, doc_.tokens[e - 1].span.end}));
        sp.role_is_title = false;
      }
    }
  }
  return sp;
}

Speaker SpeakerFinder::ApposedName(uint32_t k, uint32_t end) const {
  // "recalled Ruiz's colleague, Dana Ng", "said one of them, Luis Ortega": a
  // description, then the name in apposition, which is the speaker.
  for (uint32_t c = k + 1; c + 1 < end && c < k + 12; ++c) {
    const std::string_view t = Tok(c);
    if (t != ",") {
      if (IsCue(c) || Is<".", ";", ":", "(", "who", "which", "that">(t)) break;
      continue;
    }
    int32_t pm = PersonMentionStartingAt(c + 1);
    // ("a police spokeswoman, Officer Carmen Diaz", "the pastor, the Rev.
    // John Doe": a title the recogniser left before the name.)
    for (uint32_t n = c + 1; pm < 0 && n < c + 4 && n + 1 < end; ++n) {
      char buf[16];
      const std::string_view w = text::FoldCase(Tok(n), buf, sizeof buf);
      if (!(w == "the" || lex_.titles.Contains(w.size() > 1 && w.back() == '.' ? w.substr(0, w.size() - 1) : w) ||
            lex_.honorifics.Contains(w.size() > 1 && w.back() == '.' ? w.substr(0, w.size() - 1) : w))) {
        break;
      }
      pm = PersonMentionStartingAt(n + 1);
    }
    if (pm < 0) break;
    const Mention& men = doc_.mentions[pm];
    const uint32_t after = TokenAt(men.span.end);
    // ("said the analyst, Robert Fein of Eastgate Securities.": the
    // affiliation after the name, to the end.)
    uint32_t affiliation_end = after;
    // ("Beatrice Owusu of the Exoneration Project": and its article.)
    if (after + 1 < end && Is<"of", "at">(Tok(after)) &&
        (text::StartsUpper(Tok(after + 1)) || (Tok(after + 1) == "the" && after + 2 < end &&
                                                text::StartsUpper(Tok(after + 2))))) {
      affiliation_end = after + 1;
      while (affiliation_end < end && affiliation_end < after + 8 &&
             (text::StartsUpper(Tok(affiliation_end)) ||
              // ("Lori Vickers of Mississippi Right to Life", "Ana Ruiz of
              // Stanford University in California")
              Is<"of", "&", "and", "the", "to", "for", "in">(Tok(affiliation_end)))) {
        ++affiliation_end;
      }
      if (affiliation_end < end && !Is<",", ".", ";">(Tok(affiliation_end))) affiliation_end = after;
    }
    // ("said the bill's sponsor, Sen. Roger Ellsworth (R-Fla.).": the
    // party label in brackets after the name.)
    if (affiliation_end == after && after + 3 <= end && Tok(after) == "(" && Tok(after + 2) == ")" &&
        Tok(after + 1).size() >= 3 && Tok(after + 1)[1] == '-' &&
        (after + 3 == end || Is<",", ".", ";">(Tok(after + 3)))) {
      affiliation_end = after + 3;
    }
    if (affiliation_end == after && after < end && !Is<",", ".", ";">(Tok(after))) break;
    // The words before the comma hold no name of their own except an owner
    // ("Ruiz's colleague").
    bool described = false;
    for (uint32_t w = k; w < c; ++w) {
      if (const int32_t inner = PersonMentionStartingAt(w); inner >= 0) {
        const uint32_t owner_end = TokenAt(doc_.mentions[inner].span.end);
        if (!(owner_end < c && Is<"'s", "\xE2\x80\x99s">(Tok(owner_end)))) {
          described = false;
          break;
        }
      }
      described = described || lex_.humans.Contains(Tok(w)) || Is<"one", "One">(Tok(w)) ||
                  (text::StartsLower(Tok(w)) && lex_.titles.Contains(Tok(w)));
    }
    // ("said the centenarian, Edna Pike.": an article and a few lower-case
    // words before a person's name closing the sentence.)
    if (!described && c >= k + 2 && c <= k + 4 && Is<"the", "a", "an", "his", "her", "their">(Tok(k)) &&
        doc_.entities[men.entity].type == EntityType::kPerson && affiliation_end < end &&
        Is<".", ";">(Tok(affiliation_end))) {
      described = true;
      for (uint32_t w = k + 1; w < c && described; ++w) {
        // ("said the world No. 12, Oliver Bellamy", "said the 24-year-old,
        // X", "said the American, X": a rank, an age or a nationality too.)
        const int32_t group = MentionEndingAt(w);
        described = (text::StartsLower(Tok(w)) && !IsCue(w) && !IsPronoun(w) && !IsPreposition(Tok(w))) ||
                    StartsDigitView(Tok(w)) || (Tok(w) == "No." && w + 1 < c && StartsDigitView(Tok(w + 1))) ||
                    (group >= 0 && doc_.entities[doc_.mentions[group].entity].type == EntityType::kNorp);
      }
    }
    if (!described) break;
    Speaker named = FromMention(pm);
    named.role = std::string(doc_.Slice({doc_.tokens[k].span.begin, doc_.tokens[c - 1].span.end}));
    // ("said one, Ingrid Solberg, a biostatistician at the University of
    // Oslo.": after a bare "one", the appositive after the name is the
    // role.)
    if (c <= k + 3 && Is<"one", "another", "One", "Another">(Tok(k)) && after + 2 < end && Tok(after) == "," &&
        Is<"a", "an", "the">(Tok(after + 1))) {
      uint32_t e = after + 2;
      while (e < end && !Is<",", ".", ";">(Tok(e))) ++e;
      if (e > after + 2) {
        named.role = std::string(doc_.Slice({doc_.tokens[after + 1].span.begin, doc_.tokens[e - 1].span.end}));
        named.role_is_title = false;
        named.first_token = k;
        named.last_token = e;
        return named;
      }
    }
    if (affiliation_end > after) {
      named.role = *named.role + " " +
                   std::string(doc_.Slice({doc_.tokens[after].span.begin, doc_.tokens[affiliation_end - 1].span.end}));
      named.last_token = affiliation_end;
    }
    named.role_is_title = false;
    named.first_token = k;
    return named;
  }
  return Speaker();
}

Speaker SpeakerFinder::InvertedSubjectRest(uint32_t k, uint32_t end) const {
  // ("says the losing candidate as recount looms": the writer's
  // circumstance after the speaker is none of it.)
  for (uint32_t m = k + 1; m + 1 < end && m < k + 10; ++m) {
    if (Is<",", ".", ";", ":", "(", "who", "which">(Tok(m))) break;
    // ("said a senior official on condition of anonymity": why the source
    // goes unnamed is none of the speaker.)
    if (Tok(m) == "on" && Tok(m + 1) == "condition" && m > k) {
      end = m;
      break;
    }
    if (Is<"as", "when", "while", "after", "before", "because">(Tok(m)) && text::StartsLower(Tok(m - 1)) &&
        !Is<"known", "identified", "described", "such", "same", "serving", "served", "working", "worked",
                         "listed", "named", "elected", "appointed", "retired">(Tok(m - 1))) {
      end = m;
      break;
    }
  }
  Speaker sp = RightSubject(k, end);
  // ("said a 34-year-old nurse who asked not to be named": the relative
  // clause belongs to the description, read below.)
  if (sp.found && sp.description && sp.last_token > sp.first_token &&
      Is<"who", "which", "that">(Tok(sp.last_token - 1))) {
    sp = Speaker();
  }
  if (sp.found || k >= end) return sp;
  // ("wrote analysts at Kettering & Vance in a research note": the medium
  // after the speaker is no part of it.)
  // ("said Hemp to reporters", "said Hemp to the BBC": the listener after a
  // name; "said an adviser to President Biden" is one description.)
  auto listener_at = [&](uint32_t m) {
    if (m <= k || Tok(m) != "to" || m + 1 >= end) return false;
    for (uint32_t w = k; w < m; ++w) {
      if (!text::StartsUpper(Tok(w))) return false;
    }
    return lex_.told_objects.Contains(Tok(m + 1)) || Is<"the", "The">(Tok(m + 1)) || text::StartsUpper(Tok(m + 1));
  };
  uint32_t stop = k;
  while (stop < end && stop < k + 11 && !Is<",", ".", ";", "(", "!", "?", ":">(Tok(stop)) && !IsCue(stop) &&
         !(stop > k && MediumAt(stop, end)) && !listener_at(stop) &&
         !Is<"that", "which", "who", "and", "or", "but", "is", "was", "were", "are", "to", "will",
                         "would", "could", "should", "may", "might", "not", "it", "he", "she", "they">(Tok(stop))) {
    ++stop;
  }
  if (stop == k || stop - k > 10) return sp;
  // (""...," said Pfizer and BioNTech.", "said Smith and Jones.": two
  // names, each in capitals, that speak together.)
  if (stop + 1 < end && Tok(stop) == "and") {
    bool names = true;
    for (uint32_t w = k; w < stop && names; ++w) names = text::StartsUpper(Tok(w)) && Tok(w) != "The";
    uint32_t e = stop + 1;
    while (names && e < end && e < stop + 4 && text::StartsUpper(Tok(e))) ++e;
    if (names && e > stop + 1 && (e == end || Is<",", ".", ";", "!", "?", "on", "in", "at", "to">(Tok(e)))) {
      stop = e;
      if (stop < end && text::StartsLower(Tok(stop))) end = stop;  // "on Monday": the writer's
    }
  }
  if (stop < end && Tok(stop) == "who" && text::StartsLower(Tok(k))) {
    // ""...," said a Mexican official who was not authorized to speak ...":
    // a description naming people, with its relative clause up to the
    // clause's end, is the mention (unnamed), as for a subject before the cue.
    bool people = false;
    for (uint32_t t = k; t < stop && !people; ++t) people = lex_.humans.Contains(Tok(t));
    if (!people) return sp;
    uint32_t e = stop + 1;
    // ("who spoke on condition of anonymity because he was not authorized
    // to speak": the reason is the writer's, no part of who spoke.)
    while (e < end && e < stop + 30 && !Is<",", ".", ";", "(", "!", "?", ":">(Tok(e)) &&
           !Is<"-", "\xE2\x80\x94", "\xE2\x80\x93">(Tok(e)) && !(e > stop + 3 && Tok(e) == "because")) {
      ++e;
    }
    if (e == stop + 1 || e >= stop + 30) return sp;
    sp.found = true;
    sp.description = true;
    sp.first_token = k;
    sp.last_token = e;
    sp.mention = {doc_.tokens[k].span.begin, doc_.tokens[e - 1].span.end};
    sp.name = std::string(doc_.Slice(sp.mention));
    return sp;
  }
  // ("said one MP as the result was read out": the writer's circumstance
  // after the speaker.)
  if (stop < end && !Is<",", ".", ";", "(", "!", "?">(Tok(stop)) && !(stop > k && MediumAt(stop, end)) &&
      !listener_at(stop)) {
    uint32_t s2 = k + 1;
    while (s2 < stop && !Is<"as", "when", "while", "after", "before", "because", "outside", "during">(Tok(s2))) ++s2;
    if (s2 >= stop || s2 + 1 >= end) return sp;
    stop = s2;
  }
  for (uint32_t t = k; t < stop; ++t) {
    if (PersonMentionStartingAt(t) < 0) continue;
    // ("said a statement from the family of teenager Ellie Parkes": a name
    // after a preposition is whom the words are about or from.)
    bool object = false;
    // (Not an office's own "of": "said former secretary of state Hillary
    // Clinton".)
    for (uint32_t p = k; p < t && !object; ++p) {
      // ("Minister for Climate Action X": an office in capitals.)
      // ("Union Minister of State for Finance X": after one in capitals.)
      char buf[24];
      bool office = p > k && Tok(p) == "of" && lex_.titles.Contains(text::FoldCase(NoDotView(Tok(p - 1)), buf, sizeof buf));
      for (uint32_t q = k; q < p && !office && Is<"of", "for">(Tok(p)); ++q) {
        office = text::StartsUpper(Tok(q)) && lex_.titles.Contains(text::FoldCase(NoDotView(Tok(q)), buf, sizeof buf));
      }
      // ("reads the Instagram bio of Megan Frost": her own page's words.)
      const bool own_page = Is<"of", "by">(Tok(p)) && p > k &&
                            Is<"bio", "profile", "account", "page", "feed", "blog", "website", "caption",
                                            "diary", "memoir">(Tok(p - 1));
      object = Is<"of", "from", "for", "by", "with", "to", "about", "on", "behind">(Tok(p)) && !office && !own_page;
    }
    if (object) break;
    Speaker r = RightSubject(t, end);
    if (!r.found) break;
    if (t > k) {
      // ("said a stunned Patrick Omondi", "a visibly moved X": a mood, no
      // office.)
      const std::string_view before = Tok(t - 1);
      const bool mood = text::StartsLower(before) && !RoleWord(t - 1) && !lex_.humans.Contains(before) &&
                        (before.ends_with("ed") || before.ends_with("ly"));
      // (Not the page the words stand on: "the Instagram bio of".)
      if (!mood && !Is<"of", "by">(Tok(t - 1))) {
        r.role = std::string(doc_.Slice({doc_.tokens[k].span.begin, doc_.tokens[t - 1].span.end}));
        r.role_is_title = true;
      }
      r.first_token = k;
    }
    return r;
  }
  std::string_view first = Tok(k);
  size_t len;
  const bool digit = text::DecodeAt(first, 0, &len) < 0x80 && first[0] >= '0' && first[0] <= '9';
  // ("..., says losing candidate as recount looms": a headline's
  // description without its article, a people noun at its end.)
  bool bare_people = stop > k && stop - k <= 3 && text::StartsLower(first) && lex_.humans.Contains(Tok(stop - 1)) &&
                     !IsPronoun(k);
  // (Not a verb's particle and object: "'Blair's babes' hit back at
  // critics".)
  for (uint32_t m = k; m < stop && bare_people; ++m) {
    bare_people = !IsPreposition(Tok(m)) && !Is<"back", "out", "up", "off", "down", "away">(Tok(m));
  }
  if (!digit && !text::StartsUpper(first) && !bare_people &&
      !Is<"the", "a", "an", "one", "another", "two", "three", "several", "some", "his", "her", "their",
                  "its", "our", "my">(first)) {
    return sp;
  }
  uint32_t name_from = k;
  auto no_dot = [](std::string_view t) { return t.size() > 1 && t.back() == '.' ? t.substr(0, t.size() - 1) : t; };
  while (name_from + 1 < stop && lex_.titles.Contains(no_dot(Tok(name_from))) && text::StartsUpper(Tok(name_from))) {
    ++name_from;
  }
  sp.found = true;
  sp.description = text::StartsLower(first) || digit;
  sp.first_token = k;
  sp.last_token = stop;
  sp.mention = {doc_.tokens[k].span.begin, doc_.tokens[stop - 1].span.end};
  sp.name = std::string(doc_.Slice({doc_.tokens[name_from].span.begin, doc_.tokens[stop - 1].span.end}));
  if (name_from > k) {
    sp.role = std::string(doc_.Slice({doc_.tokens[k].span.begin, doc_.tokens[name_from - 1].span.end}));
    sp.role_is_title = true;
  } else if (!sp.description && stop + 3 < end && Tok(stop) == "," && Is<"the", "a", "an">(Tok(stop + 1))) {
    // ("said Peskov, the Kremlin spokesman.": a name the recogniser did
    // not know, then its description up to the sentence's end or a comma.)
    uint32_t e = stop + 2;
    while (e < end && e < stop + 10 && !Is<",", ".", ";", ":">(Tok(e)) && !IsCue(e) && !IsPronoun(e)) ++e;
    char buf[24];
    if (e > stop + 2 && (e == end || Is<",", ".", ";">(Tok(e))) &&
        lex_.humans.Contains(text::FoldCase(Tok(e - 1), buf, sizeof buf))) {
      sp.role = std::string(doc_.Slice({doc_.tokens[stop + 1].span.begin, doc_.tokens[e - 1].span.end}));
      sp.role_is_title = false;
    }
  }
  return sp;
}

}  // namespace newsgraph::quotes

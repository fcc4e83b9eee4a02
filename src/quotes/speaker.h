#ifndef NEWSGRAPH_QUOTES_SPEAKER_H_
#define NEWSGRAPH_QUOTES_SPEAKER_H_

// Finds who a speech cue belongs to, over the text and nlp layers. Internal
// to the quotes stage.

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "quotes/marks.h"
#include "text/lexicon.h"

namespace newsgraph::quotes {

struct QuoteLexicons {
  text::Lexicon speech{"speech_verbs.txt"};
  text::Lexicon humans{"human_nouns.txt"};
  text::Lexicon told_objects{"told_objects.txt"};
  text::Lexicon titles{"titles.txt"};
  text::Lexicon pronouns{"pronouns.txt"};
  text::Lexicon starters{"capitalized_stopwords.txt"};
  text::Lexicon honorifics{"honorifics.txt"};
  text::Lexicon clauseless{"clauseless_cues.txt"};
  text::Lexicon that_cues{"that_cues.txt"};
  text::Lexicon quantities{"quantity_nouns.txt"};  // "21 percent", "Some", "a majority"
  text::Lexicon non_labels{"non_speaker_labels.txt"};  // "Update:", "Watch:"
  text::Lexicon beliefs{"belief_cues.txt"};  // "think", "plans t", "wants o"
  text::Lexicon evidence{"evidence_nouns.txt"};  // "poll", "records": subjects that show
  text::Lexicon object_cues{"object_cues.txt"};  // "endorsed", "cited": the object is the content
  text::Lexicon phrasal_objects{"phrasal_object_cues.txt"};  // "pointed" -> "to": "pointed to X" reports X
  text::Lexicon infinitives{"infinitive_cues.txt"};  // "declined to comment": the infinitive is the content
  text::Lexicon noun_cues{"noun_cues.txt"};  // "his claim that ...": the clause is its owner's
  text::Lexicon places{"places.txt"};  // "KARACHI:" opens a dateline, not a speaker's line
  text::Lexicon given{"given_names.txt"};  // "Pinnacle Auto" said is no person's name
  text::Lexicon epithets{"epithet_nouns.txt"};
  text::Lexicon states{"us_states.txt"};  // "Mich." -> Michigan, for "the Michigan senator"  // "the Dutchman", "the veteran striker": a person in the story
};

// A speaker as one attribution names it.
struct Speaker {
  bool found = false;
  std::optional<std::string> name;   // entity name or description; none: unnamed
  int32_t entity = -1;
  Span mention;                      // the words naming the speaker here
  std::optional<std::string> role;   // from this attribution
  bool role_is_title = false;        // "Leader" before the name: this mention only
  bool title_carries = false;        // a title chosen over a relative clause, carried as the clause was
  uint32_t first_token = 0;          // where the speaker's words start
  uint32_t last_token = 0;           // one past where they end
  bool description = false;          // an unnamed speaker ("a committee aide")
};

class SpeakerFinder {
 public:
  SpeakerFinder(const QuoteLexicons& lex, const Document& doc, const std::vector<Quotation>& quotations);

  // The token's text; empty past the last token, so look-aheads of a rule
  // need no bounds check of their own (found by pipeline_fuzz).
  // ("said to-day": the hyphenated days of older copy read as today's, in
  // the documents that hold them; "BELFAST (AP) _ Police said": the AP's
  // wire of the 1990s set every dash as an underscore.)
  // (Read from a table the constructor fills: the rules ask for token texts
  // millions of times a second.)
  std::string_view Tok(uint32_t k) const { return k < tok_text_.size() ? tok_text_[k] : std::string_view(); }
  // Index of the first token that starts at or after byte `pos`.
  uint32_t TokenAt(uint32_t pos) const;
  bool IsCue(uint32_t k) const;           // a lower-case speech verb
  // A word of the belief or object-cue lexicons ("thinks", "endorsed").
  bool IsReportWord(uint32_t k) const { return k < flags_.size() && (flags_[k] & kReportWord); }
  // A verb of the phrasal lexicon ("pointed", "spoke"), whatever follows it.
  bool IsPhrasalVerb(uint32_t k) const { return k < flags_.size() && (flags_[k] & kPhrasalVerb); }
  // A speaker described by tokens [first, end) ("federal officials", "a
  // source close to the campaign"): the words are its mention and its name.
  Speaker Description(uint32_t first, uint32_t end) const;
  // A description that runs on into a clause ("the White House was
  // refusing to", "The email went on to") is cut back to the noun phrase
  // before its verb ("the White House", "The email"). False when no noun
  // phrase remains: such words name no speaker.
  bool TrimDescription(Speaker* sp) const;
  // Drops a role that only gives an age ("Mr Wallace, 49,") or how a
  // document came about ("obtained by the Ledger"); strips an age before an
  // office ("52, who chairs the committee").
  static void DropAgeRole(Speaker* sp);
  // A speech verb with its particle, for quotes only: "he points out",
  // "Trump shot back", "her husband cut in", ""...," he went on." Reports
  // ("pointed out that ...") are left to the single-word cues.
  bool IsPhrasalCue(uint32_t k) const;
  // True when the word at k follows an article or possessive ("the
  // report", "his tweet"), or ends in -s after a plural quantifier ("some
  // states"): a noun, whatever verb it could also be.
  bool NounUse(uint32_t k) const;
  bool InQuote(uint32_t pos) const;        // inside some quotation's marks
  bool IsPronoun(uint32_t k) const;
  // Clause start of sentence s: after leading conjunctions and an opening
  // phrase that ends in a comma ("On Sunday,").
  uint32_t ClauseStart(uint32_t s) const;
  // The start of sentence s after a dateline or a label in capitals
  // ("JERUSALEM (Reuters) -", "MOSCOW (UPI) --"): ClauseStart when every
  // word it skips is capitalised, else the sentence's first token.
  uint32_t AfterDateline(uint32_t s) const;
  // True when token m closes a dateline that opens at `first`: a wire
  // agency's bracket ("(IANS)") or a place in capitals and its colon
  // ("KARACHI:").
  bool IsDatelineEnd(uint32_t first, uint32_t m) const;
  // k, or past what only looks like a clause start there: a closing mark
  // glued to the opening phrase's comma, or a quoted title set off by
  // commas ("In his book, "Doomed to Succeed," Mr. Ross said").
  uint32_t AfterOpeningMarks(uint32_t k, uint32_t end) const;
  // True when tokens from c to the sentence's end (before `end`) are only a
  // closing attribution: a pronoun, a name or a short description, then a
  // cue and at most two words ("Smith said.", "the ministry said Friday.").
  bool ClosedBySpeaker(uint32_t c, uint32_t end) const;

  // The subject of the cue at token `cue`, looking left no further than
  // token `lo`: the nearest person or pronoun, with what stands between them
  // taken as role (", the former envoy," / "of the RAND Corporation" /
  // "(D-Mass.)") or adverbs ("then famously"); else a description running
  // from the clause boundary to the cue, if it names people ("Experts in
  // South Korea"). Not found when nothing fits.
  Speaker LeftSubject(uint32_t cue, uint32_t lo) const;
  // The words of `span` with each person's mention in it written as the
  // person's full name ("Vindman and Williams" -> "Alexander Vindman and
  // Jennifer Williams").
  std::string FullNamesIn(Span span) const;

  // The speaker named after a cue ("said Harry Kazianis, the ...").
  // The speaker a pronoun at k stands for: a person of its gender, the
  // latest organisation for "it", unnamed for "they" ("said he").
  Speaker FromPronoun(uint32_t k) const;
  Speaker RightSubject(uint32_t k, uint32_t end) const;
  // The one an outlet quotes in tokens [first, end) before "as saying"
  // ("TASS quoted the head of the plant, Yuri Chernichuk, as saying"): a
  // name set off after its description, which is its role, or else
  // RightSubject's.
  Speaker QuotedOne(uint32_t first, uint32_t end) const;

  // The speaker after an inverted cue ("...," said the 46-year-old.), where
  // word order alone says the words are the speaker: RightSubject, else a
  // person named inside a role ("9/11 widow Terry Strada"), else the words
  // up to the clause's end (a comma, bracket or the sentence's end; at most
  // ten) as an unnamed description or a name the recogniser missed ("Rep.
  // G.K. Butterfield", "one commenter"). Not found otherwise.
  Speaker InvertedSubject(uint32_t k, uint32_t end) const;
  // A description from token k, then a named person set off by a comma who
  // ends the clause ("Ruiz's colleague, Dana Ng", "a police spokeswoman,
  // Officer Carmen Diaz"): the person, with the description as the role and
  // first_token k. Not found otherwise.
  Speaker ApposedName(uint32_t k, uint32_t end) const;
  Speaker InvertedSubjectRest(uint32_t k, uint32_t end) const;

  // The person a pronoun at byte `pos` stands for. A he/she/him/her/his/
  // hers/himself/herself at `pos` of that gender is resolved by salience
  // (ResolveAllPronouns, one pass over the article, the first time it is
  // asked); any other position gets the latest person mentioned outside
  // quotation marks before it, of a compatible gender (LatestPerson).
  int32_t ResolvePronoun(uint32_t pos, char gender) const;
  // The latest person mentioned outside quotation marks before byte `pos`,
  // of a compatible gender (unknown gender is compatible); -1 if none.
  int32_t LatestPerson(uint32_t pos, char gender) const;
  // The gender ('m', 'f', or 0) a role noun next to the person mention in
  // tokens [first, last) gives: "Kim Yo Jong, his sister,", "actress X".
  char RoleGender(uint32_t first, uint32_t last) const;

  // True when tokens [a, b) can be a role written before a name ("White
  // House press secretary", "Clinton spokesman"): a few words, no
  // punctuation, clause words or speech verbs.
  bool RolePrefix(uint32_t a, uint32_t b) const;
  // True when tokens [a, b) are an owner with 's and perhaps a role before a
  // name ("Twitter's", "the Zionist Union Party's", "Trump's senior
  // communications adviser"): one to four capitalised words (after an
  // optional "the"), the possessive, then a RolePrefix or nothing.
  bool PossessiveRolePrefix(uint32_t a, uint32_t b) const;
  // Joins the words from token `from` up to the name of `sp` (its title
  // included: "FBI Director", "InfoNation President") into its role, as a
  // title, and opens the subject at `from`. For a role prefix found by
  // RolePrefix or PossessiveRolePrefix.
  void JoinRolePrefix(uint32_t from, Speaker* sp) const;

  const Document& doc() const { return doc_; }
  const QuoteLexicons& lex() const { return lex_; }

  // Token k names an office: a lower-case people noun, a title, or an
  // acronym such as "CEO".
  bool RoleWord(uint32_t k) const;
  // True when token k is a courtesy title or one word of a two-word
  // honorific ("Dr", "Datuk", "Tan" of "Tan Sri", "Amar" of "Datuk Amar"):
  // it marks the name and is no part of an office before it.
  bool HonorificAt(uint32_t k) const;
  // True when "in a research note", "on a conference call" opens at m: the
  // medium after a speaker, before `end`.
  bool MediumAt(uint32_t m, uint32_t end) const;
  // Tokens [a, b) are offices joined by commas and one "and": "chairman,
  // CEO and president".
  bool RoleList(uint32_t a, uint32_t b) const;
  // The person mention ending exactly at token k (inclusive), or -1.
  int32_t PersonMentionEndingAt(uint32_t k) const;
  int32_t PersonMentionStartingAt(uint32_t k) const;
  int32_t MentionEndingAt(uint32_t k) const;  // any type
  int32_t MentionStartingAt(uint32_t k) const;  // any type
  // True when token k names a share of people ("percent", "two-thirds",
  // "Some", "majority"), which can speak as a description does.
  bool IsQuantity(uint32_t k) const;
  // True when token k joins a share written as a ratio ("Six in 10", "one
  // out of four", "Three-in-five").
  bool IsShare(uint32_t k) const;
  // True when tokens [from, to) are a few lower-case words ending in a
  // people noun ("federal officials", "aviation experts").
  bool ModifiedPeopleNoun(uint32_t from, uint32_t to) const;
  // "Software maker Quantel Inc", "Activist investor Sable Ridge Partners":
  // a description ending in a named organisation after a lower-case noun of
  // its kind becomes that organisation, the words before it its role.
  void NameAfterDescriptor(Speaker* sp) const;

 private:
  // A token's text as the rules read it, older copy's forms modernised.
  std::string_view OldTok(uint32_t k) const {
    const std::string_view t = doc_.Slice(doc_.tokens[k].span);
    return t == "_" ? (UnderscoreDash(k) ? std::string_view("\xE2\x80\x94") : t) : OldDay(t);
  }
  static std::string_view OldDay(std::string_view t) {
    if (t == "to-day") return "today";
    if (t == "To-day") return "Today";
    if (t == "to-night") return "tonight";
    if (t == "To-night") return "Tonight";
    if (t == "to-morrow") return "tomorrow";
    if (t == "To-morrow") return "Tomorrow";
    return t;
  }
  // True when token k is an underscore standing alone between spaces, the
  // AP's dash ("tweet_id" holds none).
  bool UnderscoreDash(uint32_t k) const {
    const Span s = doc_.tokens[k].span;
    return s.begin > 0 && s.end < doc_.text.size() && doc_.text[s.begin - 1] == ' ' &&
           (doc_.text[s.end] == ' ' || doc_.text[s.end] == '\n');
  }
  bool ComputeIsCue(uint32_t k) const;  // IsCue's rule, run once a token
  // True when a cue or report word at k is, here, a blow ("slammed into"),
  // an adjective ("repeated requests") or a noun ("Evacuation orders"):
  // no act of speech.
  bool NoActOfSpeech(uint32_t k) const;
  bool ComputeIsPronoun(uint32_t k) const;
  Speaker FromMention(int32_t m) const;
  // Where a role's comma at c really ends: after a state or country that
  // follows a town ("a loan officer in Lincoln, Nebraska"), else c.
  uint32_t PlaceAfterComma(uint32_t c, uint32_t end) const;
  // The end of a firm's name that a comma at `c` runs through ("Kidder,
  // Peabody & Co.", "Goldman, Sachs & Co."): past an ampersand or a
  // company abbreviation; else `c`.
  uint32_t FirmAfterComma(uint32_t c, uint32_t end) const;
  // True when the brackets opening at token `open` hold a Latin letter (a
  // role, "(D-Mass.)"), not a name in another script ("(朱鳳蓮)").
  bool LatinInside(uint32_t open, uint32_t end) const;
  bool RoleGap(uint32_t from, uint32_t to, Speaker* sp) const;
  // The comma after academic or nursing degrees set off by commas from
  // token c (", Ph.D.,", ", MD,"), or c when none stands there.
  uint32_t PastDegrees(uint32_t c, uint32_t end) const;
  // True when tokens k, k+1, k+2 are a stock ticker or short code in
  // brackets: "(SHEL.L)", "(AAPL)", "(7203.T)".
  bool TickerAt(uint32_t k) const;
  // The closing bracket of the ticker opening at k ("(TSLA)", "(NASDAQ:
  // TSLA)"), or 0.
  uint32_t TickerEnd(uint32_t k) const;
  // unknown_name: a run of up to three capitalised words the recogniser did
  // not know also counts (only for a subject left of its cue, where word
  // order makes it one; after an inverted cue titles come first).
  bool Description(uint32_t from, uint32_t to, Speaker* sp, bool unknown_name = false) const;
  // True when `initials` spells the first letters of the words in [from, to)
  // (text::SpellsInitials).
  bool InitialsSpell(std::string_view initials, uint32_t from, uint32_t to) const;
  bool Adverbs(uint32_t from, uint32_t to) const;
  // True when the relative clause opening at k (who, which, whose) and
  // ending before `end` states an office or affiliation ("who chairs the
  // panel", "who is a former envoy", "which owns the pier"), a role; an
  // act or an occasion ("who threw two interceptions", "who spoke at a news
  // conference") is none.
  bool OfficeRelative(uint32_t k, uint32_t end) const;
  // True when [k, end) opens "then" before an office ("then chair of the
  // IPCC"): the role held at the time, no adverb.
  bool ThenOffice(uint32_t k, uint32_t end) const;

  // Resolves every third-person singular pronoun of the article, left to
  // right, keeping a salience for the few persons mentioned last (a named
  // mention or a pronoun resolved to the person adds to it, more as a
  // subject; it halves at every sentence). Fills pronouns_.
  void ResolveAllPronouns() const;

  const QuoteLexicons& lex_;
  const Document& doc_;
  struct ResolvedPronoun {
    uint32_t begin;  // byte where the pronoun starts
    char gender;
    int32_t entity;
  };
  mutable bool pronouns_done_ = false;
  mutable std::vector<ResolvedPronoun> pronouns_;  // in text order
  const std::vector<Quotation>& quotations_;
  std::vector<int32_t> mention_end_;    // token -> mention ending there
  std::vector<std::string_view> tok_text_;  // Tok's answers, one a token
  bool old_days_ = false;               // the document writes "to-day", "to-night", "to-morrow" or "_"
  std::vector<int32_t> mention_start_;  // token -> mention starting there
  // Token -> flags worked out once (the rules ask them many times a token):
  // kCue (IsCue), kPronoun (IsPronoun), kReportWord (a belief or object cue),
  // kPhrasalVerb (IsPhrasalVerb).
  enum : uint8_t { kCue = 1, kPronoun = 2, kReportWord = 4, kPhrasalVerb = 8 };
  std::vector<uint8_t> flags_;
};

}  // namespace newsgraph::quotes

#endif  // NEWSGRAPH_QUOTES_SPEAKER_H_

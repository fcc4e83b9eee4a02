#include "quotes/attributor.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "quotes/clause.h"
#include "quotes/labels.h"
#include "quotes/marks.h"
#include "quotes/reported.h"
#include "quotes/speaker.h"
#include "text/chars.h"
#include "text/heading.h"
#include "text/words.h"

namespace newsgraph::quotes {
namespace {

using text::Is;

bool IsDashTok(std::string_view t) {
  return t == "-" || t == "--" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "\xE2\x80\x95";
}

// True when a line break stands between tokens a and b (the gap only).
bool LineBreakBetween(const Document& doc, uint32_t a, uint32_t b) {
  for (uint32_t c = doc.tokens[a].span.end; c < doc.tokens[b].span.begin; ++c) {
    if (doc.text[c] == '\n') return true;
  }
  return false;
}

bool IsTerminalTok(std::string_view t) { return t == "." || t == "!" || t == "?"; }

// "R-Wyo.", "D-Calif.", "I-Vt.": a US party label.
bool PartyLabel(std::string_view t) {
  return t.size() >= 4 && t.size() <= 8 && t[1] == '-' && (t[0] == 'R' || t[0] == 'D' || t[0] == 'I') && t[2] >= 'A' &&
         t[2] <= 'Z';
}

// A common irregular past ("cut", "froze", "took"), a clause's verb.
bool FiniteVerbWord(std::string_view t) {
  return t == "cut" || t == "froze" || t == "took" || t == "made" || t == "gave" || t == "put" || t == "set" ||
         t == "kept" || t == "held" || t == "sold" || t == "bought" || t == "won" || t == "lost" || t == "left";
}


// A verb of saying that opens a sentence and inverts its speaker before a
// quote ("Said Mr Hale: "..."", "Warned Dr. Jansen, a toxicologist: "..."").
bool OpensInvertedLabel(std::string_view t) {
  return Is<"Said", "Says", "Added", "Adds", "Warned", "Warns", "Noted", "Notes", "Countered", "Counters",
                "Insisted", "Insists", "Argued", "Argues", "Declared", "Declares", "Observed", "Observes", "Quipped",
                "Quips", "Joked", "Jokes", "Replied", "Replies", "Responded", "Concluded", "Cautioned", "Cautions",
                "Admitted", "Admits", "Conceded", "Concedes", "Remarked", "Remarks", "Exclaimed", "Complained",
                "Complains", "Lamented", "Laments", "Predicted", "Predicts", "Boasted", "Boasts", "Sighed", "Shrugged">(t);
}

bool IsWordTok(std::string_view t) {
  size_t len;
  return !t.empty() && text::IsWordChar(text::DecodeAt(t, 0, &len));
}

// "Read more: Trump says he will appeal", "RELATED: ...", "Watch: ...": a
// line linking to another story, whose words are its headline, not this
// article's statements.
bool CrossLink(const Document& doc, uint32_t p) {
  std::string_view s = doc.Slice(doc.paragraphs[p]);
  for (std::string_view label : {"Read more:", "READ MORE:", "Read More:", "Related:", "RELATED:", "Watch:", "WATCH:",
                                 "See also:", "SEE ALSO:", "Also read:", "ALSO READ:", "More:", "MORE:",
                                 "Recommended:", "Read also:", "Listen:", "LISTEN:", "Video:", "VIDEO:"}) {
    if (s.substr(0, label.size()) == label) return true;
  }
  return false;
}

// A bracketed aside standing alone, as transcripts mark interruptions.
bool IsStageDirection(std::string_view s) {
  return s.size() >= 3 && s.front() == '(' && (s.back() == ')' || (s.size() > 3 && s[s.size() - 2] == ')'));
}

class Attribution {
 public:
  Attribution(const SpeakerFinder& f, const std::vector<Quotation>& qs) : f_(f), qs_(qs) {}

  // Attributes quotation i; false when it is dropped.
  bool Run(size_t i, Found* out, bool* has_speaker) {
    const Document& doc = f_.doc();
    const Quotation& q = qs_[i];
    const uint32_t open_tok = f_.TokenAt(q.open.begin);
    const uint32_t s = doc.tokens[open_tok].sentence;
    const Sentence& sent = doc.sentences[s];
    // Words of this sentence before the mark, after any earlier quotation.
    uint32_t lo_local = sent.first_token;
    if (i > 0 && !qs_[i - 1].close.empty() && qs_[i - 1].close.end > sent.span.begin &&
        qs_[i - 1].close.end <= q.open.begin) {
      lo_local = f_.TokenAt(qs_[i - 1].close.end);
    }
    bool starts = true;
    // ("WASHINGTON — "We're done," Schumer said": after a dateline, a place
    // in capitals and a dash right before the mark.)
    uint32_t from_tok = lo_local;
    // ("MOVING SHOP—" is a label; "LONDON, May 8 (AP)—" and "LONDON, May
    // 8—" are datelines, their dash glued to the agency or the day.)
    if (lo_local == sent.first_token && open_tok > lo_local + 1 && IsDashTok(f_.Tok(open_tok - 1)) &&
        (doc.tokens[open_tok - 2].span.end < doc.tokens[open_tok - 1].span.begin ||
         (open_tok > lo_local + 3 && f_.Tok(lo_local + 1) == "," &&
          (f_.Tok(open_tok - 2) == ")" || (f_.Tok(open_tok - 2)[0] >= '0' && f_.Tok(open_tok - 2)[0] <= '9'))))) {
      bool caps = false;
      for (char c : f_.Tok(lo_local)) {
        if (c >= 'a' && c <= 'z') {
          caps = false;
          break;
        }
        caps = caps || (c >= 'A' && c <= 'Z');
      }
      if (caps && f_.Tok(lo_local).size() > 2) from_tok = open_tok;
      // ("Kyodo - "We will not give up," said ...": an agency's name alone.)
      if (open_tok == lo_local + 2 && text::StartsUpper(f_.Tok(lo_local)) && f_.Tok(lo_local).size() > 2 &&
          f_.MentionEndingAt(lo_local) >= 0 &&
          doc.entities[doc.mentions[f_.MentionEndingAt(lo_local)].entity].type == EntityType::kOrg) {
        from_tok = open_tok;
      }
      // ("Adelaide, Dec 8 - "Mitch is in great shape," said X": a dateline
      // in mixed case with its date, which the clause start skips.)
      if (from_tok != open_tok && f_.ClauseStart(doc.tokens[open_tok].sentence) >= open_tok &&
          f_.Tok(lo_local + 1) == ",") {
        from_tok = open_tok;
      }
    }
    // ("10:15 p.m. — "The count will resume," Ransome said", "11.20am:
    // "We are confident," says X": a live blog's time stamp.)
    if (lo_local == sent.first_token && open_tok > lo_local + 1 &&
        (IsDashTok(f_.Tok(open_tok - 1)) || f_.Tok(open_tok - 1) == ":")) {
      const std::string_view first = f_.Tok(lo_local);
      if (!first.empty() && first[0] >= '0' && first[0] <= '9') {
        bool stamp = true;
        for (uint32_t k = lo_local; k + 1 < open_tok && stamp; ++k) {
          const std::string_view w = f_.Tok(k);
          stamp = (!w.empty() && (w[0] >= '0' && w[0] <= '9')) || w == ":" ||
                  Is<"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT",
                         "GMT", "BST", "UTC", "CET", "IST">(w);
        }
        if (stamp) from_tok = open_tok;
      }
    }
    for (uint32_t k = from_tok; k < open_tok && starts; ++k) {
      if (IsWordTok(f_.Tok(k))) starts = false;
    }
    // ("called the plan "unworkable," "expensive" and "cruel"": a quoted
    // word in lower case right after a quote inside the writer's sentence
    // is the next item of a list, no quote standing alone.)
    if (starts && lo_local > sent.first_token && i > 0 && !q.content.empty() &&
        text::StartsLower(f_.Tok(f_.TokenAt(q.content.begin)))) {
      const uint32_t prev_open = f_.TokenAt(qs_[i - 1].open.begin);
      for (uint32_t k = sent.first_token; k < prev_open && starts; ++k) {
        if (IsWordTok(f_.Tok(k))) starts = false;
      }
    }
    // The words after the closing mark, up to the sentence's end or the
    // next quotation.
    uint32_t post_b = 0, post_e = 0;
    bool post_opens_next = false;  // ""Cruz," Beck joked, "Amen!"": the words after introduce the next quote
    bool post_new_sentence = false;
    if (!q.close.empty()) {
      post_b = f_.TokenAt(q.close.end);
      post_e = post_b;
      const uint32_t para_end = f_.TokenAt(doc.paragraphs[q.paragraph].end);
      uint32_t next_open = UINT32_MAX;
      for (size_t n = i + 1; n < qs_.size(); ++n) {
        if (qs_[n].open.begin >= q.close.end) {
          // (""We've had better conventions," Bill Eastland, wearing a
          // cowboy hat and "Ted Cruz" campaign pins, said": a short title
          // inside the words after the quote, between two lower-case words,
          // is no next quotation; the cue lies past it.)
          const Quotation& t = qs_[n];
          const uint32_t to = f_.TokenAt(t.open.begin);
          const uint32_t after = t.close.empty() ? 0 : f_.TokenAt(t.close.end);
          int words = 0;
          for (uint32_t k = to; k < doc.tokens.size() && doc.tokens[k].span.begin < t.content.end && words < 6; ++k) {
            words += IsWordTok(f_.Tok(k));
          }
          const std::string_view body = doc.Slice(t.content);
          if (t.paragraph == q.paragraph && after != 0 && to > 0 && after < doc.tokens.size() && words <= 4 &&
              !body.empty() && body.back() != '.' && body.back() != '!' && body.back() != '?' &&
              text::StartsLower(f_.Tok(to - 1)) && IsWordTok(f_.Tok(to - 1)) && !f_.IsCue(to - 1) &&
              text::StartsLower(f_.Tok(after)) && IsWordTok(f_.Tok(after))) {
            continue;
          }
          next_open = t.open.begin;
          break;
        }
      }
      // (Not right after a quote closed by a comma, whose sentence goes on:
      // hard-wrapped text, ""... a myth,"\nHolmgren said.")
      const bool goes_on = q.close.begin > 0 && doc.text[q.close.begin - 1] == ',';
      while (post_e < para_end && doc.tokens[post_e].span.begin < next_open) {
        // A line break ends the attribution's reach: in a page whose
        // paragraphs are single lines, the next line is another statement
        // ("..., right?"\nLater, Rubio said ...).
        if (post_e > 0 && LineBreakBetween(doc, post_e - 1, post_e) && !(goes_on && post_e == post_b)) break;
        std::string_view t = f_.Tok(post_e);
        ++post_e;
        if (IsTerminalTok(t) && !f_.InQuote(doc.tokens[post_e - 1].span.begin)) break;
      }
      // ("...at all."\n\n- Sayed Ullah, Rohingya teacher": a quote that
      // ends its line, signed on the next line after a dash; the signature
      // line alone, short and with no quote of its own.)
      if (post_e == post_b && post_b > 0 && post_b < doc.tokens.size() && IsDashTok(f_.Tok(post_b)) &&
          LineBreakBetween(doc, post_b - 1, post_b) && doc.tokens[post_b].span.begin < next_open) {
        uint32_t e = post_b + 1;
        while (e < doc.tokens.size() && e < post_b + 24 && !LineBreakBetween(doc, e - 1, e) &&
               doc.tokens[e].span.begin < next_open) {
          ++e;
        }
        if (e > post_b + 1 && (e == doc.tokens.size() || LineBreakBetween(doc, e - 1, e))) post_e = e;
      }
      post_opens_next = post_e > post_b && post_e < para_end && doc.tokens[post_e].span.begin >= next_open &&
                        Is<",", ":">(f_.Tok(post_e - 1));
      // ""I have no idea." Smith said he would ...": the quote ends its own
      // sentence and the words after it begin the next one.
      const std::string_view body = doc.Slice(q.content);
      post_new_sentence = post_e > post_b && !body.empty() &&
                          (body.back() == '.' || body.back() == '!' || body.back() == '?') &&
                          text::StartsUpper(f_.Tok(post_b));
    }
    bool intro = false;  // "X said: "..."" / "he said, "and soon.""
    bool tail = false;   // a lower-case quote closing a report after its comma
    int32_t pre_cue = -1;
    int32_t pre_cue_end = -1;  // the particle of a phrasal cue ("railed against")
    // Bounded, so a run-on "sentence" of a whole page stays linear.
    for (uint32_t k = open_tok; k > sent.first_token && open_tok - k < 120;) {
      --k;
      if (f_.InQuote(doc.tokens[k].span.begin)) continue;
      if (f_.IsCue(k) || f_.IsPhrasalCue(k)) {
        pre_cue = int32_t(k);
        break;
      }
    }
    // ("expressed "deep regret"", "voiced their "grave concern"": a verb
    // of stance whose quoted object is the statement.)
    for (uint32_t k = open_tok; pre_cue < 0 && k > sent.first_token + 1 && open_tok - k < 3;) {
      --k;
      const std::string_view w = f_.Tok(k);
      // (Not a view: "What Mr. Trump considers "smart"", "sees "Hope"".)
      // ("railed against "corruption"": a verb and its particle.)
      // (Its own particle only: "paid tribute to", not "paying for "points"".)
      // ("spoke of her "immense pride"": a possessive between.)
      const bool next_to = k + 1 == open_tok ||
                           (k + 2 == open_tok && Is<"his", "her", "their", "its", "our", "the", "a", "an">(f_.Tok(k + 1)));
      const std::string* particles =
          next_to && k > sent.first_token + 1 ? f_.lex().phrasal_objects.Find(f_.Tok(k - 1)) : nullptr;
      const bool own_particle = particles && ("," + *particles + ",").find("," + std::string(w) + ",") != std::string::npos;
      if (next_to && k > sent.first_token + 1 && f_.IsPhrasalVerb(k - 1) && text::StartsLower(f_.Tok(k - 1)) &&
          Is<"against", "about", "of", "to", "on", "at", "for", "with">(w) && own_particle) {
        pre_cue = int32_t(k - 1);
        pre_cue_end = int32_t(k);
        break;
      }
      if (text::StartsLower(w) && f_.lex().object_cues.Contains(w) &&
          !Is<"considers", "considered", "consider", "sees", "see", "saw", "seen", "regards", "regarded", "finds",
                  "found", "views", "viewed", "painted", "paints", "framed", "frames", "cast", "casts", "promises",
                  "promise">(w) &&
          !Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "what", "'s",
                              "\xE2\x80\x99s">(f_.Tok(k - 1)) &&
          !(k >= sent.first_token + 2 && Is<"what", "What">(f_.Tok(k - 2)))) {
        pre_cue = int32_t(k);
      } else if (!Is<"his", "her", "their", "its", "our", "the", "a", "an">(w)) {
        break;
      }
    }
    // "a song called "Hope"", "a group named "Moms for America"": a thing
    // named, no one speaking.
    if (pre_cue > int32_t(sent.first_token) + 1 &&
        Is<"called", "named", "titled", "entitled", "dubbed">(f_.Tok(uint32_t(pre_cue)))) {
      // A noun phrase right before it, its determiner first: "a song",
      // "the new film", "an ad".
      const std::string_view before = f_.Tok(uint32_t(pre_cue) - 1);
      bool thing = text::StartsLower(before) && IsWordTok(before) && !f_.IsPronoun(uint32_t(pre_cue) - 1) &&
                   !f_.lex().humans.Contains(before) && !f_.IsCue(uint32_t(pre_cue) - 1) &&
                   !(before.size() > 2 && before.ends_with("ly")) &&
                   !Is<"and", "but", "or", "then", "also", "later", "each", "both", "all", "once", "never",
                                "has", "have", "had", "was", "were", "is", "are", "been", "be", "who", "which", "that",
                                "just", "even", "still", "again", "first", "now">(before);
      bool determiner = false;
      for (uint32_t k = uint32_t(pre_cue) - 1; thing && !determiner && k > sent.first_token && pre_cue - int32_t(k) < 4;) {
        --k;
        const std::string_view w = f_.Tok(k);
        determiner = Is<"a", "an", "the", "this", "his", "her", "their", "its", "another", "our">(w);
        if (!determiner && !(text::StartsLower(w) && IsWordTok(w))) break;
      }
      if (thing && determiner) pre_cue = -1;
    }
    // ("using the Hebrew phrase for "there is no choice"", "a Quranic
    // phrase meaning "God is greatest"": a translation's gloss, said by no
    // one.)
    if (pre_cue >= 0 && open_tok >= sent.first_token + 2) {
      const std::string_view w1 = f_.Tok(open_tok - 1), w2 = f_.Tok(open_tok - 2);
      if ((w1 == "for" && Is<"phrase", "word", "term", "expression", "slang", "shorthand", "Arabic", "Hebrew",
                                  "Spanish", "French", "German", "Persian", "Farsi", "Urdu", "Hindi", "Latin", "Greek",
                                  "Russian", "Ukrainian", "Chinese", "Mandarin", "Japanese", "Korean", "Yiddish",
                                  "Turkish", "Portuguese", "Italian", "Swahili", "Tagalog">(w2)) ||
          Is<"meaning", "means">(w1) || (w1 == "as" && Is<"translated", "translates", "translate">(w2))) {
        pre_cue = -1;
      }
    }
    // "The app, called "Breathe," has ...", "who everyone calls "Tomi,"": a
    // name given right before the mark, by no one in particular.
    // (The comma closes a thing's noun: "The app,", not "X, for one,".)
    if (pre_cue > int32_t(sent.first_token) + 2 && uint32_t(pre_cue) + 1 == open_tok &&
        Is<"called", "calls", "named", "dubbed", "nicknamed">(f_.Tok(uint32_t(pre_cue)))) {
      const uint32_t c = uint32_t(pre_cue);
      // ("The new app, called": adjectives between the article and noun.)
      bool thing_comma = f_.Tok(c - 1) == "," && text::StartsLower(f_.Tok(c - 2)) &&
                         !f_.lex().humans.Contains(f_.Tok(c - 2));
      bool article = false;
      for (uint32_t d = c - 2; thing_comma && !article && d > sent.first_token && c - d < 6;) {
        --d;
        article = Is<"the", "The", "a", "A", "an", "An", "its", "his", "her", "their">(f_.Tok(d));
        if (!article && !text::StartsLower(f_.Tok(d))) break;
      }
      thing_comma = thing_comma && article;
      if (thing_comma || Is<"everyone", "everybody", "friends", "fans", "teammates", "locals",
                                             "colleagues">(f_.Tok(c - 1))) {
        pre_cue = -1;
      }
    }
    // "They are called "forever chemicals"", "the compounds, often called
    // "forever chemicals,"": a passive naming right before the mark, by no
    // one ("was called "a disaster" by critics" names its namers).
    if (pre_cue > int32_t(sent.first_token) && uint32_t(pre_cue) + 1 == open_tok &&
        Is<"called", "dubbed", "named", "nicknamed", "termed", "labelled", "labeled",
                                        "branded">(f_.Tok(uint32_t(pre_cue))) &&
        Is<"is", "are", "was", "were", "be", "been", "being", "often", "sometimes",
                                            "also", "commonly", "widely", "popularly", "informally", "officially",
                                            "colloquially", "generally", "frequently", "affectionately", "aptly",
                                            "fittingly", "so">(f_.Tok(uint32_t(pre_cue) - 1))) {
      uint32_t after = open_tok + 1;
      while (after < sent.end_token && f_.InQuote(doc.tokens[after].span.begin)) ++after;
      while (after < sent.end_token && !IsWordTok(f_.Tok(after))) ++after;
      if (!(after < sent.end_token && f_.Tok(after) == "by")) pre_cue = -1;
    }
    // "According to the Trump campaign, "The speech will be ..."": the
    // phrase opening the sentence attributes the quote after its comma.
    if (pre_cue < 0 && open_tok >= sent.first_token + 4 && Is<",", ":">(f_.Tok(open_tok - 1))) {
      for (uint32_t k = sent.first_token; k + 2 < open_tok && k < sent.first_token + 3; ++k) {
        // ("In the words of Anthony Bourdain, "...": the same.)
        if ((f_.Tok(k) == "According" && f_.Tok(k + 1) == "to") ||
            (f_.Tok(k) == "In" && k + 4 < open_tok && f_.Tok(k + 1) == "the" && f_.Tok(k + 2) == "words" &&
             f_.Tok(k + 3) == "of")) {
          pre_cue = int32_t(k);
          break;
        }
        // ("In Churchill's words, "...", "In his phrase, "..."": the owner's
        // words, the same.)
        if (f_.Tok(k) == "In" && k + 3 < open_tok) {
          uint32_t n = k + 1;
          if (Is<"his", "her">(f_.Tok(n))) {
            ++n;
          } else {
            while (n < k + 5 && n + 1 < open_tok && !Is<"'s", "\xE2\x80\x99s">(f_.Tok(n))) ++n;
            if (!Is<"'s", "\xE2\x80\x99s">(f_.Tok(n)) || f_.PersonMentionEndingAt(n - 1) < 0) continue;
            ++n;
          }
          if (Is<"memorable", "famous", "own">(f_.Tok(n))) ++n;
          if (n + 2 == open_tok && Is<"words", "phrase", "view", "telling", "account">(f_.Tok(n))) {
            pre_cue = int32_t(k);
            break;
          }
        }
      }
      // ("Here is how bad things got in the words of the patient: "...":
      // the phrase closing a sentence that leads into the quote.)
      for (uint32_t k = open_tok - 2; pre_cue < 0 && k > sent.first_token + 1 && k + 12 > open_tok; --k) {
        if (Is<",", ";", ":">(f_.Tok(k)) || f_.InQuote(doc.tokens[k].span.begin)) break;
        if (f_.Tok(k) == "of" && f_.Tok(k - 1) == "words" && k >= sent.first_token + 3 && f_.Tok(k - 2) == "the" &&
            f_.Tok(k - 3) == "in" && k + 1 < open_tok - 1) {
          pre_cue = int32_t(k - 3);
        }
      }
    }
    // ("Klopp had this to say: "..."": the verb of the having is the
    // cue's place, its subject the speaker; the cue runs to "say".)
    int32_t had_to_say = -1;
    if (pre_cue >= 3 && f_.Tok(uint32_t(pre_cue)) == "say" && f_.Tok(uint32_t(pre_cue) - 1) == "to" &&
        Is<"this", "plenty", "little", "much", "something", "nothing", "more", "that">(f_.Tok(uint32_t(pre_cue) - 2)) &&
        Is<"had", "has", "have">(f_.Tok(uint32_t(pre_cue) - 3)) && uint32_t(pre_cue) - 3 > lo_local) {
      had_to_say = pre_cue;
      pre_cue -= 3;
    }
    // ("Said Rep. Ann Voss (D-Wash.), a senior appropriator: "...": the
    // cue opens the label, read below.)
    // ("Warned Dr. Pieter Jansen, an endocrinologist: "..."", "Said Mayor
    // Tom Reed, "...": any verb of saying, before a colon or a comma.)
    const bool said_first = OpensInvertedLabel(f_.Tok(lo_local));
    // ("Bears quarterback Caleb Wilkes on his first NFL win: "It's a
    // relief."": a name opening the paragraph, then what the quote is about,
    // labels it.)
    Speaker topic_sp;
    if (pre_cue < 0 && open_tok >= lo_local + 4 && f_.Tok(open_tok - 1) == ":" && !said_first) {
      for (uint32_t k = lo_local; k + 2 < open_tok && k < lo_local + 6 && !topic_sp.found; ++k) {
        if (!Is<"on", "about">(f_.Tok(k)) || f_.PersonMentionEndingAt(k - 1) < 0) continue;
        bool plain = open_tok - k <= 9;
        for (uint32_t w = k + 1; w + 1 < open_tok && plain; ++w) {
          plain = !f_.IsCue(w) && !f_.IsPronoun(w) && !Is<",", ";", "said", "says">(f_.Tok(w));
        }
        Speaker r = plain ? f_.LeftSubject(k, lo_local) : Speaker();
        if (r.found && r.entity >= 0 && r.first_token > lo_local && !r.description && (!r.role || r.role_is_title) &&
            f_.RolePrefix(lo_local, r.first_token)) {
          f_.JoinRolePrefix(lo_local, &r);
        }
        if (r.found && r.entity >= 0 && r.first_token == lo_local) topic_sp = r;
      }
    }
    // ("Spithill's verdict was blunt: "...", "Kennedy's answer was
    // simple:": the owner of a word for what was said speaks, and the word
    // is the cue.)
    int32_t owned_cue = -1;
    if (pre_cue < 0 && !topic_sp.found && open_tok >= lo_local + 5 && f_.Tok(open_tok - 1) == ":" && !said_first) {
      for (uint32_t k = lo_local + 1; k + 3 < open_tok && k < lo_local + 8; ++k) {
        if (!Is<"'s", "\xE2\x80\x99s">(f_.Tok(k))) continue;
        const uint32_t n = k + 1;
        if (!Is<"verdict", "answer", "reply", "response", "advice", "explanation", "reaction",
                            "assessment", "message", "retort", "diagnosis", "prescription", "instruction",
                            "instructions", "summary", "warning", "view", "take", "conclusion", "argument",
                            "explanation", "defence", "defense", "excuse", "prediction", "promise", "plea",
                            "appeal", "request", "demand", "verdicts", "comment", "comments", "words", "remark",
                            "remarks", "statement", "account", "version", "description", "analysis", "pitch",
                            "rationale", "reasoning", "point", "case", "complaint", "question", "challenge">(f_.Tok(n)) ||
            !Is<"was", "is", "were", "are">(f_.Tok(n + 1)) || open_tok - 1 > n + 4) {
          break;
        }
        bool plain = true;
        for (uint32_t w = n + 2; w + 1 < open_tok && plain; ++w) plain = text::StartsLower(f_.Tok(w)) && !f_.IsCue(w);
        const Speaker r = plain ? f_.LeftSubject(k, lo_local) : Speaker();
        if (r.found && r.first_token == lo_local && r.last_token == k) {
          topic_sp = r;
          owned_cue = int32_t(n);
        }
        break;
      }
    }
    // ("- Jackson Tuwei, Athletics Kenya president: "..."": a reaction
    // list's name, its role set off by a comma, and the colon; the role's
    // people noun is no verb.)
    if (pre_cue < 0 && !topic_sp.found && open_tok >= lo_local + 4 && f_.Tok(open_tok - 1) == ":" && !said_first &&
        text::StartsLower(f_.Tok(open_tok - 2)) &&
        (f_.lex().humans.Contains(f_.Tok(open_tok - 2)) || f_.lex().titles.Contains(f_.Tok(open_tok - 2)))) {
      uint32_t a = lo_local;
      while (a + 1 < open_tok && !IsWordTok(f_.Tok(a))) ++a;
      // (After a title: "Sen. Ann Lee, the committee chair:".)
      int32_t pm = -1;
      for (uint32_t t = a; t < a + 4 && t + 1 < open_tok && pm < 0; ++t) {
        pm = f_.PersonMentionStartingAt(t);
        if (pm < 0 && !text::StartsUpper(f_.Tok(t))) break;
      }
      uint32_t e = pm >= 0 ? f_.TokenAt(doc.mentions[pm].span.end) : a;
      // (Or two or three capitalised words the recogniser did not know:
      // "- Jackson Tuwei, Athletics Kenya president:".)
      if (pm < 0) {
        while (e < open_tok && e < a + 3 && text::StartsUpper(f_.Tok(e)) && IsWordTok(f_.Tok(e)) &&
               f_.MentionStartingAt(e) < 0 && !f_.lex().starters.Contains(f_.Tok(e))) {
          ++e;
        }
        if (e < a + 2) e = 0;
      }
      bool plain = e > a && e + 2 < open_tok && f_.Tok(e) == "," && open_tok - 1 - (e + 1) <= 8;
      for (uint32_t w = e + 1; plain && w + 1 < open_tok; ++w) plain = !f_.IsCue(w) && !f_.IsPronoun(w) && f_.Tok(w) != ",";
      if (plain) {
        Speaker r = f_.RightSubject(a, e);
        if (!r.found && pm < 0) {
          r.found = true;
          r.mention = {doc.tokens[a].span.begin, doc.tokens[e - 1].span.end};
          r.name = std::string(doc.Slice(r.mention));
          r.first_token = a;
          r.last_token = e;
        }
        if (r.found && (r.entity >= 0 || pm < 0)) {
          r.role = std::string(doc.Slice({doc.tokens[e + 1].span.begin, doc.tokens[open_tok - 2].span.end}));
          r.role_is_title = false;
          r.last_token = open_tok - 1;
          topic_sp = r;
        }
      }
    }
    // ("Dr. Raj Mehta had a simple pitch to recruit doctors to rural
    // Montana: "...": a place before the colon, the clause's verb early.)
    if (pre_cue < 0 && !topic_sp.found && open_tok >= lo_local + 2 && f_.Tok(open_tok - 1) == ":" && !said_first &&
        ((text::StartsLower(f_.Tok(open_tok - 2)) && IsWordTok(f_.Tok(open_tok - 2))) ||
         (IsWordTok(f_.Tok(open_tok - 2)) && open_tok >= sent.first_token + 6 &&
          ColonClauseVerb(sent, open_tok - 1) != 0))) {
      // "Limbaugh continued: "..."": whatever verb introduces it with a colon;
      // "She addressed the supporters again: "..."": the clause's verb.
      pre_cue = int32_t(open_tok - 2);
      if (const uint32_t v = ColonClauseVerb(sent, open_tok - 1); v != 0) pre_cue = int32_t(v);
    }
    if (open_tok > lo_local && pre_cue >= int32_t(lo_local)) {
      std::string_view last = f_.Tok(open_tok - 1);
      intro = last == ":" || last == ",";
      // ("Ms Park said it had, "on or about the 14th of March".": a clause
      // of the report's own before the comma, the quote in lower case
      // finishing it.)
      if (last == "," && open_tok > uint32_t(pre_cue) + 3 && open_tok <= uint32_t(pre_cue) + 8 &&
          text::StartsLower(doc.Slice(q.content)) && !Is<"put", "puts">(f_.Tok(uint32_t(pre_cue))) &&
          Is<"it", "he", "she", "they", "we", "that">(f_.Tok(uint32_t(pre_cue) + 1)) &&
          Is<"had", "has", "have", "was", "were", "is", "are", "would", "will",
                                             "could", "it", "he", "she", "they", "we">(f_.Tok(uint32_t(pre_cue) + 2))) {
        intro = false;
      }
      // ("Tanaka said he would probably vote for the party anyway, "out of
      // habit."": a lower-case quote after the comma of a reported clause
      // with its own verb finishes the writer's sentence, a partial quote;
      // the report ends at the comma. Not a split quote's second piece after
      // an inverted speaker and role ("said Edward Leamer, an economist who
      // is ..., "is that ..."") nor one with its own attribution after it.)
      if (intro && last == "," && open_tok > uint32_t(pre_cue) + 4 && text::StartsLower(doc.Slice(q.content)) &&
          f_.IsCue(uint32_t(pre_cue)) && text::StartsLower(f_.Tok(uint32_t(pre_cue)))) {
        bool verb = false, other_quote = false, own_cue = false;
        for (uint32_t m = uint32_t(pre_cue) + 1; m + 1 < open_tok; ++m) {
          if (Is<"who", "which", "whose", ",">(f_.Tok(m))) break;
          verb = verb || Is<"would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
                                        "should", "can", "might", "must", "did", "does", "do">(f_.Tok(m));
        }
        for (uint32_t m = sent.first_token; m + 1 < open_tok && !other_quote; ++m) {
          size_t len;
          other_quote = f_.InQuote(doc.tokens[m].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(m), 0, &len));
        }
        const uint32_t after = f_.TokenAt(q.content.end);
        for (uint32_t m = after; m < sent.end_token && m < after + 8 && !own_cue; ++m) {
          own_cue = !f_.InQuote(doc.tokens[m].span.begin) && f_.IsCue(m) && text::StartsLower(f_.Tok(m));
        }
        if (verb && !other_quote && !own_cue) {
          intro = false;
          tail = true;
        }
      }
      // "Trump declared "I think NATO may be obsolete."": a capitalised
      // sentence right after the cue is whole.
      intro = intro || (pre_cue + 1 == int32_t(open_tok) && text::StartsUpper(doc.Slice(q.content)));
    }
    // "Rep. Jim Jordan, R-Ohio: "Today the House ..."", "McConnell: "...""
    // in a roundup: the name opening the paragraph labels the quote.
    Speaker label_sp;
    bool labelled = false;
    int32_t label_cue = -1;  // "Said Mr Hale: "..."": a cue opening the label
    // ("Jessica Ng, a planner in Los Angeles: "..."": a name opening the
    // paragraph and its role set off by a comma run longer.)
    const uint32_t para_tok = f_.TokenAt(doc.paragraphs[q.paragraph].begin);
    const int32_t opening_name = f_.PersonMentionStartingAt(para_tok);
    const bool named_role = opening_name >= 0 &&
                            f_.Tok(f_.TokenAt(doc.mentions[opening_name].span.end)) == ",";
    // ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "Gallup's
    // analysis ..."": a digest's headline, a dash, then the label.)
    uint32_t dashed_label = 0;
    if (pre_cue < 0 && open_tok >= lo_local + 4 && f_.Tok(open_tok - 1) == ":" && lo_local == sent.first_token) {
      for (uint32_t d = open_tok - 2; d > lo_local && d + 8 >= open_tok; --d) {
        if (IsDashTok(f_.Tok(d))) {
          dashed_label = d + 2 < open_tok ? d + 1 : 0;
          break;
        }
        if ((!text::StartsUpper(f_.Tok(d)) || !IsWordTok(f_.Tok(d))) && f_.Tok(d) != "and") break;
      }
    }
    if (pre_cue < 0 && open_tok > lo_local + 1 &&
        (f_.Tok(open_tok - 1) == ":" || (said_first && f_.Tok(open_tok - 1) == ",")) &&
        (said_first ? lo_local + 20 >= open_tok
                    : dashed_label != 0 || para_tok + (named_role ? 16 : 8) >= open_tok)) {
      // (A sentence opening with "Said" labels its quote anywhere in the
      // paragraph.)
      uint32_t a = said_first ? lo_local : dashed_label != 0 ? dashed_label : f_.TokenAt(doc.paragraphs[q.paragraph].begin);
      while (a + 1 < open_tok && !IsWordTok(f_.Tok(a))) ++a;
      if (a + 2 < open_tok && (OpensInvertedLabel(f_.Tok(a)) || Is<"Recalled", "Explained", "Wrote">(f_.Tok(a)))) {
        label_cue = int32_t(a);
        ++a;
      }
      Speaker r = label_cue >= 0 ? f_.InvertedSubject(a, open_tok - 1) : Speaker();
      if (!r.found || r.entity < 0) r = f_.RightSubject(a, open_tok - 1);
      // ("Said Ramona Price, the victim's aunt: "..."": the name, then its
      // role set off by a comma.)
      if (!r.found && label_cue >= 0) {
        const int32_t pm = f_.PersonMentionStartingAt(a);
        const uint32_t e = pm >= 0 ? f_.TokenAt(doc.mentions[pm].span.end) : 0;
        if (pm >= 0 && e + 2 < open_tok && f_.Tok(e) == ",") {
          Speaker named = f_.RightSubject(a, e);
          if (named.found && named.entity >= 0) {
            named.role = std::string(doc.Slice({doc.tokens[e + 1].span.begin, doc.tokens[open_tok - 2].span.end}));
            named.role_is_title = false;
            named.last_token = open_tok - 1;
            r = named;
          }
        }
      }
      // ("Sen. Marcus Ebbing (R-Kan.): "..."": a reaction's party label
      // between the name and the colon.)
      if (r.found && r.entity >= 0 && !r.description && r.last_token + 4 == open_tok &&
          f_.Tok(r.last_token) == "(" && f_.Tok(r.last_token + 2) == ")" && f_.Tok(r.last_token + 1).size() >= 3 &&
          f_.Tok(r.last_token + 1)[1] == '-') {
        const std::string party(f_.Tok(r.last_token + 1));
        r.role = r.role && r.role_is_title ? *r.role + " (" + party + ")" : "(" + party + ")";
        r.role_is_title = false;
        r.last_token += 3;
      }
      // (After "Said", any speaker: "Said one National League scout:".)
      labelled = r.found && ((!r.description && r.entity >= 0) || label_cue >= 0) &&
                 (r.last_token + 1 >= open_tok || (r.role && f_.Tok(r.last_token) == ",") || label_cue >= 0);
      // (A label of the page's own introduces a quote but names nobody:
      // "Claim: "..."", "Update: "...," the company said".)
      const bool page_label = !r.found && f_.lex().non_labels.Contains(f_.Tok(a));
      intro = intro || page_label;
      // ("UN spokesman Moreau: "..."": an office before an unknown name.)
      uint32_t named_from = a;
      if (!page_label && open_tok >= a + 3 && open_tok - 1 - a <= 5) {
        for (uint32_t k = a + 1; k + 1 < open_tok && k <= a + 3; ++k) {
          if (text::StartsLower(f_.Tok(k)) && f_.lex().humans.Contains(f_.Tok(k)) && f_.RolePrefix(a, k + 1) &&
              k + 2 < open_tok + 1 && text::StartsUpper(f_.Tok(k + 1)) && open_tok - 1 - (k + 1) <= 2) {
            named_from = k + 1;
          }
        }
      }
      if ((!r.found || (named_from > a && r.entity < 0) || (dashed_label != 0 && (r.entity < 0 || !labelled))) &&
          open_tok - 1 - named_from <= (dashed_label != 0 ? 5u : 3u) && !page_label) {
        // An unknown name: one to three capitalised words and the colon.
        // (After a digest's dash, two names: "Frank Newport and Jim Harter:".)
        bool unknown = true;
        for (uint32_t k = named_from; k + 1 < open_tok && unknown; ++k) {
          unknown = (text::StartsUpper(f_.Tok(k)) && IsWordTok(f_.Tok(k))) ||
                    (dashed_label != 0 && f_.Tok(k) == "and" && k > named_from && k + 2 < open_tok);
        }
        if (unknown) {
          labelled = true;
          r = Speaker();
          r.found = true;
          r.mention = {doc.tokens[named_from].span.begin, doc.tokens[open_tok - 2].span.end};
          r.name = std::string(doc.Slice(r.mention));
          if (named_from > a) r.role = std::string(doc.Slice({doc.tokens[a].span.begin, doc.tokens[named_from - 1].span.end}));
        }
      }
      if (labelled) label_sp = r;
    }
    if (!labelled && topic_sp.found) {
      labelled = true;
      label_sp = topic_sp;
      if (owned_cue >= 0) label_cue = owned_cue;
    }
    intro = intro || labelled;
    const bool direct = starts || intro || q.continued;
    if (!direct && pre_cue >= 0) {
      // "Critics dubbed the plan "X", and the "experts" were not asked": a
      // new clause after the cue's own leaves a partial quote out of reach.
      for (uint32_t m = uint32_t(pre_cue) + 1; m + 2 < open_tok; ++m) {
        if (f_.InQuote(doc.tokens[m].span.begin)) continue;
        std::string_view t = f_.Tok(m);
        std::string_view n = f_.Tok(m + 1);
        std::string_view w = f_.Tok(m + 2);
        // "Even as Clinton was criticizing Trump, however, she came under
        // fire ...": a main clause after the cue's subordinate one.
        const bool main_clause = t == "," && Is<"however", "though", "meanwhile">(n) && w == "," &&
                                 Is<"he", "she", "they", "we", "I">(f_.Tok(m + 3));
        if (t == ";" || main_clause ||
            (t == "," && Is<"and", "but", "while", "whereas">(n) &&
             (Is<"the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its">(w) ||
              text::StartsUpper(w)) &&
             !f_.IsCue(m + 3))) {
          pre_cue = -1;
          // "..., but she knows that "LeBron will ..."": the new clause's own
          // verb of belief or finding introduces the quote instead.
          for (uint32_t v = m + 2; v < open_tok; ++v) {
            if (text::StartsLower(f_.Tok(v)) &&
                (f_.lex().beliefs.Contains(f_.Tok(v)) || f_.lex().that_cues.Contains(f_.Tok(v)))) {
              pre_cue = int32_t(v);
            }
          }
          break;
        }
      }
    }

    Speaker sp;
    int32_t cue_b = -1, cue_e = -1;
    auto from_pre = [&]() {
      if (pre_cue < 0) return false;
      // ("In Churchill's words, "..."": the owner before the possessive.)
      if (f_.Tok(uint32_t(pre_cue)) == "In" && f_.Tok(uint32_t(pre_cue) + 1) != "the" &&
          Is<"words", "phrase", "view", "telling", "account">(f_.Tok(open_tok - 2))) {
        const uint32_t a = uint32_t(pre_cue) + 1;
        Speaker r;
        if (Is<"his", "her">(f_.Tok(a))) {
          r = f_.FromPronoun(a);
        } else {
          uint32_t p = a;
          while (p < open_tok && !Is<"'s", "\xE2\x80\x99s">(f_.Tok(p))) ++p;
          const int32_t pm = p < open_tok ? f_.PersonMentionEndingAt(p - 1) : -1;
          if (pm < 0) return false;
          r = f_.InvertedSubject(a, p);
          if (!r.found) return false;
        }
        if (!r.found) return false;
        sp = r;
        cue_b = pre_cue;
        cue_e = int32_t(open_tok) - 2;
        return true;
      }
      const bool words_of = Is<"In", "in">(f_.Tok(uint32_t(pre_cue))) && f_.Tok(uint32_t(pre_cue) + 2) == "words";
      if ((Is<"according", "According">(f_.Tok(uint32_t(pre_cue))) && f_.Tok(uint32_t(pre_cue) + 1) == "to") ||
          words_of) {
        const uint32_t src = uint32_t(pre_cue) + (words_of ? 4 : 2);
        // "according to the "Medicare for all" document": a title inside
        // the source is nobody's words.
        uint32_t stop = src;
        while (stop < open_tok && !Is<",", ":", ";">(f_.Tok(stop))) ++stop;
        // ("In the words of one striking nurse, Grace Okafor, who ...: "...":
        // the name set off after the description, up to the quote.)
        if (words_of && stop < open_tok) {
          if (Speaker named = f_.ApposedName(src, open_tok - 1); named.found) {
            sp = named;
            cue_b = pre_cue;
            cue_e = int32_t(src) - 1;
            return true;
          }
        }
        if (stop >= open_tok) return false;
        // "According to X, "...": X, up to the comma, is the source.
        // ("According to him, "...": the person the pronoun names.)
        Speaker r = stop == src + 1 && Is<"him", "her">(f_.Tok(src)) ? f_.FromPronoun(src)
                                                                       : f_.InvertedSubject(src, stop);
        if (!r.found && stop > src && stop - uint32_t(pre_cue) <= 16) r = f_.Description(src, stop);
        if (!r.found) return false;
        sp = r;
        cue_b = pre_cue;
        cue_e = int32_t(src) - 1;
        return true;
      }
      cue_b = cue_e = pre_cue;
      if (pre_cue_end > pre_cue) cue_e = pre_cue_end;
      // ("The central bank, said Prof. Rudiger Dornbusch, "has boxed itself
      // in."": an inverted attribution set off inside the sentence; its
      // speaker follows the cue.)
      if (const uint32_t c = uint32_t(pre_cue); c > lo_local + 1 && f_.Tok(c - 1) == "," && c + 2 < open_tok &&
                                                 f_.Tok(open_tok - 1) == "," && Is<"said", "says">(f_.Tok(c))) {
        // (Not after a person set off before the cue: "Mary Smith, an
        // analyst, said Ann Roe, "...," would win".)
        const Speaker before = f_.LeftSubject(c, lo_local);
        const bool person_before = before.found && before.entity >= 0 &&
                                   doc.entities[before.entity].type == EntityType::kPerson;
        Speaker r = person_before ? Speaker() : f_.InvertedSubject(c + 1, open_tok - 1);
        // (A named speaker only: "X said the group might run ads, "..."" is
        // a report, its subject before the cue.)
        if (r.found && r.entity >= 0 && doc.entities[r.entity].type == EntityType::kPerson && (r.last_token + 1 >= open_tok - 1 || (r.role && !r.role_is_title))) {
          sp = r;
          return true;
        }
      }
      sp = SubjectOf(uint32_t(pre_cue), sent, &cue_b, &cue_e);
      // ("he accused the debate moderators of asking too many "..."
      // questions": a description that opens with a verb of saying is the
      // predicate before the cue, nobody.)
      if (sp.found && sp.description && sp.entity < 0 && sp.first_token < doc.tokens.size() &&
          text::StartsLower(f_.Tok(sp.first_token)) && f_.IsCue(sp.first_token) &&
          f_.Tok(sp.first_token).ends_with("ed")) {
        sp = Speaker();
      }
      // ("Ministers were last night accused of "sitting on their hands"": a
      // passive's subject is whom the words were about; who said them is
      // unnamed.)
      const bool had_subject = sp.found;
      if ((!sp.found || cue_b == pre_cue) && uint32_t(pre_cue) >= sent.first_token + 2) {
        uint32_t v = uint32_t(pre_cue) - 1;
        while (v > sent.first_token && (f_.Tok(v).ends_with("ly") || Is<"night", "week", "yesterday">(f_.Tok(v)) ||
                                        (f_.Tok(v) == "last" && v + 1 < uint32_t(pre_cue)))) {
          --v;
        }
        if (Is<"was", "were", "is", "are", "been", "being">(f_.Tok(v)) && f_.Tok(uint32_t(pre_cue)).ends_with("ed") &&
            Is<"accused", "criticized", "criticised", "condemned", "attacked", "blamed",
                                           "praised", "branded", "labeled", "labelled", "described", "dubbed",
                                           "called", "urged", "warned", "slammed", "blasted", "dismissed",
                                           "hailed", "derided", "mocked", "rejected", "denounced">(f_.Tok(uint32_t(pre_cue)))) {
          if (had_subject) sp = Speaker();
          // ("was branded "a disgrace" by Kate Forbes", "was dismissed by the
          // ministry as "exaggerated"": the passive's agent said it.)
          uint32_t close = open_tok + 1;
          while (close < sent.end_token && f_.InQuote(doc.tokens[close].span.begin)) ++close;
          size_t len_unused = 0;
          for (uint32_t b = uint32_t(pre_cue) + 1; b + 1 < sent.end_token && b < close + 6; ++b) {
            if (b >= open_tok && b < close) continue;
            if (Is<";", ":", ".">(f_.Tok(b)) || (b > close && f_.IsCue(b))) break;
            if (f_.Tok(b) != "by") continue;
            // ("accused of trying to deceive voters by changing the name":
            // a means, no agent.)
            if (f_.Tok(b + 1).size() > 4 && f_.Tok(b + 1).ends_with("ing") && text::StartsLower(f_.Tok(b + 1))) break;
            uint32_t stop = b + 1;
            while (stop < sent.end_token && stop < b + 10 &&
                   !Is<",", ".", ";", ":", "as", "for", "after", "in", "on", "over", "who", "which", "that",
                                      "to">(f_.Tok(stop)) &&
                   !f_.InQuote(doc.tokens[stop].span.begin) &&
                   // ("accused by Democrats of "hiding ..."": the charge's
                   // "of", not the agent's.)
                   !(f_.Tok(stop) == "of" && stop + 1 < sent.end_token &&
                     (f_.InQuote(doc.tokens[stop + 1].span.begin) || f_.Tok(stop + 1).ends_with("ing") ||
                      text::IsDoubleQuote(text::DecodeAt(f_.Tok(stop + 1), 0, &len_unused))))) {
              ++stop;
            }
            Speaker agent = f_.InvertedSubject(b + 1, stop);
            if (!agent.found && stop > b + 1) agent = f_.Description(b + 1, stop);
            if (agent.found && !f_.IsPronoun(b + 1)) sp = agent;
            break;
          }
        }
      }
      // ("In its World Economic Outlook, the IMF said "...": a name inside
      // the opening phrase is no subject; the clause's own is.)
      if (const uint32_t c0 = f_.ClauseStart(s);
          sp.found && sp.first_token < c0 && c0 > lo_local && c0 + 1 < uint32_t(pre_cue) &&
          Is<"In", "At", "On", "During", "From">(f_.Tok(sent.first_token)) && f_.Tok(c0 - 1) == ",") {
        if (Speaker r = f_.LeftSubject(uint32_t(pre_cue), c0); r.found && r.first_token >= c0) sp = r;
      }
      // ("When my mother mentioned the trip, I laughed and said, "..."": a
      // subordinate clause's subject is not the main clause's; the speaker
      // is read after its comma, or as the subject of the first of two
      // joined verbs.)
      if (const uint32_t c0 = f_.ClauseStart(s);
          sp.found && sp.first_token < c0 && c0 > lo_local && c0 + 1 < uint32_t(pre_cue) &&
          Is<"When", "While", "After", "As", "Although", "Though", "Because", "If", "Before", "Since", "Once",
             "Until">(f_.Tok(sent.first_token)) &&
          f_.Tok(c0 - 1) == ",") {
        Speaker r = f_.LeftSubject(uint32_t(pre_cue), c0);
        if (!(r.found && r.first_token >= c0)) r = CoordinatedSubject(uint32_t(pre_cue), sent);
        if (r.found && r.first_token >= c0) sp = r;
      }
      if (!sp.found) sp = CoordinatedSubject(uint32_t(pre_cue), sent);
      // ""...," said Mark Zandi, chief economist at Moody's, "and ..."": an
      // inverted speaker between a quote and the next one introduces it.
      if (!sp.found && i > 0 && lo_local > sent.first_token && uint32_t(pre_cue) + 1 < open_tok &&
          Is<",", ":">(f_.Tok(open_tok - 1)) && uint32_t(pre_cue) <= lo_local + 1) {
        sp = f_.InvertedSubject(uint32_t(pre_cue) + 1, open_tok - 1);
      }
      // "FBI Director James Comey said, "..."": the words opening the
      // clause before the title are the role with it, as after a quote.
      // ("Outside the courtroom, Assistant District Attorney Karen Liu
      // said": after an opening phrase's comma.)
      uint32_t c = std::max(f_.ClauseStart(s), lo_local);
      if (sp.found && sp.first_token > c && sp.entity >= 0 && !f_.RolePrefix(c, sp.first_token)) {
        uint32_t after_comma = sp.first_token;
        while (after_comma > c && f_.Tok(after_comma - 1) != ",") --after_comma;
        bool capitalised = after_comma > c && after_comma < sp.first_token;
        for (uint32_t m = after_comma; capitalised && m < sp.first_token; ++m) {
          capitalised = text::StartsUpper(f_.Tok(m));
        }
        if (capitalised) c = after_comma;
      }
      if (sp.found && !sp.description && (!sp.role || sp.role_is_title) && sp.first_token > c &&
          sp.first_token < uint32_t(pre_cue) && (f_.RolePrefix(c, sp.first_token) ||
                                                 f_.PossessiveRolePrefix(c, sp.first_token))) {
        // (A title the subject's reading left out of its role runs to the
        // name too: "InfoNation President Dan McDowell".)
        f_.JoinRolePrefix(c, &sp);
      }
      // "condemned what he called a "brazen breach"": the naming inside a
      // noun phrase belongs to the statement of the cue before it.
      bool what_called = false;
      uint32_t what_at = 0;
      for (uint32_t w = uint32_t(pre_cue); w > sent.first_token && pre_cue - int32_t(w) < 6;) {
        --w;
        if (f_.Tok(w) == "what") {
          what_called = Is<"called", "calls", "call", "dubbed", "described", "termed">(f_.Tok(uint32_t(pre_cue)));
          what_at = w;
          break;
        }
        if (!IsWordTok(f_.Tok(w)) || f_.IsCue(w)) break;
      }
      // ("in what one American official described as "the toughest
      // phase"", "what one former commissioner called "...": someone other
      // than the sentence's subject names it.)
      if (what_called && what_at + 2 < uint32_t(pre_cue) && !f_.IsPronoun(what_at + 1)) {
        const Speaker namer = f_.LeftSubject(uint32_t(pre_cue), what_at + 1);
        if (namer.found && namer.first_token == what_at + 1) {
          sp = namer;
          cue_b = cue_e = pre_cue;
          return true;
        }
      }
      if (what_called) {
        for (uint32_t k = uint32_t(pre_cue); k > sent.first_token && pre_cue - int32_t(k) < 40;) {
          --k;
          if (f_.InQuote(doc.tokens[k].span.begin) || !f_.IsCue(k)) continue;
          int32_t b = int32_t(k), e = int32_t(k);
          Speaker outer = SubjectOf(k, sent, &b, &e);
          if (!outer.found) continue;
          sp = outer;
          cue_b = b;
          cue_e = e;
          return true;
        }
      }
      if (sp.found || direct) return true;
      // "had mocked the complaint, saying anybody who complains "is not
      // ...": a cue whose subject cannot be read gives way to an earlier
      // one in the sentence (at most two more).
      int tries = 0;
      for (uint32_t k = uint32_t(pre_cue); k > sent.first_token && tries < 2 && pre_cue - int32_t(k) < 60;) {
        --k;
        if (f_.InQuote(doc.tokens[k].span.begin) || !f_.IsCue(k)) continue;
        ++tries;
        int32_t b = int32_t(k), e = int32_t(k);
        Speaker other = SubjectOf(k, sent, &b, &e);
        if (!other.found) continue;
        sp = other;
        // "suggested ..., called her "third-rate" and ...": a list of the
        // subject's acts keeps the quote's own cue.
        const bool listed = pre_cue > 0 && f_.Tok(uint32_t(pre_cue) - 1) == "," &&
                            f_.Tok(uint32_t(pre_cue)).size() > 4 &&
                            f_.Tok(uint32_t(pre_cue)).substr(f_.Tok(uint32_t(pre_cue)).size() - 2) == "ed";
        if (!listed) {
          cue_b = b;
          cue_e = e;
        }
        break;
      }
      return true;
    };
    auto from_post = [&]() {
      if (post_b >= post_e) return false;
      uint32_t j = post_b;
      while (j < post_e && f_.Tok(j) == ",") ++j;
      // ""...," as one analyst put it.": the aside's subject after "as".
      if (j + 3 < post_e && f_.Tok(j) == "as") {
        for (uint32_t m = j + 2; m + 1 < post_e && m < j + 9; ++m) {
          if (f_.IsPhrasalCue(m) && f_.Tok(m + 1) == "it") {
            ++j;
            break;
          }
        }
      }
      // (""We will not be blackmailed," came the reply from Henry
      // Kissinger.": the answer's noun is the cue, its giver the speaker.)
      if (j + 4 < post_e && f_.Tok(j) == "came" && f_.Tok(j + 1) == "the" &&
          Is<"reply", "response", "answer", "retort", "rejoinder", "verdict", "warning", "call", "cry",
                             "shout", "message", "word">(f_.Tok(j + 2)) &&
          f_.Tok(j + 3) == "from") {
        Speaker r = f_.ApposedName(j + 4, post_e);  // "from his Italy counterpart, Marco Benedetti"
        if (!r.found) r = f_.InvertedSubject(j + 4, post_e);
        // ("came the call from the Firing Room": a place that speaks.)
        if (!r.found && f_.Tok(j + 4) == "the") {
          uint32_t stop = j + 5;
          while (stop < post_e && stop < j + 10 && text::StartsUpper(f_.Tok(stop))) ++stop;
          if (stop > j + 5 && (stop == post_e || !IsWordTok(f_.Tok(stop)))) r = f_.Description(j + 4, stop);
        }
        if (r.found) {
          sp = r;
          cue_b = cue_e = int32_t(j + 2);
          return true;
        }
      }
      // (""No comment," was all Efren Lumabas would say.": the one who
      // would say no more.)
      if (j + 4 < post_e + 1 && f_.Tok(j) == "was" && f_.Tok(j + 1) == "all") {
        for (uint32_t m = j + 3; m + 1 < post_e && m < j + 10; ++m) {
          if (!Is<"would", "could", "will", "can", "had", "has">(f_.Tok(m))) continue;
          if (!Is<"say", "said", "offer", "reveal", "add", "tell">(f_.Tok(m + 1))) break;
          Speaker r = f_.RightSubject(j + 2, m);
          if (!r.found) r = f_.Description(j + 2, m);
          if (!r.found) break;
          sp = r;
          cue_b = int32_t(m);
          cue_e = int32_t(m + 1);
          return true;
        }
      }
      if (j < post_e && IsDashTok(f_.Tok(j))) {
        // "... - Commissioner Jane Doe"
        Speaker r = f_.RightSubject(j + 1, post_e);
        if (r.found && !r.description) {
          sp = r;
          return true;
        }
        // A signature the recogniser did not know: two to four capitalised
        // words and nothing else.
        uint32_t e = j + 1;
        while (e < post_e && text::StartsUpper(f_.Tok(e))) ++e;
        if (e - (j + 1) >= 2 && e - (j + 1) <= 4 && (e == post_e || !IsWordTok(f_.Tok(e)))) {
          sp.found = true;
          sp.mention = {doc.tokens[j + 1].span.begin, doc.tokens[e - 1].span.end};
          sp.name = std::string(doc.Slice(sp.mention));
          return true;
        }
        return false;
      }
      // (""Inexplicable," was how the council's chief executive, Una
      // Devereux, described the decision.": the subject between "how" and
      // its cue.)
      // (""...." That was how Dr. Helen Osei, the lead investigator,
      // described the findings.", "That's how one Liberal MP described it":
      // the same in a sentence of its own.)
      const uint32_t how_at = post_new_sentence && j + 4 < post_e && Is<"That", "This">(f_.Tok(j)) &&
                                      Is<"was", "is", "'s", "\xE2\x80\x99s">(f_.Tok(j + 1)) &&
                                      f_.Tok(j + 2) == "how"
                                  ? j + 1
                                  : j;
      if (how_at + 3 < post_e && Is<"was", "is", "'s", "\xE2\x80\x99s">(f_.Tok(how_at)) &&
          f_.Tok(how_at + 1) == "how" && (how_at == j + 1 || Is<"was", "is">(f_.Tok(j)))) {
        for (uint32_t v = how_at + 3; v < post_e && v < how_at + 24; ++v) {
          // ("That was how X summed up the survey", "... put it": the verbs
          // that judge the words.)
          const bool judging = Is<"summed", "sums", "put", "puts">(f_.Tok(v));
          if ((!f_.IsCue(v) && !judging) || !text::StartsLower(f_.Tok(v))) continue;
          Speaker r = f_.QuotedOne(how_at + 2, v);
          if (!(r.found && (r.last_token == v || r.entity >= 0))) r = f_.Description(how_at + 2, v);
          if (!r.found) return false;
          sp = r;
          cue_b = cue_e = int32_t(v);
          return true;
        }
      }
      for (uint32_t v = j; v < post_e && v < j + 30; ++v) {
        if (!f_.IsCue(v) && !f_.IsPhrasalCue(v)) continue;
        // ""Congress needs to act." A reporter asked whether ...": a new
        // sentence whose cue reports a clause of its own is another
        // statement; the quote before it continues its own speaker.
        // (Only after a full stop: ""...?" Trump said to a crowd" is his.)
        if (post_new_sentence && v > j && doc.Slice(q.content).back() == '.') {
          // (""...," said Kevin Durant. "It never was." His teammate Devin
          // Booker agreed.": a quote that continues the one before it in
          // the paragraph stays its speaker's.)
          if (starts && i > 0 && qs_[i - 1].paragraph == q.paragraph && !qs_[i - 1].close.empty() &&
              doc.Slice({qs_[i - 1].close.end, q.open.begin}).find('\n') == std::string_view::npos) {
            return false;
          }
          bool clause = v + 1 < post_e && Is<"he", "she", "they", "we", "it", "I">(f_.Tok(v + 1));
          for (uint32_t c = v + 1; c < post_e && c < v + 7 && !clause && f_.Tok(c) != ","; ++c) {
            clause = Is<"that", "whether", "if">(f_.Tok(c));
          }
          if (clause) return false;
        }
        // (""... It's very simple." The cabinet members gathered around Mr.
        // Trump laughed.": a gesture in the next sentence is no attribution.)
        if (v > j + 3 &&
            Is<"laughed", "shrugged", "smiled", "grinned", "chuckled", "laughs", "shrugs", "smiles",
                           "grins", "chuckles">(f_.Tok(v))) {
          std::string_view body = doc.Slice(q.content);
          while (!body.empty() && (body.back() == '\'' || body.ends_with("\xE2\x80\x99"))) {
            body.remove_suffix(body.back() == '\'' ? 1 : 3);
          }
          if (!body.empty() && body.back() == '.') return false;
        }
        // "..." one firefighter, who asked not to be identified, said.": a
        // relative clause's verb describes the speaker; the cue comes after.
        if (v > j && Is<"who", "which">(f_.Tok(v - 1))) continue;
        // ("The pilot radioed "Mayday" at 4:21 p.m., according to the FAA.":
        // a quote its own cue introduces is the words of that cue's subject;
        // "according to" names where the account came from.)
        if (f_.Tok(v) == "according" && f_.Tok(v + 1) == "to" && intro && pre_cue >= 0 && !labelled) return false;
        if (f_.Tok(v) == "according" && f_.Tok(v + 1) == "to" && v + 2 < post_e) {
          // ""...," according to a court document filed by X.": the source
          // is what follows "to" (a person, else the words up to the
          // clause's end, unnamed), never the speaker of the quote before.
          Speaker r = f_.InvertedSubject(v + 2, post_e);
          if (!r.found) {
            uint32_t stop = v + 2;
            while (stop < post_e && stop < v + 16 && !Is<",", ".", ";", "(", ")", "!", "?", ":">(f_.Tok(stop)) &&
                   !IsDashTok(f_.Tok(stop))) {
              ++stop;
            }
            if (stop > v + 2 && stop < v + 16) r = f_.Description(v + 2, stop);
          }
          if (!r.found) return false;
          sp = r;
          cue_b = int32_t(v);
          cue_e = int32_t(v + 1);
          return true;
        }
        // "..." Soo Kim of the RAND Corporation told RFA. / "..." he said.
        // ""...," chairman, CEO and president Craig Menear said": offices
        // listed before the name are its role.
        if (const int32_t pm = f_.PersonMentionEndingAt(v - 1); pm >= 0 && v > j + 3) {
          const Mention& men = doc.mentions[pm];
          const uint32_t ps = f_.TokenAt(men.title.empty() ? men.span.begin : men.title.begin);
          if (ps > j + 1 && f_.RoleList(j, ps)) {
            Speaker r = f_.RightSubject(ps, v);
            if (r.found && !r.description) {
              r.role = std::string(doc.Slice({doc.tokens[j].span.begin, men.span.begin}));
              while (!r.role->empty() && r.role->back() == ' ') r.role->pop_back();
              r.role_is_title = true;
              r.first_token = j;
              sp = r;
              cue_b = cue_e = int32_t(v);
              return true;
            }
          }
        }
        int32_t cb = int32_t(v), ce = int32_t(v);
        Speaker l = SubjectOf(v, sent, &cb, &ce, j);
        // ""...," Twitter's Adam Sharp said": an owner with 's before the
        // name (and its role) is part of the subject, not another clause.
        if (l.found && l.first_token > j && !l.description &&
            (f_.RolePrefix(j, l.first_token) || f_.PossessiveRolePrefix(j, l.first_token))) {
          // "White House press secretary Josh Earnest said", "German
          // Chancellor Angela Merkel told": the words before the name are
          // this mention's role (joined to its title).
          if (!l.role || l.role_is_title) {
            // With a title the role runs up to the name, else up to first_token.
            uint32_t role_end = l.role ? l.mention.begin : doc.tokens[l.first_token - 1].span.end;
            while (role_end > doc.tokens[j].span.begin && doc.text[role_end - 1] == ' ') --role_end;
            l.role = std::string(doc.Slice({doc.tokens[j].span.begin, role_end}));
            l.role_is_title = true;
          }
          l.first_token = j;
        }
        // ("The captain responded, "I got it," the transcript shows.": a
        // document after a quote its own cue introduced records it.)
        if (l.found && l.description && l.entity < 0 && intro && pre_cue >= 0 && !labelled && l.last_token > 0 &&
            (f_.lex().evidence.Contains(f_.Tok(l.last_token - 1)) ||
             Is<"transcript", "transcripts", "recording", "recordings", "tape", "tapes",
                                           "audio", "log", "logs", "footage", "video">(f_.Tok(l.last_token - 1)))) {
          return false;
        }
        if (l.found && (l.first_token == j || cb != ce)) {
          sp = l;
          cue_b = cb;
          cue_e = ce;
          return true;
        }
        // "...", will be crucial, said Harry Kazianis, the ...
        std::string_view verb = f_.Tok(v);
        // (A participle never inverts: "to "hold" from "buy," saying the
        // outage could ...": "the outage" is the clause's subject.)
        bool inverts = verb != "told" && verb != "tells" && verb != "tell" &&
                       !(verb.size() > 4 && verb.ends_with("ing"));
        // "..., Blunt, after a long pause, said of Cruz.": a preposition
        // after the cue opens its object, never an inverted subject.
        const bool object_next = Is<"of", "about", "to", "in", "on", "at", "after", "during", "with",
                                                      "through", "for", "from", "by">(f_.Tok(v + 1));
        // (""We shall not yield," said he.": an inverted pronoun alone before
        // the sentence's end or a comma, the style of older copy.)
        if (inverts && (v == j || f_.Tok(v - 1) == ",") && v + 1 < post_e && f_.IsPronoun(v + 1) &&
            Is<"he", "she", "they", "we", "I">(f_.Tok(v + 1)) &&
            (v + 2 >= post_e || Is<",", ".", ";", "!", "?">(f_.Tok(v + 2)))) {
          sp = f_.FromPronoun(v + 1);
          cue_b = cue_e = int32_t(v);
          return true;
        }
        if (inverts && (v == j || f_.Tok(v - 1) == ",") && !(v + 1 < post_e && f_.IsPronoun(v + 1)) &&
            !object_next) {
          Speaker r = f_.InvertedSubject(v + 1, post_e);
          if (r.found) {
            sp = r;
            cue_b = cue_e = int32_t(v);
            return true;
          }
        }
        uint32_t lo = v;
        while (lo > j && f_.Tok(lo - 1) != ",") --lo;
        if (lo > j) {
          cb = ce = int32_t(v);
          l = SubjectOf(v, sent, &cb, &ce, lo);
          // ""Boots on the ground" would be appropriate, Republican
          // candidate Ben Carson said": a role before the name after the
          // comma, as right after the quote.
          if (l.found && l.first_token > lo && !l.description && (!l.role || l.role_is_title) &&
              (f_.RolePrefix(lo, l.first_token) || f_.PossessiveRolePrefix(lo, l.first_token))) {
            uint32_t role_end = l.role ? l.mention.begin : doc.tokens[l.first_token - 1].span.end;
            while (role_end > doc.tokens[lo].span.begin && doc.text[role_end - 1] == ' ') --role_end;
            l.role = std::string(doc.Slice({doc.tokens[lo].span.begin, role_end}));
            l.role_is_title = true;
            l.first_token = lo;
          }
          if (l.found && l.first_token == lo) {
            sp = l;
            cue_b = cb;
            cue_e = ce;
            return true;
          }
        }
        if (direct) return false;
      }
      // ""This is fantastic!" beamed Ann Cole.", ""...," Cole laughed.":
      // right after a whole quote, any verb with a person is its attribution.
      if (starts) {
        if (const uint32_t v = MannerVerbAfter(j, post_e, &sp); v != 0) {
          cue_b = cue_e = int32_t(v);
          return true;
        }
      }
      return false;
    };
    // "When someone in the audience shouted, "Cruz," Beck joked, "Amen!"":
    // a quote introduced by its own cue keeps it when the words after it
    // introduce the next quote.
    // "Okafor replied: "I have no idea." Smith said ...": a quote its own cue
    // introduces keeps it when the words after it are a new sentence.
    // ("Germany was asking for "clarity," Lindner argued": a stance in the
    // progressive before a partial quote closed by a comma is the reported
    // clause's own; the speaker after the comma reports it all.)
    // ("Amazon wants to make "more shows," sources said": any cue of the
    // clause's own yields when a short attribution after the comma closes
    // the sentence; PolNeAR gives the whole clause to the closing speaker.)
    bool progressive_pre = false;
    if (!direct && pre_cue > int32_t(sent.first_token) &&
        (doc.Slice(q.content).ends_with(",") || std::string_view(doc.text).substr(q.content.end, 1) == ",")) {
      const std::string_view v = f_.Tok(uint32_t(pre_cue));
      progressive_pre = v.size() > 4 && v.ends_with("ing") &&
                        Is<"was", "were", "is", "are", "been">(f_.Tok(uint32_t(pre_cue) - 1));
      // (Not a report of speech of the clause's own: "DuVernay said she
      // felt ... "...," she said" is the first report's.)
      if (!progressive_pre && post_e > post_b + 1 && post_e <= post_b + 7 && IsTerminalTok(f_.Tok(post_e - 1)) &&
          !Is<"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "according">(v) &&
          !Is<"and", "but", "or", "which", "who", "that", "while", "as">(f_.Tok(post_b))) {
        for (uint32_t k = post_b; k + 1 < post_e && !progressive_pre; ++k) {
          progressive_pre = Is<"said", "says", "added", "argued", "wrote", "reported", "insisted",
                                           "contended", "noted", "explained", "warned", "claimed">(f_.Tok(k));
        }
      }
    }
    const bool pre_first =
        (!direct && !progressive_pre) || (intro && (post_opens_next || post_new_sentence));
    bool cued = pre_first ? (from_pre() || from_post()) : (from_post() || from_pre());
    if (!cued && labelled) {
      sp = label_sp;
      cue_b = cue_e = label_cue >= 0 ? label_cue : int32_t(open_tok - 1);
      cued = true;
    }
    // ("'A dog's breakfast': Tate savages housing plan": a headline's quote
    // first, then a colon and the person, whose verb follows the name.)
    if (!cued && direct && q.open.begin == doc.paragraphs[q.paragraph].begin && post_b + 3 < post_e &&
        f_.Tok(post_b) == ":") {
      const int32_t pm = f_.PersonMentionStartingAt(post_b + 1);
      uint32_t name_end = pm >= 0 ? f_.TokenAt(doc.mentions[pm].span.end) : post_b + 1;
      if (pm < 0) {
        while (name_end < post_e && name_end < post_b + 4 && text::StartsUpper(f_.Tok(name_end)) &&
               !f_.lex().starters.Contains(f_.Tok(name_end))) {
          ++name_end;
        }
      }
      // ("'We were abandoned': Flood victims slam slow funding": people
      // named by a plural noun, their verb in the plural.)
      bool plural = false;
      if (name_end < post_e && text::StartsLower(f_.Tok(name_end)) && f_.lex().humans.Contains(f_.Tok(name_end)) &&
          f_.Tok(name_end).ends_with("s")) {
        ++name_end;
        plural = true;
      }
      const std::string_view verb = name_end < post_e ? f_.Tok(name_end) : std::string_view();
      if (name_end > post_b + 1 && verb.size() > 3 && text::StartsLower(verb) && (verb.back() == 's' || plural) &&
          !f_.IsPronoun(name_end) && !f_.lex().humans.Contains(verb) &&
          !Is<"from", "with", "over", "into", "after", "about", "under", "this", "that", "these", "those">(verb)) {
        Speaker r = f_.RightSubject(post_b + 1, name_end);
        if (!r.found) r = f_.Description(post_b + 1, name_end);
        if (r.found) {
          sp = r;
          cue_b = cue_e = int32_t(post_b);
          cued = true;
        }
      }
    }
    if (!cued && direct && q.open.begin == doc.paragraphs[q.paragraph].begin && q.paragraph > 0) {
      // "Mr Blair said:" closing the previous paragraph.
      const Span prev = doc.paragraphs[q.paragraph - 1];
      uint32_t last = f_.TokenAt(prev.end);
      if (last > 0 && f_.Tok(last - 1) == ":") {
        for (uint32_t k = last - 1; k > 0 && doc.tokens[k].span.begin >= prev.begin;) {
          --k;
          if (f_.IsCue(k)) {
            const Sentence& ps = doc.sentences[doc.tokens[k].sentence];
            cue_b = cue_e = int32_t(k);
            sp = SubjectOf(k, ps, &cue_b, &cue_e);
            cued = true;
            break;
          }
        }
        // "The family released a statement Sunday evening:", "The governor's
        // full statement:": a document introduces the paragraph; its issuer
        // or owner speaks.
        for (uint32_t d = last - 1; !cued && d > 0 && last - d < 8 && doc.tokens[d].span.begin >= prev.begin;) {
          --d;
          if (!Is<"statement", "letter", "note", "memo", "post", "tweet", "message", "email",
                              "remarks", "address", "speech", "response", "reply">(f_.Tok(d))) {
            continue;
          }
          const Sentence& ps = doc.sentences[doc.tokens[d].sentence];
          uint32_t b = d;
          while (b > ps.first_token && d - b < 4 && text::StartsLower(f_.Tok(b - 1)) &&
                 !Is<"a", "an", "the", "his", "her", "their", "its">(f_.Tok(b - 1))) {
            --b;
          }
          Speaker owner;
          if (b > ps.first_token + 1 && Is<"'s", "\xE2\x80\x99s">(f_.Tok(b - 1))) {
            owner = f_.LeftSubject(b - 1, ps.first_token);
            if (!owner.found) owner = f_.Description(ps.first_token, b - 1);
          } else if (b > ps.first_token + 1 && Is<"a", "an", "the", "his", "her", "their", "its">(f_.Tok(b - 1)) &&
                     Is<"released", "issued", "posted", "sent", "published", "shared", "wrote",
                                        "gave", "delivered", "read">(f_.Tok(b - 2))) {
            owner = f_.LeftSubject(b - 2, ps.first_token);
          }
          // ("Here's the full statement from the Football Association:": the
          // issuer after "from" closing the paragraph.)
          bool from_issuer = false;
          if (!owner.found && d + 2 < last && f_.Tok(d + 1) == "from") {
            owner = f_.RightSubject(d + 2, last - 1);
            from_issuer = owner.found && owner.last_token + 1 >= last - 1;
          }
          if (owner.found && (owner.first_token == ps.first_token || from_issuer)) {
            sp = owner;
            cue_b = cue_e = int32_t(last - 1);
            cued = true;
          }
          break;
        }
      }
    }
    // (""We will win," the zorbler said.": a whole quote closed by its comma,
    // then a determiner, a few lower-case words and a verb of saying: the
    // speaker as written, whatever noun the lexicons lack.)
    // (Only where the quote would be dropped as too short: a longer one
    // keeps the speaker of the quote before it, as "the hawker said" after
    // "said Madam Tan Ah Lian" should.)
    int short_words = 0;
    for (uint32_t k = f_.TokenAt(q.content.begin); k < doc.tokens.size() && doc.tokens[k].span.begin < q.content.end &&
                                                   short_words < 6;
         ++k) {
      short_words += IsWordTok(f_.Tok(k));
    }
    if (!cued && direct && post_b + 2 < post_e && q.close.begin > 0 &&
        doc.text[q.close.begin - 1] == ',' &&
        Is<"the", "a", "an", "one", "another", "two", "three", "several", "some">(f_.Tok(post_b))) {
      for (uint32_t k = post_b + 1; k < post_e && k < post_b + 5; ++k) {
        const std::string_view w = f_.Tok(k);
        if (!text::StartsLower(w) || !IsWordTok(w) || (w.size() > 3 && w.ends_with("ly")) ||
            Is<"once", "later", "then", "also", "again", "still", "now">(w)) {
          break;
        }
        if (!f_.IsCue(k) || k == post_b + 1) continue;
        if (k + 1 < post_e && !Is<".", ",", "in", "on", "at", "to", "during", "after", "before", "of",
                                                   "reporters", "today", "yesterday", "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday", "Sunday">(f_.Tok(k + 1))) {
          break;
        }
        sp = Speaker();
        sp.found = true;
        sp.description = true;
        sp.first_token = post_b;
        sp.last_token = k;
        sp.mention = {doc.tokens[post_b].span.begin, doc.tokens[k - 1].span.end};
        sp.name = std::string(doc.Slice(sp.mention));
        cue_b = cue_e = int32_t(k);
        cued = true;
        out->as_written = short_words >= 6;
        break;
      }
    }
    if (!cued && !direct) return false;  // scare quotes, titles, nicknames
    if (!cued) {
      // An unattributed whole quote: kept only if long enough to be speech;
      // its speaker may be inherited from a neighbouring quote.
      int words = 0;
      for (uint32_t k = f_.TokenAt(q.content.begin); k < doc.tokens.size() &&
                                                     doc.tokens[k].span.begin < q.content.end; ++k) {
        words += IsWordTok(f_.Tok(k));
      }
      // Short ones only as whole sentences ("It's about me.").
      std::string_view body = doc.Slice(q.content);
      bool sentence = !body.empty() && (body.back() == '.' || body.back() == '!' || body.back() == '?');
      // ("..., launch director Mike Leinbach said. "Period."": one word
      // right after its speaker's attributed quote, in the same paragraph.)
      const bool follows = sentence && words == 1 && i > 0 && qs_[i - 1].paragraph == q.paragraph &&
                           !qs_[i - 1].close.empty() && f_.TokenAt(q.open.begin) >= f_.TokenAt(qs_[i - 1].close.end) &&
                           f_.TokenAt(q.open.begin) - f_.TokenAt(qs_[i - 1].close.end) <= 16 &&
                           doc.tokens[f_.TokenAt(q.open.begin)].sentence != doc.tokens[f_.TokenAt(qs_[i - 1].close.end)].sentence;
      if (words < (sentence ? 2 : 6) && !q.continued && !follows) return false;
    }

    if (LooksLikeMarkup(q.content)) return false;
    // ("The so-called "peace dividend" has failed", "a so-called "soft
    // landing"": a name the writer keeps at a distance, no one's words.)
    // (After a cue the quote still marks its clause as a statement:
    // "is already claiming victory in the so-called "governor's bracket."".)
    if (open_tok > 0 && Is<"so-called", "So-called", "so-dubbed">(f_.Tok(open_tok - 1)) && pre_cue < 0) return false;
    // "The Apprentice", "Coal Isn't the Villain.": a title; but ""He's 74,"
    // she said" opens with a pronoun and its attribution follows it, which
    // a title's ("singing "It's Our Time."") does not.
    const uint32_t first_word = f_.TokenAt(q.content.begin);
    const bool pronoun_first = first_word < doc.tokens.size() && f_.IsPronoun(first_word) && cued && cue_b >= 0 &&
                               !q.close.empty() && doc.tokens[cue_b].span.begin >= q.close.end;
    // (""Go Thunder," Tyreek Mason said": a comma closing the words inside
    // the marks, then their attribution, makes them speech too.)
    // (Right after the quote, and not a sign's "read": ""Make Europe Strong
    // Again," read the banner".)
    const bool comma_closed = direct && cued && cue_b >= 0 && !q.close.empty() &&
                              doc.tokens[cue_b].span.begin >= q.close.end && q.content.end <= q.close.begin &&
                              uint32_t(cue_b) <= f_.TokenAt(q.close.end) + 5 &&
                              f_.TokenAt(q.close.end) < doc.tokens.size() &&
                              (text::StartsUpper(f_.Tok(f_.TokenAt(q.close.end))) ||
                               f_.IsCue(f_.TokenAt(q.close.end)) || f_.IsPronoun(f_.TokenAt(q.close.end)) ||
                               Is<"the", "a", "an", "one", "his", "her", "their">(f_.Tok(f_.TokenAt(q.close.end)))) &&
                              !Is<"read", "reads", "reading">(f_.Tok(uint32_t(cue_b))) &&
                              doc.Slice({q.content.end, q.close.begin}).find(',') != std::string_view::npos;
    // ("Sen. Walter Prentice said, "Ask the House."": a quote a verb of
    // saying opens with its comma or colon is speech, in capitals or not.)
    const bool introduced = open_tok >= 2 && Is<",", ":">(f_.Tok(open_tok - 1)) &&
                            Is<"said", "says", "say", "told", "tells", "added", "adds", "replied",
                                                      "replies", "answered", "responded", "declared", "shouted",
                                                      "yelled", "wrote", "writes">(f_.Tok(open_tok - 2));
    if (!pronoun_first && !comma_closed && !introduced && LooksLikeTitle(q.content, direct)) return false;
    // (""Hamlet" will close in June, the theatre said": one capitalised word
    // opening the sentence as the subject of a verb after it is a work's
    // name; the report around it is the statement.)
    // (So too right after a cue and its "that": "said 'Heeramandi' was a
    // story he had carried".)
    // (Only after a verb that takes a clause: "cited "Obama-Clinton"
    // policies" quotes the object's own words.)
    const bool after_cue = pre_cue >= 0 &&
                           Is<"said", "says", "say", "told", "tells", "added", "adds",
                                                          "stated", "insisted", "argued", "claimed", "noted", "wrote",
                                                          "writes", "announced", "confirmed", "revealed">(f_.Tok(uint32_t(pre_cue))) &&
                           (uint32_t(pre_cue) + 1 == open_tok ||
                            (uint32_t(pre_cue) + 2 == open_tok && f_.Tok(open_tok - 1) == "that"));
    if (((direct && open_tok == sent.first_token && !intro) || after_cue) && !q.continued && !q.close.empty() &&
        LooksLikeTitle(q.content, /*direct=*/false)) {
      const uint32_t after = f_.TokenAt(q.close.end);
      const std::string_view body = doc.Slice(q.content);
      const std::string_view closing = doc.Slice({q.content.end, q.close.end});
      if (after + 1 < sent.end_token && !body.empty() && IsWordTok(body) && text::StartsLower(f_.Tok(after)) &&
          closing.find_first_of(",.!?") == std::string_view::npos && IsWordTok(f_.Tok(after)) && !f_.IsCue(after) &&
          !f_.IsPronoun(after) &&
          !Is<"the", "a", "an", "his", "her", "their", "its", "one", "and", "but", "or", "then", "as",
                              "when", "before", "after", "while", "to", "in", "on", "at", "with", "for", "from",
                              "because", "so", "again", "twice", "once", "repeatedly", "loudly", "quietly">(f_.Tok(after))) {
        return false;
      }
    }
    // (""Succession" alum Brendan Caulfield said", "the "Pine Ridge" star":
    // a work's title in capitals naming the person after it, no one's
    // words, one word or several.)
    if (!q.close.empty() && !comma_closed && !introduced) {
      const uint32_t after = f_.TokenAt(q.close.end);
      const std::string_view body = doc.Slice(q.content);
      if (after + 1 < doc.tokens.size() && text::StartsLower(f_.Tok(after)) && f_.lex().humans.Contains(f_.Tok(after)) &&
          !body.empty() && body.back() != ',' && body.back() != '.' && LooksLikeTitle(q.content, /*direct=*/false)) {
        return false;
      }
    }

    if (!f_.TrimDescription(&sp)) sp = Speaker();  // "the White House was refusing to"
    SpeakerFinder::DropAgeRole(&sp);
    Quote& quote = out->quote;
    out->continues = q.continues;
    out->tail = tail;
    quote.content = q.content;
    quote.kind = direct ? QuoteKind::kDirect : QuoteKind::kPartial;
    if (cue_b >= 0) {
      if (had_to_say >= 0 && cue_b + 3 == had_to_say) cue_e = had_to_say;
      quote.cue = Span{doc.tokens[cue_b].span.begin, doc.tokens[cue_e].span.end};
    }
    *has_speaker = sp.found;
    if (sp.found) {
      quote.speaker = sp.name;
      quote.speaker_entity = sp.entity;
      if (!sp.mention.empty()) quote.speaker_mention = sp.mention;
      quote.speaker_role = sp.role;
      out->role_is_title = sp.role_is_title && !sp.title_carries;
    }
    return true;
  }

  // A paragraph introduced by "Limbaugh added:" at the end of paragraph
  // p - 1 and carrying no quotation marks of its own is a block quote: the
  // whole paragraph is the statement.
  bool BlockQuote(uint32_t p, Found* out) const {
    const Document& doc = f_.doc();
    if (p == 0) return false;
    const Span prev = doc.paragraphs[p - 1];
    const Span para = doc.paragraphs[p];
    uint32_t last = f_.TokenAt(prev.end);
    if (last < 2 || f_.Tok(last - 1) != ":") return false;
    for (uint32_t k = f_.TokenAt(para.begin); k < doc.tokens.size() && doc.tokens[k].span.begin < para.end; ++k) {
      size_t len;
      if (text::IsDoubleQuote(text::DecodeAt(f_.Tok(k), 0, &len))) return false;
    }
    // ("Sir Desmond Rook said: / 'We urge you ...'": single marks of
    // British style open it; the quotation found there is the statement.)
    for (const Quotation& q : qs_) {
      if (q.open.begin == para.begin) return false;
    }
    const Sentence& ps = doc.sentences[doc.tokens[last - 1].sentence];
    uint32_t cue = last - 2;
    // A verb the lexicons lack ("Limbaugh continued:", "Fox News reports:")
    // is a past or present tense right after its subject; "the
    // participating artists and artworks:" heads a list, not a statement.
    const std::string_view w = f_.Tok(cue);
    if (!f_.IsCue(cue) && !(text::StartsLower(w) && IsWordTok(w) && w.size() > 3 &&
                            (w.ends_with("ed") || w.ends_with("s")) &&
                            !Is<"and", "or", "the", "a", "an", "of", "with", "for">(f_.Tok(cue - 1)))) {
      return false;
    }
    int32_t cb = int32_t(cue), ce = int32_t(cue);
    Speaker sp = SubjectOf(cue, ps, &cb, &ce);
    if (!sp.found) return false;
    // ("Key developments:" above a list: a verb the lexicons lack needs a
    // subject the article names.)
    if (!f_.IsCue(cue) && sp.entity < 0 && !(sp.name && sp.name->find(' ') != std::string::npos)) return false;
    Quote& q = out->quote;
    q.content = para;
    q.kind = QuoteKind::kDirect;
    q.cue = Span{doc.tokens[cb].span.begin, doc.tokens[ce].span.end};
    q.speaker = sp.name;
    q.speaker_entity = sp.entity;
    if (!sp.mention.empty()) q.speaker_mention = sp.mention;
    q.speaker_role = sp.role;
    out->role_is_title = sp.role_is_title && !sp.title_carries;
    return true;
  }

 private:
  // The speaker of the cue at k; handles "quoted X as saying", "X was quoted
  // as saying" and participles ("..., saying") whose subject opens the
  // sentence. Widens [*cue_b, *cue_e] to the whole cue phrase.
  Speaker SubjectOf(uint32_t k, const Sentence& sent, int32_t* cue_b, int32_t* cue_e,
                    uint32_t lo = UINT32_MAX) const {
    const Document& doc = f_.doc();
    if (lo == UINT32_MAX) lo = sent.first_token;
    std::string_view t = f_.Tok(k);
    // ("an aide quoted him as saying": the person the pronoun names.)
    auto object_pronoun = [&](uint32_t p) {
      Speaker r;
      r.found = true;
      r.first_token = p;
      r.last_token = p + 1;
      r.mention = doc.tokens[p].span;
      r.entity = f_.ResolvePronoun(r.mention.begin, f_.Tok(p) == "him" ? 'm' : 'f');
      if (r.entity >= 0) r.name = doc.entities[r.entity].name;
      return r;
    };
    // ("The Celtics, said one Eastern Conference executive, "are still the
    // team to beat."": an inverted attribution set off by commas before the
    // quote's rest; the one after the cue speaks.)
    // (Not after a person: "Mary Smith, an analyst, said Ann Roe, "the
    // market leader," would win".)
    if (k > lo + 1 && f_.Tok(k - 1) == "," && Is<"said", "says", "added", "adds">(t) && k + 2 < sent.end_token &&
        [&] {
          for (uint32_t p = k > lo + 30 ? k - 30 : lo; p + 1 < k; ++p) {
            if (f_.PersonMentionStartingAt(p) >= 0) return false;
          }
          return true;
        }()) {
      uint32_t c = k + 1;
      while (c < sent.end_token && c < k + 10 && f_.Tok(c) != "," && !f_.InQuote(doc.tokens[c].span.begin)) ++c;
      if (c > k + 1 && c + 1 < sent.end_token && f_.Tok(c) == "," && f_.InQuote(doc.tokens[c + 1].span.end)) {
        Speaker r = f_.RightSubject(k + 1, c);
        if (r.found) {
          *cue_b = *cue_e = int32_t(k);
          return r;
        }
      }
    }
    // "quoted Kim as saying"
    if ((t == "saying" || t == "telling") && k >= 2 && f_.Tok(k - 1) == "as") {
      for (uint32_t q = k - 1; q > lo && k - q < 20;) {
        --q;
        // ("A mailer quotes Reilly as saying": the present too.)
        if (Is<"quoted", "quotes", "quote">(f_.Tok(q))) {
          *cue_b = int32_t(q);
          *cue_e = int32_t(k);
          if (k == q + 3 && Is<"him", "her">(f_.Tok(q + 1))) return object_pronoun(q + 1);
          // ("was quoted Tuesday as saying", "was quoted today as saying":
          // a date is no one.)
          bool day = k == q + 3 || (k == q + 4 && f_.Tok(q + 1) == "on");
          for (uint32_t d = q + 1; d + 1 < k && day; ++d) {
            day = Is<"on", "today", "yesterday", "tonight", "Monday", "Tuesday", "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday">(f_.Tok(d));
          }
          Speaker r = day ? Speaker() : f_.QuotedOne(q + 1, k - 1);
          if (r.found && !(r.entity >= 0 && doc.entities[r.entity].type == EntityType::kDate)) return r;
          if (q > lo && (f_.Tok(q - 1) == "was" || f_.Tok(q - 1) == "were")) return f_.LeftSubject(q - 1, lo);
          break;
        }
      }
    }
    if (Is<"quoted", "quotes">(t) && k + 1 < sent.end_token) {
      for (uint32_t a = k + 1; a < sent.end_token && a < k + 8; ++a) {
        if (f_.Tok(a) == "as" && a + 1 < sent.end_token &&
            (f_.Tok(a + 1) == "saying" || f_.Tok(a + 1) == "telling")) {
          *cue_b = int32_t(k);
          *cue_e = int32_t(a + 1);
          if (a == k + 2 && Is<"him", "her">(f_.Tok(k + 1))) return object_pronoun(k + 1);
          Speaker r = f_.RightSubject(k + 1, a);
          if (r.found) return r;
          if (k > lo && (f_.Tok(k - 1) == "was" || f_.Tok(k - 1) == "were")) return f_.LeftSubject(k - 1, lo);
          break;
        }
      }
    }
    // "held a sign saying "Jews Against Trump"", "a banner reading "..."":
    // the thing written speaks.
    if (Is<"saying", "reading", "stating", "declaring", "proclaiming">(t) && k >= lo + 2 &&
        text::StartsLower(f_.Tok(k - 1)) && !f_.IsPronoun(k - 1)) {
      uint32_t d = k - 1;
      while (d > lo && d + 4 > k && text::StartsLower(f_.Tok(d - 1)) &&
             !Is<"a", "an", "the", "his", "her", "their", "its", "one">(f_.Tok(d - 1))) {
        --d;
      }
      if (d > lo && Is<"a", "an", "the", "his", "her", "their", "its", "one">(f_.Tok(d - 1)) &&
          // (A statement, letter or tweet "saying" is its issuer's: "issued a
          // statement saying".)
          Is<"sign", "signs", "banner", "banners", "poster", "posters", "shirt", "shirts", "t-shirt",
                             "headline", "placard", "placards", "billboard", "sticker", "caption", "slogan">(f_.Tok(k - 1))) {
        return f_.Description(d - 1, k);
      }
    }
    // "..., with forecasters warning that air pollution will reach
    // "severe" levels": the noun after "with" is the participle's subject.
    if (t.size() > 4 && t.substr(t.size() - 3) == "ing" && k >= lo + 2) {
      for (uint32_t w = k - 1; w > lo && k - w < 8; --w) {
        const std::string_view x = f_.Tok(w - 1);
        if (x == "with" && !f_.InQuote(doc.tokens[w - 1].span.begin)) {
          Speaker r = f_.RightSubject(w, k);
          if (r.found && r.last_token == k) return r;
          // ("with Sen. John Barrasso, R-Wyo., calling it": the party label
          // set off after the name.)
          if (r.found && r.entity >= 0 && r.last_token + 3 == k && f_.Tok(r.last_token) == "," &&
              f_.Tok(k - 1) == "," && PartyLabel(f_.Tok(r.last_token + 1))) {
            if (!r.role) r.role = std::string(f_.Tok(r.last_token + 1));
            return r;
          }
          // Whatever the "with" phrase names ("forecasters", "polls").
          // (Not after a comma: "dismissed the appeal with costs, saying"
          // is the court's.)
          if (!r.found && k - w <= 5 && f_.Tok(k - 1) != ",") return f_.Description(w, k);
          break;
        }
        // (Past the commas around a party label: ", R-Wyo.,".)
        if (x == "," && ((w >= 2 && PartyLabel(f_.Tok(w - 2))) || PartyLabel(f_.Tok(w)))) continue;
        if (Is<",", ";", ":">(x) || f_.IsCue(w - 1) || f_.IsPronoun(w - 1)) break;
      }
    }
    // ("The first incident came during a speech, when Sanders protesters
    // interrupted her, shouting "..."": a participle right after a
    // subordinate clause continues that clause's subject's act.)
    if (t.size() > 4 && t.ends_with("ing") && k >= lo + 5 && f_.Tok(k - 1) == ",") {
      for (uint32_t w = k - 2; w > lo + 1 && k - w < 16; --w) {
        const std::string_view x = f_.Tok(w);
        if (Is<",", ";", ":">(x) || f_.InQuote(doc.tokens[w].span.begin) || f_.IsCue(w)) break;
        if (!Is<"when", "as", "while", "after">(x) || f_.Tok(w - 1) != ",") continue;
        for (uint32_t v = w + 2; v + 1 < k && v < w + 8; ++v) {
          const std::string_view y = f_.Tok(v);
          if (!text::StartsLower(y)) continue;
          if (!(y.size() > 3 && y.ends_with("ed")) &&
              !Is<"began", "broke", "came", "took", "made", "gave", "stood", "rose", "ran", "went", "held">(y)) {
            continue;  // ("when Sanders protesters interrupted": the subject's noun)
          }
          const Speaker r = f_.LeftSubject(v, w + 1);
          if (r.found && r.first_token == w + 1) return r;
          break;
        }
        break;
      }
    }
    // ("PARIS, Jan 21 (AFP) - French farmers blocked ..., vowing": not
    // into the dateline.)
    uint32_t subject_lo = lo;
    if (lo == sent.first_token) {
      const uint32_t c0 = f_.ClauseStart(doc.tokens[k].sentence);
      if (c0 > lo + 2 && c0 + 1 < k && (f_.Tok(c0 - 1) == "-" || IsDashTok(f_.Tok(c0 - 1)) || f_.Tok(c0 - 1) == ":")) {
        subject_lo = c0;
      }
    }
    Speaker sp = f_.LeftSubject(k, subject_lo);
    // ("FRANKFURT (Reuters) - ..., Bundesbank President X said, adding":
    // a subject read back past the sentence's own cue is not the
    // participle's; the cue's speaker is, below.)
    if (sp.found && k >= lo + 2 && f_.Tok(k - 1) == "," && t.size() > 4 && t.ends_with("ing")) {
      for (uint32_t m = sp.last_token; m + 1 < k; ++m) {
        if (f_.IsCue(m) && !f_.InQuote(doc.tokens[m].span.begin) && !f_.Tok(m).ends_with("ing")) {
          sp = Speaker();
          break;
        }
      }
      // ("The Kremlin said there were no plans for Putin to meet President
      // Volodymyr Zelenskiy, adding that ...": a name inside what the cue
      // before it reports is not the participle's subject; the cue's is.)
      // (Found nothing: "The Israeli military said on Sunday it had
      // dismissed two officers, saying": past the report's own comma too.)
    }
    if (k >= lo + 2 && f_.Tok(k - 1) == "," && t.size() > 4 && t.ends_with("ing")) {
      const bool none = !sp.found;
      for (uint32_t m = sp.found ? sp.first_token : k - 1; m > subject_lo + 1 && (sp.found || none);) {
        --m;
        if (Is<";", ":">(f_.Tok(m)) || (f_.Tok(m) == "," && !none)) break;
        if (!f_.IsCue(m) || f_.InQuote(doc.tokens[m].span.begin) || !text::StartsLower(f_.Tok(m)) ||
            f_.Tok(m).ends_with("ing") || !Is<"said", "says", "told", "tells", "announced", "stated">(f_.Tok(m))) {
          continue;
        }
        const Speaker outer = f_.LeftSubject(m, subject_lo);
        if (outer.found && outer.last_token <= m) sp = outer;
        break;
      }
    }
    // ("X said on Tuesday that 45 officers had been injured and praised
    // their "exceptional courage."": a verb joined to the cue's own is the
    // speaker's, not the reported clause's subject's.)
    if (sp.found && k >= lo + 2 && f_.Tok(k - 1) == "and" && text::StartsLower(t) && t.ends_with("ed")) {
      for (uint32_t m = sp.first_token; m > subject_lo + 1;) {
        --m;
        if (Is<",", ";", ":">(f_.Tok(m))) break;
        if (f_.Tok(m) != "that") continue;
        uint32_t c = m;
        while (c > subject_lo + 1 && m - c < 4 && !f_.IsCue(c - 1)) --c;
        if (c > subject_lo && f_.IsCue(c - 1) && Is<"said", "says", "told", "announced", "stated">(f_.Tok(c - 1))) {
          const Speaker outer = f_.LeftSubject(c - 1, subject_lo);
          if (outer.found && outer.last_token <= c - 1) sp = outer;
        }
        break;
      }
    }
    if (k >= lo + 2 && f_.Tok(k - 1) == "," && lo == sent.first_token && t.size() > 4 &&
        t.substr(t.size() - 3) == "ing") {
      // "Beck criticized voters for not supporting Cruz, declaring ...",
      // "She went on to attack Trump, saying ...": a participle after a
      // comma reports for the person or pronoun opening the clause, not
      // for the object just before the comma.
      uint32_t c = f_.ClauseStart(doc.tokens[k].sentence);
      if (c == sent.first_token && f_.PersonMentionStartingAt(c) < 0 && !f_.IsPronoun(c)) {
        // An opening phrase ClauseStart does not list ("Here in Columbia,",
        // "Hours later,"): a person or pronoun right after its comma.
        for (uint32_t w = c + 1; w < k && w < c + 7; ++w) {
          if (f_.Tok(w) != ",") continue;
          if (f_.PersonMentionStartingAt(w + 1) >= 0 || f_.IsPronoun(w + 1)) c = w + 1;
          break;
        }
      }
      // ("Germany's Economy Minister Felix Brandhorst unveiled ...,
      // describing": an office before the name opens the clause.)
      const uint32_t clause = c;
      if (f_.PersonMentionStartingAt(c) < 0 && !f_.IsPronoun(c)) {
        for (uint32_t n = c + 1; n + 1 < k && n < c + 8; ++n) {
          const int32_t pm = f_.PersonMentionStartingAt(n);
          if (pm < 0) continue;
          const Mention& men = doc.mentions[pm];
          const uint32_t opens = men.title.empty() ? n : f_.TokenAt(men.title.begin);
          // (A title opening the clause is the mention's own: "Mrs. X"; a
          // group of the person's is no office: "The campaign of Gov. X".)
          bool group_of = false;
          for (uint32_t w = c + 1; w < opens && !group_of; ++w) {
            group_of = f_.Tok(w) == "of" && text::StartsLower(f_.Tok(w - 1));
          }
          if (opens > c && !group_of && (f_.RolePrefix(c, n) || f_.PossessiveRolePrefix(c, n))) c = opens;
          break;
        }
      }
      if (c + 1 < k && !f_.InQuote(doc.tokens[c].span.begin) &&
          (c > clause || f_.PersonMentionStartingAt(c) >= 0 ||
           (f_.IsPronoun(c) && !Is<"it", "It", "they", "They">(f_.Tok(c))))) {
        Speaker main = f_.IsPronoun(c) ? f_.RightSubject(c, c + 1) : f_.RightSubject(c, k);
        if (c > clause && main.found && !main.description && (!main.role || main.role_is_title)) {
          f_.JoinRolePrefix(clause, &main);
        }
        if (main.found && main.last_token < k && Is<"'s", "\xE2\x80\x99s">(f_.Tok(main.last_token))) {
          // "Hillary Clinton's right-hand woman rallied supporters, saying":
          // the owner's person is the speaker, unnamed.
          uint32_t e = main.last_token + 1;
          while (e < k && !(text::StartsLower(f_.Tok(e)) && f_.Tok(e).size() > 3 &&
                            f_.Tok(e).substr(f_.Tok(e).size() - 2) == "ed") &&
                 !Is<",", "has", "had", "is", "was", "went", "took", "made", "gave">(f_.Tok(e))) {
            ++e;
          }
          if (e < k && e > main.last_token + 1) main = f_.Description(c, e);
        }
        if (main.found && main.last_token < k && (!sp.found || sp.first_token > main.last_token)) {
          if (!main.role_is_title) main.role.reset();  // "Sen. Amy Klobuchar praised the bill, saying"
          sp = main;
        }
      }
    }
    // ("Fitch Ratings downgraded Iceland, saying the outlook had
    // "deteriorated"": an organisation opening the clause, the subject of
    // its first past tense, not the object before the comma.)
    if (k >= lo + 2 && f_.Tok(k - 1) == "," && lo == sent.first_token && t.size() > 4 && t.ends_with("ing")) {
      const uint32_t c = f_.ClauseStart(doc.tokens[k].sentence);
      int32_t om = f_.MentionStartingAt(c);
      // ("The Court of Arbitration for Sport upheld a ban for X, ruling":
      // after its article too.)
      if (om < 0 && Is<"The", "the">(f_.Tok(c)) && c + 1 < k) {
        const int32_t after_article = f_.MentionStartingAt(c + 1);
        if (after_article >= 0 && doc.entities[doc.mentions[after_article].entity].type == EntityType::kOrg) {
          om = after_article;
        }
      }
      const bool org = om >= 0 && doc.entities[doc.mentions[om].entity].type == EntityType::kOrg;
      // ("The court upheld a ban for skater X, ruling": a body's common noun
      // opening the clause before its past verb.)
      if (om < 0 && Is<"The">(f_.Tok(c)) && c + 2 < k && (!sp.found || sp.first_token > c)) {
        uint32_t h = c + 1;
        while (h < k && h < c + 4 && text::StartsLower(f_.Tok(h)) && !f_.IsCue(h) &&
               !Is<"on", "in", "at", "this", "last", "today", "yesterday", "also">(f_.Tok(h)) &&
               !(f_.Tok(h).size() > 3 && f_.Tok(h).ends_with("ed")) && !FiniteVerbWord(f_.Tok(h))) {
          ++h;
        }
        uint32_t v = h;
        while (v < k && v < h + 3 && Is<"on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                     "Saturday", "Sunday", "today", "yesterday", "also">(f_.Tok(v))) {
          ++v;
        }
        const std::string_view verb = f_.Tok(v);
        if (h > c + 1 && h < k && f_.lex().humans.Contains(f_.Tok(h - 1)) && v + 1 < k && text::StartsLower(verb) &&
            verb.size() > 2 &&
            (verb.ends_with("ed") || FiniteVerbWord(verb) ||
             Is<"upheld", "held", "struck", "threw", "found", "gave", "made", "took", "sent", "won", "lost",
                       "beat", "hit", "cut", "set", "put", "kept", "left", "brought", "fought", "sought", "bought",
                       "told", "wrote", "spoke", "began", "fell", "rose", "ran", "met", "withdrew", "overrode">(verb))) {
          Speaker d = f_.Description(c, h);
          if (d.found) sp = d;
        }
      }
      // (Or a name the recogniser did not read, in capitals up to the verb:
      // "Vaultline froze withdrawals, citing ...".)
      // (A person named there is the participle block's above: "President
      // Bush signed ..., calling".)
      bool person = false;
      for (uint32_t w = c; w < k && w < c + 6 && !person; ++w) person = f_.PersonMentionStartingAt(w) >= 0;
      if (!person &&
          (org || (om < 0 && text::StartsUpper(f_.Tok(c)) && !f_.IsPronoun(c) &&
                   !f_.lex().starters.Contains(f_.Tok(c)))) &&
          (!sp.found || sp.first_token > c)) {
        for (uint32_t v = c + 1; v + 1 < k && v < c + (org ? 12 : 6); ++v) {
          const std::string_view w = f_.Tok(v);
          if (Is<",", ";", ":">(w) || f_.InQuote(doc.tokens[v].span.begin)) break;
          if (!(text::StartsLower(w) && w.size() > 2 &&
                (w.ends_with("ed") || FiniteVerbWord(w) ||
                 Is<"upheld", "held", "struck", "threw", "found", "gave", "made", "took", "sent", "won", "lost",
                        "beat", "hit", "cut", "set", "put", "kept", "left", "brought", "fought", "sought", "bought",
                        "told", "wrote", "spoke", "began", "fell", "rose", "ran", "met", "withdrew", "overrode">(w)))) {
            if (!org && !text::StartsUpper(w) && !Is<"'s", "\xE2\x80\x99s">(w)) break;
            continue;
          }
          if (org) {
            Speaker l = f_.LeftSubject(v, c);
            if (l.found && l.first_token == c && l.entity == doc.mentions[om].entity) sp = l;
          } else {
            sp = f_.Description(c, v);
          }
          break;
        }
      }
    }
    if (!sp.found && k >= lo + 2 && f_.Tok(k - 1) == "to") {
      // "Pence went on to say", "She then proceeded to call": the subject
      // of the verb that governs the infinitive.
      uint32_t v = k - 2;
      if (f_.Tok(v) == "on" && v > lo) --v;
      if (Is<"went", "goes", "go", "continued", "continues", "proceeded", "proceeds", "began", "begins",
                         "started", "starts", "moved", "decided", "chose", "took", "takes", "rushed", "hastened",
                         "paused", "liked", "likes", "loved", "loves", "used", "tends", "tended">(f_.Tok(v))) {
        sp = f_.LeftSubject(v, lo);
      }
    }
    const bool participle = t.size() > 4 && t.substr(t.size() - 3) == "ing";
    if (!sp.found && !participle) sp = SubjectBeforeAside(k, lo, sent);
    // "... and repeatedly says": an adverb may stand between.
    uint32_t before = k;
    while (before > lo + 1 && f_.Tok(before - 1).size() > 3 && f_.Tok(before - 1).substr(f_.Tok(before - 1).size() - 2) == "ly" &&
           text::StartsLower(f_.Tok(before - 1))) {
      --before;
    }
    const bool coordinated = before > lo && (f_.Tok(before - 1) == "and" || f_.Tok(before - 1) == "but");
    if (!sp.found && (participle || coordinated)) {
      // "..., he said, adding that ...", "X said ... but said ...": the
      // speaker of the sentence's first cue (the outermost: in "X said that
      // she thinks ... but said" it is X, not "she").
      const uint32_t first = doc.sentences[doc.tokens[k].sentence].first_token;
      const uint32_t from = k > first + 30 ? k - 30 : first;
      for (uint32_t m = from; m < k; ++m) {
        if (f_.InQuote(doc.tokens[m].span.begin)) continue;
        if (!f_.IsCue(m) || (f_.Tok(m).size() > 4 && f_.Tok(m).substr(f_.Tok(m).size() - 3) == "ing")) continue;
        sp = f_.LeftSubject(m, first);
        // "..., said X, ROLE, adding": an inverted subject, after a comma or
        // after the closing mark of the quote it attributes.
        size_t len = 0;
        const bool after_quote = m > first && !f_.Tok(m - 1).empty() &&
                                 (text::IsDoubleQuote(text::DecodeAt(f_.Tok(m - 1), 0, &len)) ||
                                  f_.Tok(m - 1) == "\xE2\x80\x99" || f_.Tok(m - 1) == "'");
        if (!sp.found && m > first && (f_.Tok(m - 1) == "," || after_quote)) sp = f_.RightSubject(m + 1, k);
        if (sp.found) {
          sp.role.reset();
          return sp;
        }
      }
    }
    if (!sp.found && (participle || coordinated) && lo == sent.first_token) {
      // "He opened the congress ..., saying": the sentence's subject.
      uint32_t c = f_.ClauseStart(doc.tokens[k].sentence);
      int32_t m = f_.PersonMentionStartingAt(c);
      if (f_.IsPronoun(c)) {
        sp = f_.RightSubject(c, c + 1);
      } else if (Is<"I", "We">(f_.Tok(c))) {
        sp = f_.LeftSubject(c + 1, c);  // the first person's mention, unnamed
      } else if (m >= 0) {
        sp = f_.RightSubject(c, k);
        sp.role.reset();
      } else {
        sp = NounPhraseBefore(c, k);
      }
    }
    return sp;
  }

  // The verb of a clause ending in the colon at `colon` when its subject
  // (a person, a pronoun or a short noun phrase) opens the clause: "Then
  // Ann Cole addressed the supporters again:". 0 when none reads so.
  uint32_t ColonClauseVerb(const Sentence& sent, uint32_t colon) const {
    uint32_t c0 = f_.ClauseStart(doc_index(sent));
    if (Is<"Then", "Later", "Finally", "Now", "Again", "Also", "Afterwards">(f_.Tok(c0))) ++c0;
    // ("One respondent in the construction industry was blunter:": a
    // described speaker, its phrase and all, and a judgement of the manner
    // after the copula.)
    for (uint32_t v = colon >= 4 ? colon - 3 : 0; v + 1 < colon && v > c0 + 1; ++v) {
      if (!Is<"was", "is", "were", "are">(f_.Tok(v))) continue;
      bool manner = true;
      for (uint32_t m = v + 1; m < colon && manner; ++m) manner = text::StartsLower(f_.Tok(m)) && IsWordTok(f_.Tok(m));
      if (!manner) break;
      Speaker sp = f_.LeftSubject(v, c0);
      // (Not a thing of a person's: "Her advice to young cooks is simple:",
      // "His message to voters was clear:", the people after a
      // preposition.)
      bool thing = false;
      for (uint32_t m = c0 + 1; sp.found && sp.description && m < v && !thing; ++m) {
        thing = Is<"to", "for", "about", "on">(f_.Tok(m)) && !f_.lex().humans.Contains(f_.Tok(m - 1));
      }
      if (sp.found && sp.first_token == c0 && (sp.entity >= 0 || sp.description) && !thing) return v;
      break;
    }
    for (uint32_t v = c0 + 1; v < colon && v < c0 + 8; ++v) {
      std::string_view w = f_.Tok(v);
      if (!text::StartsLower(w) || !IsWordTok(w)) continue;
      if (!(w.size() > 3 && w.substr(w.size() - 2) == "ed") &&
          !Is<"went", "spoke", "wrote", "gave", "made", "took", "began", "read", "put", "had", "has", "was",
                  "is", "got", "sent", "laid", "set", "told", "summed", "spelled", "spelt", "made", "drew", "struck",
                  "held", "left", "kept", "broke", "saw", "sees", "puts", "takes", "gives">(w)) {
        // "The crowd turned": words of the subject before its verb.
        if (f_.IsPronoun(v) || Is<"in", "on", "at", "to", "for", "with", "by", "that", "which", "who",
                                      "and", "or", "but", "from">(w)) {
          return 0;
        }
        continue;
      }
      int32_t b = int32_t(v), e = int32_t(v);
      Speaker sp = SubjectOf(v, sent, &b, &e);
      // ("Klopp had this to say:", "Arteta saw it differently:": a person
      // named alone right before the verb.)
      if (const int32_t pm = f_.PersonMentionStartingAt(c0);
          !sp.found && pm >= 0 && f_.TokenAt(f_.doc().mentions[pm].span.end) == v) {
        return v;
      }
      // ("Manager Ken Doyle was furious:": a title before the name.)
      return sp.found && (sp.first_token == c0 || f_.RolePrefix(c0, sp.first_token)) ? v : 0;
    }
    return 0;
  }

  uint32_t doc_index(const Sentence& sent) const {
    return uint32_t(&sent - f_.doc().sentences.data());
  }

  // After a quote's closing mark, from token j to the attribution's end e:
  // "[,] NAME VERB [a few words]" or "VERB NAME [, ROLE]" with a verb no
  // lexicon lists ("beamed", "laughed", "shrugged"). Sets *sp and returns
  // the verb's token, else 0. The quote's position is what makes the verb
  // an attribution, so nothing else may follow.
  uint32_t MannerVerbAfter(uint32_t j, uint32_t e, Speaker* sp) const {
    while (e > j && (IsTerminalTok(f_.Tok(e - 1)) || f_.InQuote(f_.doc().tokens[e - 1].span.begin))) --e;
    // (""Eat your vegetables," laughed Evelyn Hardesty, who was born in
    // 1916 on a cotton farm": the aside after the name ends the attribution.)
    for (uint32_t c = j + 2; e - j > 14 && c < e && c < j + 8; ++c) {
      if (f_.Tok(c) == "," && Is<"who", "whose">(f_.Tok(c + 1))) {
        e = c;
        break;
      }
    }
    if (e <= j + 1 || e - j > 14) return 0;
    auto verb_like = [&](uint32_t v) {
      std::string_view w = f_.Tok(v);
      return text::StartsLower(w) && w.size() > 3 && IsWordTok(w) && !f_.IsPronoun(v) &&
             (w.substr(w.size() - 2) == "ed" ||
              Is<"beams", "laughs", "smiles", "sighs", "shrugs", "jokes", "grins", "chuckles", "shouts", "yells",
                     "cries", "wrote", "spoke", "sang", "went", "shot", "wept", "mused", "muses", "whispers",
                     "murmurs", "mutters", "snaps", "deadpans", "offers", "repeats", "counters", "marvels",
                     "grumbles", "remembers", "allows", "confides", "protests", "reflects", "sniffs", "hisses",
                     "groans", "teases", "scoffs", "snorts", "gushes", "jokes", "quips", "shouts", "mumbles",
                     "sobs", "pleads", "beams", "winks", "nods", "laughed", "growls", "exclaims", "boasts",
                     "chimes", "interjects", "ventures", "wonders", "breathes", "stammers", "replies", "responds",
                     "began", "begins">(w));
    };
    // "VERB NAME": the subject ends the attribution.
    if (verb_like(j)) {
      Speaker r = f_.InvertedSubject(j + 1, e);
      if (r.found && !r.description && r.entity >= 0) {
        *sp = r;
        return j;
      }
      return 0;
    }
    // "NAME VERB [adverb or date]".
    const bool person = f_.PersonMentionStartingAt(j) >= 0 ||
                        (f_.IsPronoun(j) && Is<"he", "she", "He", "She", "they", "They">(f_.Tok(j)));
    if (!person) return 0;
    for (uint32_t v = j + 1; v < e && v < j + 5; ++v) {
      if (!text::StartsLower(f_.Tok(v))) continue;
      if (!verb_like(v) || e - v > 4) return 0;
      int32_t b = int32_t(v), c = int32_t(v);
      Speaker l = SubjectOf(v, f_.doc().sentences[f_.doc().tokens[v].sentence], &b, &c, j);
      if (!l.found || l.first_token != j) return 0;
      *sp = l;
      return v;
    }
    return 0;
  }

  // "Trump joked that ..., but went on to say, "..."": a cue after "and" /
  // "but" (and "went on to", "then", "also") shares the subject opening the
  // sentence's clause, a person or a pronoun.
  Speaker CoordinatedSubject(uint32_t k, const Sentence& sent) const {
    uint32_t p = k;
    while (p > sent.first_token + 1 && k - p < 6 &&
           Is<"to", "on", "went", "go", "goes", "also", "then", "later", "would", "will", "has",
                              "had", "quickly", "again">(f_.Tok(p - 1))) {
      --p;
    }
    // ("X asked for a show of hands, then said,": "then" after a comma.)
    const bool then = p < k && f_.Tok(p) == "then" && f_.Tok(p - 1) == ",";
    if (p <= sent.first_token + 2 || (!Is<"and", "but">(f_.Tok(p - 1)) && !then)) return Speaker();
    const uint32_t c0 = f_.ClauseStart(doc_index(sent));
    if (c0 + 2 >= p) return Speaker();
    int32_t m = f_.PersonMentionStartingAt(c0);
    // ("Mr. Barksdale asked ...": a courtesy title before the name.)
    if (m < 0 && c0 + 1 < p && f_.lex().honorifics.Contains(f_.Tok(c0).back() == '.' ? f_.Tok(c0).substr(0, f_.Tok(c0).size() - 1) : f_.Tok(c0))) {
      m = f_.PersonMentionStartingAt(c0 + 1);
    }
    // ("I laughed and said": the first person too, its name unknown.)
    if (m < 0 && Is<"I", "We">(f_.Tok(c0)) && !f_.InQuote(f_.doc().tokens[c0].span.begin)) {
      Speaker sp;
      sp.found = true;
      sp.mention = f_.doc().tokens[c0].span;
      sp.first_token = c0;
      sp.last_token = c0 + 1;
      return sp;
    }
    if (m < 0 && !(f_.IsPronoun(c0) && Is<"He", "She", "They", "he", "she", "they">(f_.Tok(c0)))) return Speaker();
    Speaker sp = f_.RightSubject(c0, c0 + 1 + (m >= 0 ? 4 : 0));
    sp.role.reset();
    return sp;
  }

  // The subject opening the clause when a long aside stands between it and
  // the cue: "An Israeli official, speaking on the condition of anonymity
  // to discuss ..., said", "Sen. X (D-Ill.), noting the size of ..., said",
  // "A White House official who spoke anonymously ... said", "Another
  // source speaking to Fox News said". The aside opens with a comma, a
  // dash, "who" or a participle right after a subject that starts the
  // clause; only tried when the cue's own subject search found nothing.
  Speaker SubjectBeforeAside(uint32_t k, uint32_t lo, const Sentence& sent) const {
    const Document& doc = f_.doc();
    const uint32_t c0 = lo == sent.first_token ? f_.ClauseStart(doc.tokens[k].sentence) : lo;
    for (uint32_t w = c0 + 1; w < k && w < c0 + 14; ++w) {
      std::string_view a = f_.Tok(w);
      const bool opener = a == "," || IsDashTok(a) || a == "who" ||
                          (a.size() > 4 && text::StartsLower(a) && a.substr(a.size() - 3) == "ing");
      if (!opener || f_.InQuote(doc.tokens[w].span.begin)) continue;
      Speaker s = f_.LeftSubject(w, c0);
      if (s.found && s.first_token == c0) return s;
      // "German Chancellor Olaf Schonfeld, asked whether ..., said:": a
      // role before the titled name opens the subject.
      if (s.found && s.entity >= 0 && !s.description && s.first_token > c0 &&
          (f_.RolePrefix(c0, s.first_token) || f_.PossessiveRolePrefix(c0, s.first_token))) {
        if (!s.role || s.role_is_title) f_.JoinRolePrefix(c0, &s);
        s.first_token = c0;
        return s;
      }
    }
    return Speaker();
  }

  // The noun phrase opening a clause at c, ending before its verb (a
  // lower-case auxiliary, adverb or "-ed" word) and before `limit`: "A
  // Clinton campaign official later walked back ..., saying", "The
  // conservative publication has been ..., arguing". A description with a
  // people noun, or any short phrase led by a determiner.
  Speaker NounPhraseBefore(uint32_t c, uint32_t limit) const {
    Speaker sp;
    uint32_t e = c;
    auto verbish = [&](std::string_view t) {
      if (!text::StartsLower(t)) return false;
      if (Is<"has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "later", "also", "then",
                 "quickly", "again", "took", "went", "made", "gave", "doubled", "who", "which", "that", "on", "in",
                 "at", "to", "began", "came", "spoke", "held", "kept", "left", "ran", "won", "lost", "stood", "led",
                 "met", "saw", "brought", "sat", "got", "fought", "hit", "set", "put">(t)) {
        return true;
      }
      return t.size() > 4 && t.substr(t.size() - 2) == "ed";
    };
    while (e < limit && e < c + 8 && !verbish(f_.Tok(e)) && f_.Tok(e) != ",") ++e;
    if (e == c || e >= limit || e - c > 7) return sp;
    sp = f_.RightSubject(c, e);
    if (sp.found && sp.last_token <= e) return sp;
    sp = Speaker();
    // ("In three interviews, the justice sounded off ...": lower case after
    // an opening phrase.)
    if (!Is<"The", "A", "An", "His", "Her", "Their", "Its", "One", "Another", "the", "a", "an", "his",
                        "her", "their", "its">(f_.Tok(c))) {
      return sp;
    }
    for (uint32_t m = c + 1; m < e; ++m) {
      size_t len;
      if (!text::IsWordChar(text::DecodeAt(f_.Tok(m), 0, &len)) || f_.IsCue(m)) return sp;
    }
    return f_.Description(c, e);
  }

  // A short run of capitalised words without sentence punctuation: the name
  // of a show, a book, a law or a nickname, not words someone said.
  // With sentence punctuation (or as a whole quote) it takes two words:
  // "Coal Isn't the Villain." is a headline, "Sad." may be speech.
  bool LooksLikeTitle(Span content, bool direct) const {
    const Document& doc = f_.doc();
    std::string_view body = doc.Slice(content);
    if (body.empty()) return false;
    // "What a Super Tuesday!": an exclamation is speech, capitals or not.
    if (body.back() == '!') return false;
    const bool punctuated = body.back() == '.' || body.back() == '?';
    // "said on "DWTS."": after a preposition one capitalised word with the
    // sentence's full stop inside the marks is a title too.
    const uint32_t first = f_.TokenAt(content.begin);
    const bool after_preposition = !direct && first >= 2 && Is<"on", "in", "at", "from", "to">(f_.Tok(first - 2));
    const int min_words = (punctuated || direct) && !after_preposition ? 2 : 1;
    int words = 0;
    bool shouted = true;  // ""GROWING PARTY," he declared": capitals throughout are shouting, not a title
    for (uint32_t k = f_.TokenAt(content.begin); k < doc.tokens.size() && doc.tokens[k].span.begin < content.end; ++k) {
      std::string_view t = f_.Tok(k);
      // ("Justified. Justified. Justified.": sentences, however short; not
      // "Oops! I Dropped the Lemon Tart" nor "Nuclear? No Thanks".)
      // (A campaign's slogan, "Meth. We're On It.", reads the same: it is
      // let through, as "The Donald. Big Daddy." said at a rally is.)
      if (t == "." && k + 1 < doc.tokens.size() && doc.tokens[k + 1].span.begin < content.end && words > 0 &&
          IsWordTok(f_.Tok(k + 1))) {
        return false;
      }
      if (!IsWordTok(t)) continue;
      ++words;
      for (char c : t) shouted = shouted && !(c >= 'a' && c <= 'z');
      if (text::StartsUpper(t) || text::IsDigit(static_cast<unsigned char>(t[0]))) continue;
      if (t == "of" || t == "the" || t == "and" || t == "a" || t == "an" || t == "to" || t == "in" || t == "on" ||
          t == "for" || t == "with" || t == "at" || t == "or") {
        continue;
      }
      return false;
    }
    if (shouted && words >= 2) return false;
    return words >= min_words && words <= 7;
  }

  // Quoted links, handles and numbers left over from embedded posts.
  // (A tweet quoted whole may open with a handle or a tag: ""@BernieSanders
  // prioritized gun manufacturers' rights ...," Clinton tweeted" is words.)
  bool LooksLikeMarkup(Span content) const {
    std::string_view t = f_.doc().Slice(content);
    if (t.find(' ') != std::string_view::npos) return false;
    bool letters = false;
    for (char c : t) {
      if (c == ' ') return false;
      if (c == '/' || c == '@' || c == '#' || c == '=') return true;
      letters = letters || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80);
    }
    return !letters;
  }

  const SpeakerFinder& f_;
  const std::vector<Quotation>& qs_;
};

// Names speakers that an attribution only described: "the senator said" is
// the latest person before it whose title or role holds that word ("Sen. Ed
// Rowe", "Ed Rowe, a senator from Ohio"), "the ministry" the latest
// organisation of that kind, "they" the latest group that spoke.
std::optional<std::string> AppositiveRole(const SpeakerFinder& f, int32_t e, uint32_t* at = nullptr);

// True when `acronym` (lower case, written in capitals) is the initials of
// words running together in `role` (lower case): "uaw" in "president of
// the united auto workers", "us" in "the united states ambassador".
bool AcronymOf(std::string_view acronym, std::string_view role) {
  if (acronym.size() < 2 || acronym.size() > 6) return false;
  std::string initials;
  size_t at = 0;
  while (at < role.size()) {
    while (at < role.size() && role[at] == ' ') ++at;
    size_t end = role.find(' ', at);
    if (end == std::string_view::npos) end = role.size();
    const std::string_view w = role.substr(at, end - at);
    at = end;
    if (w.empty() || Is<"of", "the", "and", "for", "&", "on", "in">(w)) continue;
    // (A break between entries or clauses: "|", "," restart the run.)
    initials += (w == "|" || w.back() == ',' || !(w[0] >= 'a' && w[0] <= 'z')) ? '|' : w[0];
  }
  return initials.find(acronym) != std::string::npos;
}

// The US state of a party label set after one of the person's mentions
// ("Sen. X (D-Mich.)", "Rep. Y, R-Texas,"), lower case, or empty.
std::string LabelledState(const QuoteLexicons& lex, const SpeakerFinder& finder, const Document& doc, int32_t e) {
  for (const uint32_t mi : doc.entities[e].mentions) {
    const uint32_t k = finder.TokenAt(doc.mentions[mi].span.end);
    if (k + 1 >= doc.tokens.size() || !Is<"(", ",">(finder.Tok(k))) continue;
    std::string_view label = finder.Tok(k + 1);
    if (label.size() < 4 || label[1] != '-' || !Is<"D", "R", "I">(label.substr(0, 1))) continue;
    std::string state(label.substr(2));
    // ("D-N.Y.": the token may close with the sentence's full stop.)
    if (const std::string* full = lex.states.Find(state)) {
      std::string out = *full;
      for (char& c : out) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      return out;
    }
  }
  return std::string();
}

// True when a name (lower case, a space at each end) holds no word of a
// body other than a company: no union, ministry, court, school ...
bool CompanyLike(const std::string& name) {
  static constexpr std::string_view kNotCompany[] = {
      " union ", " association ", " initiative ", " institute ", " foundation ", " federation ", " coalition ",
      " alliance ", " council ", " committee ", " commission ", " ministry ", " department ", " agency ",
      " office ", " authority ", " bureau ", " board ", " court ", " party ", " government ", " university ",
      " school ", " college ", " hospital ", " police ", " army ", " navy ", " society ", " center ",
      " centre ", " organization ", " organisation ", " service ", " administration ", " league ",
      " teamsters ", " guild ", " brotherhood ", " campaign ", " church "};
  for (std::string_view w : kNotCompany) {
    if (name.find(w) != std::string::npos) return false;
  }
  return true;
}

// "the Dutchman said", "the 38-year-old said", "the veteran striker said"
// (`words`: the description after "the", lower case), when no person holds
// those words as a title or role: the person the story is about there, read
// as the latest one named outside quotation marks in an earlier sentence of
// this paragraph or the two before as a speaker or as the subject opening a
// sentence (not "Real Madrid, whose coach X was furious"), of the epithet's
// gender and party, and not of another stated age. Only heads that name who someone is (a nation,
// an age, a career: data/lexicons/epithet_nouns.txt) are read so; an office
// ("the coach") often brings in someone not named.
int32_t EpithetReferent(const QuoteLexicons& lex, const SpeakerFinder& finder, const Document& doc,
                        const std::vector<Found>& found, const std::vector<std::string>& words, Span mention) {
  if (words.empty() || words.size() > 6) return -1;
  // The words as written, after the article.
  std::vector<std::string_view> written_words;
  for (uint32_t k = finder.TokenAt(mention.begin); k < doc.tokens.size() && doc.tokens[k].span.end <= mention.end;
       ++k) {
    written_words.push_back(finder.Tok(k));
  }
  const std::string& head = words.back();
  std::string age;  // "38" of "the 38-year-old (forward)"
  for (const std::string& w : words) {
    const size_t dash = w.find("-year-old");
    if (dash != std::string::npos && dash > 0 && dash <= 3 && dash + 9 == w.size() &&
        w.find_first_not_of("0123456789") == dash) {
      age = w.substr(0, dash);
    }
  }
  const std::string* gender = lex.epithets.Find(head);
  // ("the veteran diplomat", "the 68-year-old singer-songwriter": an age or
  // a long career before a people noun too, but not before words that bring
  // in someone unnamed, "the 45-year-old man", "the veteran official".)
  const bool aged = words.size() > 1 && (!age.empty() || Is<"veteran", "seasoned">(words[0])) &&
                    lex.humans.Contains(head) && head.back() != 's' &&
                    !Is<"man", "woman", "boy", "girl", "resident", "victim", "suspect", "witness", "official",
                               "source", "officer", "driver", "passenger", "mother", "father", "son", "daughter",
                               "worker", "employee", "student", "patient", "person", "neighbor", "neighbour">(head);
  // ("the world No 1", "the No. 3 seed": a rank in a sport.)
  bool ranked = false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    ranked = ranked || ((words[i] == "no" || words[i] == "no.") && !words[i + 1].empty() && words[i + 1][0] >= '0' &&
                        words[i + 1][0] <= '9');
  }
  if (!gender && !aged && !ranked && !(age.size() && words.size() == 1)) return -1;
  // (Only modifiers that describe the same person: "the veteran Brazilian
  // winger", not "the team's" or "the other".)
  for (size_t i = 0; i + 1 < words.size() && !ranked; ++i) {
    const std::string& w = words[i];
    // ("the Portugal forward", "the Valencia forward": a country's or a
    // club's side, a name in capitals.)
    // ("the five-time world 100m champion": counts, records and tours.)
    const bool tally = w.find_first_of("0123456789") != std::string::npos || w.ends_with("-time") ||
                       Is<"world", "olympic", "defending", "reigning", "top", "grand", "slam", "tour", "title",
                              "record", "two-time", "three-time", "four-time", "five-time", "six-time",
                              "seven-time", "eight-time", "nine-time", "ten-time", "multiple", "double", "triple">(w);
    if (tally) continue;
    if (w.find("-year-old") == std::string::npos && !lex.epithets.Contains(w) && !lex.places.Contains(w) &&
        !(i + 1 < written_words.size() && text::StartsUpper(written_words[i + 1])) &&
        !Is<"former", "young", "veteran", "experienced", "retired", "seasoned", "legendary", "iconic", "teenage",
                "brazilian", "argentine", "portuguese", "spanish", "french", "dutch", "italian", "german", "english",
                "british", "irish", "scottish", "welsh", "belgian", "croatian", "serbian", "polish", "swedish",
                "danish", "norwegian", "uruguayan", "colombian", "mexican", "nigerian", "ghanaian", "egyptian",
                "moroccan", "japanese", "korean", "south korean", "australian", "american", "canadian", "austrian",
                "swiss", "czech", "greek", "turkish", "ukrainian", "russian", "chinese", "indian">(w)) {
      return -1;
    }
  }
  const char want = gender && gender->size() == 1 ? (*gender)[0] : 0;
  const bool republican = head == "republican", democrat = head == "democrat";
  const uint32_t at = finder.TokenAt(mention.begin);
  if (at >= doc.tokens.size()) return -1;
  const uint32_t s = doc.tokens[at].sentence;
  uint32_t first = s;
  for (int paragraphs = 0; first > 0;) {
    if (doc.sentences[first - 1].paragraph != doc.sentences[first].paragraph && ++paragraphs > 2) break;
    --first;
  }
  const uint32_t from = doc.sentences[first].span.begin, sentence_begin = doc.sentences[s].span.begin;
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sentence_begin,
                             [](const Mention& m, uint32_t p) { return m.span.begin < p; });
  while (it != doc.mentions.begin()) {
    --it;
    if (it->span.begin < from) break;
    const Entity& e = doc.entities[it->entity];
    if (e.type != EntityType::kPerson || finder.InQuote(it->span.begin)) continue;
    // ("Ten Hag's side": an owner is not what the sentence is about.)
    const uint32_t end = finder.TokenAt(it->span.end);
    if (end < doc.tokens.size() && Is<"'s", "\xE2\x80\x99s">(finder.Tok(end))) continue;
    if (want && e.gender && e.gender != want) continue;
    const uint32_t t0 = finder.TokenAt(it->span.begin);
    const uint32_t c0 = finder.ClauseStart(doc.tokens[t0].sentence);
    bool subject = t0 >= c0 && t0 <= c0 + 4;
    for (uint32_t k = c0; subject && k < t0; ++k) {
      size_t len;
      subject = text::IsWordChar(text::DecodeAt(finder.Tok(k), 0, &len)) && !finder.IsCue(k);
    }
    for (size_t j = 0; !subject && j < found.size(); ++j) {
      const Quote& o = found[j].quote;
      subject = o.speaker_mention && o.speaker_mention->begin == it->span.begin;
    }
    // ("Jimmy Castellano asked Pia Kerrigan how she stays grounded. The
    // actress had a simple answer": the one asked answers.)
    subject = subject || (t0 > 0 && Is<"asked", "asks", "questioned", "pressed">(finder.Tok(t0 - 1)));
    if (!subject) continue;
    // Another stated age ("Tom Latu, 28,") or party ("(D-Mass.)") rules the
    // person out.
    bool other = false;
    for (const uint32_t mi : e.mentions) {
      const uint32_t k = finder.TokenAt(doc.mentions[mi].span.end);
      if (k + 2 >= doc.tokens.size()) continue;
      const std::string_view a = finder.Tok(k), b = finder.Tok(k + 1), c = finder.Tok(k + 2);
      if (!age.empty() && a == "," && c == "," && b.size() <= 3 && b.find_first_not_of("0123456789") == b.npos &&
          b != age) {
        other = true;
      }
      if ((republican || democrat) && a == "(" && b.size() >= 2) {
        other = other || (republican && b[0] == 'D') || (democrat && b[0] == 'R');
      }
    }
    if (other) continue;
    return it->entity;
  }
  return -1;
}

void ResolveDescriptions(const QuoteLexicons& lex, const SpeakerFinder& finder, const Document& doc,
                         std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  std::vector<std::string> roles(doc.entities.size());
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
  };
  for (const Mention& m : doc.mentions) {
    if (m.title.empty()) continue;
    // Each title word, abbreviations spelled out ("Sen." is a senator); an
    // office before "of" too ("Secretary of State").
    uint32_t title_begin = m.title.begin;
    auto tb = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.title.begin,
                               [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
    if (tb - doc.tokens.begin() >= 2 && doc.Slice((tb - 1)->span) == "of" && !doc.Slice((tb - 2)->span).empty() &&
        doc.Slice((tb - 2)->span)[0] >= 'A' && doc.Slice((tb - 2)->span)[0] <= 'Z') {
      title_begin = (tb - 2)->span.begin;
    }
    std::string_view t = doc.Slice({title_begin, m.title.end});
    roles[m.entity] += " |";  // entries apart: "police chief | police chief"
    while (!t.empty()) {
      size_t sp = t.find(' ');
      std::string_view w = t.substr(0, sp);
      if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
      const std::string* full = lex.titles.Find(w);
      std::string word = full ? *full : lower(w);
      // ("Lt. Gov. Daniel Aguirre" is no "governor", "Vice President X" no
      // "president": a rank before the office makes it another one.)
      if (!roles[m.entity].empty() && roles[m.entity].size() >= 4) {
        const std::string& r = roles[m.entity];
        const size_t last_space = r.find_last_of(' ');
        const std::string prev = last_space == std::string::npos ? r : r.substr(last_space + 1);
        // ("Shadow Chancellor X" is no "chancellor" either.)
        if (Is<"lieutenant", "vice", "deputy", "assistant", "lt", "vice-", "associate", "shadow">(prev)) {
          // ("Lt. Gen. Ricardo Sanchez ... the general said": a lieutenant
          // general is a general.)
          if (word == "general" && Is<"lieutenant", "lt">(prev)) roles[m.entity] += " | general |";
          word = prev + "-" + word;
        }
      }
      roles[m.entity] += " " + word;
      // ("the pontiff" after Pope Leo, "the monarch" after King X, "the
      // cleric" after Imam X: a word for the office the title names.)
      // (Apart, each: a people noun right after a word hides it.)
      if (word == "pope") roles[m.entity] += " | pontiff | cleric |";
      if (Is<"king", "queen", "emperor", "empress", "sultan", "emir", "oba", "ooni">(word)) {
        roles[m.entity] += " | monarch | ruler | majesty | highness |";
      }
      if (Is<"prince", "princess", "sheikh", "sheikha">(word)) roles[m.entity] += " | highness |";
      if (Is<"imam", "rabbi", "bishop", "archbishop", "cardinal", "reverend", "pastor", "father", "monsignor",
                    "sheikh", "ayatollah", "swami", "deacon">(word)) {
        roles[m.entity] += " | cleric | clergyman | preacher |";
      }
      if (word == "captain") roles[m.entity] += " | skipper |";
      // ("Judge Andrew Tierney ... Her Honour said": a judge's style.)
      if (Is<"judge", "justice", "magistrate", "recorder", "sheriff">(word)) {
        roles[m.entity] += " | honour | honor | lordship | ladyship |";
      }
      if (sp == std::string_view::npos) break;
      t.remove_prefix(sp + 1);
    }
  }
  // ("Shawn Fain, president of the United Auto Workers, met ... "...," the
  // union president said": a role set after a name by apposition, whether
  // or not that person spoke before; read the first time a description
  // asks for it.)
  std::vector<bool> apposed_read(doc.entities.size(), false);
  const Quote* last_group = nullptr;  // the latest unnamed or organisation speaker
  const Quote* last_described = nullptr;  // the latest singular described person ("the governor")
  const Quote* last_unknown_name = nullptr;  // the latest speaker named by words the recogniser did not know
  // ("A government source said ... "...," the source told AFP": the latest
  // unnamed speaker described with that head noun.)
  std::unordered_map<std::string, const Quote*> indefinite;
  const Quote* previous = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    if (previous && previous->speaker && previous->speaker_entity < 0) {
      const std::string d = lower(*previous->speaker);
      const size_t sp = d.rfind(' ');
      if (sp != std::string::npos && sp > 0 &&
          (d.rfind("a ", 0) == 0 || d.rfind("an ", 0) == 0 || d.rfind("one ", 0) == 0) &&
          std::count(d.begin(), d.end(), ' ') <= 4) {
        indefinite[d.substr(sp + 1)] = previous;
      }
      // ("The club's supporters' trust said ... "...," the trust said": a
      // longer description with "the" and that head noun.)
      if (sp != std::string::npos && d.rfind("the ", 0) == 0 && std::count(d.begin(), d.end(), ' ') >= 2 &&
          std::count(d.begin(), d.end(), ' ') <= 5 && d.find(" of ") == std::string::npos &&
          d.find(" for ") == std::string::npos && d.find(" from ") == std::string::npos &&
          d.find(" at ") == std::string::npos && d.find(" in ") == std::string::npos &&
          d.find(" with ") == std::string::npos && d.find(" by ") == std::string::npos &&
          d.find(" who ") == std::string::npos && d.find(" that ") == std::string::npos &&
          (d.find(" and ") == std::string::npos ||
           // ("the Danish Security and Intelligence Service": "and" inside a
           // name.)
           [&] {
             const std::string& o = *previous->speaker;
             const size_t at = o.find(" and ");
             return at != std::string::npos && at + 5 < o.size() && o[at + 5] >= 'A' && o[at + 5] <= 'Z';
           }()) &&
          d.find(" wrote") == std::string::npos &&
          d.find(" said") == std::string::npos && d.find(" told") == std::string::npos) {
        indefinite[d.substr(sp + 1)] = previous;
      }
    }
    const Quote* const prior = previous;
    previous = &q;
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention && q.speaker->size() > 4) {
      const std::string d = lower(*q.speaker);
      if (d.rfind("the ", 0) == 0 && d.find(' ', 4) == std::string::npos) {
        auto it = indefinite.find(d.substr(4));
        // ("..., the production company said. On Thursday, Swift accused
        // Braun and Big Machine of ... The company denied": a body named
        // outside quotes since the earlier speaker may be the one meant.)
        const bool body_between = [&] {
          if (it == indefinite.end() || !it->second->speaker_mention) return false;
          // (Not the speaker's own short name after it: "the Danish
          // Security and Intelligence Service (PET) said".)
          const uint32_t said_in = doc.tokens[finder.TokenAt(it->second->speaker_mention->begin)].sentence;
          for (auto mi = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), it->second->speaker_mention->end,
                                          [](uint32_t p, const Mention& m) { return p < m.span.begin; });
               mi != doc.mentions.end(); ++mi) {
            const Mention& m = *mi;
            if (m.span.begin >= q.speaker_mention->begin) break;
            if (!finder.InQuote(m.span.begin) &&
                doc.tokens[finder.TokenAt(m.span.begin)].sentence != said_in &&
                doc.entities[m.entity].type == EntityType::kOrg &&
                !(it->second->content.begin <= m.span.begin && m.span.begin < it->second->content.end)) {
              return true;
            }
          }
          return false;
        }();
        if (it != indefinite.end() && it->second->speaker_mention && !body_between &&
            q.speaker_mention->begin - it->second->speaker_mention->end < 2000) {
          q.speaker = it->second->speaker;
          q.speaker_role = it->second->speaker_role;
        }
      }
    }
    // ("... directors Adil Rahman and Bilall Khoury. "...," the pair said":
    // two people named together just before are the pair.)
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention &&
        Is<"the pair", "the duo", "the couple", "the two">(lower(*q.speaker))) {
      auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.speaker_mention->begin,
                                 [](const Mention& m, uint32_t p) { return m.span.begin < p; });
      for (int looked = 0; it != doc.mentions.begin() && looked < 12; ++looked) {
        --it;
        if (q.speaker_mention->begin - it->span.end > 600) break;
        if (finder.InQuote(it->span.begin) || doc.entities[it->entity].type != EntityType::kPerson) continue;
        const uint32_t a = finder.TokenAt(it->span.begin);
        if (a < 2 || finder.Tok(a - 1) != "and") break;
        const int32_t first = finder.PersonMentionEndingAt(a - 2);
        if (first < 0 || doc.mentions[first].entity == it->entity) break;
        q.speaker = doc.entities[doc.mentions[first].entity].name + " and " + doc.entities[it->entity].name;
        break;
      }
    }
    // "they said": the latest group that spoke ("Officials said ... They
    // added"), within a few paragraphs.
    // "they said": the latest group that spoke ("Officials said ... They
    // added"), within a few paragraphs; but people opening the sentence just
    // before in the paragraph come first ("Residents gathered at the
    // church. They said ...", "Analysts were unimpressed. They said").
    if (!q.speaker && q.speaker_mention && lower(doc.Slice(*q.speaker_mention)) == "they") {
      const uint32_t at = finder.TokenAt(q.speaker_mention->begin);
      const uint32_t s = at < doc.tokens.size() ? doc.tokens[at].sentence : 0;
      if (s > 0 && doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph &&
          !(last_group && last_group->content.end >= doc.sentences[s - 1].span.begin)) {
        const Sentence& prev = doc.sentences[s - 1];
        uint32_t a = prev.first_token;
        while (a < prev.end_token && Is<"But", "And", "Yet", "So", "Still", "Meanwhile", ",">(finder.Tok(a))) ++a;
        // ("Anthony Varga and Grace Liu issued a joint statement. "...,"
        // they wrote.": two people named as the subject just before.)
        if (const int32_t p1 = finder.PersonMentionStartingAt(a); p1 >= 0) {
          const uint32_t e1 = finder.TokenAt(doc.mentions[p1].span.end);
          if (e1 + 1 < prev.end_token && finder.Tok(e1) == "and") {
            if (const int32_t p2 = finder.PersonMentionStartingAt(e1 + 1); p2 >= 0 && p2 != p1) {
              const uint32_t e2 = finder.TokenAt(doc.mentions[p2].span.end);
              if (e2 < prev.end_token && text::StartsLower(finder.Tok(e2)) &&
                  doc.mentions[p1].entity != doc.mentions[p2].entity) {
                q.speaker = doc.entities[doc.mentions[p1].entity].name + " and " +
                            doc.entities[doc.mentions[p2].entity].name;
              }
            }
          }
        }
        uint32_t k = a;
        while (!q.speaker && k < prev.end_token && k < a + 2 &&
               Is<"The", "Many", "Some", "Most", "Several", "Other", "Local", "Both", "multiple",
                                  "many", "some", "several", "other", "local">(finder.Tok(k))) {
          ++k;
        }
        for (uint32_t m = k; !q.speaker && m < prev.end_token && m < k + 3; ++m) {
          const std::string_view w = finder.Tok(m);
          char buf[24];
          const std::string_view folded = text::FoldCase(w, buf, sizeof buf);
          if (w.size() > 3 && w.back() == 's' && finder.lex().humans.Contains(folded) && m + 1 < prev.end_token &&
              text::StartsLower(finder.Tok(m + 1))) {
            q.speaker = std::string(doc.Slice({doc.tokens[a].span.begin, doc.tokens[m].span.end}));
            break;
          }
          if (finder.IsCue(m) || finder.IsPronoun(m) || w == ",") break;
        }
      }
      if (!q.speaker && last_group && q.content.begin - last_group->content.end < 1500) {
        q.speaker = last_group->speaker;
        q.speaker_entity = last_group->speaker_entity;
      }
    }
    // ("The Coordination Headquarters said ... Among them were soldiers, it
    // said.": "it" with no organisation named is the latest body that
    // spoke, described, not named, close before.)
    if (!q.speaker && q.speaker_mention && lower(doc.Slice(*q.speaker_mention)) == "it" && last_group &&
        last_group->speaker && last_group->speaker_entity < 0 && q.content.begin > last_group->content.end &&
        q.content.begin - last_group->content.end < 600) {
      const std::string d = lower(*last_group->speaker);
      // (A body, not people: "the officials" are "they"; "the army", "the
      // ministry" are "it".)
      const std::string head = d.substr(d.rfind(' ') + 1);
      const bool people = lex.humans.Contains(head) &&
                          ((head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') ||
                           head == "police" || head == "people");
      if (d.rfind("the ", 0) == 0 && !people) {
        q.speaker = last_group->speaker;
      }
    }
    // "The governor said ... "Do not wait," she said.": "he" or "she" with
    // no named person before it is the latest singular described speaker,
    // when no person was named in between.
    // ("Sgt. Maria Lopez said .... The victim said .... "...," she said.":
    // a pronoun after a described speaker, with no person named since, is
    // that speaker, whoever the pronoun's own reading found further back.)
    const bool pronoun_quote = q.speaker_mention && last_described &&
                               (lower(doc.Slice(*q.speaker_mention)) == "he" ||
                                lower(doc.Slice(*q.speaker_mention)) == "she") &&
                               last_described->speaker_mention &&
                               last_described->speaker_mention->end <= q.speaker_mention->begin &&
                               // (Not an office or a people's name, which may
                               // be a named person's: "The chief said ...",
                               // "the Swede said".)
                               [&] {
                                 // (Only a subject opening its sentence: "The
                                 // actress replied to a fan who asked ..."
                                 // leaves the fan aside.)
                                 const uint32_t m0 = finder.TokenAt(last_described->speaker_mention->begin);
                                 if (m0 >= doc.tokens.size() || finder.ClauseStart(doc.tokens[m0].sentence) != m0) {
                                   return false;
                                 }
                                 const std::string& d = *last_described->speaker;
                                 const std::string head = d.substr(d.rfind(' ') + 1);
                                 // (Nor a body: "The charity said ...", then
                                 // "She said" of a spokeswoman.)
                                 // ("Mr Pemberton's official spokesman told
                                 // reporters ... He added": an office of a
                                 // named owner is not the owner.)
                                 const bool owned = (d.find("'s ") != std::string::npos ||
                                                     d.find("\xE2\x80\x99s ") != std::string::npos) &&
                                                    Is<"spokesman", "spokeswoman", "spokesperson", "lawyer",
                                                              "attorney", "solicitor", "representative", "agent",
                                                              "publicist">(head);
                                 return !head.empty() && head[0] >= 'a' && head[0] <= 'z' &&
                                        (!lex.titles.Contains(head) || owned) &&
                                        !Is<"charity", "company", "group", "agency", "ministry", "union",
                                                   "department", "office", "organization", "organisation",
                                                   "council", "committee", "board", "firm", "government",
                                                   "campaign", "party", "panel", "court", "police", "team",
                                                   "club", "bank", "network", "newspaper", "paper", "hospital",
                                                   "school", "university", "commission", "authority", "service",
                                                   "foundation", "institute", "association", "coalition",
                                                   "administration", "center", "centre", "airline", "utility">(head);
                               }();
    if ((!q.speaker || pronoun_quote) && q.speaker_mention && last_described &&
        q.content.begin - last_described->content.end < 1500) {
      const std::string p = lower(doc.Slice(*q.speaker_mention));
      const std::string d = lower(*last_described->speaker);
      auto ends_with_any = [&](std::initializer_list<std::string_view> words) {
        for (std::string_view w : words) {
          if (d.size() > w.size() && d.ends_with(w) && d[d.size() - w.size() - 1] == ' ') return true;
        }
        return false;
      };
      const bool male = (d.ends_with("man") && !d.ends_with("woman")) ||
                        ends_with_any({"father", "brother", "husband", "son", "uncle", "grandfather", "nephew",
                                       "boyfriend", "dad", "grandson", "stepfather", "priest", "boy"});
      const bool female = d.ends_with("woman") || d.ends_with("ess") ||
                          ends_with_any({"mother", "sister", "wife", "daughter", "aunt", "grandmother", "niece",
                                         "girlfriend", "mom", "granddaughter", "stepmother", "nun", "girl", "widow"});
      bool named = false;
      const uint32_t from = last_described->speaker_mention ? last_described->speaker_mention->end : 0;
      auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), from,
                                 [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
      for (; it != doc.mentions.end() && it->span.begin < q.speaker_mention->begin && !named; ++it) {
        // ("The former president told Fox News host Sean Hollis in an
        // interview that ...": whom the described speaker told is no one
        // who spoke.)
        const bool listener = last_described->cue &&
                              Is<"told", "tells", "telling">(lower(doc.Slice(*last_described->cue))) &&
                              it->span.begin >= last_described->cue->end &&
                              it->span.end <= (last_described->clause ? last_described->clause->begin
                                                                      : last_described->content.begin) &&
                              last_described->content.begin - last_described->cue->end < 80;
        named = doc.entities[it->entity].type == EntityType::kPerson && !listener;
      }
      if (!named && ((p == "he" && !female) || (p == "she" && !male))) {
        q.speaker = last_described->speaker;
        q.speaker_role = last_described->speaker_role;
        q.speaker_entity = -1;
      }
    }
    // ("The former president told Fox News host Sean Hollis in an interview
    // that he would act fast. "...," he said.": "he" read as the listener of
    // the statement just before, named nowhere else since, is its speaker.)
    // (Only after a telling: the one asked a question answers it.)
    if (q.speaker_entity >= 0 && q.speaker_mention && prior && prior->cue && prior->speaker &&
        Is<"told", "tells", "telling">(lower(doc.Slice(*prior->cue))) &&
        prior->speaker_entity != q.speaker_entity && prior->speaker_mention &&
        prior->speaker_mention->end <= prior->cue->begin && prior->content.end <= q.speaker_mention->begin &&
        q.content.begin - prior->content.end < 600 &&
        (lower(doc.Slice(*q.speaker_mention)) == "he" || lower(doc.Slice(*q.speaker_mention)) == "she")) {
      bool listener = false, elsewhere = false;
      for (const uint32_t mi : doc.entities[q.speaker_entity].mentions) {
        const Span ms = doc.mentions[mi].span;
        if (ms.begin >= q.speaker_mention->begin) break;
        const bool heard = ms.begin >= prior->cue->end && ms.end <= prior->content.begin;
        if (heard) listener = true;
        else if (ms.begin >= prior->speaker_mention->begin) elsewhere = true;
      }
      const bool person = prior->speaker_entity < 0 ||
                          doc.entities[prior->speaker_entity].type == EntityType::kPerson;
      // (Not against the pronoun's gender: "Senator Ann Lee told Governor
      // Tom Brown ... "...," he said" is his.)
      const char want = lower(doc.Slice(*q.speaker_mention)) == "he" ? 'm' : 'f';
      const char known = prior->speaker_entity >= 0 ? doc.entities[prior->speaker_entity].gender : 0;
      if (listener && !elsewhere && person && (known == 0 || known == want)) {
        q.speaker = prior->speaker;
        q.speaker_entity = prior->speaker_entity;
        q.speaker_role = prior->speaker_role;
      }
    }
    // ("Wolfram, in an interview with the BBC, said ... "We were
    // arrogant," he said.": a name the recogniser did not know, speaking
    // just before with no person named since, is "he" or "she".)
    if (!q.speaker && q.speaker_mention && last_unknown_name && q.content.begin - last_unknown_name->content.end < 1500 &&
        last_unknown_name->speaker_mention && last_unknown_name->speaker_mention->end <= q.speaker_mention->begin &&
        (lower(doc.Slice(*q.speaker_mention)) == "he" || lower(doc.Slice(*q.speaker_mention)) == "she")) {
      bool named = false;
      auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), last_unknown_name->speaker_mention->end,
                                 [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
      for (; it != doc.mentions.end() && it->span.begin < q.speaker_mention->begin && !named; ++it) {
        named = doc.entities[it->entity].type == EntityType::kPerson;
      }
      if (!named) q.speaker = last_unknown_name->speaker;
    }
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention && doc.Slice(*q.speaker_mention) == *q.speaker &&
        q.speaker->size() >= 3 && q.speaker->size() <= 40) {
      // (Capitalised words only, no article: a name.)
      bool name = !Is<"The", "A", "An", "One", "Another", "Some">(q.speaker->substr(0, q.speaker->find(' ')));
      for (size_t at = 0; at < q.speaker->size() && name; at = q.speaker->find(' ', at) == std::string::npos
                                                                   ? q.speaker->size()
                                                                   : q.speaker->find(' ', at) + 1) {
        name = (*q.speaker)[at] >= 'A' && (*q.speaker)[at] <= 'Z';
      }
      if (name && std::count(q.speaker->begin(), q.speaker->end(), ' ') <= 2) last_unknown_name = &q;
    } else if (q.speaker_entity >= 0) {
      last_unknown_name = nullptr;
    }
    if (!q.speaker && q.speaker_mention && q.speaker_mention->end - q.speaker_mention->begin <= 3) {
      // "When asked if he would run again, the senator smiled. "Ask me next
      // year," he said.": a described person opening one of the sentences
      // just before, with no person named since.
      const std::string p = lower(doc.Slice(*q.speaker_mention));
      if (p == "he" || p == "she") {
        const uint32_t tok = uint32_t(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.speaker_mention->begin,
                                                       [](const Token& t, uint32_t pos) { return t.span.begin < pos; }) -
                                      doc.tokens.begin());
        const uint32_t s = tok < doc.tokens.size() ? doc.tokens[tok].sentence : 0;
        bool named = false;
        for (uint32_t b = s + 1; b-- > 0 && s - b < 3 && !named && !q.speaker;) {
          const Sentence& sent = doc.sentences[b];
          auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), sent.span.begin,
                                     [](const Mention& m, uint32_t pos) { return m.span.begin < pos; });
          for (; it != doc.mentions.end() && it->span.begin < std::min(sent.span.end, q.speaker_mention->begin) &&
                 !named;
               ++it) {
            named = doc.entities[it->entity].type == EntityType::kPerson;
          }
          if (named || b == s) continue;
          // The sentence's subject: an article, up to three words, a
          // singular people noun, then a lower-case verb.
          uint32_t c = sent.first_token;
          for (uint32_t k = sent.first_token; k < sent.end_token && k < sent.first_token + 12; ++k) {
            if (doc.Slice(doc.tokens[k].span) == ",") c = k + 1;  // after an opening phrase
          }
          for (uint32_t start : {sent.first_token, c}) {
            if (start + 2 >= sent.end_token || q.speaker) continue;
            const std::string art = lower(doc.Slice(doc.tokens[start].span));
            if (art != "the" && art != "a" && art != "an") continue;
            for (uint32_t h = start + 1; h < start + 4 && h + 1 < sent.end_token; ++h) {
              const std::string head(doc.Slice(doc.tokens[h].span));
              const std::string_view next = doc.Slice(doc.tokens[h + 1].span);
              // ("The pilot's words were calm. "...," he radioed.": the
              // owner of the subject's noun, too.)
              // (Not when that noun is a person: "The senator's aide left.")
              bool owner = (next == "'s" || next == "\xE2\x80\x99s") && h + 2 < sent.end_token;
              for (uint32_t o = h + 2; owner && o < sent.end_token && o < h + 5; ++o) {
                owner = !lex.humans.Contains(doc.Slice(doc.tokens[o].span));
              }
              if (!lex.humans.Contains(head) || head.back() == 's' || next.empty() ||
                  ((next[0] < 'a' || next[0] > 'z') && !owner)) {
                continue;
              }
              // ("The crowd gave Marchand an ovation. "...," he said": a
              // body or a gathering is no "he" or "she".)
              if (Is<"crowd", "audience", "team", "group", "company", "firm", "ministry", "government",
                            "committee", "panel", "jury", "staff", "public", "family", "club", "board", "union",
                            "agency", "department", "court", "council", "party", "campaign", "administration",
                            "band", "orchestra", "squad", "side", "league", "federation", "commission", "network",
                            "newspaper", "paper", "station", "church", "school", "university", "hospital", "army",
                            "military", "police", "navy", "city", "state", "county", "country", "nation", "bank",
                            "airline", "railroad", "railway", "airport", "regulator", "watchdog", "charity",
                            "organization", "organisation", "foundation", "institute", "association", "coalition",
                            "alliance", "office", "court", "tribunal", "parliament", "senate", "house", "cabinet">(head)) {
                break;
              }
              const std::string d = lower(head);
              const bool male = d.ends_with("man") && !d.ends_with("woman");
              const bool female = d.ends_with("woman") || d.ends_with("ess");
              if ((p == "he" && female) || (p == "she" && male)) break;
              q.speaker = std::string(doc.Slice({doc.tokens[start].span.begin, doc.tokens[h].span.end}));
              break;
            }
          }
        }
      }
    }
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention && q.speaker->size() > 4) {
      // A singular people noun after its article: "the governor", "a
      // senior official".
      std::string d = lower(*q.speaker);
      // ("a veteran sergeant who spoke on condition of anonymity": the head
      // before its relative clause.)
      if (const size_t who = d.find(" who "); who != std::string::npos && who > 0) d.resize(who);
      const size_t sp = d.rfind(' ');
      // ("His mother", "Kevin's uncle": an owner's relative or agent too.)
      const size_t first_space = d.find(' ');
      // ("Mr Pemberton's official spokesman": an owner of a few words and
      // an adjective too.)
      const size_t owner_end = std::min(d.find("'s "), d.find("\xE2\x80\x99s "));
      const bool article = d.rfind("the ", 0) == 0 || d.rfind("a ", 0) == 0 || d.rfind("an ", 0) == 0 ||
                           d.rfind("his ", 0) == 0 || d.rfind("her ", 0) == 0 ||
                           (first_space != std::string::npos && first_space == sp && first_space > 3 &&
                            (d.compare(first_space - 2, 2, "'s") == 0 ||
                             d.compare(first_space - 4, 4, "\xE2\x80\x99s") == 0)) ||
                           (owner_end != std::string::npos && owner_end < sp &&
                            std::count(d.begin(), d.begin() + owner_end, ' ') <= 2 &&
                            std::count(d.begin() + owner_end, d.end(), ' ') <= 2 &&
                            // (An agent speaking for the owner, not "the
                            // Prime Minister's former chief adviser", who
                            // may be someone named.)
                            Is<"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "solicitor",
                                "representative", "agent", "publicist">(std::string_view(d).substr(sp + 1)));
      if (article && sp != std::string::npos && lex.humans.Contains(d.substr(sp + 1)) && d.back() != 's') {
        last_described = &q;
      }
    } else if (q.speaker_entity >= 0 && doc.entities[q.speaker_entity].type == EntityType::kPerson) {
      last_described = nullptr;
    }
    if (q.speaker && (q.speaker_entity < 0 || doc.entities[q.speaker_entity].type != EntityType::kPerson)) {
      last_group = &q;
    }
    if (q.speaker_entity >= 0 && q.speaker_role) roles[q.speaker_entity] += " | " + lower(*q.speaker_role);
    // ("the Finn joked": a people's noun that is also a given name, after
    // its article, is the person the story is about, not someone called
    // Finn.)
    if (q.speaker_entity >= 0 && doc.entities[q.speaker_entity].type == EntityType::kPerson && q.speaker_mention &&
        doc.entities[q.speaker_entity].name.find(' ') == std::string::npos &&
        doc.entities[q.speaker_entity].mentions.size() == 1 &&
        lex.epithets.Contains(lower(doc.entities[q.speaker_entity].name))) {
      const uint32_t t = finder.TokenAt(q.speaker_mention->begin);
      if (t > 0 && Is<"the", "The">(finder.Tok(t - 1))) {
        const std::vector<std::string> words = {lower(doc.entities[q.speaker_entity].name)};
        if (const int32_t e = EpithetReferent(lex, finder, doc, *found, words, *q.speaker_mention); e >= 0) {
          q.speaker = doc.entities[e].name;
          q.speaker_entity = e;
          continue;
        }
      }
    }
    // ("the Argentine said", "the Democrat said": a nationality or party
    // read as its group is a person of it.)
    if (q.speaker_entity >= 0 && doc.entities[q.speaker_entity].type == EntityType::kNorp && q.speaker &&
        q.speaker_mention && lower(*q.speaker).rfind("the ", 0) == 0 && q.speaker->find(' ', 4) == std::string::npos) {
      const std::vector<std::string> words = {lower(q.speaker->substr(4))};
      if (const int32_t e = EpithetReferent(lex, finder, doc, *found, words, *q.speaker_mention); e >= 0) {
        q.speaker = doc.entities[e].name;
        q.speaker_entity = e;
        if (const std::optional<std::string> apposed = AppositiveRole(finder, e)) q.speaker_role = *apposed;
      }
      continue;
    }
    if (q.speaker_entity >= 0 || !q.speaker || q.speaker->size() < 5) continue;
    std::string d = lower(*q.speaker);
    // "the 28-year-old said" after "Tom Latu, 28,": the person of that age.
    if (d.rfind("the ", 0) == 0 && d.size() > 13 && d.ends_with("-year-old") && q.speaker_mention) {
      const std::string age = d.substr(4, d.size() - 4 - 9);
      bool digits = !age.empty() && age.size() <= 3;
      for (char c : age) digits = digits && c >= '0' && c <= '9';
      auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.speaker_mention->begin,
                                 [](const Mention& m, uint32_t p) { return m.span.begin < p; });
      for (int looked = 0; digits && it != doc.mentions.begin() && looked < 100; ++looked) {
        --it;
        if (doc.entities[it->entity].type != EntityType::kPerson) continue;
        const uint32_t e = finder.TokenAt(it->span.end);
        if (e + 2 < doc.tokens.size() && finder.Tok(e) == "," && finder.Tok(e + 1) == age &&
            finder.Tok(e + 2) == ",") {
          q.speaker = doc.entities[it->entity].name;
          q.speaker_entity = it->entity;
          break;
        }
      }
      if (q.speaker_entity >= 0) continue;
    }
    // ("her brother": only through a description given by apposition.)
    // ("His Majesty", "Her Excellency": a style of address, no owner.)
    const bool styled = d == "his majesty" || d == "her majesty" || d == "his highness" || d == "her highness" ||
                        d == "his excellency" || d == "her excellency" || d == "his holiness" || d == "his honour" ||
                        d == "her honour" || d == "his honor" || d == "her honor" || d == "his lordship" ||
                        d == "her ladyship";
    const bool possessive = !styled && (d.rfind("his ", 0) == 0 || d.rfind("her ", 0) == 0 || d.rfind("their ", 0) == 0);
    if (d.rfind("the ", 0) != 0 && !possessive && !styled) continue;
    // "the defense secretary" after "Defense Secretary Pete Hegseth": every
    // word of a short description among the person's titles and roles.
    std::vector<std::string> words;
    for (size_t at = d.find(' ') + 1; at < d.size();) {
      size_t sp = d.find(' ', at);
      if (sp == std::string::npos) sp = d.size();
      words.push_back(d.substr(at, sp - at));
      at = sp + 1;
    }
    // ("the ex-lawmaker said": a former office is the office's word.)
    for (std::string& w : words) {
      if (w.size() > 4 && w.rfind("ex-", 0) == 0) w.erase(0, 3);
    }
    // ("The Vice President said" after "Vice President Hubert H. Humphrey":
    // a rank and its office are one word among the titles, as read above.)
    for (size_t w = 0; w + 1 < words.size(); ++w) {
      if (Is<"vice", "deputy", "assistant", "associate", "shadow", "lieutenant">(words[w])) {
        words[w] += "-" + words[w + 1];
        words.erase(words.begin() + long(w) + 1);
      }
    }
    // ("the Republican governor" after "Gov. Brent Hallorand": the party is
    // no part of the office the article gave.)
    if (words.size() >= 2) {
      std::vector<std::string> office;
      for (const std::string& w : words) {
        if (!Is<"republican", "democratic", "democrat", "gop", "conservative", "liberal", "labour", "tory">(w)) {
          office.push_back(w);
        }
      }
      if (!office.empty() && office.size() < words.size() &&
          (lex.titles.Contains(office.back()) || lex.humans.Contains(office.back()))) {
        words = std::move(office);
      }
    }
    // The words written in capitals, which may be a body's initials ("the
    // UAW president").
    std::unordered_set<std::string> acronyms;
    for (size_t at = 0; at < q.speaker->size();) {
      size_t sp = q.speaker->find(' ', at);
      if (sp == std::string::npos) sp = q.speaker->size();
      const std::string_view w = std::string_view(*q.speaker).substr(at, sp - at);
      bool caps = w.size() >= 2 && w.size() <= 6;
      for (char c : w) caps = caps && c >= 'A' && c <= 'Z';
      if (caps) acronyms.insert(lower(w));
      at = sp + 1;
    }
    // ("the five-time world 100m champion": a longer epithet.)
    if (words.size() > 3 && words.size() <= 6 && !possessive && q.speaker_mention) {
      if (const int32_t e = EpithetReferent(lex, finder, doc, *found, words, *q.speaker_mention); e >= 0) {
        q.speaker = doc.entities[e].name;
        q.speaker_entity = e;
        if (const std::optional<std::string> apposed = AppositiveRole(finder, e)) q.speaker_role = *apposed;
      }
    }
    if (words.empty() || words.size() > 3) continue;
    if ((d.rfind("his ", 0) == 0 || d.rfind("her ", 0) == 0) && words.size() == 1 && q.speaker_mention &&
        (words[0] == "campaign" || words[0] == "office" || words[0] == "spokesman" || words[0] == "spokeswoman" ||
         words[0] == "spokesperson" || words[0] == "lawyer" || words[0] == "lawyers" || words[0] == "attorney" ||
         words[0] == "attorneys" || words[0] == "aides" || words[0] == "team" || words[0] == "staff" ||
         words[0] == "representative" || words[0] == "publicist" || words[0] == "agent")) {
      // "Sen. Elaine Marsh denied the claim. Her campaign said ...": the
      // person the possessive stands for, the latest of that gender named
      // within the sentence or the two before it; the group is theirs.
      const char gender = d[0] == 'h' && d[1] == 'i' ? 'm' : 'f';
      const uint32_t at = q.speaker_mention->begin;
      const uint32_t s = doc.tokens[finder.TokenAt(at)].sentence;
      const uint32_t from = doc.sentences[s >= 2 ? s - 2 : 0].span.begin;
      auto m = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), at,
                                [](const Mention& x, uint32_t p) { return x.span.begin < p; });
      int32_t owner = -1;
      while (m != doc.mentions.begin()) {
        --m;
        if (m->span.begin < from) break;
        const Entity& e = doc.entities[m->entity];
        if (e.type != EntityType::kPerson) continue;
        if (e.gender == gender) owner = m->entity;
        break;  // only the latest person: another in between leaves it open
      }
      if (owner >= 0) {
        q.speaker = doc.entities[owner].name + "'s " + words[0];
        continue;
      }
    }
    // ("Patrick Dunne left a message. "...," his statement said": one's
    // own written words speak for one.)
    if ((d.rfind("his ", 0) == 0 || d.rfind("her ", 0) == 0) && words.size() == 1 && q.speaker_mention &&
        Is<"statement", "voicemail", "letter", "email", "e-mail", "tweet", "post", "memo", "note",
                      "message", "op-ed", "column", "memoir", "blog", "caption", "bio", "website">(words[0])) {
      const int32_t owner = finder.ResolvePronoun(q.speaker_mention->begin, d[1] == 'i' ? 'm' : 'f');
      if (owner >= 0 && doc.entities[owner].type == EntityType::kPerson) {
        q.speaker = doc.entities[owner].name;
        q.speaker_entity = owner;
        continue;
      }
    }
    // "Halvern Pharmaceuticals said ... The company said ...": an
    // institution's common noun is the one organisation that spoke in this
    // paragraph or the one before, when no other is named since.
    static constexpr std::string_view kInstitutions[] = {
        "company", "firm", "agency", "ministry", "department", "hospital", "university", "airline", "bank",
        "group", "organization", "organisation", "union", "board", "commission", "council", "insurer", "regulator",
        "manufacturer", "carrier", "automaker", "retailer", "utility", "drugmaker", "publisher", "charity",
        "nonprofit", "association", "coalition", "federation", "foundation", "institute", "school", "college",
        "district", "county", "railroad", "startup", "network", "broadcaster", "newspaper", "exchange", "fund", "lender",
        "giant", "miner", "producer", "refiner", "exporter", "operator", "developer", "maker", "chipmaker",
        "concern", "thrift", "authority", "service", "office", "commissioner", "tribunal", "court", "army",
        "police", "party", "movement", "church", "diocese", "archdiocese", "club", "team", "theatre", "theater",
        "museum", "orchestra", "library", "zoo", "festival", "cafe", "restaurant", "bakery", "pharmacy", "diner",
        "brewery", "winery", "store", "shop", "body", "label", "discounter", "grocer", "supermarket", "chain",
        "homebuilder", "builder", "brewer", "carmaker", "conglomerate", "platform", "league", "guard"};
    // ("the company", "the state oil giant": its last word names the kind.)
    bool institution = false;
    for (std::string_view w : kInstitutions) institution = institution || (words.size() <= 3 && words.back() == w);
    // ("the Justice Department said": a name, not a common noun.)
    if (institution && q.speaker) {
      const std::string& name = *q.speaker;
      // (Not an adjective of place, "the Zurich-based bank", nor an
      // abbreviation, "The U.K. regulator".)
      for (size_t at = name.find(' '); at != std::string::npos && institution; at = name.find(' ', at + 1)) {
        const size_t end = std::min(name.find(' ', at + 1), name.size());
        const std::string_view w = std::string_view(name).substr(at + 1, end - at - 1);
        institution = !(!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && w.find('-') == std::string_view::npos &&
                        w.find('.') == std::string_view::npos);
      }
    }
    if (institution && !possessive && q.speaker_mention) {
      const uint32_t at = q.speaker_mention->begin;
      const uint32_t s = doc.tokens[finder.TokenAt(at)].sentence;
      uint32_t para_first = s;
      int paragraphs = 0;
      while (para_first > 0 && paragraphs < 2) {
        if (doc.sentences[para_first - 1].paragraph != doc.sentences[para_first].paragraph) ++paragraphs;
        if (paragraphs < 2) --para_first;
      }
      const uint32_t from = doc.sentences[para_first].span.begin;
      int32_t org = -1;
      uint32_t org_at = 0;  // where its latest mention begins
      bool other = false;
      // ("OKX settled with the Justice Department. The company said": a
      // company's noun passes over the bodies of government in between.)
      const bool company_noun =
          Is<"company", "firm", "airline", "carrier", "automaker", "drugmaker", "manufacturer",
                            "retailer", "lender", "startup", "insurer", "publisher", "broadcaster", "bank", "giant",
                            "miner", "refiner", "exporter", "chipmaker", "exchange">(words.back());
      auto m = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), at,
                                [](const Mention& x, uint32_t p) { return x.span.begin < p; });
      while (m != doc.mentions.begin() && !other) {
        --m;
        if (m->span.begin < from) break;
        // ("The Springfield School District ... the district said", "Harris
        // County ... the county said": a place's body named by its kind.)
        const std::string& en = doc.entities[m->entity].name;
        const bool body = doc.entities[m->entity].type == EntityType::kGpe && en.size() > words.back().size() &&
                          en[en.size() - words.back().size() - 1] == ' ' &&
                          lower(en.substr(en.size() - words.back().size())) == words.back();
        if (finder.InQuote(m->span.begin) || (doc.entities[m->entity].type != EntityType::kOrg && !body)) continue;
        // ("SAN FRANCISCO -- Pacific Bellwether Group said": a dateline's
        // words name no organisation that could speak.)
        const uint32_t mt = finder.TokenAt(m->span.begin);
        if (mt < finder.ClauseStart(doc.tokens[mt].sentence)) continue;
        if (company_noun && !CompanyLike(" " + lower(doc.entities[m->entity].name) + " ")) continue;
        // ("The Environmental Protection Agency fined Delmar Chemical ..., the
        // agency announced": a body of government passes over the companies.)
        if (Is<"agency", "ministry", "department", "commission", "authority", "regulator", "bureau",
                              "administration", "court", "tribunal", "council">(words.back()) &&
            words.size() <= 2) {
          const std::string n = lower(doc.entities[m->entity].name);
          bool firm = false;
          for (std::string_view suffix : {" inc", " inc.", " corp", " corp.", " co", " co.", " ltd", " ltd.", " llc",
                                          " plc", " chemical", " chemicals", " industries", " holdings", " motors",
                                          " airlines", " steel", " pharmaceuticals", " technologies", " foods",
                                          " construction", " engineering", " mining", " oil", " refining"}) {
            firm = firm || n.ends_with(suffix);
          }
          if (firm) continue;
        }
        if (org < 0) org = m->entity;
        if (m->entity == org) org_at = m->span.begin;  // its first mention here ("... Authority (URA)")
        other = m->entity != org;
      }
      // (Of the noun's kind: "the company" is no union, institute or
      // ministry; "the union" is a union.)
      if (org >= 0 && !other) {
        const std::string name = " " + lower(doc.entities[org].name) + " ";
        bool acronym = doc.entities[org].name.size() >= 2 && doc.entities[org].name.size() <= 6;
        for (char c : doc.entities[org].name) acronym = acronym && ((c >= 'A' && c <= 'Z') || c == '.' || c == '&');
        const bool company_like = CompanyLike(name);
        const std::string& w0 = words.back();
        const bool company_word =
            Is<"company", "firm", "airline", "carrier", "automaker", "drugmaker", "manufacturer", "retailer",
                    "lender", "startup", "insurer", "utility", "railroad", "publisher", "broadcaster", "network", "label",
                    "newspaper", "exchange", "fund", "bank", "giant", "miner", "producer", "refiner", "exporter",
                    "operator", "developer", "maker", "chipmaker", "concern", "thrift">(w0);
        // (An acronym fits only a bare "the ministry": "the interior
        // ministry" is no "AFAD".)
        bool fits = company_word ? company_like
                                 : (name.find(" " + w0) != std::string::npos || (acronym && words.size() == 1));
        if (w0 == "union") fits = fits || name.find(" federation ") != std::string::npos ||
                                   name.find(" brotherhood ") != std::string::npos ||
                                   name.find(" guild ") != std::string::npos ||
                                   name.find(" teamsters ") != std::string::npos ||
                                   name.find(" association ") != std::string::npos;
        if (w0 == "agency" || w0 == "regulator") {
          // ("The Jacksonville Sheriff's Office said ... the agency wrote".)
          fits = fits || name.find(" administration ") != std::string::npos ||
                 (w0 == "agency" && (name.find(" office ") != std::string::npos ||
                                     name.find(" department ") != std::string::npos)) ||
                 name.find(" commission ") != std::string::npos || name.find(" bureau ") != std::string::npos ||
                 name.find(" service ") != std::string::npos || name.find(" services ") != std::string::npos ||
                 name.find(" authority ") != std::string::npos ||
                 name.find(" enforcement ") != std::string::npos || name.find(" protection ") != std::string::npos ||
                 // ("Cal Fire said ... The agency said": a firefighting or
                 // policing body named for its work.)
                 (w0 == "agency" && (name.find(" fire ") != std::string::npos ||
                                     name.find(" patrol ") != std::string::npos ||
                                     name.find(" police ") != std::string::npos ||
                                     name.find(" guard ") != std::string::npos)) ||
                 // ("The World Health Organization said ... The agency said":
                 // a body of nations or of government named an organization.)
                 (w0 == "agency" && (name.find(" organization ") != std::string::npos ||
                                     name.find(" organisation ") != std::string::npos ||
                                     name.find(" centers ") != std::string::npos ||
                                     name.find(" centres ") != std::string::npos ||
                                     name.find(" institute ") != std::string::npos ||
                                     name.find(" agency ") != std::string::npos));
        }
        if (Is<"organization", "organisation", "nonprofit", "charity">(w0)) fits = !company_like || acronym;
        // ("Human Rights Watch said ... the group said", "Volkswagen ... the
        // group said": a group of any kind, a campaign's or a company's.)
        // ("The dissident group said" after "Lockhart Industries": a group
        // described is the company's only as "the group" alone.)
        // ("the Washington-based group", "the rights group": a place or a
        // cause before it keeps any kind.)
        if (w0 == "group") {
          bool kind_words = true;
          for (size_t w = 0; w + 1 < words.size(); ++w) {
            kind_words = kind_words && (words[w].ends_with("-based") ||
                                        Is<"rights", "advocacy", "campaign", "lobby", "lobbying", "activist",
                                                      "environmental", "human", "pressure", "aid", "humanitarian",
                                                      "watchdog", "research", "nonprofit", "non-profit", "civil",
                                                      "liberties", "conservation", "monitoring", "industry", "trade">(words[w]));
          }
          fits = kind_words || !company_like || acronym;
        }
        // ("Kyodo News reported ... The agency said": a news agency.)
        if (w0 == "agency" && (words.size() == 1 || words[words.size() - 2] == "news")) {
          fits = fits || name.find(" news ") != std::string::npos ||
                 Is<"reuters", "xinhua", "yonhap", "kyodo", "afp", "ap", "interfax",
                                                    "tass", "ria novosti", "ansa", "efe", "bernama", "anadolu", "pti",
                                                    "ians", "wafa", "irna", "kcna", "antara", "dpa", "apa", "mena">(lower(doc.entities[org].name));
        }
        // ("Manchester City have been charged ... the club said": a side is
        // named as a company is, by its town and a word of its own.)
        if (w0 == "club") fits = company_like;
        // ("UEFA opened an investigation. The governing body said": any
        // organisation that governs or represents.)
        if (w0 == "body") fits = true;
        // ("The Boston Bruins signed ..., the team announced": a side named
        // in the plural or as a club, not a newspaper or a network.)
        if (w0 == "team") {
          const std::string& en = doc.entities[org].name;
          fits = company_like && en.size() > 4 && en.find(' ') != std::string::npos &&
                 ((en.back() == 's' && en[en.size() - 2] != 's') || name.find(" fc ") != std::string::npos ||
                  name.find(" united ") != std::string::npos || name.find(" city ") != std::string::npos);
        }
        if (!fits) org = -1;
      }
      // ("Exxon Mobil Corp will cut 2,000 jobs, the company said": the
      // organisation opening the statement's own words.)
      // (Named in full, not an acronym of another kind: "HMS Kent tracked
      // the corvette, the ministry said.")
      // ("The Uganda Revenue Authority (URA) collected ..., the authority
      // said": after its article too.)
      const bool opens = org_at == q.content.begin ||
                         (org_at == q.content.begin + 4 && doc.text.compare(q.content.begin, 4, "The ") == 0);
      bool spoke = org >= 0 && !other && opens &&
                   (lower(doc.entities[org].name).find(words.back()) != std::string::npos ||
                    Is<"company", "firm", "airline", "carrier", "automaker", "drugmaker",
                                      "manufacturer", "retailer", "lender", "startup", "insurer", "utility",
                                      "railroad", "publisher", "broadcaster", "network", "newspaper", "bank", "giant",
                                      "miner", "producer", "refiner", "exporter", "operator", "developer", "maker",
                                      "chipmaker">(words.back()));
      for (size_t j = 0; org >= 0 && !other && j < found->size() && !spoke; ++j) {
        const Quote& o = (*found)[j].quote;
        spoke = &o != &q && o.speaker_entity == org && o.speaker_mention && o.speaker_mention->begin < at &&
                o.speaker_mention->begin >= from;
      }
      // ("Kellerman Stores Inc. posted a loss. The retailer said": the one
      // organisation that opened a sentence as its subject (after "The"
      // too), with a company noun.)
      // ("U.S. Citizenship and Immigration Services raised fees. The agency
      // said": any noun of the body's kind.)
      if (org >= 0 && !other && !spoke) {
        for (const uint32_t mi : doc.entities[org].mentions) {
          const Mention& om = doc.mentions[mi];
          if (om.span.begin >= at || om.span.begin < from || finder.InQuote(om.span.begin)) continue;
          const uint32_t t0 = finder.TokenAt(om.span.begin);
          uint32_t t1 = finder.TokenAt(om.span.end);
          const uint32_t c0 = finder.ClauseStart(doc.tokens[t0].sentence);
          // ("The startup Qubix has raised": after its kind too.)
          // ("Shares of Delmont Bancorp fell 18%. The bank said": the company
          // whose shares the sentence opens with.)
          if (t0 == c0 + 2 && Is<"Shares", "Stock">(finder.Tok(c0)) && Is<"of", "in">(finder.Tok(c0 + 1))) {
            spoke = true;
            break;
          }
          if ((t0 != c0 && !(t0 == c0 + 1 && Is<"The", "the">(finder.Tok(c0))) &&
               !(t0 == c0 + 2 && Is<"The", "the">(finder.Tok(c0)) && text::StartsLower(finder.Tok(c0 + 1)) &&
                 Is<"company", "firm", "startup", "retailer", "lender", "insurer", "airline",
                                         "carrier", "manufacturer", "automaker", "drugmaker", "chipmaker", "bank",
                                         "brand", "chain", "app", "platform", "utility", "publisher">(finder.Tok(c0 + 1)))) ||
              t1 >= doc.tokens.size()) {
            continue;
          }
          // ("Luma Pay, a fintech startup, has raised": past its appositive.)
          if (t1 + 3 < doc.tokens.size() && finder.Tok(t1) == "," && Is<"a", "an", "the">(finder.Tok(t1 + 1))) {
            uint32_t c = t1 + 2;
            while (c < doc.tokens.size() && c < t1 + 12 && !Is<",", ".", ";", ":">(finder.Tok(c))) ++c;
            if (c + 1 < doc.tokens.size() && finder.Tok(c) == ",") t1 = c + 1;
          }
          // ("Ketterly Robotics today unveiled": a time before the verb.)
          uint32_t v = t1;
          while (v + 1 < doc.tokens.size() && v < t1 + 3 &&
                 Is<"today", "yesterday", "also", "now", "recently", "on", "last", "this", "Monday",
                                    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week",
                                    "night", "morning">(finder.Tok(v))) {
            ++v;
          }
          t1 = v;
          const std::string_view verb = finder.Tok(t1);
          // (A verb: "The UN children's agency said" has none after "UN".)
          spoke = text::StartsLower(verb) && (verb.size() > 3 || Is<"has", "was", "is">(verb)) && !Is<"and", "or", "but", "which", "that", "who">(verb) &&
                  (finder.IsCue(t1) || verb.ends_with("ed") || verb.ends_with("s") ||
                   Is<"will", "would", "could", "said", "says", "cut", "set", "put", "won", "lost", "made",
                             "have", "has", "had", "were", "was", "is">(verb)) &&
                  !lex.humans.Contains(verb);
          // (Not for a noun read as a verb: "children".)
          if (spoke && verb.ends_with("s") && !verb.ends_with("ss") && !finder.IsCue(t1) && t1 + 1 < doc.tokens.size() &&
              Is<"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99">(finder.Tok(t1 + 1))) {
            spoke = false;
          }
          if (spoke) break;
        }
      }
      // ("Leicester have been charged by the Premier League ..., the league
      // said", "The Japan Coast Guard said ... the coast guard said": the
      // one body named nearby whose own name holds the noun, and the words
      // before it when there are two.)
      if (!spoke && Is<"league", "guard", "ministry", "agency", "commission", "council", "federation",
                                      "association", "union", "court", "tribunal", "authority", "bureau",
                                      "department", "institute", "foundation", "university", "hospital", "museum",
                                      "party", "police", "navy", "army", "service", "board", "office", "church">(words.back())) {
        std::string tail;
        for (const std::string& w : words) tail += " " + w;
        tail += " ";
        int32_t only = -1;
        bool several = false;
        auto n = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), at,
                                  [](const Mention& x, uint32_t p) { return x.span.begin < p; });
        while (n != doc.mentions.begin() && !several) {
          --n;
          if (n->span.begin < from) break;
          if (finder.InQuote(n->span.begin) || doc.entities[n->entity].type != EntityType::kOrg) continue;
          if (lower(" " + doc.entities[n->entity].name + " ").find(tail) == std::string::npos) continue;
          if (only >= 0 && only != n->entity) several = true;
          only = n->entity;
        }
        if (only >= 0 && !several) {
          org = only;
          spoke = true;
        }
      }
      if (spoke) {
        q.speaker = doc.entities[org].name;
        q.speaker_entity = org;
        continue;
      }
      // ("Norvale Systems said a faulty update from cybersecurity firm
      // Crestline caused the outage. The company estimated ...": of several
      // companies named, the one that alone spoke here.)
      if (other && company_noun) {
        int32_t only = -1;
        bool several = false;
        for (size_t j = 0; j < found->size() && !several; ++j) {
          const Quote& o = (*found)[j].quote;
          if (&o == &q || o.speaker_entity < 0 || !o.speaker_mention || o.speaker_mention->begin >= at ||
              o.speaker_mention->begin < from || doc.entities[o.speaker_entity].type != EntityType::kOrg ||
              !CompanyLike(" " + lower(doc.entities[o.speaker_entity].name) + " ")) {
            continue;
          }
          // (A body's initials are no company's: "the SEC said ... the
          // company said".)
          bool acronym = true;
          for (char c : doc.entities[o.speaker_entity].name) acronym = acronym && !(c >= 'a' && c <= 'z');
          if (acronym) continue;
          // (Nor an outlet reporting on a company: "Reuters reported that
          // Acme Corp. had paused a trial. The company said".)
          const uint32_t after_name = finder.TokenAt(o.speaker_mention->end);
          if ((o.cue && Is<"reported", "reports", "reporting">(doc.Slice(*o.cue))) ||
              (after_name < doc.tokens.size() && Is<"reported", "reports", "reporting">(finder.Tok(after_name)))) {
            continue;
          }
          several = only >= 0 && only != o.speaker_entity;
          only = o.speaker_entity;
        }
        if (only >= 0 && !several) {
          q.speaker = doc.entities[only].name;
          q.speaker_entity = only;
          continue;
        }
      }
    }
    std::string word = words.back();
    auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.content.begin,
                               [](const Mention& m, uint32_t p) { return m.span.begin < p; });
    for (int looked = 0; it != doc.mentions.begin() && looked < 200; ++looked) {
      --it;
      const Entity& e = doc.entities[it->entity];
      if (e.type == EntityType::kOrg) {
        // "the ministry said": the latest organisation of that kind.
        std::string name = " " + lower(e.name);
        // ("the company" is left as written: the organisation named last is
        // too often another one.)
        // ("the sheriff told him" after "Dundee Sheriff Court": an office
        // is a person, not the body named after it.)
        // ("The group, WeWorkers Coalition, ... The group said": a group
        // named by a word for one.)
        const bool group_named = word == "group" && [&] {
          for (const char* head : {" coalition", " alliance", " collective", " network", " association", " society",
                                   " federation", " movement", " front", " campaign", " caucus", " initiative",
                                   " project", " league", " forum"}) {
            if (name.size() > std::strlen(head) && name.compare(name.size() - std::strlen(head), std::string::npos,
                                                                 head) == 0) {
              return true;
            }
          }
          return false;
        }();
        if (words.size() == 1 && (name.find(" " + word) != std::string::npos || group_named) &&
            !lex.titles.Contains(word)) {
          q.speaker = e.name;
          q.speaker_entity = it->entity;
          break;
        }
        continue;
      }
      if (e.type != EntityType::kPerson || possessive) continue;
      if (!apposed_read[it->entity]) {
        apposed_read[it->entity] = true;
        if (const std::optional<std::string> apposed = AppositiveRole(finder, it->entity)) {
          roles[it->entity] += " | " + lower(*apposed) + " |";
        }
      }
      const std::string& r = roles[it->entity];
      bool all = true;
      for (const std::string& w : words) {
        // (A whole word: "prince" is not in "crown princess".)
        size_t at = r.find(w);
        while (at != std::string::npos && at + w.size() < r.size() && r[at + w.size()] >= 'a' &&
               r[at + w.size()] <= 'z') {
          at = r.find(w, at + 1);
        }
        bool found = at != std::string::npos && (at == 0 || r[at - 1] == ' ');
        // ("the UAW president" after "X, president of the United Auto
        // Workers,": a body's initials.)
        const bool initials = !found && acronyms.count(w) && AcronymOf(w, r);
        if (initials) continue;
        // ("The district said" after "District spokesman Darnell Hughes": a
        // word that only modifies a people noun names the institution.)
        if (found && words.size() == 1 && at + w.size() + 1 < r.size() && r[at + w.size()] == ' ') {
          const size_t next_end = r.find(' ', at + w.size() + 1);
          const std::string next = r.substr(at + w.size() + 1, next_end == std::string::npos ? std::string::npos
                                                                                              : next_end - at - w.size() - 1);
          if (lex.humans.Contains(next)) found = false;
        }
        // ("The agency said" after "X, a program manager at the agency,":
        // the institution the person works at, not the person.)
        if (found && words.size() == 1 && at >= 7 && r.compare(at - 4, 4, "the ") == 0 &&
            (r.compare(at - 7, 3, "at ") == 0 || (at >= 8 && r.compare(at - 8, 4, "for ") == 0) ||
             r.compare(at - 7, 3, "of ") == 0 || r.compare(at - 7, 3, "in ") == 0)) {
          found = false;
        }
        // ("the company said" after "The company's vice president, X,":
        // the owner of the role, not its holder.)
        if (found && words.size() == 1 && r.compare(at + w.size(), 2, "'s") == 0) found = false;
        if (found && words.size() == 1 && r.compare(at + w.size(), 4, "\xE2\x80\x99s") == 0) found = false;
        // "The South African leader" after "South African President X",
        // "the Russian diplomat" after "Russian Foreign Minister X": a
        // general noun for the office.
        auto holds = [&](std::initializer_list<std::string_view> offices) {
          for (std::string_view o : offices) found = found || r.find(o) != std::string::npos;
        };
        if (w == "leader") holds({"president", "prime minister", "chancellor", "premier", "king", "queen", "emir"});
        if (w == "premier") holds({"prime minister"});
        if (w == "envoy") holds({"ambassador", "special representative"});
        if (w == "diplomat") {
          holds({"foreign minister", "ambassador", "envoy", "secretary of state", "deputy foreign minister",
                 "vice foreign minister"});
        }
        // ("Justice Bertram Linton ... the judge said", "Det. X ... the
        // detective said", "Gov. X ... the governor".)
        if (w == "judge") holds({"justice", "magistrate", "recorder"});
        if (w == "officer") holds({"constable", "sgt", "sergeant", "det", "detective", "trooper", "deputy"});
        if (w == "lawmaker" || w == "legislator") holds({"sen", "senator", "rep", "representative", "congressman",
                                                           "congresswoman", "assemblyman", "assemblywoman", "mp"});
        if (w == "chief") holds({"director", "secretary-general", "chairman", "chairwoman", "head of"});
        if (w == "ceo") holds({"chief executive"});
        // ("The Michigan senator" after "Sen. Angela Price (D-Mich.)".)
        if (!found && words.size() > 1 && lex.states.Contains(w)) {
          std::string state = *lex.states.Find(w);
          for (char& c : state) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
          // ("Gov. Ron Pellegrini ... the Florida governor said": a person
          // with no state label, whom no other state contradicts.)
          const std::string labelled = LabelledState(lex, finder, doc, it->entity);
          found = labelled == state;
          if (!found && labelled.empty()) {
            // (Only when no one else holds the office: "the Florida senator"
            // among Sens. Cruz and Rubio is neither by this reading.)
            int holders = 0;
            for (size_t other = 0; other < roles.size(); ++other) {
              bool all_words = doc.entities[other].type == EntityType::kPerson && !roles[other].empty();
              for (const std::string& o : words) {
                if (o != w) all_words = all_words && roles[other].find(o) != std::string::npos;
              }
              holders += all_words;
            }
            found = holders == 1;
          }
        }
        if (w == "cfo") holds({"chief financial officer"});
        all = all && found;
      }
      if (!all) continue;
      q.speaker = e.name;
      q.speaker_entity = it->entity;
      break;
    }
    if (q.speaker_entity >= 0) continue;
    // "A Commission spokeswoman, Dana Spinant, rejected that claim. ... the
    // spokeswoman said", "Her brother, Luis Delgado, ... But her brother
    // said": the latest person the article so described, by apposition.
    std::unordered_map<int32_t, bool> tried;
    it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.content.begin,
                          [](const Mention& m, uint32_t p) { return m.span.begin < p; });
    for (int looked = 0; it != doc.mentions.begin() && looked < 200; ++looked) {
      --it;
      if (doc.entities[it->entity].type != EntityType::kPerson) continue;
      if (possessive && words.size() == 1) {
        // "Her brother, Luis Delgado,": the description right before the name.
        const uint32_t k = finder.TokenAt(it->span.begin);
        if (k >= 3 && finder.Tok(k - 1) == "," && lower(finder.Tok(k - 2)) == words[0] &&
            lower(finder.Tok(k - 3)) == d.substr(0, d.find(' '))) {
          q.speaker = doc.entities[it->entity].name;
          q.speaker_entity = it->entity;
          break;
        }
        continue;
      }
      if (!tried.emplace(it->entity, true).second) continue;
      const std::optional<std::string> apposed = AppositiveRole(finder, it->entity);
      if (!apposed) continue;
      const std::string r = " " + lower(*apposed) + " ";
      bool all = true;
      for (const std::string& w : words) {
        const size_t at = r.find(" " + w + " ");
        // ("the CEO" after "Ridgeway chief executive Thomas Achterberg".)
        const bool synonym = at == std::string::npos && ((w == "ceo" && r.find(" chief executive ") != std::string::npos) ||
                                                         (acronyms.count(w) && AcronymOf(w, r)));
        all = all && (at != std::string::npos || synonym);
        // ("The district said" after "District spokesman Darnell Hughes".)
        if (all && !synonym && words.size() == 1) {
          const size_t from = at + w.size() + 2, to = r.find(' ', from);
          if (to != std::string::npos && to > from && lex.humans.Contains(r.substr(from, to - from))) all = false;
        }
        // ("The ministry said" after "X, a spokesman for the ministry,": the
        // institution the person works for.)
        if (all && !synonym && words.size() == 1 && at != std::string::npos && at >= 8 &&
            r.compare(at - 4, 4, " the") == 0 &&
            (r.compare(at - 7, 3, " at") == 0 || r.compare(at - 8, 4, " for") == 0 ||
             r.compare(at - 7, 3, " of") == 0 || r.compare(at - 7, 3, " in") == 0)) {
          all = false;
        }
        // ("The company's vice president of AI policy, Simone Arkwright,":
        // "the company" is the owner of the role.)
        if (all && !synonym && words.size() == 1 && at != std::string::npos) {
          const size_t after = r.find(w, at) + w.size();
          if (r.compare(after, 2, "'s") == 0 || r.compare(after, 4, "\xE2\x80\x99s") == 0) all = false;
        }
      }
      if (!all) continue;
      q.speaker = doc.entities[it->entity].name;
      q.speaker_entity = it->entity;
      q.speaker_role = *apposed;
      break;
    }
    if (q.speaker_entity >= 0 || possessive || !q.speaker_mention) continue;
    if (const int32_t e = EpithetReferent(lex, finder, doc, *found, words, *q.speaker_mention); e >= 0) {
      q.speaker = doc.entities[e].name;
      q.speaker_entity = e;
      if (const std::optional<std::string> apposed = AppositiveRole(finder, e)) q.speaker_role = *apposed;
    }
  }
}

// "Johnson said Snelling had the trust of officers. "He came up through the
// ranks," he said.": "he" or "she" right after a statement, resolved to a
// person named only inside that statement's words, is its speaker again.
// The token holding byte `pos`.
uint32_t TokenHolding(const Document& doc, uint32_t pos) {
  auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), pos,
                             [](uint32_t p, const Token& t) { return p < t.span.begin; });
  return it == doc.tokens.begin() ? 0 : uint32_t(it - doc.tokens.begin() - 1);
}

void KeepTheLastSpeaker(const SpeakerFinder& finder, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  const Quote* prev = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    const Quote* last = prev;
    if (!(*found)[i].nested) prev = &q;  // (a report inside another's words is no antecedent)
    if (!last || !q.speaker_mention || q.speaker_entity < 0 || last->speaker_entity < 0 ||
        last->speaker_entity == q.speaker_entity) {
      continue;
    }
    const std::string_view p = doc.Slice(*q.speaker_mention);
    const char gender = p == "he" || p == "He" ? 'm' : p == "she" || p == "She" ? 'f' : 0;
    // "Soo Kim said Kim Jong Un would ... "...," Kim said.": a family name
    // the last speaker shares with a person inside the last words is the
    // last speaker's.
    const Entity& speaker = doc.entities[last->speaker_entity];
    bool shared_name = false;
    if (!gender && p.find(' ') == std::string_view::npos && p.size() > 1 &&
        doc.entities[q.speaker_entity].type == EntityType::kPerson) {
      const std::string& n = speaker.name;
      for (size_t at = n.find(p); at != std::string::npos && !shared_name; at = n.find(p, at + 1)) {
        shared_name = (at == 0 || n[at - 1] == ' ') && (at + p.size() == n.size() || n[at + p.size()] == ' ');
      }
    }
    if ((!gender && !shared_name) || q.speaker_mention->begin < last->content.end ||
        q.speaker_mention->begin - last->content.end > 250) {
      continue;
    }
    if (speaker.type != EntityType::kPerson || (gender && speaker.gender && speaker.gender != gender)) continue;
    // The resolved person's latest mention before the pronoun lies inside
    // the last statement's words.
    int32_t latest = -1;
    for (size_t m = 0; m < doc.mentions.size() && doc.mentions[m].span.begin < q.speaker_mention->begin; ++m) {
      if (doc.mentions[m].entity == q.speaker_entity) latest = int32_t(m);
    }
    if (latest < 0) continue;
    const Span at = doc.mentions[latest].span;
    const Span words = last->clause ? *last->clause : last->content;
    // (Or, for a shared family name, inside the last speaker's own
    // description: "Jane Smith, the sister of John Smith, rejected ...".)
    const bool described = shared_name && last->speaker_mention && last->speaker_mention->end <= at.begin &&
                           at.end <= words.begin && words.begin - last->speaker_mention->end < 200;
    // (Or a family name the last speaker shares, in the same paragraph:
    // "Kim Dong-yup, a professor, said ... "...," Kim said." after "Kim
    // Jong Un" earlier is the professor.)
    // (Not after a courtesy title, which picks by gender: "Mr. Clinton".)
    const uint32_t at_tok = TokenHolding(doc, q.speaker_mention->begin);
    const std::string_view before = at_tok > 0 ? doc.Slice(doc.tokens[at_tok - 1].span) : std::string_view();
    // (Nor "the younger Duterte", which picks by age, nor when another
    // person of that name is named after the last statement: "Her
    // colleague, Sergeant Paul Moss, disagreed. Moss said".)
    bool other_named = false;
    for (const Mention& m : doc.mentions) {
      if (m.span.begin >= q.speaker_mention->begin) break;
      if (m.span.begin < last->content.end || m.entity == last->speaker_entity) continue;
      const Entity& e = doc.entities[m.entity];
      if (e.type != EntityType::kPerson || e.name.find(std::string(p)) == std::string::npos) continue;
      // (Only one who speaks there: "Her son, Peter Cho, was also in the
      // car. Cho said" is still the mother.)
      const uint32_t me = finder.TokenAt(m.span.end);
      for (uint32_t k = me; k < doc.tokens.size() && k < me + 8 && !other_named; ++k) {
        if (finder.Tok(k) == "." || doc.tokens[k].sentence != doc.tokens[me > 0 ? me - 1 : 0].sentence) break;
        other_named = finder.IsCue(k) || finder.lex().clauseless.Contains(finder.Tok(k)) ||
                      finder.lex().object_cues.Contains(finder.Tok(k)) ||
                      Is<"disagreed", "disagrees", "objected", "differed", "demurred", "dissented">(finder.Tok(k));
      }
    }
    const bool shared_here =
        shared_name && !other_named &&
        !Is<"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Dr.", "Dr", "Sen.", "Rep.", "younger", "elder",
                     "older", "senior", "junior", "Representative", "Senator", "Governor", "Gov.", "Mayor", "Judge",
                     "Justice", "General", "Gen.">(before) &&
        doc.sentences[doc.tokens[at_tok].sentence].paragraph ==
            doc.sentences[doc.tokens[TokenHolding(doc, last->content.begin)].sentence].paragraph;
    // (Or, for "he"/"she" right after the last statement in its paragraph,
    // a last speaker named after the resolved person's latest mention:
    // "Her friend, Emily Watson, said ... "...," she said." after Edna.)
    const bool recent = gender && last->speaker_mention && last->speaker_mention->begin > at.end &&
                        speaker.gender == gender && q.speaker_mention->begin - last->content.end < 80 &&
                        doc.sentences[doc.tokens[at_tok].sentence].paragraph ==
                            doc.sentences[doc.tokens[TokenHolding(doc, last->speaker_mention->begin)].sentence].paragraph;
    if ((at.begin < words.begin || at.end > words.end) && !described && !shared_here && !recent) continue;
    q.speaker = last->speaker;
    q.speaker_entity = last->speaker_entity;
    q.speaker_role = last->speaker_role;
  }
}

// "One store clerk said the robber pointed a gun at her. "I thought I was
// going to die," she said.": a "he" or "she" right after a statement by an
// unnamed person (a people noun in the description, no gender against the
// pronoun) is that person, when no person is named between them; the
// resolver only knows named people and would reach back past the clerk.
void KeepTheLastDescribedSpeaker(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  const Quote* prev = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    const Quote* last = prev;
    if (!(*found)[i].nested) prev = &q;
    if (!last || !q.speaker_mention || !last->speaker_mention || last->speaker_entity >= 0 || !last->speaker) {
      continue;
    }
    const std::string_view p = doc.Slice(*q.speaker_mention);
    const char gender = p == "he" || p == "He" ? 'm' : p == "she" || p == "She" ? 'f' : 0;
    if (!gender || q.speaker_mention->begin < last->content.end ||
        q.speaker_mention->begin - last->content.end > 250) {
      continue;
    }
    // (In the same paragraph: across one, a reply is as likely; but not
    // for a quote that opens the next paragraph right after: "One woman
    // told NPR she no longer feels safe. ¶ "You look at the exits now,"
    // she said.")
    const uint32_t q_para = doc.sentences[doc.tokens[f.TokenAt(q.speaker_mention->begin)].sentence].paragraph;
    const uint32_t last_para = doc.sentences[doc.tokens[f.TokenAt(last->speaker_mention->begin)].sentence].paragraph;
    const bool opens_next = q_para == last_para + 1 && q.kind == QuoteKind::kDirect &&
                            q.content.begin <= doc.paragraphs[q_para].begin + 3 &&
                            last->content.end + 3 >= doc.paragraphs[last_para].end;
    if (q_para != last_para && !opens_next) continue;
    const uint32_t a = f.TokenAt(last->speaker_mention->begin), b = f.TokenAt(last->speaker_mention->end);
    if (b <= a + 1 || b - a > 12) continue;  // a pronoun, or a long clause
    // ("when a reporter asked if ... "...," he said": the one asked answers.)
    if (last->cue && Is<"asked", "asks", "asking", "questioned", "wondered">(doc.Slice(*last->cue))) continue;
    bool people = false, against = false;
    // The head before any preposition or relative must be a people noun
    // ("A man at the hardware store", not "A video of the episode").
    uint32_t head_end = a;
    while (head_end < b && !Is<"of", "at", "in", "on", "for", "from", "with", "who", "whose", "that",
                                                 ",", "near", "outside", "inside", "by", "to">(f.Tok(head_end))) {
      ++head_end;
    }
    if (head_end == a || !f.lex().humans.Contains(f.Tok(head_end - 1)) ||
        f.lex().evidence.Contains(f.Tok(head_end - 1))) {
      continue;
    }
    // Only a person introduced so ("a", "one"): "the candidate" names again
    // someone the article named before.
    if (!Is<"a", "an", "A", "An", "one", "One", "another", "Another">(f.Tok(a))) continue;
    for (uint32_t k = a; k < b; ++k) {
      const std::string_view w = f.Tok(k);
      if (text::StartsUpper(w) && k > a && f.PersonMentionStartingAt(k) >= 0) {
        against = true;  // a person named inside: "a relative of Dawkins"
        break;
      }
      people = people || f.lex().humans.Contains(w);
      if (Is<"man", "men", "father", "husband", "son", "brother", "boy", "spokesman", "chairman", "businessman">(w)) {
        against = against || gender == 'f';
      }
      if (Is<"woman", "women", "mother", "wife", "daughter", "sister", "girl", "spokeswoman", "chairwoman",
                 "businesswoman">(w)) {
        against = against || gender == 'm';
      }
    }
    if (!people || against) continue;
    // No person named between the two statements' speakers (outside the
    // quotation marks).
    bool named = false;
    for (const Mention& m : doc.mentions) {
      if (m.span.begin >= q.speaker_mention->begin) break;
      if (m.span.begin < last->speaker_mention->end || f.InQuote(m.span.begin)) continue;
      named = doc.entities[m.entity].type == EntityType::kPerson;
      if (named) break;
    }
    if (named) continue;
    q.speaker = last->speaker;
    q.speaker_entity = -1;
    q.speaker_role = last->speaker_role;
  }
}

// "A senior executive at a Greek tanker owner said ... "...," the executive
// said": a definite description again of an unnamed speaker introduced with
// "a", "an" or "one" (the same head noun, its adjectives among the
// introduction's words) within the last three paragraphs is that speaker,
// when no other such speaker with that head came between.
void ResolveDescribedAgain(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  auto words_of = [](const std::string& s) {
    std::vector<std::string> w;
    size_t at = 0;
    while (at < s.size()) {
      size_t e = s.find(' ', at);
      if (e == std::string::npos) e = s.size();
      if (e > at) {
        std::string word = s.substr(at, e - at);
        for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
        w.push_back(std::move(word));
      }
      at = e + 1;
    }
    return w;
  };
  for (size_t n = 0; n < order.size(); ++n) {
    Quote& q = (*found)[order[n]].quote;
    if (q.speaker_entity >= 0 || !q.speaker || !q.speaker_mention) continue;
    const std::vector<std::string> w = words_of(*q.speaker);
    if (w.size() < 2 || w.size() > 3 || w[0] != "the" || !f.lex().humans.Contains(w.back()) || w.back().back() == 's') {
      continue;
    }
    const uint32_t para = doc.sentences[doc.tokens[f.TokenAt(q.speaker_mention->begin)].sentence].paragraph;
    for (size_t m = n; m-- > 0;) {
      const Quote& o = (*found)[order[m]].quote;
      if (!o.speaker || !o.speaker_mention || o.speaker_mention->begin >= q.speaker_mention->begin) continue;
      const uint32_t o_para = doc.sentences[doc.tokens[f.TokenAt(o.speaker_mention->begin)].sentence].paragraph;
      if (o_para + 3 < para) break;
      if (o.speaker_entity >= 0) continue;
      const std::vector<std::string> ow = words_of(*o.speaker);
      if (ow.size() < 2 || !Is<"a", "an", "one", "another">(ow[0])) continue;
      // The introduction's head: its last word before a preposition or a
      // relative ("A senior official at the bureau" -> "official").
      size_t head = 1;
      while (head + 1 < ow.size() && !Is<"at", "in", "of", "for", "from", "with", "on", "who", "close",
                                                        "familiar", "involved", "based", "working">(ow[head + 1])) {
        ++head;
      }
      if (ow[head] != w.back()) continue;
      bool adjectives = true;
      for (size_t a = 1; a + 1 < w.size() && adjectives; ++a) {
        adjectives = std::find(ow.begin(), ow.begin() + long(head), w[a]) != ow.begin() + long(head);
      }
      if (adjectives) q.speaker = o.speaker;
      break;
    }
  }
}

// "The defence ministry said the base had been hit. It added that no one was
// hurt.", "The Israeli military said its jets had struck Hezbollah targets.
// It said ...": "it" right after a statement by an organisation or an
// institution described (no person) is that speaker, not an organisation
// named inside its words.
// "Kowal said in a written statement that .... "...," the statement said.":
// a document named as the speaker is the voice of who issued it, the latest
// speaker whose sentence names such a document, within a few paragraphs.
// ("Petro's message was blunt: "..."", "Her advice is simple: "..."", "His
// verdict: "..."": what a person's words are called, before a colon that opens
// the quote, is the person speaking; the noun is the cue, as "Spithill's
// verdict was blunt:" has it.)
void WordsOfTheirOwner(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  for (Found& fd : *found) {
    Quote& q = fd.quote;
    if (q.kind != QuoteKind::kDirect) continue;
    const uint32_t first = f.TokenAt(q.content.begin);
    if (first == 0) continue;
    const uint32_t open = first - 1;  // the opening mark
    if (open < 3 || f.Tok(open - 1) != ":") continue;
    const uint32_t s = doc.tokens[open].sentence;
    uint32_t a = doc.sentences[s].first_token;
    if (open - a > 11) continue;
    // The owner: "X's" (a person named) or "His", "Her", "Their".
    Speaker sp;
    uint32_t noun = 0;
    if (Is<"His", "Her", "Their">(f.Tok(a))) {
      noun = a + 1;
      if (f.Tok(a) != "Their") {
        sp.found = true;
        sp.mention = doc.tokens[a].span;
        sp.entity = f.ResolvePronoun(sp.mention.begin, f.Tok(a) == "His" ? 'm' : 'f');
        if (sp.entity >= 0) sp.name = doc.entities[sp.entity].name;
      }
    } else {
      // ("Ferrari team principal Frederic Vasseur's verdict": an office
      // before the name.)
      for (uint32_t k = a + 1; k + 1 < open && k < a + 7; ++k) {
        if (!Is<"'s", "\xE2\x80\x99s">(f.Tok(k))) continue;
        const int32_t pm = f.PersonMentionEndingAt(k - 1);
        if (pm >= 0) {
          sp.found = true;
          sp.entity = doc.mentions[pm].entity;
          sp.name = doc.entities[sp.entity].name;
          sp.mention = doc.mentions[pm].span;
          noun = k + 1;
        }
        break;
      }
    }
    // ("The message from Klopp was clear:": the owner after "from".)
    uint32_t after = noun + 1;  // where the copula or colon comes
    if (!sp.found && Is<"The", "the">(f.Tok(a)) && a + 3 < open && f.Tok(a + 2) == "from") {
      if (const int32_t pm = f.PersonMentionStartingAt(a + 3); pm >= 0) {
        sp.found = true;
        sp.entity = doc.mentions[pm].entity;
        sp.name = doc.entities[sp.entity].name;
        sp.mention = doc.mentions[pm].span;
        noun = a + 1;
        after = f.TokenAt(doc.mentions[pm].span.end);
      } else {
        // ("The message from the tenants was simple:": people described.)
        uint32_t c = a + 4;
        while (c < open - 1 && c < a + 10 && !Is<"was", "is", "were", "are", ",", "to", "for">(f.Tok(c))) ++c;
        const Speaker d = c < open - 1 ? f.Description(a + 3, c) : Speaker();
        if (Is<"was", "is", "were", "are">(f.Tok(c)) && d.found && d.name) {
          sp = d;
          noun = a + 1;
          after = c;
        }
      }
    }
    if (!sp.found || (sp.entity < 0 && !sp.description) || noun == 0 || noun + 1 > open - 1) continue;
    if (!Is<"message", "advice", "verdict", "reply", "response", "answer", "words", "view", "assessment",
                          "warning", "reaction", "explanation", "take", "prediction", "point", "plea", "appeal",
                          "instruction", "instructions", "promise", "vow", "conclusion", "diagnosis", "retort">(f.Tok(noun))) {
      continue;
    }
    // ("Whitmer's message to the crowd was simple:": whom it was for.)
    if (after < open - 1 && Is<"to", "for">(f.Tok(after))) {
      uint32_t c = after + 1;
      while (c < open - 1 && c < after + 6 && !Is<"was", "is", "were", "are">(f.Tok(c))) ++c;
      if (c < open - 1 && Is<"was", "is", "were", "are">(f.Tok(c))) after = c;
    }
    // After the noun: the colon, or a copula and one or two words of manner.
    uint32_t cue_b = noun, cue_e = noun;
    if (after < open - 1) {
      if (!Is<"was", "is", "were", "are">(f.Tok(after)) || open - 1 - (after + 1) > 2) continue;
      bool manner = true;
      for (uint32_t m = after + 1; m < open - 1 && manner; ++m) manner = text::StartsLower(f.Tok(m)) && IsWordTok(f.Tok(m));
      if (!manner) continue;
    }
    q.speaker = sp.name;
    q.speaker_entity = sp.entity;
    q.speaker_mention = sp.mention;
    q.cue = Span{doc.tokens[cue_b].span.begin, doc.tokens[cue_e].span.end};
  }
}

void DocumentsSpeakForTheirIssuers(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  for (size_t n = 0; n < order.size(); ++n) {
    Quote& q = (*found)[order[n]].quote;
    if (q.speaker_entity >= 0 || !q.speaker || !q.speaker_mention) continue;
    const std::string_view name = *q.speaker;
    // ("The Halden Philharmonic's statement said": a named body's or
    // person's document speaks for its owner.)
    if (const uint32_t b = f.TokenAt(q.speaker_mention->end);
        b >= 3 && b <= doc.tokens.size() && doc.tokens[b - 1].span.end == q.speaker_mention->end &&
        Is<"statement", "letter", "release", "memo", "email", "note", "notice", "post", "filing">(f.Tok(b - 1)) &&
        Is<"'s", "\xE2\x80\x99s">(f.Tok(b - 2))) {
      if (const int32_t om = f.MentionEndingAt(b - 3);
          om >= 0 && doc.mentions[om].span.begin >= q.speaker_mention->begin &&
          f.TokenAt(doc.mentions[om].span.begin) <= f.TokenAt(q.speaker_mention->begin) + 1 &&
          (doc.entities[doc.mentions[om].entity].type == EntityType::kOrg ||
           doc.entities[doc.mentions[om].entity].type == EntityType::kPerson)) {
        q.speaker = doc.entities[doc.mentions[om].entity].name;
        q.speaker_entity = doc.mentions[om].entity;
        continue;
      }
    }
    if (name.size() < 7 || !(name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0)) continue;
    const std::string_view head = name.substr(name.rfind(' ') + 1);
    // ("The statement, issued by the DPRK's Ministry of National Defense,
    // said": the issuer set off after the document.)
    if (const uint32_t a = f.TokenAt(q.speaker_mention->end);
        a + 4 < doc.tokens.size() && f.Tok(a) == "," &&
        Is<"issued", "released", "signed", "published", "sent", "posted", "distributed", "written",
                          "authored", "drafted">(f.Tok(a + 1)) &&
        f.Tok(a + 2) == "by" &&
        // (Not a count of signatories: "The letter, signed by 40 relatives,
        // says" is the letter's.)
        !(f.Tok(a + 1) == "signed" &&
          ((f.Tok(a + 3)[0] >= '0' && f.Tok(a + 3)[0] <= '9') || Is<"dozens", "hundreds", "thousands", "more", "nearly",
                                                           "about", "some", "over", "almost", "all", "several">(f.Tok(a + 3))))) {
      uint32_t e = a + 3;
      // ("written by a senior Treasury aide and obtained by The Wall Street
      // Journal": the author ends before a second participle.)
      uint32_t author_end = 0;
      while (e < doc.tokens.size() && e < a + 20 && !Is<",", ".", ";", "(">(f.Tok(e)) && !f.IsCue(e)) {
        if (author_end == 0 && f.Tok(e) == "and" && e + 1 < doc.tokens.size() && f.Tok(e + 1).ends_with("ed") &&
            text::StartsLower(f.Tok(e + 1))) {
          author_end = e;
        }
        ++e;
      }
      if (e < doc.tokens.size() && f.Tok(e) == "," && author_end > a + 3) e = author_end;
      if (e < doc.tokens.size() && (f.Tok(e) == "," || e == author_end) && e > a + 3) {
        Speaker by = f.RightSubject(a + 3, e);
        if (!(by.found && by.last_token == e)) by = f.Description(a + 3, e);
        if (by.found && by.name) {
          q.speaker = by.name;
          q.speaker_entity = by.entity;
          q.speaker_role = by.role;
          continue;
        }
      }
    }
    if (!Is<"statement", "letter", "release", "memo", "email", "note", "notice", "post", "filing">(head) ||
        name.find(' ') != name.rfind(' ')) {
      // Only "the statement", "the letter": a bare document, not "the
      // ministry's statement" or "the report by X".
      if (!(name.find(' ') != name.rfind(' ') && (name.ends_with("joint statement") ||
                                                   name.ends_with("written statement")))) {
        continue;
      }
    }
    for (size_t back = n; back-- > 0;) {
      if ((*found)[order[back]].nested) continue;  // (inside another report's words)
      const Quote& last = (*found)[order[back]].quote;
      if (q.speaker_mention->begin - last.content.end > 1500 && last.content.end < q.speaker_mention->begin) break;
      if (!last.speaker || !last.cue || last.content.begin >= q.content.begin) continue;
      if (last.speaker_entity < 0 && last.speaker->ends_with(head)) continue;  // another document ("the report")
      // The document named in the sentence of that speaker's cue.
      const uint32_t ck = f.TokenAt(last.cue->begin);
      if (ck >= doc.tokens.size()) continue;
      const Sentence& sent = doc.sentences[doc.tokens[ck].sentence];
      bool named = false, someone_elses = false;
      for (uint32_t k = sent.first_token; k < sent.end_token && !named; ++k) {
        named = f.Tok(k) == head && !f.InQuote(doc.tokens[k].span.begin);
        if (!named) continue;
        // ("The spokesman read a statement from the family", "a friend read
        // a letter Keisha had written": read out for someone else.)
        for (uint32_t b = k; b > sent.first_token && k - b < 4;) {
          --b;
          someone_elses = someone_elses || Is<"read", "reads", "reading", "aloud">(f.Tok(b));
        }
        someone_elses = someone_elses || f.Tok(k + 1) == "from";
      }
      // ("Leicester City said the manager had left. "...," the statement
      // continued.": a statement going on is the one its issuer just made.)
      if (!named && q.cue && Is<"continued", "continues", "added", "adds",
                                                                   "concluded", "concludes">(f.Tok(f.TokenAt(q.cue->begin))) &&
          last.speaker_entity >= 0 && doc.entities[last.speaker_entity].type != EntityType::kPerson &&
          q.speaker_mention->begin - last.content.end < 600) {
        named = true;
      }
      if (!named) continue;
      // ("..., according to a statement from the police department. The
      // statement says": the document itself, as the last statement named
      // it.)
      if (someone_elses && !(last.speaker_entity < 0 && last.speaker->find(std::string(head)) != std::string::npos)) {
        break;
      }
      q.speaker = last.speaker;
      q.speaker_entity = last.speaker_entity;
      q.speaker_role = last.speaker_role;
      break;
    }
  }
}

// ""...," he said. "Others will lose."": a quote that borrows its neighbour's
// attribution (the same words naming the speaker) has that quote's speaker,
// as the later passes settled it.
void ShareBorrowedAttributions(std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  for (size_t n = 0; n < order.size(); ++n) {
    Quote& q = (*found)[order[n]].quote;
    if (q.cue || !q.speaker_mention) continue;
    for (size_t d : {size_t(1), size_t(2)}) {
      for (size_t m : {n - d, n + d}) {
        if (m >= order.size() || m == n) continue;  // n - d wraps past zero
        const Quote& o = (*found)[order[m]].quote;
        if (!o.cue || !o.speaker_mention || !(*o.speaker_mention == *q.speaker_mention)) continue;
        q.speaker = o.speaker;
        q.speaker_entity = o.speaker_entity;
        // (A title stays its mention's: the quote after takes the role the
        // article gives the person elsewhere, as quotes without one do.)
        if (!q.speaker_role && !(*found)[order[m]].role_is_title) q.speaker_role = o.speaker_role;
        d = 3;
        break;
      }
      if (d == 3) break;
    }
  }
}

void KeepTheLastInstitution(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  const Quote* prev = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    const Quote* last = prev;
    if (!(*found)[i].nested) prev = &q;  // (a report inside another's words is no antecedent)
    if (!last || !q.speaker_mention || !last->speaker || !last->speaker_mention) continue;
    const std::string_view p = doc.Slice(*q.speaker_mention);
    if (p != "it" && p != "It") continue;
    if (q.speaker_mention->begin < last->content.end || q.speaker_mention->begin - last->content.end > 250) continue;
    // (Not when another organisation is named between them: "The
    // Conservative Party became embroiled ... when it posted".)
    const uint32_t from = std::max(last->content.end, last->speaker_mention->end);
    bool other = false;
    for (const Mention& m : doc.mentions) {
      if (m.span.begin >= q.speaker_mention->begin) break;
      if (m.span.begin < from || f.InQuote(m.span.begin)) continue;
      // ("Allentown's management will remain in place, it said.": an owner
      // inside the statement's own words is no other speaker.)
      const uint32_t after = f.TokenAt(m.span.end);
      if (m.span.begin >= q.content.begin && m.span.end <= q.content.end && after < doc.tokens.size() &&
          Is<"'s", "\xE2\x80\x99s">(f.Tok(after))) {
        continue;
      }
      const EntityType t = doc.entities[m.entity].type;
      other = other || ((t == EntityType::kOrg || t == EntityType::kGpe) && m.entity != last->speaker_entity);
    }
    if (other) continue;
    if (last->speaker_entity >= 0) {
      const EntityType t = doc.entities[last->speaker_entity].type;
      if (t != EntityType::kOrg && t != EntityType::kGpe) continue;
    } else {
      // A description of an institution: no people noun at its head and no
      // pronoun ("The defence ministry", "the commission").
      const uint32_t a = f.TokenAt(last->speaker_mention->begin), b = f.TokenAt(last->speaker_mention->end);
      if (b <= a || b - a > 8 || f.IsPronoun(a)) continue;
      const std::string_view written = f.Tok(b - 1);
      // ("HealthBridge said. It said ...": a name no one took for a person.)
      // ("Three UK said": two or three capitalised words, the same.)
      bool lone_name = b <= a + 3 && text::StartsUpper(written);
      for (uint32_t k = a; k < b && lone_name && b > a + 1; ++k) {
        char low[32];
        lone_name = text::StartsUpper(f.Tok(k)) && !f.lex().starters.Contains(f.Tok(k)) &&
                    !f.lex().humans.Contains(text::FoldCase(f.Tok(k), low, sizeof low)) &&
                    !(k == a && f.lex().given.Contains(f.Tok(k)));
      }
      // ("The Home Office", "the Justice Department": capitalised heads too.)
      char folded[32];
      const std::string_view head = text::FoldCase(written, folded, sizeof folded);
      const bool institution = Is<"association", "coalition", "alliance", "federation", "foundation",
                                         "university", "hospital", "school", "bureau", "consulate", "ministries",
                                         "center", "centre", "corporation", "society", "force", "legislature",
                                         "ministry", "military", "army", "government", "company", "agency",
                                         "department", "office", "commission", "council", "committee", "court",
                                         "board", "bank", "firm", "group", "police", "union", "party", "embassy",
                                         "administration", "authority", "regulator", "network", "newspaper",
                                         "service", "institute", "organization", "organisation", "forces",
                                         "statement", "report", "commentary", "campaign", "team", "club", "league">(head);
      if (!institution && !lone_name) continue;
    }
    q.speaker = last->speaker;
    q.speaker_entity = last->speaker_entity;
    q.speaker_role = last->speaker_role;
  }
}

// "Rep. Don Bacon said ... "...," the Nebraska Republican added.": an
// epithet for a person (a party, a trade, a fame) right after that person's
// statement, with no one else named between, is that person.
// An office a definite description names its holder by ("the prime
// minister", "the finance minister").
bool OfficeEpithet(std::string_view w) {
  return Is<"minister", "premier", "president", "chancellor", "governor", "mayor", "senator", "secretary",
                "leader", "chairman", "chairwoman", "commissioner", "ambassador", "envoy", "spokesman", "spokeswoman",
                "spokesperson">(w);
}

void ResolveEpithets(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  const Quote* prev = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    const Quote* last = prev;
    if (!(*found)[i].nested) prev = &q;
    if (!last || !q.speaker_mention || q.speaker_entity >= 0 || last->speaker_entity < 0 || !last->speaker_mention ||
        doc.entities[last->speaker_entity].type != EntityType::kPerson || q.speaker_mention->begin < last->content.end ||
        q.speaker_mention->begin < last->speaker_mention->end ||
        q.speaker_mention->begin - std::max(last->content.end, last->speaker_mention->end) > 400) {
      continue;
    }
    const uint32_t a = f.TokenAt(q.speaker_mention->begin), b = f.TokenAt(q.speaker_mention->end);
    if (b < a + 2 || b > a + 5 || !Is<"the", "The">(f.Tok(a))) continue;
    const std::string_view head = f.Tok(b - 1);
    char gender = 0;
    if (Is<"actress", "businesswoman", "congresswoman", "singer-songwriter", "chairwoman", "spokeswoman">(head)) {
      gender = 'f';
    } else if (Is<"actor", "businessman", "congressman", "chairman", "spokesman">(head)) {
      gender = 'm';
    }
    if (!Is<"Republican", "Democrat", "Independent", "Conservative", "Tory", "Liberal", "Progressive",
                   "populist", "centrist", "lawmaker", "legislator", "politician", "mogul", "billionaire", "tycoon",
                   "entrepreneur", "businessman", "businesswoman", "congressman", "congresswoman", "star", "actor",
                   "actress", "singer", "rapper", "comedian", "filmmaker", "novelist", "veteran", "quarterback",
                   "striker", "midfielder", "economist", "activist", "campaigner", "billionaire", "magnate",
                   "singer-songwriter", "superstar", "icon", "legend", "incumbent", "nominee", "candidate",
                   "hopeful", "challenger", "newcomer", "freshman", "septuagenarian", "octogenarian">(head) &&
        // (A noun no lexicon holds after a long quote, "the hawker said"
        // after Madam Tan's statement: the person just quoted.)
        !(*found)[i].as_written && !OfficeEpithet(head)) {
      continue;
    }
    // ("Hatzidakis said. The finance minister added": an office, when the
    // one just quoted holds no other; "said Jen Psaki, the press secretary.
    // The president said" is someone else.)
    // ("said Prime Minister Anna Berg. ... the deputy prime minister said":
    // every word of the description must be in the role.)
    if (OfficeEpithet(head) && last->speaker_role) {
      std::string role = *last->speaker_role;
      for (char& c : role) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      bool all = true;
      for (uint32_t w = a + 1; w < b && all; ++w) {
        std::string word(f.Tok(w));
        for (char& c : word) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        all = role.find(word) != std::string::npos;
      }
      if (!all) continue;
    }
    // ("Smith said the talks were "useful," while the foreign minister
    // said": an office in the same sentence is someone else, and so is an
    // owner, "the minister's spokesman".)
    if (OfficeEpithet(head) && (doc.tokens[a].sentence == doc.tokens[f.TokenAt(last->content.begin)].sentence ||
                                Is<"'s", "\xE2\x80\x99s">(f.Tok(b)))) {
      continue;
    }
    // ("China's ambassador Zhang Jun and Zhang Ming, head of the SCO,
    // spoke. Zhang Ming said ... The ambassador said": the office next to
    // another person's name earlier is that person's.)
    if (OfficeEpithet(head)) {
      bool others = false;
      for (uint32_t k = 0; k + 1 < a && !others; ++k) {
        std::string_view w = f.Tok(k);
        if (w.size() != head.size() || !(w == head || (w[0] == head[0] - 32 && w.substr(1) == head.substr(1)))) continue;
        for (uint32_t n = k + 1; n < a && n <= k + 3 && !others; ++n) {
          const int32_t pm = f.PersonMentionStartingAt(n);
          others = pm >= 0 && doc.mentions[pm].entity != last->speaker_entity;
        }
        for (uint32_t n = k >= 4 ? k - 4 : 0; n < k && !others; ++n) {
          const int32_t pm = f.PersonMentionEndingAt(n);
          others = pm >= 0 && doc.mentions[pm].entity != last->speaker_entity;
        }
      }
      if (others) continue;
    }
    const Entity& e = doc.entities[last->speaker_entity];
    if (gender && e.gender && e.gender != gender) continue;
    // (No other person named between the two.)
    bool other = false;
    for (const Mention& m : doc.mentions) {
      if (m.span.begin >= q.speaker_mention->begin) break;
      if (m.span.begin < last->speaker_mention->end || f.InQuote(m.span.begin)) continue;
      other = other || (doc.entities[m.entity].type == EntityType::kPerson && m.entity != last->speaker_entity);
    }
    if (other) continue;
    q.speaker = e.name;
    q.speaker_entity = last->speaker_entity;
  }
}

// "X and Y clashed. The latter said ...": "the latter" is the last person
// named before it outside quotation marks, "the former" the one before
// that, among the people of the sentence before it and its own words.
void ResolveLatterAndFormer(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  for (Found& fd : *found) {
    Quote& q = fd.quote;
    if (!q.speaker_mention || q.speaker_entity >= 0) continue;
    const std::string_view m = doc.Slice(*q.speaker_mention);
    const bool latter = m == "the latter" || m == "The latter";
    if (!latter && m != "the former" && m != "The former") continue;
    const uint32_t s = doc.tokens[f.TokenAt(q.speaker_mention->begin)].sentence;
    std::vector<int32_t> people;  // distinct, in order of their last mention
    // (The sentence before, or the two before when the nearer names fewer
    // than two: "The latter said ... The former said ...".)
    for (uint32_t back = 1; back <= 2 && people.size() < 2 && s >= back; ++back) {
      const uint32_t from = doc.sentences[s - back].span.begin;
      people.clear();
      for (const Mention& men : doc.mentions) {
        if (men.span.begin >= q.speaker_mention->begin) break;
        if (men.span.begin < from || f.InQuote(men.span.begin) ||
            doc.entities[men.entity].type != EntityType::kPerson) {
          continue;
        }
        people.erase(std::remove(people.begin(), people.end(), men.entity), people.end());
        people.push_back(men.entity);
      }
    }
    if (people.size() < 2) continue;
    const int32_t e = latter ? people.back() : people[people.size() - 2];
    q.speaker = doc.entities[e].name;
    q.speaker_entity = e;
  }
}

// "SwiftJet said ... "...," the airline said": a company noun after "the"
// is the company that spoke in the statement before, where the recogniser
// took its name, in camel case, for a person's (a company named by
// others, or named without speaking, stays unresolved: "Reuters reported
// that X had paused a trial. The company said").
void ResolveCompanyNouns(const SpeakerFinder& f, const Document& doc, std::vector<Found>* found) {
  std::vector<size_t> order(found->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*found)[a].quote.content.begin < (*found)[b].quote.content.begin;
  });
  const Quote* prev = nullptr;
  for (size_t i : order) {
    Quote& q = (*found)[i].quote;
    const Quote* before = prev;
    if (!(*found)[i].nested) prev = &q;  // (a report inside another's words is no antecedent)
    if (q.speaker_entity >= 0 || q.speaker_role || !q.speaker_mention) continue;
    const uint32_t a = f.TokenAt(q.speaker_mention->begin), b = f.TokenAt(q.speaker_mention->end);
    // ("the production company": another one.)
    if (b != a + 2 || !Is<"the", "The">(f.Tok(a)) ||
        !Is<"company", "firm", "airline", "carrier", "automaker", "carmaker", "retailer", "chain",
                           "bank", "lender", "insurer", "startup", "manufacturer", "railroad", "railway", "utility",
                           "developer", "publisher", "broadcaster", "platform", "brand", "maker">(f.Tok(a + 1))) {
      continue;
    }
    // ("The video was removed by TikTok, the company confirmed.": the one
    // organisation named in the sentence before the noun.)
    auto sentence_org = [&]() {
      const uint32_t s = doc.tokens[a].sentence;
      int32_t org = -1;
      for (const Mention& m : doc.mentions) {
        if (m.span.begin >= q.speaker_mention->begin) break;
        const uint32_t t = f.TokenAt(m.span.begin);
        if (t >= doc.tokens.size() || doc.tokens[t].sentence != s || f.InQuote(m.span.begin)) continue;
        if (doc.entities[m.entity].type != EntityType::kOrg) continue;
        // (Only the clause's subject or a passive's agent: not a dateline,
        // a wire agency, an investor "led by Mitsuhashi Corp.".)
        // ("Swedish furniture giant IKEA will cut prices", "Shares of
        // Ashcombe Retail fell": within the clause's first words.)
        const uint32_t opens = f.AfterDateline(s);
        bool subject = t >= opens && t <= opens + 5;
        for (uint32_t w = opens; w < t && subject; ++w) {
          // (Not after a verb: "Jindalee Resources has appointed former Rio
          // Tinto executive X".)
          subject = IsWordTok(f.Tok(w)) && !f.IsCue(w) &&
                    !Is<"from", "with", "to", "against", "by", "led", "has", "have", "had", "is", "was",
                                   "are", "were", "will", "would">(f.Tok(w)) &&
                    !(text::StartsLower(f.Tok(w)) && f.Tok(w).size() > 3 && f.Tok(w).ends_with("ed") && w > opens &&
                      text::StartsUpper(f.Tok(w - 1)) && !Is<"The", "A", "An", "Its", "This">(f.Tok(w - 1)));
        }
        const bool agent = t > 0 && f.Tok(t - 1) == "by" && !(t > 1 && f.Tok(t - 2) == "led");
        if (!subject && !agent) continue;
        // (A body of another kind is no company: "The Steelworkers Union
        // will strike, the company said".)
        const std::string& n = doc.entities[m.entity].name;
        const std::string_view last = std::string_view(n).substr(n.rfind(' ') == std::string::npos ? 0 : n.rfind(' ') + 1);
        if (Is<"Union", "Party", "Association", "Council", "Committee", "Department", "Ministry", "Agency",
                      "Commission", "Court", "Federation", "Government", "Police", "Army", "University", "Hospital",
                      "School", "Board", "Congress", "Senate", "Parliament", "League", "Foundation", "Institute">(last)) {
          continue;
        }
        if (subject) return int32_t(m.entity);  // the first such body opens the clause
        if (org >= 0 && org != m.entity) return -1;
        org = m.entity;
      }
      return org;
    };
    if (!before || before->speaker_entity < 0 || !before->speaker_mention || before->speaker_role ||
        q.speaker_mention->begin < before->speaker_mention->end ||
        q.speaker_mention->begin - before->speaker_mention->end > 600 ||
        doc.entities[before->speaker_entity].type != EntityType::kPerson) {
      if (const int32_t org = sentence_org(); org >= 0) {
        q.speaker = doc.entities[org].name;
        q.speaker_entity = org;
      }
      continue;
    }
    const std::string& n = doc.entities[before->speaker_entity].name;
    const std::string_view first = std::string_view(n).substr(0, n.find(' '));
    bool camel = false;
    for (size_t c = 2; c < first.size(); ++c) {
      camel = camel || (first[c] >= 'A' && first[c] <= 'Z' && first[c - 1] >= 'a' && first[c - 1] <= 'z');
    }
    // ("McDonald", "DeSantis", "LaGuardia": people's names in camel case.)
    camel = camel && first.substr(0, 2) != "Mc" && first.substr(0, 3) != "Mac" && first.substr(0, 2) != "De" &&
            first.substr(0, 2) != "Di" && first.substr(0, 2) != "La" && first.substr(0, 2) != "Le";
    // ("Rio Plata Silver said ... The company said": a name ending in a
    // commodity or a trade, three words long or not opening with a given
    // name, is a firm's the recogniser took for a person's.)
    const size_t last_space = n.rfind(' ');
    const std::string_view tail = last_space == std::string::npos ? std::string_view() : std::string_view(n).substr(last_space + 1);
    const bool trade = Is<"Silver", "Gold", "Copper", "Coal", "Lithium", "Nickel", "Iron", "Uranium", "Platinum",
                                 "Diamonds", "Oil", "Gas", "Energy", "Steel", "Foods", "Motors", "Airlines", "Airways",
                                 "Pharma", "Pharmaceuticals", "Therapeutics", "Labs", "Systems", "Technologies",
                                 "Networks", "Media", "Brands", "Metals", "Minerals", "Resources", "Mines", "Mining",
                                 "Exploration", "Shipping", "Logistics", "Cement", "Chemicals", "Textiles">(tail) &&
                       (std::count(n.begin(), n.end(), ' ') >= 2 || !f.lex().given.Contains(first));
    if (!trade && (!camel || f.lex().given.Contains(first))) continue;
    q.speaker = n;
    q.speaker_entity = before->speaker_entity;
  }
}

// A role the article gives entity e by apposition in any sentence: a short
// described phrase (an article or a lower-case word first, a people noun
// inside, no verb) between commas right after one of its mentions, or
// opening the sentence right before one.
// A member of a party named by the party's word in capitals ("a Nebraska
// Republican", "a Labour MP" has its own noun).
bool PartyMember(std::string_view t) {
  return Is<"Republican", "Democrat", "Conservative", "Tory", "Liberal", "Socialist", "Libertarian", "Independent",
                "Communist", "Gaullist", "Centrist">(t);
}

std::optional<std::string> AppositiveRoleOf(const SpeakerFinder& f, int32_t e, uint32_t* at);

// ("The group, WeWorkers Coalition, formed ...": "The group" only says what
// kind of body the name is, which its type already tells; no role.)
std::optional<std::string> AppositiveRole(const SpeakerFinder& f, int32_t e, uint32_t* at) {
  std::optional<std::string> role = AppositiveRoleOf(f, e, at);
  if (role && (role->starts_with("the ") || role->starts_with("The "))) {
    const std::string_view noun = std::string_view(*role).substr(4);
    if (Is<"group", "company", "firm", "organization", "organisation", "body", "agency", "outfit">(noun)) {
      return std::nullopt;
    }
  }
  return role;
}

std::optional<std::string> AppositiveRoleOf(const SpeakerFinder& f, int32_t e, uint32_t* at) {
  const Document& doc = f.doc();
  // (The picket line's "Laura Dominguez, 45, a quality inspector at GM's
  // Arlington Assembly plant in Texas,": up to a dozen words.)
  auto described = [&](uint32_t a, uint32_t b) {
    if (b <= a || b - a > 13) return false;
    const std::string_view first = f.Tok(a);
    // ("Todd Rokita, Indiana's Republican attorney general,": a place's or
    // body's possessive opens it too.)
    // ("Saudi Arabia's Oil Minister": an owner of two or three words.)
    bool owner = false;
    for (uint32_t o = a + 1; o < a + 4 && o + 1 < b && !owner && text::StartsUpper(f.Tok(o - 1)); ++o) {
      owner = text::StartsUpper(first) && Is<"'s", "\xE2\x80\x99s">(f.Tok(o));
    }
    // ("Representative Nancy Pelosi, Democrat of California,": a party's
    // member of a state, in the Times's style.)
    const bool member_of = PartyMember(first) && b > a + 2 && f.Tok(a + 1) == "of";
    if (!(text::StartsLower(first) || owner || member_of || Is<"The", "A", "An", "His", "Her", "Their", "Its">(first))) {
      return false;
    }
    // "Joe Biden, speaking at a union hall,": a participle clause is what
    // the person did, no role; "The BJP, in a statement,": an occasion.
    if (first.size() > 4 && first.substr(first.size() - 3) == "ing" &&
        !Is<"managing", "acting", "presiding", "ranking", "founding", "outgoing", "incoming", "reigning">(first)) {
      return false;
    }
    // ("Dr. Chen Wei and Dr. Chen Li, both of Peking Union Hospital,": what
    // several share, said of a pair.)
    if (Is<"in", "on", "during", "after", "before", "with", "through", "via", "when", "while", "at", "by",
                   "from", "for", "under", "as", "both", "all", "each", "neither", "along", "together",
                   "alongside", "like", "including", "plus">(first)) {
      return false;
    }
    bool people = false;
    for (uint32_t k = a; k < b; ++k) {
      const std::string_view t = f.Tok(k);
      // ("a retired school cafeteria worker", "the minister for work and
      // social inclusion": an adjective in "-ed" before the noun, and an
      // office's fields joined by "and" after its noun, describe.)
      // (Only when a people noun follows the adjective: not "An edited
      // excerpt of the conversation".)
      auto people_after = [&](uint32_t x) {
        for (uint32_t y = x + 1; y < b && y < x + 4 && text::StartsLower(f.Tok(y)); ++y) {
          if (f.lex().humans.Contains(f.Tok(y))) return true;
        }
        return false;
      };
      if (k > a && k + 1 < b && text::StartsLower(f.Tok(k + 1)) && !f.IsCue(k) &&
          ((t.size() > 4 && text::StartsLower(t) && t.ends_with("ed") && people_after(k) &&
            !Is<"of", "by", "in", "at", "to", "for", "with", "on", "from", "as", "and", "the", "a",
                               "an", "his", "her", "their", "its">(f.Tok(k + 1))) ||
           (t == "and" && people && !Is<"a", "an", "the", "his", "her", "their", "its">(f.Tok(k + 1))))) {
        continue;
      }
      // ("The Pope met the Archbishop of Canterbury, Justin Welby,": a
      // clause, no description.)
      if (f.IsCue(k) || f.IsPronoun(k) || f.InQuote(doc.tokens[k].span.begin) ||
          Is<"who", "which", "that", "whose", "but", "or", "yet", "though", "although", "while", "is", "was", "are",
                 "were", "has", "had", "have", "will", "would", "and",
                 "said", "says", "(", ")", ";", ":", "met", "took", "made", "gave", "won", "lost", "ran", "sent",
                 "held", "led", "left", "came", "went", "saw", "beat", "hit", "met", "got", "put", "set", "known",
                 "born", "seen", "shown", "given", "taken", "written", "chosen">(t) ||
          (t.size() > 4 && text::StartsLower(t) && t.substr(t.size() - 2) == "ed")) {
        return false;
      }
      // ("the world number four", "the top seed": a player's rank.)
      people = people || f.lex().humans.Contains(t) || f.lex().titles.Contains(t) || PartyMember(t) ||
               (t == "number" && k > a && f.Tok(k - 1) == "world") || (t == "seed" && k > a);
    }
    return people;
  };
  const Entity& ent = doc.entities[e];
  for (size_t n = 0; n < ent.mentions.size() && n < 50; ++n) {
    const Mention& m = doc.mentions[ent.mentions[n]];
    const uint32_t s = f.TokenAt(m.span.begin);
    uint32_t end = f.TokenAt(m.span.end);
    const Sentence& sent = doc.sentences[doc.tokens[s].sentence];
    // ("Rosa Alvarez, 33, a pharmacy technician in Kissimmee, laughed": the
    // age is no part of the description after it.)
    // (Only before a description: "Yesenia Lopez, 29, holds her daughter"
    // has the sentence's verb there.)
    if (end + 4 < sent.end_token && f.Tok(end) == "," && f.Tok(end + 2) == "," && f.Tok(end + 1).size() <= 3 &&
        f.Tok(end + 1)[0] >= '1' && f.Tok(end + 1)[0] <= '9' && Is<"a", "an", "the">(f.Tok(end + 3))) {
      end += 2;
    }
    // ("Frank Luntz — the Republican focus-group moderator — said": a
    // description set off by dashes.)
    if (end + 3 < sent.end_token && IsDashTok(f.Tok(end))) {
      uint32_t c = end + 1;
      while (c < sent.end_token && c < end + 11 && !IsDashTok(f.Tok(c))) ++c;
      // (Not a disclaimer: "— no relation to the congresswoman —".)
      if (c < sent.end_token && IsDashTok(f.Tok(c)) && described(end + 1, c) &&
          !text::StartsUpper(f.Tok(c - 1)) && !Is<"no", "not", "yes">(f.Tok(end + 1))) {
        if (at) *at = m.span.begin;
        return std::string(doc.Slice({doc.tokens[end + 1].span.begin, doc.tokens[c - 1].span.end}));
      }
    }
    // ("Rep. Alicia Moreno, D-Calif., introduced a bill": a party label set
    // off after the name.)
    if (end + 2 < sent.end_token && f.Tok(end) == "," && f.Tok(end + 2) == ",") {
      const std::string_view label = f.Tok(end + 1);
      if (label.size() >= 4 && (label[0] == 'D' || label[0] == 'R' || label[0] == 'I') && label[1] == '-' &&
          label[2] >= 'A' && label[2] <= 'Z') {
        if (at) *at = m.span.begin;
        return std::string(label);
      }
    }
    // ("Sen. Elizabeth Warren (D-Mass.) met the bank's chief", "Rep. Tom
    // Cole (R-Okla.), the Appropriations chairman, spent the morning": a
    // party tag in brackets, with the appositive after it.)
    if (end + 2 < sent.end_token && f.Tok(end) == "(") {
      uint32_t close = end + 1;
      while (close < sent.end_token && close < end + 6 && f.Tok(close) != ")") ++close;
      const std::string_view label = f.Tok(end + 1);
      if (close < sent.end_token && f.Tok(close) == ")" && label.size() >= 3 &&
          (label[0] == 'D' || label[0] == 'R' || label[0] == 'I') && label[1] == '-' && label[2] >= 'A' &&
          label[2] <= 'Z') {
        uint32_t role_end = close;
        if (close + 3 < sent.end_token && f.Tok(close + 1) == ",") {
          uint32_t c = close + 2;
          while (c < sent.end_token && c < close + 12 && f.Tok(c) != ",") ++c;
          if (c < sent.end_token && f.Tok(c) == "," && described(close + 2, c)) role_end = c - 1;
        }
        if (at) *at = m.span.begin;
        return std::string(doc.Slice({doc.tokens[end].span.begin, doc.tokens[role_end].span.end}));
      }
    }
    if (end + 2 < sent.end_token && f.Tok(end) == ",") {
      uint32_t c = end + 1;
      while (c < sent.end_token && c < end + 15 && f.Tok(c) != ",") ++c;
      // ("Karen Walsh, her former employer Norvale Shipping, which owns ...":
      // another named subject, no role.)
      // ("Rachel Rivers, the Chancellor,": an office written in capitals.)
      // ("Chuck Hagerty, a Nebraska Republican,": a party's member.)
      const bool office = f.lex().titles.Contains(f.Tok(c - 1)) || f.lex().humans.Contains(f.Tok(c - 1)) ||
                          PartyMember(f.Tok(c - 1));
      // ("a restorer at the Prado,": a body after a preposition and "the".)
      // ("a rancher near Redding,": a place after its preposition.)
      const bool named_end = c > end + 2 && text::StartsUpper(f.Tok(c - 1)) && !office &&
                             !Is<"of", "at", "for", "in", "from", "near", "outside", "on", "with",
                                                "inside", "across", "around", "within", "to">(f.Tok(c - 2)) &&
                             !text::StartsUpper(f.Tok(c - 2)) &&
                             !(c > end + 3 && f.Tok(c - 2) == "the" && Is<"of", "at", "for", "in", "from">(f.Tok(c - 3)));
      // ("president of the United Auto Workers,": a body after a
      // preposition, however many its capitalised words.)
      uint32_t run = c - 1;
      while (run > end + 1 && text::StartsUpper(f.Tok(run - 1))) --run;
      if (run > end + 1 && Is<"the", "The">(f.Tok(run - 1))) --run;
      // ("Frank G. Zarb, the Federal Energy Administrator,": an office of
      // several words in capitals ends in its title.)
      const bool named_end2 = c > end + 3 && text::StartsUpper(f.Tok(c - 1)) && text::StartsUpper(f.Tok(c - 2)) &&
                              !PartyMember(f.Tok(c - 1)) &&
                              !(office && (text::StartsLower(f.Tok(end + 1)) ||
                                           (c > end + 4 && Is<"'s", "\xE2\x80\x99s">(f.Tok(c - 3))))) &&
                              !Is<"of", "at", "for", "in", "from">(f.Tok(run - 1));
      if (c < sent.end_token && f.Tok(c) == "," && !named_end && !named_end2 && described(end + 1, c) &&
          !(c + 1 < sent.end_token && Is<"which", "who", "whose">(f.Tok(c + 1)))) {
        if (at) *at = m.span.begin;
        return std::string(doc.Slice({doc.tokens[end + 1].span.begin, doc.tokens[c - 1].span.end}));
      }
      // ("Seamus Quinlan, the Irish poet who won the Eliot Prize in 1998,
      // has died.": the description up to its relative clause, as a
      // statement's own appositive gives it.)
      if (c < sent.end_token && f.Tok(c) == ",") {
        uint32_t rel = end + 3;
        while (rel < c && !Is<"who", "whose">(f.Tok(rel))) ++rel;
        // (Not a pair's: "Erik and Pete Nordstrom, the brothers who run the
        // chain,".)
        const std::string_view head = f.Tok(rel - 1);
        const bool plural = (head.size() > 3 && head.back() == 's' && !head.ends_with("ss")) ||
                            Is<"pair", "couple", "duo", "twins", "siblings">(head);
        if (rel < c && text::StartsLower(head) && !plural && described(end + 1, rel)) {
          if (at) *at = m.span.begin;
          return std::string(doc.Slice({doc.tokens[end + 1].span.begin, doc.tokens[rel - 1].span.end}));
        }
      }
    }
    // (From the clause's start: "JERUSALEM (Reuters) - The envoy, Dennis
    // Rowlands, arrived": after a dateline.)
    // (Not after an opening clause: "While the Democrat's team ..., Republican
    // candidate Donald Trump's approach" gives no role by position.)
    const uint32_t first = f.AfterDateline(doc.tokens[s].sentence);
    // ("The Governor of Kano State, Alhaji Abdullahi Ganduje,": the
    // description stands before the name's title.)
    const uint32_t t0 = m.title.empty() ? s : std::min(s, f.TokenAt(m.title.begin));
    if (t0 >= first + 3 && f.Tok(t0 - 1) == "," && end < sent.end_token && f.Tok(end) == "," &&
        described(first, t0 - 1)) {
      if (at) *at = m.span.begin;
      return std::string(doc.Slice({doc.tokens[first].span.begin, doc.tokens[t0 - 2].span.end}));
    }
    // ("Rickie Fowler's caddie, Joe Skovron, has carried the bag": an
    // owner's name and its possessive first.)
    if (t0 >= first + 4 && f.Tok(t0 - 1) == "," && end < sent.end_token && f.Tok(end) == ",") {
      uint32_t own = first;
      while (own + 1 < t0 - 1 && own < first + 4 && text::StartsUpper(f.Tok(own))) ++own;
      if (own > first && own + 1 < t0 - 1 && Is<"'s", "\xE2\x80\x99s">(f.Tok(own)) &&
          text::StartsLower(f.Tok(own + 1)) && described(own + 1, t0 - 1)) {
        if (at) *at = m.span.begin;
        return std::string(doc.Slice({doc.tokens[first].span.begin, doc.tokens[t0 - 2].span.end}));
      }
    }
    // "Housing economist Priya Raman has studied ...": a role before the
    // name opening the sentence.
    // (Not whose relative or captor he is: "The wife of hostage Dale
    // Halvorsen said", "Captors of American hostage Frank Dorsey released".)
    bool of = false;
    for (uint32_t w = first + 1; w < s && !of; ++w) {
      char ob[24];
      of = Is<"of", "for">(f.Tok(w)) && f.lex().humans.Contains(text::FoldCase(f.Tok(w - 1), ob, sizeof ob));
    }
    // ("Yesterday housing economist Priya Raman ...": the time opening the
    // sentence is no part of the role.)
    uint32_t lead = first;
    if (lead + 2 < s && Is<"Yesterday", "Today", "Meanwhile", "Earlier", "Later", "Then", "Now">(f.Tok(lead))) ++lead;
    if (lead + 3 < s && Is<"Last", "This">(f.Tok(lead)) &&
        Is<"week", "month", "year", "night", "weekend", "season", "summer", "spring", "autumn",
                             "winter">(f.Tok(lead + 1))) {
      lead += 2;
    }
    // ("Artist Lorena Vidal signed books": one people noun opening the
    // sentence, capitalised only for that, and no office or family style.)
    char head_buf[24];
    const std::string_view head_folded = text::FoldCase(f.Tok(lead), head_buf, sizeof head_buf);
    // (Not a plural: "Sisters Kayla and Brianna Moss" are two.)
    const bool capital_noun =
        s == lead + 1 && text::StartsUpper(f.Tok(lead)) && f.Tok(lead).size() >= 3 &&
        !(head_folded.back() == 's' && !head_folded.ends_with("ss")) &&
        f.lex().humans.Contains(head_folded) && !f.lex().titles.Contains(head_folded) &&
        !f.lex().honorifics.Contains(f.Tok(lead)) &&
        !Is<"recorder", "sister", "brother", "father", "mother", "son", "daughter", "uncle", "aunt",
                          "cousin", "elder", "deacon", "pastor", "bishop", "imam", "rabbi", "chief", "judge", "justice",
                          "coroner", "sheriff", "constable", "magistrate", "sergeant", "officer", "detective">(head_folded);
    if (capital_noun && !of && m.title.empty()) {
      if (at) *at = m.span.begin;
      return std::string(f.Tok(lead));
    }
    if (s > lead && s <= lead + 4 && !of && text::StartsLower(f.Tok(s - 1)) &&
        f.lex().humans.Contains(f.Tok(s - 1)) && f.RolePrefix(lead, s) &&
        !Is<"As", "In", "On", "At", "For", "With", "After", "Before", "When", "While", "Like",
                                      "Unlike", "By", "From", "To", "Of", "Among", "Including", "But", "And">(f.Tok(lead))) {
      if (at) *at = m.span.begin;
      return std::string(doc.Slice({doc.tokens[lead].span.begin, doc.tokens[s - 1].span.end}));
    }
    // ("examined by archaeologist Hui Zhang", "accused the choreographer Luc
    // Baron": a lower-case description right before a name inside the
    // sentence, after a preposition or a verb's article.)
    if (s > first + 1 && m.title.empty() && text::StartsLower(f.Tok(s - 1)) && f.lex().humans.Contains(f.Tok(s - 1)) &&
        !(s < doc.tokens.size() && f.Tok(TokenHolding(doc, m.span.end)) == ",")) {
      uint32_t d = s - 1;
      while (d > first && s - d < 3 && text::StartsLower(f.Tok(d - 1)) && f.lex().humans.Contains(f.Tok(d - 1))) --d;
      const bool article = d > first + 1 && Is<"the">(f.Tok(d - 1)) && text::StartsLower(f.Tok(d - 2)) &&
                           f.Tok(d - 2).size() > 3 && f.Tok(d - 2).ends_with("ed");
      const bool preposition = Is<"by", "with", "from", "against">(f.Tok(d - 1));
      if (article || preposition) {
        if (at) *at = m.span.begin;
        return std::string(doc.Slice({doc.tokens[article ? d - 1 : d].span.begin, doc.tokens[s - 1].span.end}));
      }
    }
  }
  return std::nullopt;
}

// A reported clause holding partial quotes is one statement, not two: each
// partial quote takes the clause (and, when it has none, the report's
// attribution) and the separate indirect statement goes. Reports start at
// `first_reported`; the quotes before them come in text order.
constexpr uint32_t kMaxClauseBytes = 1500;  // about 250 words

// True when a quote's words are a work's title ("Wicked.", "The Power of
// the Dog", "Tár"): one to six words, each capitalised but for short
// linking words, not a one-word answer ("No.").
bool WorkTitle(const Document& doc, const Quote& q) {
  std::string_view w = doc.Slice(q.content);
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == '!' || w.back() == '?')) w.remove_suffix(1);
  if (w.empty() || w.size() > 60 || !(std::isupper(static_cast<unsigned char>(w[0])) || (w[0] & 0x80))) return false;
  size_t words = 0;
  for (size_t at = 0; at < w.size();) {
    size_t sp = w.find(' ', at);
    if (sp == std::string_view::npos) sp = w.size();
    const std::string_view x = w.substr(at, sp - at);
    at = sp + 1;
    if (x.empty()) continue;
    ++words;
    const unsigned char c = static_cast<unsigned char>(x[0]);
    if (std::isupper(c) || std::isdigit(c) || (c & 0x80)) continue;
    if (words > 1 && Is<"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "from", "by", "or">(x)) {
      continue;
    }
    return false;
  }
  if (words > 6) return false;
  // (Nor a people's adjective: "the judge was "Mexican."")
  if (words == 1) {
    for (const Mention& m : doc.mentions) {
      if (m.span.begin > q.content.begin) break;
      if (m.span.begin == q.content.begin && m.entity >= 0 && doc.entities[m.entity].type == EntityType::kNorp) {
        return false;
      }
    }
  }
  return !(words == 1 && Is<"No", "Yes", "Never", "Nothing", "Absolutely", "OK", "Okay", "Nonsense", "Wrong",
                                "Enough", "Done", "Thanks", "Sorry", "Nobody", "None", "Everything", "Always">(w));
}

void MergeClauses(const Document& doc, size_t first_reported, std::vector<Found>* found) {
  std::vector<Found>& f = *found;
  std::vector<size_t> partials;  // by content start
  for (size_t i = 0; i < first_reported; ++i) {
    if (f[i].quote.kind == QuoteKind::kPartial) partials.push_back(i);
  }
  std::sort(partials.begin(), partials.end(),
            [&](size_t a, size_t b) { return f[a].quote.content.begin < f[b].quote.content.begin; });
  std::vector<bool> drop(f.size());
  // The report that gave each partial quote its clause so far.
  std::vector<size_t> taken_from(f.size(), SIZE_MAX);
  for (size_t r = first_reported; r < f.size(); ++r) {
    const Quote& report = f[r].quote;
    // Every partial quote carries its clause, so the output grows with
    // clause length times quotes: a run-on "sentence" of a whole page stays
    // a separate report instead.
    if (report.content.size() > kMaxClauseBytes) continue;
    auto it = std::lower_bound(partials.begin(), partials.end(), report.content.begin,
                               [&](size_t i, uint32_t at) { return f[i].quote.content.begin < at; });
    for (; it != partials.end() && f[*it].quote.content.begin < report.content.end; ++it) {
      // A quote may run past the report by its own full stop ("... the
      // fact that "China is a partner.""): the clause then takes it in.
      Quote& q = f[*it].quote;
      // ("warned that the corridor could hurt "Wicked."", "had almost
      // turned down "Tár."": a work's title in marks inside the report is
      // nobody's words, and the report stays a statement of its own; not a
      // name the speaker gives, "dubbed it "Project Dawn"".)
      if (WorkTitle(doc, q) && report.cue) {
        const uint32_t open = TokenHolding(doc, q.content.begin);  // (the first word inside the marks)
        bool named = false;
        for (uint32_t b = open >= 5 ? open - 5 : 0; b + 1 < open && !named; ++b) {
          named = Is<"called", "calls", "named", "dubbed", "nicknamed", "titled",
                                                     "labelled", "labeled", "branded", "termed", "slogan", "chanted",
                                                     "shouted", "read", "reads">(doc.Slice(doc.tokens[b].span)) ||
                  (b + 2 == open && doc.Slice(doc.tokens[b].span) == "as");
        }
        if (!named) {
          drop[*it] = true;
          continue;
        }
      }
      // ("Amazon wants to make "more shows," sources said": of two reports
      // holding the quote, one inside the other's words, the outer one's
      // speaker said it all, unless the inner one is a report of speech.)
      if (taken_from[*it] != SIZE_MAX) {
        const Quote& other = f[taken_from[*it]].quote;
        const bool other_outer = other.content.begin <= report.content.begin &&
                                 report.content.end <= other.content.end && report.content.size() < other.content.size();
        const bool this_outer = report.content.begin <= other.content.begin &&
                                other.content.end <= report.content.end && other.content.size() < report.content.size();
        const Quote& inner = other_outer ? report : other;
        const Quote& outer = other_outer ? other : report;
        const bool inner_speech =
            inner.cue && Is<"said", "says", "told", "tells", "wrote", "writes">(doc.Slice(*inner.cue));
        const bool inner_inside = inner.speaker_mention && inner.speaker_mention->begin >= outer.content.begin;
        if ((other_outer || this_outer) && !inner_speech && inner_inside && outer.speaker_mention && outer.cue) {
          drop[r] = true;
          if (other_outer) continue;  // the outer report already gave the quote its clause
        }
      }
      taken_from[*it] = r;
      q.clause = Span{report.content.begin, std::max(report.content.end, q.content.end)};
      // A clause ending with the quote ends after its closing mark, so that
      // the clause's own marks stay paired (`had been "tested to
      // destruction"`, not `had been "tested to destruction`).
      if (q.clause->end == q.content.end) {
        const std::string_view rest = std::string_view(doc.text).substr(q.content.end);
        for (std::string_view mark : {"\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'"}) {
          if (rest.substr(0, mark.size()) == mark) {
            q.clause->end += uint32_t(mark.size());
            break;
          }
        }
      }
      // The clause is the report's, so its attribution is too: in "Ditto
      // said she expects the campaign "to continue ..."" the statement is
      // Ditto's, not that of "she expects".
      // ("According to KCNA, Kim told the scientists that the launch had
      // "demonstrated ..."": a speaker and cue of the quote's own inside the
      // report's words are who said it; the outlet only relays it.)
      auto lower_cue = [&](Span c) {
        std::string w(doc.Slice(c));
        for (char& ch : w) ch = char(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        return w;
      };
      const bool relayed = report.cue && (lower_cue(*report.cue).rfind("according to", 0) == 0 ||
                                          Is<"reported", "reports", "reporting", "understands">(lower_cue(*report.cue)));
      // ("Ministers have been told to prepare for "...", according to a
      // document": those told are no speaker.)
      bool passive = false;
      if (q.cue) {
        const uint32_t ct = TokenHolding(doc, q.cue->begin);
        passive = ct > 0 && Is<"been", "was", "were", "being", "is", "are", "be">(doc.Slice(doc.tokens[ct - 1].span));
      }
      // ("The former aide testified that chief of staff Rand Poole told her
      // that "things could get ugly"": a named speaker's own telling inside
      // the report is who said the quoted words.)
      const bool nested = report.cue && q.cue && q.speaker_mention && q.speaker_entity >= 0 &&
                          report.speaker_entity != q.speaker_entity &&
                          Is<"told", "said", "tells", "says">(lower_cue(*q.cue));
      const bool inner = (relayed || nested) && !passive && q.speaker_mention && q.cue && q.speaker &&
                         !q.speaker->ends_with(" and") &&
                         !q.speaker->ends_with(" or") &&
                         q.speaker_mention->begin >= report.content.begin && q.cue->end <= q.content.begin &&
                         q.cue->begin >= report.content.begin &&
                         Is<"said", "told", "says", "tells", "tell", "warned", "declared", "added", "stressed",
                             "insisted", "testified", "wrote", "called", "urged", "branded", "denounced",
                             "condemned", "demanded", "reported", "claimed", "alleged", "recalled", "explained",
                             "complained", "admitted", "described">(lower_cue(*q.cue).substr(0, lower_cue(*q.cue).find(' ')));
      // ("Critics accuse X of pursuing what one former commissioner called
      // "antitrust populism"": the namer after "what" said the quoted words.)
      bool what_named = false;
      if (q.cue && q.speaker && q.speaker_mention && q.speaker_mention->begin >= report.content.begin &&
          Is<"called", "described", "termed", "dubbed">(lower_cue(*q.cue))) {
        const uint32_t st = TokenHolding(doc, q.speaker_mention->begin);
        what_named = st > 0 && doc.Slice(doc.tokens[st - 1].span) == "what" &&
                     !Is<"he", "she", "they", "it", "we", "i">(lower_cue(*q.speaker_mention));
      }
      if (((!q.speaker && !q.speaker_mention) || (report.speaker_mention && report.cue)) && !inner && !what_named) {
        q.speaker = report.speaker;
        q.speaker_entity = report.speaker_entity;
        q.speaker_mention = report.speaker_mention;
        q.speaker_role = report.speaker_role;
        f[*it].role_is_title = f[r].role_is_title;
        if (report.cue || !q.cue) q.cue = report.cue;
      }
      // (A quote closing the report after its comma is a partial quote of
      // the clause, which stays a statement of its own as well: "Tanaka said
      // he would vote for them anyway, "out of habit."".)
      // (The namer's partial stays apart from the report around it, which
      // stays a statement of its own.)
      // ("lamenting what the writers described as "..."": only a report of
      // the "what" clause itself; "in what ... described as" is none.)
      const bool what_report = what_named && doc.Slice(report.content).substr(0, 5) == "what ";
      if (!f[*it].tail && !what_report) drop[r] = true;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) f[kept] = std::move(f[i]);  // never move onto itself
    ++kept;
  }
  f.resize(kept);
}

}  // namespace

// ("According to Harsha Bhogle, Pant's shot was "outrageous"", "Kohli's
// admission that he had "lost the joy"": a report whose cue is no verb
// holds quoted words that no cue of their own kept. As after "said", each
// quotation inside becomes a partial statement of the report's speaker and
// cue, the report's words its clause.
void PartialsOfCuelessReports(const QuoteLexicons& lex, const Document& doc, const std::vector<Quotation>& qs,
                              std::vector<Found>* found) {
  std::vector<Found>& f = *found;
  if (qs.empty()) return;
  std::unordered_set<uint32_t> quoted;  // content starts already stated
  for (const Found& x : f) {
    if (x.quote.kind != QuoteKind::kIndirect) quoted.insert(x.quote.content.begin);
  }
  const size_t n = f.size();
  for (size_t i = 0; i < n; ++i) {
    if (f[i].quote.kind != QuoteKind::kIndirect || f[i].quote.clause || !f[i].quote.cue) continue;
    std::string cue(doc.Slice(*f[i].quote.cue));
    for (char& ch : cue) ch = char(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    if (cue.rfind("according to", 0) != 0 && cue.rfind("in the words of", 0) != 0 && !lex.noun_cues.Contains(cue)) {
      continue;
    }
    const Span report = f[i].quote.content;
    auto it = std::lower_bound(qs.begin(), qs.end(), report.begin,
                               [](const Quotation& q, uint32_t at) { return q.open.begin < at; });
    std::vector<Span> inside;
    for (; it != qs.end() && it->open.begin < report.end; ++it) {
      if (it->close.empty() || it->close.end > report.end + 1 || it->content.empty() ||
          quoted.count(it->content.begin)) {
        continue;
      }
      // (Not a title, every word capitalised: "the "Night Harbour Live"
      // show".)
      // ("Lord of the Rings": its small words apart.)
      bool title = true;
      for (size_t b = it->content.begin; b < it->content.end && title; ++b) {
        const char c = doc.text[b];
        if (!((b == it->content.begin || doc.text[b - 1] == ' ') && c >= 'a' && c <= 'z')) continue;
        size_t e = b;
        while (e < it->content.end && doc.text[e] != ' ') ++e;
        title = b > it->content.begin &&
                Is<"of", "the", "a", "an", "and", "in", "on", "for", "to", "at",
                                                            "with", "from", "by", "or">(doc.Slice({uint32_t(b), uint32_t(e)}));
      }
      // (Nor a name given: "the so-called "peace dividend"".)
      const std::string_view before = doc.Slice({report.begin, it->open.begin});
      const bool named = before.ends_with("so-called ") || before.ends_with("called ") ||
                         before.ends_with("dubbed ") || before.ends_with("known as ") ||
                         before.ends_with("word ") || before.ends_with("term ") || before.ends_with("phrase ") ||
                         before.ends_with("label ") || before.ends_with("slogan ") || before.ends_with("hashtag ") ||
                         before.ends_with("name ") || before.ends_with("words ") || before.ends_with("terms ");
      if (!title && !named) inside.push_back(it->content);
    }
    if (inside.empty()) continue;
    Span clause = report;
    const std::string_view rest = std::string_view(doc.text).substr(report.end);
    for (std::string_view mark : {"\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'"}) {
      if (rest.substr(0, mark.size()) == mark && inside.back().end + mark.size() >= report.end) {
        clause.end += uint32_t(mark.size());
        break;
      }
    }
    for (size_t k = 0; k < inside.size(); ++k) {
      Found piece = f[i];
      piece.quote.kind = QuoteKind::kPartial;
      piece.quote.content = inside[k];
      piece.quote.clause = clause;
      if (k == 0) {
        f[i] = std::move(piece);
      } else {
        f.push_back(std::move(piece));
      }
    }
  }
}

QuoteAttributor::QuoteAttributor() : lex_(std::make_unique<QuoteLexicons>()) {}
QuoteAttributor::~QuoteAttributor() = default;

// "The bus company, Front Range Coach Lines, said", "His publisher, Simon &
// Schuster, said": a described speaker whose appositive is a proper name
// (capitalised words, perhaps joined by "&", "and", "of", "the") is that
// name, the description its role.
void SwapNamedAppositive(const Document& doc, Quote* q) {
  if (!q->speaker || !q->speaker_role || !q->speaker_mention) return;
  const std::string sp = *q->speaker;
  const std::string role = *q->speaker_role;
  if (role.empty() || role.size() > 60 || !(role[0] >= 'A' && role[0] <= 'Z')) return;
  std::vector<std::string_view> words;
  for (size_t at = 0; at < role.size();) {
    size_t e = role.find(' ', at);
    if (e == std::string::npos) e = role.size();
    words.push_back(std::string_view(role).substr(at, e - at));
    at = e + 1;
  }
  for (std::string_view w : words) {
    if (w.empty() || !((w[0] >= 'A' && w[0] <= 'Z') || Is<"&", "and", "of", "the", "de">(w))) return;
  }
  // ("The jury in Kansas City, Mo., found": a state's abbreviation is no name.)
  if (words.size() == 1 && words[0].size() <= 6 && words[0].back() == '.') return;
  // The role must stand set off right after the speaker's words.
  const size_t after = q->speaker_mention->end;
  if (doc.text.compare(after, 2, ", ") != 0 || doc.text.compare(after + 2, role.size(), role) != 0) return;
  const bool joined = words.size() >= 3 && (words[1] == "&" || words[1] == "and") && sp == words[0];
  const std::string_view head = std::string_view(sp).substr(0, sp.find(' '));
  const bool described = q->speaker_entity < 0 && sp.find(' ') != std::string::npos &&
                         Is<"The", "the", "His", "his", "Her", "her", "Its", "its", "Their", "their">(head);
  if (joined) {
    q->speaker = role;
    q->speaker_entity = -1;
    q->speaker_role.reset();
  } else if (described) {
    // "The Times" is a name already; "The member for Okrika" a description
    // naming a place.
    const size_t second = sp.find(' ') + 1;
    if (second < sp.size() && sp[second] >= 'A' && sp[second] <= 'Z') return;
    q->speaker_role = sp;
    q->speaker = role;
  }
}

namespace {
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < s.size();) {
    size_t e = s.find(' ', at);
    if (e == std::string_view::npos) e = s.size();
    if (e > at) words.push_back(s.substr(at, e - at));
    at = e + 1;
  }
  return words;
}

std::string Join(const std::vector<std::string_view>& w, size_t a, size_t b) {
  std::string out;
  for (size_t k = a; k < b; ++k) {
    if (!out.empty()) out += ' ';
    out += std::string(w[k]);
  }
  return out;
}
}  // namespace

// How many words open `s` with a time ("Last week", "On Wednesday",
// "Earlier this month", "In 2019"); 0 when it opens otherwise.
size_t TimePhraseWords(std::string_view s) {
  const std::vector<std::string_view> w = Words(s);
  if (w.size() < 2) return 0;
  auto when = [](std::string_view x) {
    if (x.size() == 4 && x[0] >= '1' && x[0] <= '2' && x[1] >= '0' && x[1] <= '9') return true;  // 2019
    return Is<"week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "summer", "spring",
                  "fall", "autumn", "winter", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.">(x);
  };
  if (Is<"Last", "This", "Next", "Earlier", "Later", "On", "In", "During", "Late", "Early">(w[0]) && when(w[1])) {
    return 2;
  }
  if (w.size() >= 3 && Is<"Earlier", "Later", "Late", "Early", "In", "On">(w[0]) &&
      Is<"this", "that", "last", "the", "next">(w[1]) && when(w[2])) {
    return 3;
  }
  return 0;
}

// Offices the recogniser left inside a name it did not know: "Minister of
// State for Home Nityanand Rai" (the office, then the name after its last
// office word), "Leader of | Opposition X" (an office cut at "of"),
// "External Affairs Minister Dr S. | Jaishankar" (an initial and a courtesy
// title left in the role).
void SplitOfficeFromName(const QuoteLexicons& lex, const Document& doc, Quote* q) {
  if (!q->speaker) return;
  // ("the elder Rowe said", "the younger Duterte": which of a family, no
  // role.)
  if (q->speaker_role && Is<"the elder", "The elder", "the younger", "The younger">(*q->speaker_role)) {
    q->speaker_role.reset();
  }
  // ("Telvora Communications Ltd.", "Fox Sports Asia": an organisation the
  // recogniser knows as one.)
  // (Unless a person's office and two name words end it: "Bank of England
  // Governor Clare Smith".)
  const bool org = q->speaker_entity >= 0 && doc.entities[q->speaker_entity].type != EntityType::kPerson;
  auto strong_office = [](std::string_view x) {
    return Is<"Governor", "Minister", "President", "Chairman", "Chairwoman", "Chair", "Director", "Secretary",
                  "Commissioner", "CEO", "Chief", "Spokesman", "Spokeswoman", "Senator", "Mayor", "Ambassador", "Envoy",
                  "Administrator", "Inspector">(x);
  };
  // ("Senior Minister" + "of State for Transport Amy Khor": the office cut at
  // "of" the other way.)
  auto office = [&](std::string_view w) {
    char buf[24];
    std::string_view x = w;
    if (x.size() > 1 && x.back() == '.') x.remove_suffix(1);
    bool caps = x.size() >= 2 && x.size() <= 4;
    for (char c : x) caps = caps && c >= 'A' && c <= 'Z';
    const std::string_view folded = text::FoldCase(x, buf, sizeof buf);
    return caps || lex.titles.Contains(folded) || lex.humans.Contains(folded);
  };
  // ("Senior Minister" + "of State for Transport Amy Khor": an office alone
  // as the speaker, the rest of it and the name as the role.)
  if (q->speaker_role && (q->speaker_role->rfind("of ", 0) == 0 || q->speaker_role->rfind("for ", 0) == 0) &&
      q->speaker_role->find(',') == std::string::npos) {
    bool offices = true;
    for (std::string_view x : Words(*q->speaker)) {
      offices = offices && x[0] >= 'A' && x[0] <= 'Z' &&
                (office(x) || Is<"Senior", "Junior", "Deputy", "Assistant", "Acting", "Former", "Vice", "Chief">(x));
    }
    if (offices) {
      q->speaker = *q->speaker + " " + *q->speaker_role;
      q->speaker_role.reset();
      q->speaker_entity = -1;
    }
  }
  if (!q->speaker_role) {
    const std::vector<std::string_view> w = Words(*q->speaker);
    // ("the State Department": a description, no name inside.)
    if (w.size() < 3 || w.size() > 12 || Is<"the", "The">(w[0])) return;
    // ("Critics of Russian President Vladimir Putin": people of the person
    // opening a sentence, who speak; the person does not.)
    {
      char buf[24];
      const std::string_view head = text::FoldCase(w[0], buf, sizeof buf);
      if (head.size() > 3 && head.back() == 's' && lex.humans.Contains(head) && Is<"of", "for", "to">(w[1])) return;
    }
    for (size_t k = 0; k < w.size(); ++k) {
      const std::string_view x = w[k];
      // ("to" only in a post: "Ambassador to Japan", not "Aides to Gov. X".)
      const bool post = x == "to" && k > 0 && Is<"Ambassador", "Envoy", "Representative", "Coordinator">(w[k - 1]);
      if (!((x[0] >= 'A' && x[0] <= 'Z') || Is<"of", "for", "and", "the", "&">(x) || post)) return;
    }
    // (The office word that ends the role: a title or an acronym such as
    // "MP", not a people noun that may head a name: "Box Office Mojo",
    // "Obama White House".)
    // (An acronym only when it is a member's: "PIB Fact Check", "AFP Fact
    // Check" are names.)
    auto title = [&](std::string_view x) {
      char buf[24];
      if (x.size() > 1 && x.back() == '.') x.remove_suffix(1);
      return Is<"MP", "MPs", "MLA", "MCA", "MEC", "MNA", "MPP", "MHA", "MLC", "MK", "PM", "CEO", "CFO", "COO",
                    "CTO", "DG", "IGP", "DCP", "SP", "ASP", "DSP", "SSP", "CP", "DPP">(x) ||
             lex.titles.Contains(text::FoldCase(x, buf, sizeof buf));
    };
    size_t last = w.size();
    for (size_t k = w.size() - 1; k-- > 0;) {
      // ("Chief Executive Brady Dougan": the word after "Chief" is its
      // office, with two name words left.)
      // ("Shaheen Shah Afridi", "Reza Shah Pahlavi": "Shah" after a name
      // word is a name.)
      if (w[k] == "Shah" && k > 0 && !title(w[k - 1])) continue;
      if (w[k] == "Del") continue;  // "Joe Del Bosque", not "Del." for a delegate
      if ((title(w[k]) && !Is<"of", "for", "and", "the", "&">(w[k])) ||
          (k > 0 && w[k - 1] == "Chief" && k + 2 < w.size() && w[k][0] >= 'A' && w[k][0] <= 'Z')) {
        last = k;
        break;
      }
    }
    // ("Minister of Science and Industry Sun Dong", "Secretary for
    // Innovation, Technology and Industry X": the office's domains go with
    // it.)
    auto domain = [](std::string_view x) {
      while (!x.empty() && x.back() == ',') x.remove_suffix(1);
      return Is<"Science", "Industry", "Technology", "Trade", "Innovation", "Commerce", "Affairs", "Foreign",
                    "Home", "Finance", "Health", "Education", "Justice", "Defence", "Defense", "Labour", "Labor",
                    "Welfare", "Housing", "Planning", "Development", "Transport", "Energy", "Environment",
                    "Agriculture", "Fisheries", "Tourism", "Culture", "Sports", "Youth", "Women", "Works", "Security",
                    "State", "Information", "Communications", "Digital", "Economy", "Interior", "Internal", "Social",
                    "Public", "Resources", "Water", "Mines", "Petroleum", "Infrastructure", "Investment", "Aviation",
                    "Customs", "Revenue", "Treasury", "Land", "Lands", "Forests", "Mining", "Services", "Relations",
                    "Climate", "Action", "Change", "Biodiversity", "Emergency", "Emergencies", "Police">(x);
    };
    // ("Minister for Climate Action Siobhán Kearney": the office's last
    // fields after a field that is itself a title word.)
    while (last != w.size() && last + 3 < w.size() && domain(w[last + 1]) && !lex.given.Contains(w[last + 1])) ++last;
    if (last != w.size() && last + 3 < w.size() && Is<"of", "for">(w[last + 1]) && domain(w[last + 2])) {
      size_t e = last + 2;
      while (e + 1 < w.size() && (domain(w[e + 1]) || (Is<"and", "&">(w[e + 1]) && e + 2 < w.size() &&
                                                       domain(w[e + 2])))) {
        ++e;
      }
      last = e;
    }
    // ("Special Envoy for Syria Geir Pedersen", "Ambassador to the United
    // States X": the post's place goes with the office.)
    if (last != w.size() && last + 3 < w.size() && Is<"for", "to">(w[last + 1])) {
      size_t p = last + 2;
      if (w[p] == "the") ++p;
      for (size_t e = p + 1; e <= p + 3 && e < w.size(); ++e) {
        if (lex.places.Contains(Join(w, p, e))) last = e - 1;
      }
    }
    if (last == w.size() || w.size() - last - 1 > 4 || w.size() - last - 1 < 1) return;
    // ("Martin Luther King Jr.": a generational suffix alone is no name.)
    if (w.size() - last - 1 == 1 && Is<"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV">(w.back())) return;
    // ("Ukraine's General Staff": the office word opens an organisation the
    // recogniser knows.)
    for (const Entity& e : doc.entities) {
      if (e.type == EntityType::kOrg && e.name == Join(w, last, w.size())) return;
    }
    // (An organisation only with a person's office and two name words after
    // it.)
    if (org) {
      bool office_found = false;
      for (size_t k = 0; k <= last && !office_found; ++k) office_found = strong_office(w[k]);
      if (!office_found || w.size() - last - 1 < 2) return;
    }
    // ("National Association of Home Builders": an office word inside a
    // group's "of" phrase.)
    for (size_t k = 0; k + 1 < last; ++k) {
      if (Is<"Association", "Council", "Committee", "Institute", "Federation", "Union", "Society",
                    "Organization", "Organisation", "Foundation", "League", "Corporation", "Company", "Group", "Bank",
                    "University", "Board", "Commission", "Department", "Ministry", "Agency", "Coalition", "Alliance",
                    "Center", "Centre", "Academy", "College", "School", "Office", "Bureau", "Service">(w[k]) &&
          Is<"of", "for">(w[k + 1]) &&
          // ("Bank of England Governor Clare Smith": the group's name ends
          // at its place; the office after it is the person's.)
          !(k + 2 < last && lex.places.Contains(w[k + 2]))) {
        return;
      }
    }
    // ("Supporters of Mr. Holm": a courtesy title before a name the
    // recogniser read.)
    {
      std::string_view x = w[last];
      if (x.size() > 1 && x.back() == '.') x.remove_suffix(1);
      if (lex.honorifics.Contains(x)) return;
    }
    // ("German Chancellor Greta Vogel and French President Henri Dubois": two
    // titled people, a name between an office and "and".)
    // ("Hillary Clinton and Senator Bernie Sanders" too: an "and" is only
    // inside an office's own "of" phrase, "Minister of Works and Housing".)
    // ("President and CEO Marcus Delaney", "Chairman, President and CEO
    // X": offices listed before one name.)
    bool office_list = last > 1;
    for (size_t j = 0; j <= last && office_list; ++j) {
      std::string_view x = w[j];
      if (x.size() > 1 && x.back() == ',') x.remove_suffix(1);
      office_list = office(x) || (j > 0 && j < last && Is<"and", "&">(x));
    }
    bool of_phrase = office_list;
    for (size_t j = 0; j < last; ++j) {
      of_phrase = of_phrase || Is<"of", "for">(w[j]);
      if (Is<"and", "&">(w[j]) && !of_phrase) return;
    }
    for (size_t j = 1; j < w.size() && !office_list; ++j) {
      if (!Is<"and", "&">(w[j])) continue;
      size_t k = j;
      while (k > 0 && !office(w[k - 1]) && !Is<"of", "for", "the">(w[k - 1])) --k;
      if (k > 0 && k < j && office(w[k - 1])) return;
    }
    for (size_t k = last + 1; k < w.size(); ++k) {
      if (office(w[k]) ||
          Is<"of", "for", "and", "the", "&", "Without", "For", "Of", "The", "And", "In", "On", "At", "To", "With",
                    "Group", "Party", "Association", "Union", "Council", "Committee", "Institute", "Foundation", "Bank",
                    "Fund", "Watch", "News", "Times", "Post", "Company", "Inc", "Inc.", "Corp", "Corp.", "Ltd",
                    "University", "College", "School", "Hospital", "Center", "Centre", "International", "Network",
                    "Agency", "Department", "Ministry", "Office", "Service", "Services", "Board", "Commission", "Ltd",
                    "Ltd.", "PLC", "Plc", "LLC", "Co.", "Corp.", "Asia", "Europe", "Africa", "America", "Americas",
                    "Holdings", "Partners", "Capital", "Media", "Radio", "TV", "Television">(w[k])) {
        return;
      }
    }
    // (A single capitalised name after one office word is the recogniser's
    // to read: "Police Chief Art Acevedo" was read already.)
    q->speaker_role = Join(w, 0, last + 1);
    q->speaker = Join(w, last + 1, w.size());
    return;
  }
  if (!q->speaker_role) return;
  std::vector<std::string_view> r = Words(*q->speaker_role);
  if (r.empty()) return;
  const std::vector<std::string_view> w = Words(*q->speaker);
  // ("Minister of Foreign" + "Affairs Lin Chia-lung": the office's last word
  // read into the name.)
  if (w.size() >= 3 && r.size() >= 3 && (r[r.size() - 2] == "of" || r[r.size() - 2] == "for") &&
      Is<"Affairs", "Relations", "Trade", "Security", "Development", "Services", "Works", "Welfare",
                "Resources", "Protection", "Enterprises", "Industry", "Industries", "Housing", "Planning",
                "Technology", "Innovation", "Transport", "Health", "Education", "Justice", "Defence", "Defense">(w[0])) {
    q->speaker_role = *q->speaker_role + " " + std::string(w[0]);
    q->speaker = Join(w, 1, w.size());
    return;
  }
  if ((r.back() == "of" || r.back() == "for") && w.size() >= 3 && r[0][0] >= 'A' && r[0][0] <= 'Z' &&
      office(r[0])) {
    // "Leader of" + "Opposition Suvendu Adhikari".
    q->speaker_role = *q->speaker_role + " " + std::string(w[0]);
    q->speaker = Join(w, 1, w.size());
    return;
  }
  // "Dr S." + "Jaishankar": initials go with the name, a courtesy title out.
  size_t k = r.size();
  while (k > 0 && r[k - 1].size() == 2 && r[k - 1][1] == '.' && r[k - 1][0] >= 'A' && r[k - 1][0] <= 'Z') --k;
  if (k == r.size() || k == 0) return;
  // ("Roxana M." + "Leon": given names before the initial go too.)
  while (k > 0 && !office(r[k - 1]) && !lex.honorifics.Contains(r[k - 1].back() == '.' ? r[k - 1].substr(0, r[k - 1].size() - 1) : r[k - 1]) &&
         r[k - 1][0] >= 'A' && r[k - 1][0] <= 'Z') {
    --k;
  }
  std::string initials = Join(r, k, r.size());
  size_t role_end = k;
  while (role_end > 0 && lex.honorifics.Contains(r[role_end - 1].back() == '.' ? r[role_end - 1].substr(0, r[role_end - 1].size() - 1) : r[role_end - 1])) --role_end;
  q->speaker = initials + " " + *q->speaker;
  if (role_end == 0) {
    q->speaker_role.reset();
  } else {
    q->speaker_role = Join(r, 0, role_end);
  }
}

// "a resident who gave his name as Salem", "a fighter who identified
// himself as Abu Omar": the wire's unnamed speaker, named after all; the
// name is the speaker and the description its role.
void NameTheyGave(Quote* q) {
  if (q->speaker_entity >= 0 || !q->speaker || q->speaker_role) return;
  const std::string& s = *q->speaker;
  static constexpr std::string_view kGave[] = {
      " who gave his name as ",         " who gave her name as ",        " who gave only his first name, ",
      " who gave only her first name, ", " who gave only his name as ",   " who gave only her name as ",
      " who gave his first name as ",   " who gave her first name as ",  " who identified himself as ",
      " who identified herself as ",    " who gave his first name only as ", " who gave her first name only as ",
      " who identified himself only as ", " who identified herself only as "};
  for (const std::string_view g : kGave) {
    const size_t at = s.find(g);
    if (at == std::string::npos || at == 0) continue;
    std::string name = s.substr(at + g.size());
    while (!name.empty() && (name.back() == ',' || name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (name.empty() || !(name[0] >= 'A' && name[0] <= 'Z') || name.size() > 40) return;
    q->speaker_role = s.substr(0, at);
    q->speaker = name;
    return;
  }
}

// "Sen. Harry Reid (D-Nev.), in particular, said": a connective set off
// after the role is the writer's, no part of it.
void DropConnectiveFromRole(Quote* q) {
  if (!q->speaker_role) return;
  std::string& r = *q->speaker_role;
  static constexpr std::string_view kConnectives[] = {
      ", in particular", ", for example", ", for instance", ", however", ", meanwhile", ", though",
      ", too", ", in turn", ", for his part", ", for her part", ", for their part", ", in contrast"};
  for (const std::string_view c : kConnectives) {
    if (r.size() > c.size() && r.ends_with(c)) {
      r.resize(r.size() - c.size());
      break;
    }
  }
  if (r.empty()) q->speaker_role.reset();
}

// True when a role is a courtesy style and nothing else ("The Rev.",
// "Hon.", "Datuk Dr"): no role.
bool CourtesyOnly(const QuoteLexicons& lex, std::string_view r) {
  for (size_t at = 0; at < r.size();) {
    size_t sp = r.find(' ', at);
    if (sp == std::string_view::npos) sp = r.size();
    std::string_view w = r.substr(at, sp - at);
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    if (!(w.empty() ||
          Is<"The", "the", "Rev", "Revd", "Reverend", "Very", "Most", "Right", "Rt", "Tan", "Toh", "His", "Her", "Excellency",
                 "Majesty", "Highness", "Holiness", "Retired", "retired", "Ret", "(Ret", "Ret)", "(Ret.)", "HE", "Sri",
                 "Seri", "Amar", "Patinggi", "Wira", "Utama", "Panglima">(w) ||
          lex.honorifics.Contains(w))) {
      return false;
    }
    at = sp + 1;
  }
  return true;
}

// True when quotation q is a short name right after a word that introduces
// one ("who goes by "v0idwalker"", "the handle "Lumi"", "a group calling
// itself "NoName057(16)""): a name, which no one says, and whose words the
// sentence reads as its own.
bool NamesSomething(const Document& doc, const Quotation& q) {
  if (q.close.empty() || q.content.size() > 40) return false;
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.open.begin,
                             [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
  const size_t open_tok = size_t(it - doc.tokens.begin());
  if (open_tok < 2 || open_tok >= doc.tokens.size()) return false;
  const std::string_view w1 = doc.Slice(doc.tokens[open_tok - 1].span), w2 = doc.Slice(doc.tokens[open_tok - 2].span);
  if (Is<"handle", "alias", "username", "moniker", "pseudonym", "codename">(w1)) return true;
  // ("Kevin "Kazzy" Dalton said": a nickname inside a person's name, which
  // the recogniser read whole.)
  for (const Mention& m : doc.mentions) {
    if (m.span.begin > q.open.begin) break;
    if (m.span.end >= q.close.end && doc.entities[m.entity].type == EntityType::kPerson) return true;
  }
  // ("A gang member nicknamed "Smoke"", "a plan dubbed "Project Dawn"": a
  // thing named right after its noun.)
  if (Is<"nicknamed", "dubbed", "codenamed", "code-named">(w1) && open_tok >= 3 && !w2.empty() &&
      w2[0] >= 'a' && w2[0] <= 'z' &&
      !Is<"he", "she", "they", "we", "i", "who", "which", "that", "and", "was", "were", "is", "are", "been",
               "has", "have", "had", "it", "you", "them", "him", "her", "critics", "fans", "supporters", "opponents",
               "be", "often", "also", "once", "later", "widely", "affectionately">(w2)) {
    return true;
  }
  // ("Joshua Wong, the activist once dubbed the "face of the Umbrella
  // Movement,"", "a tanker nicknamed the "ghost of Kharg"": a name given to
  // a noun, passive, the article before the marks.)
  if (Is<"the", "a", "an">(w1) && Is<"nicknamed", "dubbed", "codenamed", "code-named">(w2) && open_tok >= 4) {
    std::string_view w3 = doc.Slice(doc.tokens[open_tok - 3].span);
    if (Is<"once", "often", "widely", "sometimes", "affectionately", "later", "since", "long">(w3) && open_tok >= 5) {
      w3 = doc.Slice(doc.tokens[open_tok - 4].span);
    }
    if (w3 == ",") return true;  // ("The tanker, nicknamed the "ghost of Kharg," sailed")
    if (!w3.empty() && w3[0] >= 'a' && w3[0] <= 'z' &&
        !Is<"he", "she", "they", "we", "i", "you", "who", "which", "that", "have", "has", "had", "it", "critics",
                 "fans", "supporters", "opponents", "media", "press", "traders", "locals", "residents", "commuters",
                 "parents", "soldiers", "officials", "analysts", "investors", "people", "colleagues", "friends",
                 "teammates", "students", "voters">(w3)) {
      return true;
    }
  }
  if (w1 == "by" && Is<"goes", "go", "going", "went", "gone">(w2)) return true;
  // ("a concert staging of "Elektra."", "a new production of "Tosca"": the
  // work staged, its title in marks.)
  if (w1 == "of" && Is<"staging", "stagings", "production", "productions", "performance", "performances",
                            "revival", "premiere", "recording", "adaptation", "version", "reading", "run",
                            "screening", "broadcast", "translation", "edition", "remake", "sequel">(w2) &&
      std::isupper(static_cast<unsigned char>(doc.text[q.content.begin]))) {
    return true;
  }
  // ("Peter Wright, nicknamed "Snakebite", said": a nickname in a name's
  // aside.)
  if (Is<"nicknamed", "codenamed", "code-named">(w1) && w2 == "," && q.content.size() <= 30 &&
      std::isupper(static_cast<unsigned char>(doc.text[q.content.begin]))) {
    return true;
  }
  // ("the joint exercise, dubbed "Freedom Shield," would run": a name in
  // capitals in an aside; not a label its givers are named for, "dubbed
  // "Black Friday" by traders".)
  if (w1 == "dubbed" && w2 == "," && q.content.size() <= 30 &&
      std::isupper(static_cast<unsigned char>(doc.text[q.content.begin]))) {
    auto after = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.close.end,
                                  [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
    while (after != doc.tokens.end() && doc.Slice(after->span) == ",") ++after;
    if (after == doc.tokens.end() || doc.Slice(after->span) != "by") return true;
  }
  // ("the group, which it calls "MirrorFace,"", "what researchers call
  // "Volt Typhoon"": a name in capitals after a relative's naming verb.)
  if (Is<"calls", "call", "dubs", "names">(w1) && open_tok >= 3) {
    const std::string_view w3 = doc.Slice(doc.tokens[open_tok - 3].span);
    const std::string_view name = doc.Slice(q.content);
    bool title_case = !name.empty() && name.size() <= 30 && std::isupper(static_cast<unsigned char>(name[0]));
    for (size_t c = 0; title_case && c < name.size(); ++c) {
      const char ch = name[c];
      if (ch == '.' || ch == '!' || ch == '?') title_case = false;
      if (ch == ' ' && c + 1 < name.size() && !std::isupper(static_cast<unsigned char>(name[c + 1]))) title_case = false;
    }
    if (title_case && (Is<"which", "what", "that", "whom">(w3) || Is<"which", "what">(w2))) return true;
  }
  // ("said Grace Nakamura, director of "Riverbend."", "The star of
  // "Riverbend" said": the work a person made or played in.)
  if (w1 == "of" && Is<"star", "stars", "director", "directors", "author", "creator", "creators", "producer",
                            "producers", "host", "writer", "writers", "cast", "composer", "showrunner", "editor",
                            "publisher", "co-star", "lead", "maker", "makers", "curator", "choreographer",
                            "screenwriter", "playwright", "illustrator", "translator", "narrator", "designer">(w2)) {
    return true;
  }
  // ("After the choir sang "Amazing Grace," the vicar said": a song, a play
  // or a book performed or named, not said.)
  if (Is<"sang", "sung", "sing", "sings", "singing", "played", "performed", "performing", "performs", "recited",
              "hummed", "titled", "entitled">(w1)) {
    return true;
  }
  // (""Orange Is the New Black" star Selenis Leyva": a work's title before
  // the noun of the person it names.)
  // (Not a line that ends as a sentence does: ""Are you running?" host
  // Kimberly Strand asked.")
  const std::string_view said = doc.Slice(q.content);
  const char end = said.empty() ? '\0' : said.back();
  auto after = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.close.end,
                                [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
  // (Nor a line closed by its comma whose noun and name go on to a verb of
  // saying: "The team lost again. "We have to be better," director Anna
  // Cole said.")
  bool comma_then_cue = false;
  for (uint32_t c = q.content.end; c < q.close.begin && !comma_then_cue; ++c) comma_then_cue = doc.text[c] == ',';
  for (auto k = after + 2; comma_then_cue && k < doc.tokens.end() && k < after + 7; ++k) {
    const std::string_view w = doc.Slice(k->span);
    if (Is<"said", "says", "told", "tells", "added", "adds", "explained", "recalled", "noted", "wrote">(w)) break;
    if (k + 1 == after + 7 || k + 1 == doc.tokens.end() || !std::isupper(static_cast<unsigned char>(w[0]))) {
      comma_then_cue = false;
    }
  }
  if (!comma_then_cue && end != '?' && end != '!' && end != '.' && end != ',' && after + 1 < doc.tokens.end() &&
      Is<"star", "stars", "actor", "actress", "host", "creator", "author", "director",
                                  "producer", "singer", "writer", "showrunner", "co-star", "alum", "frontman",
                                  "hitmaker", "composer", "novelist", "narrator">(doc.Slice(after->span)) &&
      doc.Slice((after + 1)->span).size() > 0 && std::isupper(static_cast<unsigned char>(doc.Slice((after + 1)->span)[0]))) {
    return true;
  }
  // ("who has a "sell" rating on the stock", "a "yes" vote", "the "check
  // engine" light": a word in marks naming a kind of the noun after it.)
  if (Is<"a", "an", "the", "its", "their", "his", "her", "our">(w1) && q.content.size() <= 16 && after < doc.tokens.end() &&
      Is<"rating", "ratings", "recommendation", "label", "designation", "status", "grade",
                                  "tag", "button", "vote", "votes", "light", "sign", "signs", "option", "setting",
                                  "mode", "list", "category", "stamp", "badge", "icon">(doc.Slice(after->span))) {
    return true;
  }
  if (w1 == "name" && Is<"screen", "user", "code", "stage", "pen">(w2)) return true;
  if (w1 == "sign" && w2 == "call") return true;  // "with the call sign "Bear""
  return Is<"itself", "themselves", "himself", "herself">(w1) &&
         Is<"calling", "calls", "called", "call", "styling", "styled", "dubbed", "dubbing">(w2);
}

void QuoteAttributor::Process(Document& doc) const {
  if (!doc.ok()) return;
  doc.quotes.clear();
  std::vector<bool> heading(doc.paragraphs.size());
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    heading[p] = text::LooksLikeHeading(doc, p) || CrossLink(doc, p);
  }
  std::vector<Quotation> qs = FindQuotations(doc, heading);
  qs.erase(std::remove_if(qs.begin(), qs.end(), [&](const Quotation& q) { return NamesSomething(doc, q); }),
           qs.end());
  SpeakerFinder finder(*lex_, doc, qs);
  Attribution attribution(finder, qs);

  std::vector<Found> found;
  std::vector<int32_t> of_quotation(qs.size(), -1);
  std::vector<bool> has_speaker;
  for (size_t i = 0; i < qs.size(); ++i) {
    Found f;
    bool spoke = false;
    if (!attribution.Run(i, &f, &spoke)) continue;
    // ("The farm posted on Facebook: "No peaches this year."": a cue found
    // before the colon whose subject names no person: the noun phrase that
    // opens its clause, as a report would take it.)
    if (f.quote.cue && !f.quote.speaker && !f.quote.speaker_mention) {
      const uint32_t cue = finder.TokenAt(f.quote.cue->begin);
      if (cue < doc.tokens.size() && f.quote.cue->end <= f.quote.content.begin) {
        const uint32_t c0 = finder.ClauseStart(doc.tokens[cue].sentence);
        const std::string_view verb = finder.Tok(cue);
        bool np = cue > c0 + 1 && cue <= c0 + 4 && Is<"The", "A", "An", "Its", "Their", "Our">(finder.Tok(c0)) &&
                  (verb.ends_with("ed") || verb.ends_with("s") || Is<"said", "wrote", "told", "read">(verb));
        for (uint32_t k = c0 + 1; np && k < cue; ++k) {
          np = text::StartsLower(finder.Tok(k)) && IsWordTok(finder.Tok(k)) && !finder.IsCue(k) &&
               !Is<"is", "was", "are", "were", "has", "had", "have", "will", "would", "also", "then">(finder.Tok(k));
        }
        if (np) {
          const Span m{doc.tokens[c0].span.begin, doc.tokens[cue - 1].span.end};
          f.quote.speaker = std::string(doc.Slice(m));
          f.quote.speaker_mention = m;
          spoke = true;
        }
      }
    }
    if (!spoke && AttributeLabelledQuote(finder, &f)) spoke = true;
    // "(CROSSTALK.)", "(APPLAUSE)": a transcript's stage directions.
    if (!spoke && IsStageDirection(doc.Slice(f.quote.content))) continue;
    of_quotation[i] = int32_t(found.size());
    found.push_back(std::move(f));
    has_speaker.push_back(spoke);
  }
  // The speaker a later sentence names for the quote nobody spoke.
  auto named_after = [&](size_t i, const Speaker& sp) {
    Quote& q = found[i].quote;
    q.speaker = sp.name;
    q.speaker_entity = sp.entity;
    q.speaker_role = sp.role;
    q.speaker_mention = sp.mention;
    has_speaker[i] = true;
  };
  // (""We will not back down." / Those were the first words from board
  // President Linda Harwell": the sentence after a quote nobody spoke names
  // its speaker with "That was ... from" or "Those were ... of".)
  for (size_t i = 0; i < found.size(); ++i) {
    Quote& q = found[i].quote;
    if (has_speaker[i] || q.cue || q.kind != QuoteKind::kDirect) continue;
    const uint32_t last = finder.TokenAt(q.content.end);
    if (last == 0 || last >= doc.tokens.size()) continue;
    const uint32_t s = doc.tokens[last - 1].sentence + 1;  // the sentence after the quote's own
    if (s >= doc.sentences.size()) continue;
    const Sentence& next = doc.sentences[s];
    const uint32_t a = next.first_token;
    // ("So said Ali Akbar Velayati on Monday.": the inverted cue alone.)
    // ("So wrote Leo Tolstoy.", "So said the skipper, Tom Slingsby.": any
    // verb of saying, and a name set off after its description.)
    if (a + 2 < next.end_token && finder.Tok(a) == "So" &&
        Is<"said", "says", "wrote", "writes", "declared", "concluded", "added">(finder.Tok(a + 1))) {
      Speaker sp = finder.RightSubject(a + 2, next.end_token);
      if (!sp.found || sp.entity < 0) sp = finder.ApposedName(a + 2, next.end_token);
      if (sp.found && sp.entity >= 0 && sp.first_token == a + 2) {
        q.speaker = sp.name;
        q.speaker_entity = sp.entity;
        q.speaker_role = sp.role;
        q.speaker_mention = sp.mention;
        q.cue = doc.tokens[a + 1].span;
        has_speaker[i] = true;
      }
      continue;
    }
    // (""We got this wrong." With those words, Dr. Hilary Marston opened
    // the meeting.": the subject of the sentence the words open.)
    if (a + 5 < next.end_token && finder.Tok(a) == "With" && Is<"those", "these", "that">(finder.Tok(a + 1)) &&
        Is<"words", "remarks", "comments">(finder.Tok(a + 2)) && finder.Tok(a + 3) == ",") {
      const Speaker sp = finder.RightSubject(a + 4, next.end_token);
      if (sp.found && sp.entity >= 0 && sp.first_token == a + 4) {
        q.speaker = sp.name;
        q.speaker_entity = sp.entity;
        // (Not "the Shah of Iran opened the OPEC conference": a role that
        // runs into the sentence's own verb.)
        q.speaker_role = sp.role && sp.name && sp.role->find(*sp.name) != std::string::npos ? std::nullopt : sp.role;
        q.speaker_mention = sp.mention;
        has_speaker[i] = true;
      }
      continue;
    }
    // ("That was how Jimmy Spithill summed up the race.": the person, then
    // the verb that judged the words.)
    if (a + 4 < next.end_token && Is<"That", "This">(finder.Tok(a)) && Is<"was", "is">(finder.Tok(a + 1)) &&
        finder.Tok(a + 2) == "how") {
      // ("That is how one pharmacist summed up the therapy.": or one unnamed.)
      const Speaker sp = finder.RightSubject(a + 3, next.end_token);
      // ("That was how Marlene Pacheco, president of the Ontario Nurses'
      // Association, described ...": past an aside the name leaves open.)
      uint32_t verb = sp.last_token;
      if (sp.found && verb < next.end_token && finder.Tok(verb) == ",") {
        uint32_t c = verb + 1;
        while (c < next.end_token && c < verb + 24 && finder.Tok(c) != ",") ++c;
        verb = c + 1 < next.end_token && finder.Tok(c) == "," && finder.IsCue(c + 1) ? c + 1 : next.end_token;
      }
      if (sp.found && (sp.entity >= 0 || sp.description) && sp.first_token == a + 3 && verb < next.end_token &&
          text::StartsLower(finder.Tok(verb))) {
        q.speaker = sp.name;
        q.speaker_entity = sp.entity;
        q.speaker_role = sp.role;
        q.speaker_mention = sp.mention;
        q.cue = doc.tokens[verb].span;
        has_speaker[i] = true;
      }
      continue;
    }
    // (""Houston, ... The Eagle has landed." Those words, radioed by Neil
    // Armstrong on July 20, 1969, are ...", "Those words, from the transport
    // secretary Mark Harper, were greeted with jeers": the words, set off
    // with who gave them.)
    if (a + 5 < next.end_token && Is<"The", "Those", "These", "His", "Her", "Their">(finder.Tok(a)) &&
        Is<"words", "remarks", "comments", "message", "call">(finder.Tok(a + 1)) && finder.Tok(a + 2) == ",") {
      for (uint32_t k = a + 3; k + 1 < next.end_token && k < a + 16 && finder.Tok(k) != ","; ++k) {
        if (!Is<"by", "from">(finder.Tok(k))) continue;
        uint32_t n = k + 1;
        while (n < next.end_token && n < k + 8 && finder.PersonMentionStartingAt(n) < 0 && finder.Tok(n) != ",") ++n;
        if (n >= next.end_token || finder.PersonMentionStartingAt(n) < 0) break;
        uint32_t closes = n;  // the aside's closing comma
        while (closes < next.end_token && finder.Tok(closes) != ",") ++closes;
        Speaker sp = finder.RightSubject(k + 1, closes);
        if (!sp.found || sp.entity < 0) sp = finder.RightSubject(n, closes);
        if (!sp.found || sp.entity < 0) break;
        named_after(i, sp);
        break;
      }
      continue;
    }
    // (""Best team in the league." / That was Bills safety Damar Hamlin.":
    // the speaker alone names the words; "The statement came from the
    // Falcons.": their source.)
    {
      const bool that_was = a + 3 < next.end_token && Is<"That", "This">(finder.Tok(a)) &&
                            Is<"was", "is">(finder.Tok(a + 1));
      const bool came_from = a + 4 < next.end_token && Is<"The", "That", "This", "His", "Her", "Their">(finder.Tok(a)) &&
                             Is<"statement", "words", "remark", "remarks", "comment", "comments",
                                                    "message", "answer", "response", "reply", "warning", "advice",
                                                    "verdict", "assessment">(finder.Tok(a + 1)) &&
                             finder.Tok(a + 2) == "came" && finder.Tok(a + 3) == "from";
      if (that_was || came_from) {
        const uint32_t from = that_was ? a + 2 : a + 4;
        Speaker sp = finder.RightSubject(from, next.end_token);
        if ((!sp.found || sp.entity < 0) && that_was) sp = finder.ApposedName(from, next.end_token);
        // ("came from the Falcons": a body the recogniser left unnamed,
        // capitalised to the full stop.)
        if (!sp.found && came_from && from + 1 < next.end_token) {
          uint32_t e = from + (Is<"the", "The">(finder.Tok(from)) ? 1 : 0);
          const uint32_t b = e;
          while (e < next.end_token && text::StartsUpper(finder.Tok(e))) ++e;
          if (e > b && e + 1 >= next.end_token) {
            sp.found = true;
            sp.description = true;
            sp.first_token = from;
            sp.last_token = e;
            sp.mention = Span{doc.tokens[from].span.begin, doc.tokens[e - 1].span.end};
            sp.name = std::string(doc.Slice(sp.mention));
          }
        }
        // (""No comment." That was Luxon's response.": the owner of the
        // words' noun.)
        const bool owned = that_was && sp.found && sp.last_token + 2 < next.end_token + 1 &&
                           Is<"'s", "\xE2\x80\x99s">(finder.Tok(sp.last_token)) &&
                           Is<"response", "reply", "answer", "verdict", "reaction",
                                                              "message", "assessment", "view", "retort", "words",
                                                              "advice", "warning", "explanation">(finder.Tok(sp.last_token + 1)) &&
                           sp.last_token + 3 >= next.end_token;
        const bool whole = sp.found && (sp.last_token + 1 >= next.end_token || owned ||
                                        Is<".", "!">(finder.Tok(sp.last_token)) ||
                                        (sp.role && finder.Tok(sp.last_token) == "," && !that_was));
        const bool who = sp.found && sp.first_token == from &&
                         ((sp.entity >= 0 && (came_from || doc.entities[sp.entity].type == EntityType::kPerson)) ||
                          (came_from && sp.description));
        if (whole && who) {
          named_after(i, sp);
          continue;
        }
      }
    }
    // ("The words were those of President Gerald Ford.")
    const bool those_of = a + 5 < next.end_token && finder.Tok(a) == "The" &&
                          Is<"words", "remarks", "comments", "question", "answer", "warning">(finder.Tok(a + 1)) &&
                          Is<"were", "was", "are", "is">(finder.Tok(a + 2)) && Is<"those", "that">(finder.Tok(a + 3));
    if (!those_of && (a + 4 >= next.end_token || !Is<"That", "Those", "These", "This", "Such">(finder.Tok(a)) ||
                      !Is<"was", "were", "is", "are">(finder.Tok(a + 1)))) {
      continue;
    }
    for (uint32_t k = a + 2; k + 1 < next.end_token && k < a + 12; ++k) {
      if (!Is<"from", "of", "by">(finder.Tok(k))) continue;
      uint32_t n = k + 1;
      while (n < next.end_token && n < k + 5 && finder.PersonMentionStartingAt(n) < 0) ++n;
      const int32_t pm = n < next.end_token ? finder.PersonMentionStartingAt(n) : -1;
      if (pm < 0) continue;
      Speaker sp = finder.RightSubject(k + 1, next.end_token);
      // ("Those were the words of the Speaker, Blessing Agbebaku, on
      // Monday.": the name set off after its description.)
      if (!sp.found || sp.entity < 0) sp = finder.ApposedName(k + 1, next.end_token);
      if (!sp.found || sp.entity < 0) break;
      q.speaker = sp.name;
      q.speaker_entity = sp.entity;
      q.speaker_role = sp.role;
      q.speaker_mention = sp.mention;
      // ("Those were the words of X", "That was the message from X": the
      // noun and its preposition are the cue.)
      if (!q.cue) {
        const uint32_t cb = those_of ? a : a + 2;
        if (cb < k) q.cue = Span{doc.tokens[cb].span.begin, doc.tokens[k].span.end};
      }
      has_speaker[i] = true;
      break;
    }
  }
  // Whole quotes without attribution take the speaker of the quote before
  // them in the same or the previous paragraph (or, failing that, the next
  // one in the same paragraph): consecutive quote paragraphs in news are the
  // same speaker until the story says otherwise.
  auto inherit = [&](size_t to, size_t from) {
    Quote& a = found[to].quote;
    const Quote& b = found[from].quote;
    a.speaker = b.speaker;
    a.speaker_entity = b.speaker_entity;
    a.speaker_role = found[from].role_is_title ? std::nullopt : b.speaker_role;
    a.speaker_mention = b.speaker_mention;  // the attribution both pieces share
    // (""A," he said. "B."": the cue both share too, given at the end, so
    // that the passes below still read the quote as one without its own.)
    if (!a.cue) found[to].shared_cue = b.cue ? b.cue : found[from].shared_cue;
    has_speaker[to] = true;
  };
  auto paragraph_of = [&](const Quote& q) {
    return doc.sentences[doc.tokens[finder.TokenAt(q.content.begin)].sentence].paragraph;
  };
  // ("... said Mark Tobin. / Sarah Klein disagrees. "It is alive and
  // well."": a sentence just before the quote, in its paragraph, that opens
  // with another person hands the quote to that person, below.)
  auto introduced = [&](const Quote& q, int32_t other) {
    Speaker none;
    const uint32_t s = doc.tokens[finder.TokenAt(q.content.begin)].sentence;
    if (s == 0 || doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph) return none;
    const Sentence& before = doc.sentences[s - 1];
    for (uint32_t k = before.first_token; k < before.end_token; ++k) {
      if (finder.InQuote(doc.tokens[k].span.begin)) return none;
      // ("Also, Trump isn't a conservative, he said.": the person opens
      // someone else's report.)
      if (k > before.first_token + 2 && finder.Tok(k - 1) == "," && finder.IsPronoun(k) && k + 1 < before.end_token &&
          finder.IsCue(k + 1)) {
        return none;
      }
    }
    const uint32_t c0 = finder.ClauseStart(s - 1);
    const int32_t m = finder.PersonMentionStartingAt(c0);
    if (m < 0 || doc.mentions[m].entity == other) return none;
    // ("Bloomberg's pollster, Douglas Schoen, says": an owner.)
    const uint32_t after = finder.TokenAt(doc.mentions[m].span.end);
    if (after < before.end_token && Is<"'s", "\xE2\x80\x99s">(finder.Tok(after))) return none;
    Speaker sp = finder.RightSubject(c0, std::min(before.end_token, c0 + 5));
    return sp.found && sp.name && sp.entity >= 0 ? sp : none;
  };
  for (size_t i = 1; i < found.size(); ++i) {
    if (has_speaker[i] || found[i].quote.cue || found[i].quote.kind != QuoteKind::kDirect) continue;
    if (!has_speaker[i - 1]) continue;
    if (const Speaker sp = introduced(found[i].quote, found[i - 1].quote.speaker_entity); sp.found) {
      Quote& q = found[i].quote;
      q.speaker = sp.name;
      q.speaker_entity = sp.entity;
      q.speaker_mention = sp.mention;
      has_speaker[i] = true;
      continue;
    }
    uint32_t p = paragraph_of(found[i].quote), pp = paragraph_of(found[i - 1].quote);
    if (p == pp || p == pp + 1) inherit(i, i - 1);
  }
  for (size_t i = found.size(); i-- > 1;) {
    if (has_speaker[i - 1] || found[i - 1].quote.cue || !has_speaker[i]) continue;
    if (found[i - 1].continues || paragraph_of(found[i - 1].quote) == paragraph_of(found[i].quote)) {
      inherit(i - 1, i);
    }
  }
  // Failing that, a whole quote opening its paragraph belongs to the person
  // the sentence before it is about, when that sentence opens with them
  // ("Clinton kept her comments hypothetical. / "If any bank ...").
  for (size_t i = 0; i < found.size(); ++i) {
    Quote& q = found[i].quote;
    if (has_speaker[i] || q.cue || q.kind != QuoteKind::kDirect) continue;
    uint32_t s = doc.tokens[finder.TokenAt(q.content.begin)].sentence;
    if (s == 0 || heading[doc.sentences[s - 1].paragraph]) continue;
    // (Not when a cue follows the quote in its sentence: ""...," Kwon
    // Chil-seung said." names a speaker the recogniser did not read.)
    bool cue_after = false;
    for (uint32_t k = finder.TokenAt(q.content.end); k < doc.sentences[s].end_token && !cue_after; ++k) {
      cue_after = !finder.InQuote(doc.tokens[k].span.begin) && finder.IsCue(k);
    }
    if (cue_after) continue;
    if (doc.sentences[s].paragraph > doc.sentences[s - 1].paragraph + 1) continue;
    uint32_t c0 = finder.ClauseStart(s - 1);
    if (finder.InQuote(doc.tokens[c0].span.begin)) continue;
    int32_t m = finder.PersonMentionStartingAt(c0);
    // ("Dr. Rachel Kim had just started her shift.", "Prosecutor Ann Lowe
    // spoke first.": a title before the name.)
    auto title = [&](uint32_t t) {
      std::string_view w = finder.Tok(t);
      if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
      char buf[24];
      const std::string_view folded = text::FoldCase(w, buf, sizeof buf);
      return finder.RoleWord(t) || finder.lex().titles.Contains(w) || finder.lex().honorifics.Contains(w) ||
             finder.lex().humans.Contains(folded);
    };
    for (uint32_t t = c0; m < 0 && t < c0 + 3 && t + 1 < doc.sentences[s - 1].end_token &&
                          text::StartsUpper(finder.Tok(t)) && title(t);
         ++t) {
      m = finder.PersonMentionStartingAt(t + 1);
    }
    // ("The hospital's chief of medicine, Dr. Oren Basquiat, laid out his
    // reasoning."): a description with the name set off after it.)
    uint32_t from = c0;
    const Sentence& before = doc.sentences[s - 1];
    for (uint32_t k = c0 + 1; m < 0 && !finder.IsPronoun(c0) && k + 2 < before.end_token && k < c0 + 10; ++k) {
      if (finder.Tok(k) != ",") continue;
      uint32_t n = k + 1;
      while (n < k + 4 && n + 1 < before.end_token && text::StartsUpper(finder.Tok(n)) && title(n) &&
             finder.PersonMentionStartingAt(n) < 0) {
        ++n;
      }
      const int32_t pm = finder.PersonMentionStartingAt(n);
      if (pm >= 0 && doc.entities[doc.mentions[pm].entity].type == EntityType::kPerson &&
          finder.Tok(finder.TokenAt(doc.mentions[pm].span.end)) == ",") {
        m = pm;
        from = k + 1;
      }
      break;
    }
    if (m < 0 && !finder.IsPronoun(c0)) continue;
    Speaker sp = finder.RightSubject(from, from + 1 + (m >= 0 ? 4 : 0));
    if (!sp.found || !sp.name) continue;
    q.speaker = sp.name;
    q.speaker_entity = sp.entity;
    q.speaker_mention = sp.mention;
    has_speaker[i] = true;
  }
  // ("Chief Elaine Strickland laid out the timeline. / "Officers were
  // dispatched ... / "We located him two hours later."": the paragraphs a
  // quote runs on over are its speaker's, once the sentence before gave it.)
  for (size_t i = 1; i < found.size(); ++i) {
    if (has_speaker[i] || found[i].quote.cue || found[i].quote.kind != QuoteKind::kDirect || !has_speaker[i - 1] ||
        !found[i - 1].continues) {
      continue;
    }
    if (paragraph_of(found[i].quote) == paragraph_of(found[i - 1].quote) + 1) inherit(i, i - 1);
  }

  for (uint32_t p = 1; p < doc.paragraphs.size(); ++p) {
    if (heading[p]) continue;
    Found f;
    if (attribution.BlockQuote(p, &f)) found.push_back(std::move(f));
  }

  std::vector<bool> quoted_paragraph(doc.paragraphs.size());
  for (const Found& f : found) quoted_paragraph[paragraph_of(f.quote)] = true;
  const size_t first_labelled = found.size();
  FindLabelledStatements(finder, quoted_paragraph, &found);

  const size_t first_reported = found.size();
  FindReportedSpeech(finder, heading, &found);
  // ("HOYT: Yes. I think it will pass.": a report inside a transcript turn
  // whose speaker is "I" or "we" is the turn's speaker's.)
  // ("Clinton: I support D.C. statehood.": in a headline's labelled
  // statement, reported in the writer's voice, the speaker's own stance is
  // that statement already.)
  std::vector<bool> restated(found.size());
  for (size_t i = first_reported; i < found.size(); ++i) {
    Quote& r = found[i].quote;
    if (!r.speaker_mention || r.speaker || r.speaker_entity >= 0) continue;
    const std::string_view who = doc.Slice(*r.speaker_mention);
    if (!Is<"I", "we", "We">(who)) continue;
    for (size_t t = first_labelled; t < first_reported; ++t) {
      const Quote& turn = found[t].quote;
      if (!turn.speaker || turn.content.begin > r.speaker_mention->begin || r.content.end > turn.content.end) {
        continue;
      }
      if (turn.kind != QuoteKind::kDirect) {
        restated[i] = true;
        break;
      }
      r.speaker = turn.speaker;
      r.speaker_entity = turn.speaker_entity;
      break;
    }
  }
  // ("SANDERS: He has condemned it many times.": any other report inside a
  // transcript's turn is the turn's words, as one inside quotation marks
  // is.)
  for (size_t i = first_reported; i < found.size(); ++i) {
    const Quote& r = found[i].quote;
    if (restated[i] || (r.speaker_mention && Is<"I", "we", "We">(doc.Slice(*r.speaker_mention)))) continue;
    for (size_t t = first_labelled; t < first_reported && !restated[i]; ++t) {
      const Quote& turn = found[t].quote;
      restated[i] = turn.kind == QuoteKind::kDirect && turn.speaker && turn.cue &&
                    doc.Slice(*turn.cue) == ":" && turn.content.begin <= r.content.begin &&
                    r.content.end <= turn.content.end && (!r.cue || turn.content.begin <= r.cue->begin);
    }
  }
  for (size_t i = found.size(); i-- > first_reported;) {
    if (restated[i]) found.erase(found.begin() + static_cast<std::ptrdiff_t>(i));
  }
  MergeClauses(doc, first_reported, &found);
  // ("Voters want "change", Orpo said, adding that ...": two passes may
  // reach the same participle; one statement is kept of each content and
  // cue.)
  {
    std::set<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>> seen;
    size_t kept = 0;
    for (size_t i = 0; i < found.size(); ++i) {
      const Quote& q = found[i].quote;
      const bool twice = q.cue && !seen.insert({q.content.begin, q.content.end, q.cue->begin, q.cue->end}).second;
      if (twice) continue;
      if (kept != i) found[kept] = std::move(found[i]);
      ++kept;
    }
    found.resize(kept);
  }
  PartialsOfCuelessReports(*lex_, doc, qs, &found);
  FillClauses(finder, &found);
  ExtendQuotesOverTrailingWords(finder, &found);
  TrimClauseStarts(finder, &found);
  EndClausesAtNextCue(finder, &found);

  ResolveDescriptions(*lex_, finder, doc, &found);
  KeepTheLastSpeaker(finder, doc, &found);
  KeepTheLastDescribedSpeaker(finder, doc, &found);
  ResolveDescribedAgain(finder, doc, &found);
  KeepTheLastInstitution(finder, doc, &found);
  ResolveCompanyNouns(finder, doc, &found);
  ResolveLatterAndFormer(finder, doc, &found);
  ResolveEpithets(finder, doc, &found);
  DocumentsSpeakForTheirIssuers(finder, doc, &found);
  WordsOfTheirOwner(finder, doc, &found);
  ShareBorrowedAttributions(&found);
  // ("Asked about Salcedo's claim that he was "scared," Okafor laughed.": a
  // gesture attributes a whole quote right before it, never a partial one
  // inside the writer's sentence.)
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Found& f) {
                               return f.quote.kind == QuoteKind::kPartial && f.quote.cue &&
                                      Is<"laughed", "shrugged", "smiled", "grinned",
                                                                   "chuckled", "laughs", "shrugs", "smiles", "grins",
                                                                   "chuckles">(doc.Slice(*f.quote.cue));
                             }),
              found.end());

  // ("A sign read, "Where is the state?"", "a banner that read "Leave
  // now"": a slogan written on a thing is no one's statement.)
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Found& f) {
                               if (!f.quote.cue || !Is<"read", "reads", "reading">(doc.Slice(*f.quote.cue))) {
                                 return false;
                               }
                               const uint32_t c = finder.TokenAt(f.quote.cue->begin);
                               for (uint32_t k = c; k > 0 && c - k < 6;) {
                                 --k;
                                 const std::string_view w = finder.Tok(k);
                                 if (Is<"sign", "signs", "banner", "banners", "placard", "placards", "poster",
                                            "posters", "plaque", "inscription", "t-shirt", "T-shirt", "t-shirts",
                                            "shirt", "shirts", "billboard", "billboards", "graffiti", "sticker",
                                            "stickers", "slogan", "slogans",
                                            "signboard", "hoarding", "cap", "hat", "mural">(w)) {
                                   return true;
                                 }
                                 if (w == "." || finder.IsCue(k) || finder.PersonMentionEndingAt(k) >= 0) break;
                               }
                               return false;
                             }),
              found.end());

  // ("Aaron Welsh ... Welsh, speaking on a call, said", "Ken Doctor ...
  // Doctor asserts": a family name that is also a people's or a title's word
  // names the one person of the article it ends, named before.)
  for (Found& f : found) {
    Quote& q = f.quote;
    // (A people's word read as the speaking nation, "Welsh", too.)
    if ((q.speaker_entity >= 0 && doc.entities[q.speaker_entity].type != EntityType::kNorp) || !q.speaker ||
        !q.speaker_mention) {
      continue;
    }
    const std::string_view word = doc.Slice(*q.speaker_mention);
    if (word.size() < 3 || word.find(' ') != std::string_view::npos ||
        (*q.speaker != word && q.speaker_entity < 0) ||
        !(word[0] >= 'A' && word[0] <= 'Z')) {
      continue;
    }
    int32_t person = -1;
    bool ambiguous = false;
    for (size_t e = 0; e < doc.entities.size() && !ambiguous; ++e) {
      const Entity& ent = doc.entities[e];
      if (ent.type != EntityType::kPerson || ent.mentions.empty()) continue;
      const size_t sp = ent.name.rfind(' ');
      if (sp == std::string::npos || std::string_view(ent.name).substr(sp + 1) != word) continue;
      if (doc.mentions[ent.mentions.front()].span.begin >= q.speaker_mention->begin) continue;
      ambiguous = person >= 0;
      person = int32_t(e);
    }
    if (person < 0 || ambiguous) continue;
    q.speaker = doc.entities[person].name;
    q.speaker_entity = person;
  }
  // A role given by apposition ("X, the former envoy") belongs to the person
  // for the whole article; a title before a name ("Leader X") only to that
  // mention.
  // ("The Rev. Samuel Ortiz", "Hon. Kwaku Boateng-Asante", "Datuk Dr X": a
  // courtesy style alone is no role; an appositive may give one below.)
  for (Found& f : found) {
    if (f.quote.speaker_role && CourtesyOnly(*lex_, *f.quote.speaker_role)) f.quote.speaker_role.reset();
    NameTheyGave(&f.quote);
    DropConnectiveFromRole(&f.quote);
  }
  std::unordered_map<int32_t, std::string> roles;
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return found[a].quote.content.begin < found[b].quote.content.begin; });
  // ("Britain's Andy Murray, the former champion, said": an owner alone
  // before the name gives way to a role the article gives.)
  auto bare_owner = [](const std::optional<std::string>& r) {
    if (!r || r->size() < 4 || !(r->ends_with("'s") || r->ends_with("\xE2\x80\x99s"))) return false;
    bool caps = true;
    for (size_t at = 0; at < r->size() && caps; at = r->find(' ', at) == std::string::npos ? r->size()
                                                                                          : r->find(' ', at) + 1) {
      caps = (*r)[at] >= 'A' && (*r)[at] <= 'Z';
    }
    return caps && std::count(r->begin(), r->end(), ' ') <= 2;
  };
  // (Where the first role comes from, to tell whether a role set by
  // apposition before it is nearer to an earlier statement.)
  std::unordered_map<int32_t, uint32_t> role_at;
  // ("Kremlin spokesman Dmitry Peskov", "the designer Ana Ruiz": a title
  // before the name whose last word is a lower-case people noun is a
  // description the article gives, carried as an appositive is.)
  auto described = [&](const std::optional<std::string>& r) {
    if (!r || r->empty() || r->find(',') != std::string::npos) return false;
    const std::string_view last = std::string_view(*r).substr(r->rfind(' ') == std::string::npos ? 0 : r->rfind(' ') + 1);
    if (!last.empty() && last[0] >= 'a' && last[0] <= 'z' && finder.lex().humans.Contains(last)) return true;
    // ("Sophomore Maya Lin", "Parent Dana Ruiz": one people noun opening the
    // sentence, capitalised only for that, and no office.)
    if (last.size() < 3 || last.size() >= 24 || last.size() != r->size() || last[0] < 'A' || last[0] > 'Z') return false;
    std::string folded(last);
    folded[0] = char(folded[0] + 32);
    // (Not a title or a religious or family style: "Recorder Anthony Vale",
    // "Sister Mary", "Brother Paul".)
    return finder.lex().humans.Contains(folded) && !finder.lex().titles.Contains(folded) &&
           !finder.lex().honorifics.Contains(last) &&
           !Is<"recorder", "sister", "brother", "father", "mother", "son", "daughter", "uncle", "aunt",
                        "cousin", "elder", "deacon", "pastor", "bishop", "imam", "rabbi", "chief", "judge", "justice",
                        "coroner", "sheriff", "constable", "magistrate", "sergeant", "officer", "detective">(folded);
  };
  for (size_t i : order) {
    const Quote& q = found[i].quote;
    if (q.speaker_entity >= 0 && q.speaker_role && (!found[i].role_is_title || described(q.speaker_role)) &&
        !bare_owner(q.speaker_role)) {
      if (roles.emplace(q.speaker_entity, *q.speaker_role).second) role_at[q.speaker_entity] = q.content.begin;
    }
  }
  // ("Tim Morrison, a former NSC official, testified. He said ... Later:
  // "...," Morrison, Vindman's superior, said": the statements before the
  // first role-giving one take the role set by apposition before them.)
  std::unordered_map<int32_t, std::pair<std::string, uint32_t>> earlier_apposed;
  for (size_t i : order) {
    const Quote& q = found[i].quote;
    const int32_t e = q.speaker_entity;
    if (e < 0 || q.speaker_role || !roles.count(e) || earlier_apposed.count(e)) continue;
    uint32_t at = 0;
    if (std::optional<std::string> role = AppositiveRole(finder, e, &at); role && at < role_at[e] && *role != roles[e]) {
      earlier_apposed.emplace(e, std::make_pair(std::move(*role), at));
    }
  }
  // Speakers the statements give no role may have one in a sentence of
  // their own: "The city's lawyer, Mark Ruiz, disagreed.", "Mark Ruiz, the
  // city's lawyer, disagreed." (a described phrase holding a people noun,
  // set off by commas).
  for (size_t i : order) {
    const int32_t e = found[i].quote.speaker_entity;
    if (e < 0 || roles.count(e) || (found[i].quote.speaker_role && !bare_owner(found[i].quote.speaker_role))) continue;
    if (std::optional<std::string> role = AppositiveRole(finder, e); role) roles.emplace(e, std::move(*role));
  }
  for (size_t i : order) {
    Quote q = std::move(found[i].quote);
    // (""It could have been easy for Mary Steenburgen to just put her name
    // on something, but she didn't do that," she said": who is named in
    // full inside the quote, in the third person, is not the "she" who
    // says it; the pronoun stays unresolved.)
    if (q.kind != QuoteKind::kIndirect && q.speaker_entity >= 0 && q.speaker_mention && !q.content.empty()) {
      const std::string_view pronoun = doc.Slice(*q.speaker_mention);
      if (Is<"he", "she", "He", "She">(pronoun)) {
        for (const uint32_t mi : doc.entities[q.speaker_entity].mentions) {
          const Span ms = doc.mentions[mi].span;
          if (!(ms.begin >= q.content.begin && ms.end <= q.content.end &&
                doc.Slice(ms).find(' ') != std::string_view::npos)) {
            continue;
          }
          // (Only when the quote goes on about that person with the same
          // pronoun: a speaker naming himself ("... Donald Trump.") is
          // still the speaker.)
          const bool female = pronoun == "she" || pronoun == "She";
          bool about = false;
          for (uint32_t t = finder.TokenAt(ms.end); t < doc.tokens.size() && !about; ++t) {
            if (doc.tokens[t].span.begin >= q.content.end) break;
            const std::string_view w = doc.Slice(doc.tokens[t].span);
            about = female ? Is<"she", "her", "She", "Her">(w) : Is<"he", "him", "his", "He", "His">(w);
          }
          if (about) {
            q.speaker.reset();
            q.speaker_entity = -1;
            q.speaker_role.reset();
            break;
          }
        }
      }
    }
    // "called the nominee "unqualified" on Tuesday": a clause cut right after
    // a quoted fragment keeps the fragment's closing mark.
    // 'The process was "rushed and disrespectful," Trustee X said': the
    // comma US style puts inside the closing mark goes with it.
    if (q.clause && q.clause->end + 1 < doc.text.size() && doc.text[q.clause->end] == ',' &&
        (doc.text[q.clause->end + 1] == '"' || doc.text.compare(q.clause->end + 1, 3, "\xE2\x80\x9D") == 0)) {
      const std::string_view clause = doc.Slice(*q.clause);
      size_t opens = 0, closes = 0;
      for (size_t at = 0; at < clause.size(); ++at) {
        if (clause[at] == '"') ++opens;
        if (clause.compare(at, 3, "\xE2\x80\x9C") == 0) ++opens;
        if (clause.compare(at, 3, "\xE2\x80\x9D") == 0) ++closes;
      }
      if ((doc.text[q.clause->end + 1] == '"' && opens % 2 == 1 && closes == 0) ||
          (doc.text[q.clause->end + 1] != '"' && opens > closes)) {
        q.clause->end += 1;
      }
    }
    if (q.clause && q.clause->end < doc.text.size() &&
        (doc.text[q.clause->end] == '"' || doc.text.compare(q.clause->end, 3, "\xE2\x80\x9D") == 0 ||
         doc.text[q.clause->end] == '\'' || doc.text.compare(q.clause->end, 3, "\xE2\x80\x99") == 0)) {
      const std::string_view clause = doc.Slice(*q.clause);
      size_t opens = 0, closes = 0;
      for (size_t at = 0; at < clause.size(); ++at) {
        if (clause[at] == '"') ++opens;
        if (clause.compare(at, 3, "\xE2\x80\x9C") == 0) ++opens;
        if (clause.compare(at, 3, "\xE2\x80\x9D") == 0) ++closes;
      }
      const std::string_view rest = std::string_view(doc.text).substr(q.clause->end);
      const bool straight_open = opens % 2 == 1 && closes == 0 && rest.substr(0, 1) == "\"";
      const bool curly_open = opens > closes && rest.substr(0, 3) == "\xE2\x80\x9D";
      if (straight_open) q.clause->end += 1;
      if (curly_open) q.clause->end += 3;
      // ("was 'nowhere near good enough' in ...": single marks of British
      // style, an opening one after a space inside, a closing one not
      // followed by a letter.)
      if (!straight_open && !curly_open) {
        const bool single_open = clause.find(" '") != std::string_view::npos ||
                                 clause.find(" \xE2\x80\x98") != std::string_view::npos;
        const size_t width = rest.substr(0, 1) == "'" ? 1 : rest.substr(0, 3) == "\xE2\x80\x99" ? 3 : 0;
        const bool letter_after = rest.size() > width && ((rest[width] | 0x20) >= 'a' && (rest[width] | 0x20) <= 'z');
        if (single_open && width > 0 && !letter_after) q.clause->end += uint32_t(width);
      }
    }
    // ("Hallam's wife, Linda, said", "Castellano's brother, Luis,": a given
    // name set off after a family member of a named person carries the
    // family's name.)
    if (q.speaker_entity >= 0 && q.speaker && q.speaker->find(' ') == std::string::npos && q.speaker_role) {
      const std::string& r = *q.speaker_role;
      const size_t apos = r.find("'s ");
      const size_t curly = r.find("\xE2\x80\x99s ");
      const size_t at = apos != std::string::npos ? apos : curly;
      const size_t after = at == std::string::npos ? 0 : at + (apos != std::string::npos ? 3 : 5);
      if (at != std::string::npos && at > 1 && r[0] >= 'A' && r[0] <= 'Z' && r.find(' ') >= at &&
          (r.compare(after, std::string::npos, "wife") == 0 || r.compare(after, std::string::npos, "husband") == 0 ||
           r.compare(after, std::string::npos, "son") == 0 || r.compare(after, std::string::npos, "daughter") == 0 ||
           r.compare(after, std::string::npos, "brother") == 0 || r.compare(after, std::string::npos, "sister") == 0 ||
           r.compare(after, std::string::npos, "widow") == 0 || r.compare(after, std::string::npos, "father") == 0)) {
        q.speaker = *q.speaker + " " + r.substr(0, at);
      }
    }
    // ("..., the Swedish Prosecution Authority said": an organisation's
    // name after its article is the organisation, as without it.)
    // ("The Post has learned", "the Times reported": the short name of a
    // paper the article named in full, the latest such.)
    const bool nbsp = q.speaker && (q.speaker->rfind("the\xC2\xA0", 0) == 0 || q.speaker->rfind("The\xC2\xA0", 0) == 0);
    if (q.speaker_entity < 0 && q.speaker && !q.speaker_role &&
        (q.speaker->rfind("the ", 0) == 0 || q.speaker->rfind("The ", 0) == 0 || nbsp)) {
      const std::string_view rest = std::string_view(*q.speaker).substr(nbsp ? 5 : 4);
      int32_t short_name = -1;
      for (size_t e = 0; e < doc.entities.size(); ++e) {
        if (doc.entities[e].type != EntityType::kOrg) continue;
        const std::string& n = doc.entities[e].name;
        if (n == rest) {
          short_name = int32_t(e);
          break;
        }
        if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z' && rest.find(' ') == std::string_view::npos &&
            n.size() > rest.size() + 1 && n.compare(n.size() - rest.size(), rest.size(), rest) == 0 &&
            n[n.size() - rest.size() - 1] == ' ' && !doc.entities[e].mentions.empty() &&
            doc.mentions[doc.entities[e].mentions.front()].span.begin < q.speaker_mention.value_or(Span{}).begin) {
          short_name = int32_t(e);
        }
      }
      if (short_name >= 0) {
        q.speaker = doc.entities[short_name].name;
        q.speaker_entity = short_name;
      }
    }
    // ("Detrani, who led talks in 2005, said" after "Joseph Detrani, the
    // former special envoy": a relative clause tells of the person; the
    // role the article gave stays.)
    const bool relative_role = q.speaker_role && (q.speaker_role->rfind("who ", 0) == 0 ||
                                                  q.speaker_role->rfind("which ", 0) == 0 || bare_owner(q.speaker_role));
    if (q.speaker_entity >= 0 && !q.speaker_role) {
      if (auto ea = earlier_apposed.find(q.speaker_entity);
          ea != earlier_apposed.end() && ea->second.second < q.content.begin &&
          q.content.begin < role_at[q.speaker_entity]) {
        q.speaker_role = ea->second.first;
      }
    }
    if (q.speaker_entity >= 0 && (!q.speaker_role || relative_role)) {
      auto it = roles.find(q.speaker_entity);
      // (Not by a post-nominal, "Anand Ramlogan, SC,".)
      if (it != roles.end() &&
          (!q.speaker_role || (!(it->second.rfind("who ", 0) == 0 || it->second.rfind("which ", 0) == 0) &&
                               it->second.find(' ') != std::string::npos))) {
        q.speaker_role = it->second;
      }
    }
    if (q.speaker_entity < 0 && q.speaker_role && q.speaker_role->size() > 2 && (*q.speaker_role)[1] == '-' &&
        ((*q.speaker_role)[0] == 'D' || (*q.speaker_role)[0] == 'R' || (*q.speaker_role)[0] == 'I')) {
      // "A spokesman for Rep. Matt Gaetz, R-Fla., said": the party label is
      // the congressman's, not the spokesman's.
      q.speaker_role.reset();
    }
    // ("according to Zillow, the largest drop in a decade": the writer's
    // word on the figure, a superlative, no role.)
    if (q.speaker_role && q.speaker_role->rfind("the ", 0) == 0) {
      const size_t w_end = q.speaker_role->find(' ', 4);
      const std::string w = q.speaker_role->substr(4, w_end == std::string::npos ? std::string::npos : w_end - 4);
      bool people = false;  // ("the oldest member of the board" is one)
      for (size_t at = 0; at < q.speaker_role->size() && !people;) {
        size_t sp = q.speaker_role->find(' ', at);
        if (sp == std::string::npos) sp = q.speaker_role->size();
        people = finder.lex().humans.Contains(std::string_view(*q.speaker_role).substr(at, sp - at));
        at = sp + 1;
      }
      if (!people && w_end != std::string::npos && w.size() > 4 && w.ends_with("est") && w != "interest" &&
          w != "guest" && w != "priest" && w != "forest" && w != "harvest" && w != "honest") {
        q.speaker_role.reset();
      }
    }
    // ("Lula, as he is known, said": how the name is used, no role.)
    if (q.speaker_role && q.speaker_role->rfind("as ", 0) == 0 &&
        (q.speaker_role->find(" known") != std::string::npos || q.speaker_role->find(" called") != std::string::npos)) {
      q.speaker_role.reset();
    }
    if (q.speaker_role) {
      // ("von der Heyden told reporters": a family name's particles are no
      // role.)
      bool particles = true;
      for (size_t at = 0; at < q.speaker_role->size() && particles;) {
        size_t sp = q.speaker_role->find(' ', at);
        if (sp == std::string::npos) sp = q.speaker_role->size();
        const std::string_view w = std::string_view(*q.speaker_role).substr(at, sp - at);
        // (And a courtesy style before them: "Mr. de Vries said".)
        particles = Is<"von", "der", "van", "den", "de", "da", "di", "del", "della", "du", "la", "le", "al", "el",
                           "bin", "ibn", "ten", "ter", "dos", "das", "do", "los", "las", "dela", "binti", "bte", "ur",
                           "ul", "ud", "ap">(w) ||
                    CourtesyOnly(*lex_, w) ||
                    // ("Corrêa do Lago said": the rest of the speaker's own
                    // name.)
                    (q.speaker_entity >= 0 && w.size() > 1 &&
                     (" " + doc.entities[q.speaker_entity].name + " ").find(" " + std::string(w) + " ") !=
                         std::string::npos);
        at = sp + 1;
      }
      if (particles) q.speaker_role.reset();
    }
    if (q.speaker_role) {
      // ("Rep. David McKinley, R-W.Va., visited the border ..., and argued
      // that": the subject's own acts after the role are no part of it.)
      std::string& r = *q.speaker_role;
      for (size_t at = r.find(", "); at != std::string::npos; at = r.find(", ", at + 2)) {
        const size_t w0 = at + 2, w1 = std::min(r.find(' ', w0), r.size());
        const std::string_view w = std::string_view(r).substr(w0, w1 - w0);
        const std::string_view next = w1 < r.size() ? std::string_view(r).substr(w1 + 1, 3) : std::string_view();
        if (w.size() > 4 && w[0] >= 'a' && w[0] <= 'z' && w.ends_with("ed") && !lex_->humans.Contains(w) &&
            !next.starts_with("by") && !next.starts_with("in ") && !next.starts_with("as ") &&
            !Is<"based", "retired", "married", "divorced", "widowed", "unemployed", "self-employed", "disabled",
                    "unaffiliated">(w)) {
          r.resize(at);
          break;
        }
      }
      if (r.empty()) q.speaker_role.reset();
    }
    if (q.speaker_role) {
      // ("Mr. Nixon, back from his tour, said", "Senator Flanders (R-Vt.),
      // rising in the chamber, said", "The report, made public today,
      // said", "To one question he replied": a participle's or a
      // preposition's phrase set off by commas is what the subject did or
      // where it stood, no role; a party label before it stays.)
      std::string& r = *q.speaker_role;
      size_t from = 0;
      if (r.starts_with("(")) {
        const size_t close = r.find("), ");
        from = close == std::string::npos ? r.size() : close + 3;
      }
      if (from < r.size()) {
        const size_t w1 = std::min(r.find(' ', from), r.size());
        const std::string_view w = std::string_view(r).substr(from, w1 - from);
        const size_t w2 = w1 < r.size() ? std::min(r.find(' ', w1 + 1), r.size()) : r.size();
        const std::string_view next = w1 < r.size() ? std::string_view(r).substr(w1 + 1, w2 - w1 - 1) : std::string_view();
        const bool after_prep = Is<"in", "at", "to", "from", "with", "on", "into", "onto", "after", "before",
                                          "beside", "behind", "near", "outside", "inside", "public", "today",
                                          "yesterday", "tonight", "his", "her", "their", "its", "the", "up", "down",
                                          "out", "off", "over", "around", "through", "by">(next);
        const bool participle = !w.empty() && w[0] >= 'a' && w[0] <= 'z' && !lex_->humans.Contains(w) &&
                                ((w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"))) ||
                                 Is<"made", "back", "fresh", "written", "given", "taken", "seen", "shown", "known",
                                        "held", "sent", "left">(w)) &&
                                !Is<"acting", "managing", "founding", "leading", "outgoing", "incoming", "ruling",
                                        "governing", "presiding", "reigning", "retired", "based">(w) &&
                                after_prep;
        // (Capitalised: a phrase fronted before the subject; "Mike Willson
        // at Morgan Stanhope" is an affiliation.)
        const bool preposition = Is<"To", "At", "In", "During", "After", "Before", "With", "On", "Upon">(w);
        if (participle || preposition) {
          if (from == 0) {
            q.speaker_role.reset();
          } else {
            r.resize(from - 2);
          }
        }
      }
    }
    if (q.speaker_role) {
      // ("director of "Riverbend."": a work's title cut before its closing
      // mark by the sentence's full stop gets the mark back.)
      std::string& r = *q.speaker_role;
      size_t straight = 0, open = 0, close = 0;
      for (size_t at = 0; at < r.size(); ++at) {
        if (r[at] == '"') ++straight;
        if (r.compare(at, 3, "\xE2\x80\x9C") == 0) ++open;
        if (r.compare(at, 3, "\xE2\x80\x9D") == 0) ++close;
      }
      if (straight % 2 == 1) r += '"';
      if (open > close) r += "\xE2\x80\x9D";
    }
    if (q.speaker_role) {
      // ("CDC Director Dr. Samuel Otieno said": the office, not the courtesy
      // title between it and the name.)
      const size_t sp = q.speaker_role->rfind(' ');
      if (sp != std::string::npos) {
        std::string_view w = std::string_view(*q.speaker_role).substr(sp + 1);
        // ("a salesman from Silver Spring, Md.": a state after its town, no
        // degree.)
        const bool state = sp > 0 && (*q.speaker_role)[sp - 1] == ',' && lex_->states.Contains(w);
        if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
        // (Not "MS", a Member of the Senedd in capitals: "Wrexham MS".)
        if (lex_->honorifics.Contains(w) && !state && w != "MS") q.speaker_role->resize(sp);
      }
    }
    if (q.speaker_entity >= 0 && !q.speaker_role && q.speaker_mention) {
      // ""...," Managing Director Brendan Carr said. "...."": a quote that
      // shares an earlier statement's mention shares its role.
      for (size_t e = doc.quotes.size(); e > 0 && doc.quotes.size() - e < 8 && !q.speaker_role; --e) {
        const Quote& earlier = doc.quotes[e - 1];
        if (earlier.speaker_mention && *earlier.speaker_mention == *q.speaker_mention) {
          q.speaker_role = earlier.speaker_role;
        }
      }
    }
    if (q.speaker_entity >= 0 && !q.speaker_role && q.speaker_mention) {
      // "Sen. Amy Klobuchar praised the bill, saying ...": the title of the
      // very mention that names the speaker.
      auto m = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.speaker_mention->begin,
                                [](const Mention& x, uint32_t p) { return x.span.begin < p; });
      if (m != doc.mentions.end() && m->span == *q.speaker_mention && m->entity == q.speaker_entity &&
          !m->title.empty()) {
        std::string_view title = doc.Slice(m->title);
        if (title.size() > 1 && title.back() == '.') title.remove_suffix(1);
        // ("Secretary of State Mike Pompeo": the office before "of" too.)
        uint32_t tb = finder.TokenAt(m->title.begin);
        while (tb >= 2 && finder.Tok(tb - 1) == "of" && text::StartsUpper(finder.Tok(tb - 2)) &&
               doc.tokens[tb - 2].sentence == doc.tokens[tb].sentence) {
          tb -= 2;
        }
        if (!lex_->honorifics.Contains(title)) {
          // ("CDC Director Dr. Mandy Cohen": the office without "Dr.".)
          uint32_t role_end = m->title.end;
          const uint32_t last = finder.TokenAt(m->title.end) - 1;
          std::string_view w = finder.Tok(last);
          if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
          if (last > tb && lex_->honorifics.Contains(w) && w != "MS") role_end = doc.tokens[last - 1].span.end;
          q.speaker_role = std::string(doc.Slice({doc.tokens[tb].span.begin, role_end}));
        }
      }
    }
    if (q.speaker_entity < 0 && q.speaker) {
      // ("A Cricket Australia statement said": the body that issued it.)
      const std::vector<std::string_view> w = Words(*q.speaker);
      if (w.size() >= 3 && w.size() <= 7 && Is<"A", "a", "The", "the", "An", "an">(w[0]) &&
          Is<"statement", "release", "letter", "post", "tweet", "filing", "notice">(w.back())) {
        const std::string_view inner =
            std::string_view(*q.speaker).substr(w[1].data() - q.speaker->data(),
                                                w[w.size() - 2].data() + w[w.size() - 2].size() - w[1].data());
        for (size_t e = 0; e < doc.entities.size() && e < 2000; ++e) {
          if (doc.entities[e].type == EntityType::kOrg && doc.entities[e].name == inner) {
            q.speaker = doc.entities[e].name;
            q.speaker_entity = int32_t(e);
            break;
          }
        }
      }
    }
    if (q.speaker_entity >= 0 && q.speaker_role && q.speaker_role->rfind("of ", 0) == 0 && q.speaker_mention) {
      // ("Mayor Tom Hadley of Cedar Falls", "Cardinal Timothy Dolan of New
      // York": the office before the name is the "of" phrase's.)
      auto m = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.speaker_mention->begin,
                                [](const Mention& x, uint32_t p) { return x.span.begin < p; });
      if (m != doc.mentions.end() && m->span == *q.speaker_mention && m->entity == q.speaker_entity &&
          !m->title.empty()) {
        std::string_view title = doc.Slice(m->title);
        std::string_view bare = title;
        if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
        // (Offices held of a place or a see only: "Sgt. X of the Colorado
        // State Patrol" keeps "of the Colorado State Patrol".)
        if (Is<"Mayor", "Governor", "Gov.", "Cardinal", "Bishop", "Archbishop", "Premier", "Sheriff", "Sen.",
                       "Senator", "Rep.", "Representative", "Councilman", "Councilwoman", "Councillor", "Alderman",
                       // ("King Felipe VI of Spain": a ruler and his realm.)
                       "King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Crown Prince", "Crown Princess",
                       "Grand Duke", "Grand Duchess",
                       // ("Prime Minister Giorgia Meloni of Italy": a head of
                       // government and her country.)
                       "Prime Minister", "President", "Chancellor", "Foreign Minister", "Defense Minister",
                       "Defence Minister", "Interior Minister", "Finance Minister", "Health Minister", "Minister",
                       "Ambassador", "Attorney General", "Lt. Gov.", "Lieutenant Governor", "Mayor-elect",
                       "Governor-elect", "Prince", "Princess", "Pope", "Patriarch", "Rabbi", "Imam">(title) &&
            q.speaker_role->rfind("of the ", 0) != 0) {
          q.speaker_role = std::string(title) + " " + *q.speaker_role;
        }
      }
    }
    if (q.speaker_role && CourtesyOnly(*lex_, *q.speaker_role)) q.speaker_role.reset();
    // ("locals still call it "the Americans' ridge"": an adverb after a
    // description is no part of the speaker.)
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention) {
      for (std::string_view adverb : {" still", " also", " now", " often", " always", " usually", " never",
                                      " sometimes", " even", " again"}) {
        const std::string_view rest = std::string_view(*q.speaker).substr(0, q.speaker->size() - adverb.size());
        const std::string_view head = rest.substr(rest.rfind(' ') == std::string_view::npos ? 0 : rest.rfind(' ') + 1);
        if (q.speaker->size() > adverb.size() + 2 && std::string_view(*q.speaker).ends_with(adverb) &&
            q.speaker_mention->size() > adverb.size() && doc.Slice(*q.speaker_mention).ends_with(adverb) &&
            lex_->humans.Contains(head)) {
          q.speaker->resize(q.speaker->size() - adverb.size());
          q.speaker_mention->end -= uint32_t(adverb.size());
          break;
        }
      }
    }
    // ("The plan is dead, said a senior official on condition of
    // anonymity": why the source goes unnamed is none of the speaker.)
    // (A relative clause keeps it: "a sergeant who spoke on condition of
    // anonymity".)
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention && q.speaker->find(" who ") == std::string::npos) {
      for (std::string_view tail : {" speaking on condition of anonymity", " on condition of anonymity"}) {
        if (q.speaker->size() > tail.size() + 2 && std::string_view(*q.speaker).ends_with(tail) &&
            doc.Slice(*q.speaker_mention).ends_with(tail)) {
          q.speaker->resize(q.speaker->size() - tail.size());
          q.speaker_mention->end -= uint32_t(tail.size());
          break;
        }
      }
    }
    // ("Airbus, Boeing and Embraer all told regulators": a list of names
    // after the first one, not its role; the speakers are all of them.)
    if (q.speaker && q.speaker_role && q.speaker_role->find(" and ") != std::string::npos) {
      std::string r = *q.speaker_role;
      for (std::string_view tail : {" all", " both"}) {
        if (r.size() > tail.size() && std::string_view(r).ends_with(tail)) r.resize(r.size() - tail.size());
      }
      bool names = !r.empty();
      size_t at = 0;
      while (names && at < r.size()) {
        size_t e = r.find(' ', at);
        if (e == std::string::npos) e = r.size();
        std::string_view w = std::string_view(r).substr(at, e - at);
        if (!w.empty() && w.back() == ',') w.remove_suffix(1);
        names = w == "and" || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !lex_->titles.Contains(w) &&
                               !lex_->humans.Contains(w));
        at = e + 1;
      }
      if (names && r != *q.speaker_role) {
        q.speaker = *q.speaker + ", " + r;
        q.speaker_entity = -1;
        q.speaker_role.reset();
      }
    }
    // ("Residents of Petare, a hillside slum, said": an appositive naming
    // the place a described speaker comes from describes the place.)
    if (q.speaker && q.speaker_entity < 0 && q.speaker_role && q.speaker_mention) {
      const std::string& r = *q.speaker_role;
      const size_t sp_at = r.rfind(' ');
      const std::string_view head = sp_at == std::string::npos ? std::string_view(r) : std::string_view(r).substr(sp_at + 1);
      const bool place_head = Is<"slum", "town", "city", "village", "district", "suburb", "neighbourhood",
                                        "neighborhood", "region", "province", "county", "island", "port", "township",
                                        "settlement", "enclave", "municipality", "borough", "parish", "state">(head);
      const bool of_place = q.speaker->find(" of ") != std::string::npos || q.speaker->find(" in ") != std::string::npos ||
                            q.speaker->find(" from ") != std::string::npos;
      if (place_head && of_place && (r.rfind("a ", 0) == 0 || r.rfind("an ", 0) == 0 || r.rfind("the ", 0) == 0)) {
        q.speaker = *q.speaker + ", " + r;
        q.speaker_role.reset();
      }
    }
    // ("The Romanian Intelligence Service, SRI, said": the body's initials
    // in apposition are its other name, no role.)
    if (q.speaker_role && q.speaker && q.speaker_role->size() >= 2 && q.speaker_role->size() <= 6 &&
        std::all_of(q.speaker_role->begin(), q.speaker_role->end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      std::string initials = *q.speaker_role, name = *q.speaker;
      for (char& c : initials) c = char(c + 32);
      for (char& c : name) c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      // (In the body's own language too: "SRI", "DNA" for Romanian names.)
      if (AcronymOf(initials, name) ||
          (q.speaker_entity >= 0 && doc.entities[q.speaker_entity].type == EntityType::kOrg)) {
        q.speaker_role.reset();
      }
    }
    // ("Last week a spokesman said", "On Wednesday she told NPR": a time
    // opening the sentence without a comma is neither speaker nor role.)
    if (q.speaker_role && TimePhraseWords(*q.speaker_role) == Words(*q.speaker_role).size()) q.speaker_role.reset();
    // ("The ministry yesterday said": the Taipei Times's time after the
    // subject.)
    if (q.speaker && q.speaker_entity < 0 && q.speaker->find(' ') != std::string::npos) {
      std::vector<std::string_view> w = Words(*q.speaker);
      size_t n = w.size();
      if (n >= 2 && Is<"yesterday", "today", "tonight">(w[n - 1])) {
        --n;
      } else if (n >= 3 && w[n - 2] == "on" &&
                 Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(w[n - 1])) {
        n -= 2;
      }
      if (n < w.size()) q.speaker = Join(w, 0, n);
    }
    if (q.speaker && q.speaker_entity < 0) {
      const size_t n = TimePhraseWords(*q.speaker);
      const std::vector<std::string_view> w = Words(*q.speaker);
      if (n > 0 && n < w.size() &&
          Is<"a", "an", "the", "one", "two", "three", "several", "some", "many", "his", "her", "their", "its">(w[n])) {
        q.speaker = Join(w, n, w.size());
      }
    }
    // ("(朱鳳蓮)": a name in another script; "can be heard", "could be seen":
    // a verb's phrase, no role.)
    if (q.speaker_role) {
      const std::string& r = *q.speaker_role;
      bool latin = false;
      for (char c : r) latin = latin || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      const std::string_view first = std::string_view(r).substr(0, r.find(' '));
      if (!latin || Is<"can", "could", "was", "were", "is", "are", "has", "had", "would", "will", "appeared",
                               "seemed", "did">(first)) {
        q.speaker_role.reset();
      }
    }
    // ("Chef Anna Berg of the restaurant Fjord said": the name of the thing
    // after "of the restaurant" was read as the speaker; the person named
    // before "of" is.)
    if (q.speaker && q.speaker_role && q.speaker->find(' ') == std::string::npos) {
      const std::string& r = *q.speaker_role;
      const size_t of = r.find(" of the ");
      if (of != std::string::npos && r.find(' ', of + 8) == std::string::npos) {
        const std::string_view before = std::string_view(r).substr(0, of);
        for (size_t e = 0; e < doc.entities.size(); ++e) {
          const Entity& ent = doc.entities[e];
          if (ent.type != EntityType::kPerson || ent.name.find(' ') == std::string::npos ||
              before.size() < ent.name.size() || before.substr(before.size() - ent.name.size()) != ent.name) {
            continue;
          }
          const std::string title(before.substr(0, before.size() - ent.name.size()));
          q.speaker_role = (title.empty() ? std::string() : title) + std::string(r.substr(of + 1)) + " " + *q.speaker;
          q.speaker = ent.name;
          q.speaker_entity = int32_t(e);
          break;
        }
      }
    }
    SwapNamedAppositive(doc, &q);
    // ("Dato' Sri Mohd Nor Hisham", "Tan Sri Lim Kok Wah": "Sri" after a
    // Malay title is part of it; "Sri Mulyani" alone is a given name.)
    if (q.speaker && q.speaker_mention && (q.speaker->rfind("Sri ", 0) == 0 || q.speaker->rfind("Seri ", 0) == 0)) {
      const uint32_t at = finder.TokenAt(q.speaker_mention->begin);
      const uint32_t sri = finder.Tok(at) == "Sri" || finder.Tok(at) == "Seri" ? at : at - 1;
      if (sri > 0 && sri < doc.tokens.size() &&
          Is<"Dato'", "Dato\xE2\x80\x99", "Datuk", "Dato", "Tan", "Tun", "Datin", "Puan">(finder.Tok(sri - 1))) {
        q.speaker = q.speaker->substr(q.speaker->find(' ') + 1);
      }
    }
    SplitOfficeFromName(*lex_, doc, &q);
    // ("according to a statement from the Nigerien junta", "read a
    // statement from the Penn Women's Rowing team": the issuer speaks
    // through the document.)
    if (q.speaker && q.speaker_entity < 0) {
      const std::string& sp = *q.speaker;
      for (std::string_view doc_noun : {"statement", "letter", "press release", "release", "email", "e-mail",
                                        "message", "post", "note", "memo"}) {
        for (std::string_view det : {"a ", "A ", "the ", "The ", "an ", "An "}) {
          if (sp.size() <= det.size() + doc_noun.size() + 7 || sp.compare(0, det.size(), det) != 0 ||
              sp.compare(det.size(), doc_noun.size(), doc_noun) != 0) {
            continue;
          }
          const size_t rest = det.size() + doc_noun.size();
          for (std::string_view link : {" from ", " by ", " issued by ", " released by "}) {
            if (sp.compare(rest, link.size(), link) != 0 || sp.size() <= rest + link.size() + 2) continue;
            std::string issuer = sp.substr(rest + link.size());
            for (size_t e = 0; e < doc.entities.size(); ++e) {
              const std::string& n = doc.entities[e].name;
              if (issuer == n || (issuer.size() > n.size() + 4 && issuer.compare(issuer.size() - n.size(), n.size(), n) == 0 &&
                                  issuer.compare(0, 4, "the ") == 0 && issuer.size() == n.size() + 4)) {
                q.speaker_entity = int32_t(e);
                issuer = n;
                break;
              }
            }
            q.speaker = issuer;
            break;
          }
        }
      }
    }
    // ("Attorney General Reginald Armour, SC, told": an honour of counsel
    // after the name is no role.)
    // (The title before the name stands instead: "Attorney General".)
    // ("Odinga, whom supporters call Baba, said": what others call the
    // speaker is no role.)
    if (q.speaker_role && q.speaker_role->starts_with("whom ")) q.speaker_role.reset();
    // ("Both Poilievre and Singh said", "Pelosi, Schumer and Jeffries said":
    // names joined before the last are no role; the speakers are all of
    // them, as "Pelosi and Schumer said" gives.)
    if (q.speaker && q.speaker_role && q.speaker_mention && q.speaker_role->size() > 4 &&
        (q.speaker_role->ends_with(" and") || q.speaker_role->ends_with(" &"))) {
      std::string_view names = *q.speaker_role;
      if (names.starts_with("Both ") || names.starts_with("both ")) names.remove_prefix(5);
      bool capitalised = !names.empty() && names.front() >= 'A' && names.front() <= 'Z';
      const size_t at = std::string_view(doc.text).rfind(names, q.speaker_mention->begin);
      if (capitalised && at != std::string_view::npos && q.speaker_mention->begin - at <= names.size() + 2) {
        q.speaker = std::string(names) + " " + *q.speaker;
        q.speaker_mention = Span{uint32_t(at), q.speaker_mention->end};
        q.speaker_entity = -1;
        q.speaker_role.reset();
      }
    }
    if (q.speaker_role && Is<"SC", "QC", "KC", "S.C.", "Q.C.", "K.C.">(*q.speaker_role)) {
      q.speaker_role.reset();
      for (const Mention& m : doc.mentions) {
        if (q.speaker_mention && m.span.begin == q.speaker_mention->begin && !m.title.empty()) {
          q.speaker_role = std::string(doc.Slice(m.title));
          break;
        }
        if (q.speaker_mention && m.span.begin > q.speaker_mention->begin) break;
      }
    }
    // ("Prosecuting, Sarah Jones said", "Defending, Tom Lee told the court":
    // counsel's side opening the sentence is the speaker's role.)
    if (q.speaker && !q.speaker_role && q.speaker_mention) {
      const uint32_t at = finder.TokenAt(q.speaker_mention->begin);
      if (at >= 2 && at < doc.tokens.size() && finder.Tok(at - 1) == "," &&
          Is<"Prosecuting", "Defending", "Mitigating">(finder.Tok(at - 2)) &&
          (at == 2 || doc.tokens[at - 3].sentence != doc.tokens[at - 2].sentence)) {
        std::string side(finder.Tok(at - 2));
        side[0] = char(side[0] - 'A' + 'a');
        q.speaker_role = side;
      }
    }
    // ("Halvorsen Analytics, Inc. (NASDAQ: HVAN) today announced": a firm's
    // designator after its comma, with its ticker and day, is no role.)
    if (q.speaker_role) {
      const std::string& r = *q.speaker_role;
      const std::string_view first = std::string_view(r).substr(0, r.find(' '));
      if (Is<"Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "Corp.", "Corp", "N.V.", "plc", "PLC", "S.A.",
                     "AG", "GmbH", "L.P.", "LP", "Co.", "Limited", "Incorporated", "SE", "AB", "ASA", "Oyj">(first)) {
        // (An appositive after them stays: "Corvanta Therapeutics, Inc.
        // (NASDAQ: CRVT), a clinical-stage biopharmaceutical company".)
        std::string_view rest = std::string_view(r).substr(first.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (!rest.empty() && rest.front() == '(' && rest.find(')') != std::string_view::npos) {
          rest.remove_prefix(rest.find(')') + 1);
        }
        while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
        if (rest.rfind("a ", 0) == 0 || rest.rfind("an ", 0) == 0 || rest.rfind("the ", 0) == 0) {
          q.speaker_role = std::string(rest);
        } else {
          q.speaker_role.reset();
        }
      }
    }
    // ("said the fisherman, who gave his name as Rusdi": the name the
    // described speaker gave.)
    if (q.speaker && q.speaker_entity < 0 && q.speaker_mention && !q.speaker_role) {
      const uint32_t after = q.speaker_mention->end;
      for (std::string_view lead : {", who gave his name as ", ", who gave her name as ", ", who gave only his name as ",
                                    ", who gave only her name as ", ", who identified himself as ",
                                    ", who identified herself as ", ", identified only as "}) {
        if (doc.text.compare(after, lead.size(), lead) != 0) continue;
        uint32_t e = after + uint32_t(lead.size());
        const uint32_t b = e;
        int words = 0;
        while (e < doc.text.size() && doc.text[e] >= 'A' && doc.text[e] <= 'Z' && words < 3) {
          const uint32_t w0 = e;
          while (e < doc.text.size() && (std::isalpha(static_cast<unsigned char>(doc.text[e])) || doc.text[e] == '-' ||
                                         doc.text[e] == '\'')) {
            ++e;
          }
          // ("identified only as Capt. Bjorn": a title's dot inside the name.)
          if (e - w0 <= 4 && e + 2 < doc.text.size() && doc.text[e] == '.' && doc.text[e + 1] == ' ' &&
              doc.text[e + 2] >= 'A' && doc.text[e + 2] <= 'Z') {
            ++e;
          }
          ++words;
          if (e + 1 < doc.text.size() && doc.text[e] == ' ' && doc.text[e + 1] >= 'A' && doc.text[e + 1] <= 'Z') ++e;
        }
        while (e > b && doc.text[e - 1] == ' ') --e;
        if (words > 0) {
          q.speaker_role = *q.speaker;
          q.speaker = std::string(doc.Slice({b, e}));
        }
        break;
      }
    }
    // (An owner alone, not a name ending in 's inside a longer role: "at
    // St. Vincent's", "coach of St. John's".)
    auto r_is_owner = [&](const std::string& r) {
      return r.find(" at ") == std::string::npos && r.find(" of ") == std::string::npos &&
             r.find(" for ") == std::string::npos && r.find(" with ") == std::string::npos &&
             r.find(" from ") == std::string::npos && r.find("St. ") == std::string::npos &&
             r.find("Children") == std::string::npos;
    };
    if (!q.cue && found[i].shared_cue && q.speaker) q.cue = found[i].shared_cue;
    // ("Afterwards Lemaire said": an adverb opening the sentence is no role.)
    if (q.speaker_role && Is<"Afterwards", "Afterward", "Later", "Earlier", "Meanwhile", "Then",
                                                "Now", "Also", "Still", "Yet", "Instead", "Separately", "Again",
                                                "Today", "Yesterday", "However", "Finally", "Eventually">(*q.speaker_role)) {
      q.speaker_role.reset();
    }
    // ("The Likud's Silvan Shaul", "the foreign ministry's Lin Jiaming": the
    // owner is the affiliation, without its possessive.)
    // (Or set right before the name: "Students for Life's Kristan Hawkins".)
    const bool prefix = q.speaker_role && q.speaker_mention && q.speaker_mention->begin > q.speaker_role->size() &&
                        doc.text.compare(q.speaker_mention->begin - q.speaker_role->size() - 1, q.speaker_role->size(),
                                         *q.speaker_role) == 0;
    if (q.speaker_role && (prefix || r_is_owner(*q.speaker_role))) {
      std::string& r = *q.speaker_role;
      if (r.size() > 4 && r.ends_with("'s")) {
        r.resize(r.size() - 2);
      } else if (r.size() > 6 && r.ends_with("\xE2\x80\x99s")) {
        r.resize(r.size() - 4);
      }
    }
    doc.quotes.push_back(std::move(q));
  }
}

}  // namespace newsgraph::quotes

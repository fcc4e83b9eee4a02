#include "quotes/reported.h"

#include <algorithm>

#include "text/chars.h"
#include "text/heading.h"
#include "text/words.h"

namespace newsgraph::quotes {
namespace {

using text::Is;

[[gnu::always_inline]] inline bool Is(std::string_view t, std::initializer_list<std::string_view> words) {
  return text::IsOneOf(t, words);
}

// A token that opens with a letter or digit ("PAC", "2016"), not a mark.
bool IsWordToken(std::string_view t) {
  size_t len;
  return !t.empty() && text::IsWordChar(text::DecodeAt(t, 0, &len));
}

// "a", "the", "one", "his": a word that opens a noun phrase.
bool IsDeterminerWord(std::string_view t) {
  return Is<"a", "an", "the", "one", "A", "An", "The", "One", "his", "her", "their", "its", "our", "this",
                "that", "another", "some", "several", "two", "three">(t);
}

bool StartsDigit(std::string_view t) { return !t.empty() && t[0] >= '0' && t[0] <= '9'; }

// True when `next` is one of the particles ("of,against") that the phrasal
// lexicon gives `verb` ("warned of a slowdown", "pointed to the polls").
bool PhrasalParticle(const text::Lexicon& phrasal, std::string_view verb, std::string_view next) {
  const std::string* particles = phrasal.Find(verb);
  if (!particles || next.empty()) return false;
  for (size_t at = 0; at <= particles->size();) {
    size_t comma = particles->find(',', at);
    if (comma == std::string::npos) comma = particles->size();
    if (std::string_view(*particles).substr(at, comma - at) == next) return true;
    at = comma + 1;
  }
  return false;
}

// Words that can open a reported clause after "that" when the verb is left
// out, as opposed to a relative clause ("the firm that makes ...").
// A word that opens a subject after the object of "told": a determiner or
// a pronoun, possibly contracted ("he's", "they'll").
bool OpensSubject(std::string_view t) {
  if (Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "some", "many", "most", "no", "all",
             "this", "these", "those", "there", "it">(t)) {
    return true;
  }
  for (std::string_view p : {"he", "she", "they", "we", "I", "it", "there"}) {
    if (t.size() > p.size() && t.substr(0, p.size()) == p && (t[p.size()] == '\'' || t[p.size()] == '\xE2')) {
      return true;
    }
  }
  return false;
}

bool OpensClause(std::string_view t) {
  return Is<"a", "an", "the", "it", "he", "she", "they", "there", "this", "these", "those", "his", "her",
                "its", "their", "we", "i", "our", "no", "some", "any">(t) ||
         text::StartsUpper(t);
}

class Reporter {
 public:
  Reporter(const SpeakerFinder& f, std::vector<Found>* out) : f_(f), doc_(f.doc()), out_(out) {}

  // A headline in title case: "Trump Says He's Unlikely To Have A Good
  // Relationship With Cameron", "Former Clinton Pollster Says Clinton Is In
  // Trouble". Its capitalised cue in -s opens what was said, up to the
  // line's end or a break (a comma, colon, dash or "As"/"After"/"While").
  // True when the sentence is such a headline, reported or not.
  bool Headline(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    uint32_t a = sent.first_token, e = sent.end_token;
    if (e - a > 31) return false;
    // Cheap first: a capitalised word in -s near the start.
    bool candidate = false;
    for (uint32_t k = a + 1; k + 2 < e && k < a + 8 && !candidate; ++k) {
      std::string_view t = f_.Tok(k);
      candidate = t.size() >= 4 && t.back() == 's' && text::StartsUpper(t);
    }
    if (!candidate) return false;
    while (e > a && Is<".", "!", "?">(f_.Tok(e - 1))) --e;
    int words = 0, capitals = 0;
    for (uint32_t k = a; k < e; ++k) {
      std::string_view t = f_.Tok(k);
      size_t len;
      if (!text::IsWordChar(text::DecodeAt(t, 0, &len)) || StartsDigit(t)) continue;
      if (Is<"a", "an", "the", "of", "to", "in", "on", "for", "and", "at", "by", "with", "from", "as", "or",
                 "'s", "\xE2\x80\x99s">(t)) {
        continue;
      }
      ++words;
      capitals += text::StartsUpper(t);
    }
    if (words < 4 || capitals * 5 < words * 4 || e - a > 30) return false;
    for (uint32_t k = a + 1; k + 2 < e && k < a + 8; ++k) {
      std::string_view t = f_.Tok(k);
      if (t.size() < 4 || t.back() != 's' || !text::StartsUpper(t)) continue;
      char buf[24];
      std::string_view lower = text::FoldCase(t, buf, sizeof buf);
      // ("Morton Blackwell Endorses Ted Cruz", "Le Pen Backs Trump And
      // Denounces Clinton", "Sanders Vows To Eliminate Tax Breaks": a stance
      // on its object or a pledge; "Prager Tells NeverTrump Conservatives
      // They Need To Change Course": what was told opens at its pronoun;
      // "Trump Calls On Obama To Resign": the appeal after its particle.)
      const bool stance = !f_.lex().speech.Contains(lower) &&
                          (f_.lex().object_cues.Contains(lower) || f_.lex().infinitives.Contains(lower) ||
                           lower == "backs");
      uint32_t from = k + 1;
      if (lower == "tells") {
        while (from < e && from < k + 6 && !Is<"He", "She", "They", "It", "We", "I", "You">(f_.Tok(from))) ++from;
        if (from >= e || from >= k + 6) continue;
      } else if (lower == "calls") {
        if (!Is<"On", "For", "on", "for">(f_.Tok(k + 1))) continue;
        from = k + 2;
      } else if (!stance && (!f_.lex().speech.Contains(lower) ||
                             Is<"asks", "reports", "questions", "notes", "remarks", "comments", "answers", "statements",
                                "holds">(lower))) {
        continue;
      }
      if (Is<"The", "A", "An", "His", "Her", "Their", "Its", "New", "More", "'s",
                             "\xE2\x80\x99s">(f_.Tok(k - 1))) {
        continue;  // "The Reports", "New Claims": a noun
      }
      uint32_t stop = from;
      while (stop < e && !Is<",", ";", ":", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "|", "As",
                                            "After", "Before", "While", "Amid", "Despite", "Ahead", "...",
                                            "\xE2\x80\xA6">(f_.Tok(stop)) &&
             !((stance || lower == "calls") && Is<"With", "And", "But", "after", "amid", "with", "before",
                                                   "despite">(f_.Tok(stop)))) {
        ++stop;
      }
      if (stop < from + 2 && !(stance && stop == from + 1 && text::StartsUpper(f_.Tok(from)))) return true;
      // "Clinton Wades In: Urges Britain to Remain": a label before a colon
      // or dash is no part of the subject.
      for (uint32_t m = k; m > a + 1;) {
        --m;
        if (Is<":", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "|">(f_.Tok(m))) {
          a = m + 1;
          break;
        }
      }
      if (a >= k) return true;
      Speaker sp;
      // ("Donald Trump Finally Endorses": an adverb before the cue.)
      uint32_t subject_end = k;
      if (const std::string_view adv = f_.Tok(k - 1);
          k > a + 1 && adv.size() > 4 && adv.ends_with("ly") && f_.PersonMentionEndingAt(k - 1) < 0) {
        subject_end = k - 1;
      }
      if (const int32_t pm = f_.PersonMentionEndingAt(subject_end - 1); pm >= 0) {
        sp = f_.RightSubject(f_.TokenAt(doc_.mentions[pm].span.begin), subject_end);
      }
      if (!sp.found) sp = f_.Description(a, subject_end);
      sp.first_token = a;
      Emit(from, stop, k, sp);
      // ("Backs Trump And Denounces Clinton": the second stance, on its own
      // object.)
      if (stance && stop + 2 < e && f_.Tok(stop) == "And") {
        std::string_view v = f_.Tok(stop + 1);
        char vb[24];
        const std::string_view vl = text::FoldCase(v, vb, sizeof vb);
        if (v.size() > 3 && v.back() == 's' && text::StartsUpper(v) &&
            (f_.lex().object_cues.Contains(vl) || f_.lex().speech.Contains(vl))) {
          uint32_t s2 = stop + 2;
          while (s2 < e && !Is<",", ";", ":", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "|", "With", "And", "After",
                                          "Amid", "As", "While">(f_.Tok(s2))) {
            ++s2;
          }
          if (s2 > stop + 2) Emit(stop + 2, s2, stop + 1, sp);
        }
      }
      return true;
    }
    return true;
  }

  void Report(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    const size_t reports_before = out_->size();
    // A sentence holding a quotation is reported through its quotes, except
    // for a report that ends before them at ", saying ..." / ", adding ...".
    uint32_t end = sent.end_token;
    bool quoted = false;
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      std::string_view t = f_.Tok(k);
      size_t len;
      char32_t c = text::DecodeAt(t, 0, &len);
      if (!f_.InQuote(doc_.tokens[k].span.begin) && !text::IsDoubleQuote(c)) continue;
      quoted = true;
      end = 0;
      for (uint32_t m = k; m > sent.first_token + 1; --m) {
        std::string_view p = f_.Tok(m - 1);
        if (f_.Tok(m - 2) == "," && p.size() > 4 && p.substr(p.size() - 3) == "ing" && f_.IsCue(m - 1) &&
            p != "according") {
          end = m - 2;
          break;
        }
      }
      if (end != 0) {
        // "Mr. Manafort, citing "the unique magic of Trump," said the
        // candidate ...": the participle and its quote are an aside before
        // the sentence's own cue, whose report follows.
        uint32_t a = k;
        while (a < sent.end_token && a < k + 200 && f_.InQuote(doc_.tokens[a].span.begin)) ++a;
        if (a < sent.end_token && f_.Tok(a) == ",") ++a;
        // "..., declaring it "another super Tuesday" and said it was ...":
        // the subject's second cue after the quote reports on.
        if (a + 1 < sent.end_token && Is<"and", "but">(f_.Tok(a))) ++a;
        std::string_view v = f_.Tok(a);
        if (a < sent.end_token && f_.IsCue(a) && !(v.size() > 4 && v.substr(v.size() - 3) == "ing")) end = 0;
      }
      // Otherwise the whole clause is reported too, its quoted words inside
      // it ("said the link reflects the fact that "China is ...""): the
      // partial quote marks what was verbatim, the report what was said
      // (merged later into one statement, the quote's `clause`).
      if (end == 0) end = sent.end_token;
      break;
    }
    if (quoted) AfterQuote(sent);
    const uint32_t c0 = f_.ClauseStart(s);
    while (end > c0 && Is<".", "!", "?", "\"", ")", "'">(f_.Tok(end - 1))) --end;
    // "..., political analysts say; in 2012, Romney stumbled ...": a
    // closing attribution ends its clause at the semicolon, and what
    // follows it is read on its own.
    uint32_t rest = sent.end_token;
    if (!quoted) {
      // (A dash the same: "..., the budget office reported on Tuesday --
      // a development that ...".)
      for (uint32_t m = c0 + 4; m + 2 < end; ++m) {
        const std::string_view t = f_.Tok(m);  // cheap first-byte test: this runs on every word
        if (t.empty() || (t[0] != ';' && t[0] != '-' && t[0] != '\xE2')) continue;
        if (t != ";" && !IsDash(m)) continue;
        bool closing = false;
        uint32_t cue = 0;
        for (uint32_t c = m - 1; c > c0 + 2 && m - c <= 4 && !closing; --c) {
          closing = f_.IsCue(c) && text::StartsLower(f_.Tok(c)) && f_.Tok(c - 1) != "that";
          if (closing) cue = c;
        }
        if (closing && f_.Tok(m) != ";") {
          // A dash ends only a closing attribution ("..., the office
          // reported on Tuesday -- a development ..."), not one opening an
          // aside pair ("said -- on Twitter -- that ...").
          bool comma = false;
          for (uint32_t c = cue; c > c0 + 1 && cue - c <= 8 && !comma; --c) comma = f_.Tok(c - 1) == ",";
          bool pair = false;
          for (uint32_t d = m + 1; d < end && !pair; ++d) pair = IsDash(d);
          closing = comma && !pair;
          for (uint32_t c = cue + 1; c < m && closing; ++c) closing = f_.Tok(c) != "that";
        }
        if (closing) {
          rest = m + 1;
          end = m;
        }
        break;
      }
    }
    // "But when Clinton said she would debate ..., he looked ...", "While
    // Ramos said that ..., he appears ...": a report inside an opening
    // subordinate clause, which the clause start skipped; read even when
    // the main clause is too short for one ("..., others disagree").
    if (c0 > sent.first_token + 3 && f_.Tok(c0 - 1) == ",") {
      uint32_t o = sent.first_token;
      while (o < c0 && Is<"But", "And", "So", "Yet", "Still", "Even", "Only", "Just", "However", "Now",
                                      "Meanwhile", "Indeed", "Instead", ",">(f_.Tok(o))) {
        ++o;
      }
      if (o + 3 < c0 && o + 3 < end && f_.Tok(o + 1) != "asked" &&
          Is<"When", "when", "While", "while", "Although", "although", "Though", "though", "After",
                         "after", "Before", "before", "Since", "since", "Because", "because", "Once", "once",
                         "Until", "until", "Whereas", "whereas", "As", "as">(f_.Tok(o))) {
        Clauses(o + 1, std::min(c0 - 1, end));
      }
    }
    // "When asked whether he would run, Brennan smiled": the opening phrase
    // the clause start skipped holds a passive question, its asker unnamed.
    for (uint32_t k = sent.first_token; k + 2 < c0; ++k) {
      // "Asked whether he would run, Brennan smiled" as well.
      const bool bare = k == sent.first_token && f_.Tok(k) == "Asked";
      if (!bare && (k == sent.first_token || f_.Tok(k) != "asked" ||
                    !Is<"When", "when", "If", "if", "Once", "once">(f_.Tok(k - 1)))) {
        continue;
      }
      if (uint32_t j = AskedWhat(k, c0); j != 0) {
        // ("When asked about her weaknesses, ...": a topic, no question put
        // in words. PolNeAR's train split annotates some, but read as
        // statements they are exact too rarely (3 of 19 new, with or without
        // the "about"), below F1/2.)
        if (f_.Tok(j) == "about") break;
        last_ = 0;
        if (j + 1 < c0) Emit(j, c0, k, Speaker());
      }
      break;
    }
    if (end <= c0 + 2) return;
    if (ImpersonalTail(c0, end)) return;
    if (According(sent, c0, end)) return;
    if (PollTail(c0, end, reports_before)) return;
    if (CourtHeard(c0, end)) return;
    if (Parenthetical(sent.first_token, c0, end)) return;
    OpeningParticiple(sent, c0, end);
    AsClause(sent, c0, end);
    TrailingAs(c0, end);
    Nominal(c0, end);
    const size_t clauses_before = out_->size();
    Clauses(c0, end);
    // ("Crown Prince Mohammed bin Salman said the Kingdom would host the
    // summit, the Saudi Press Agency reported.": the closing source's words
    // hold a report of their own, from their start.)
    if (out_->size() == clauses_before + 1) {
      const Quote outer = (*out_)[clauses_before].quote;
      // (Not around a quote, which the outer report keeps: its partial
      // clause is the outer one's.)
      const std::string_view words = doc_.Slice(outer.content);
      const bool marks = words.find('"') != std::string_view::npos ||
                         words.find("\xE2\x80\x9C") != std::string_view::npos ||
                         words.find("\xE2\x80\x9D") != std::string_view::npos;
      if (outer.cue && outer.cue->begin > outer.content.end && !marks) {
        const uint32_t a = f_.TokenAt(outer.content.begin), b = f_.TokenAt(outer.content.end);
        if (b > a + 3) NestedReports(outer, a, b, /*forward=*/false);
      } else if (outer.cue && outer.cue->end <= outer.content.begin) {
        // ("Prosecutors said Delaney told investigators that ...": the
        // reported words hold a report of their own, from their start.)
        InnerReport(outer, f_.TokenAt(outer.content.begin), f_.TokenAt(outer.content.end));
      }
    }
    if (rest < sent.end_token) {
      uint32_t e = sent.end_token;
      while (e > rest && Is<".", "!", "?", "\"", ")", "'">(f_.Tok(e - 1))) --e;
      if (e > rest + 2) Clauses(rest, e);
    }
    // The late rules below each need a word most sentences lack; one look
    // at the sentence's words decides which of them run.
    bool that = false, clear = false, show = false, to = false, expected = false;
    for (uint32_t k = c0 + 1; k < end; ++k) {
      const Span w = doc_.tokens[k].span;
      const uint32_t n = w.end - w.begin;
      if (n == 2 || n == 4 || n == 5 || (n >= 4 && n <= 7 && doc_.text[w.begin] == 's')) {
        const std::string_view t = f_.Tok(k);
        that = that || t == "that";
        clear = clear || t == "clear";
        show = show || (t.size() >= 4 && t.compare(0, 4, "show") == 0);
        to = to || t == "to" || t == "fond";
      }
      if (n == 8 && doc_.text[w.begin] == 'e') expected = expected || f_.Tok(k) == "expected";
    }
    if (that) SpeechParticipleThat(c0, end, reports_before);
    if (that || clear) StanceThat(c0, end, reports_before);
    if (show) EvidenceShows(c0, end, reports_before);
    if (to) MannerInfinitive(c0, end, reports_before);
    Nominal(c0, end, /*stances=*/true, reports_before);
    BackingParticiple(c0, end, reports_before);
    if (expected) Evidential(c0, end, reports_before);
    WithSaying(c0, end, reports_before);
  }

  // "The government dismissed the report, with spokesman Pen Bona saying
  // the authors did not understand Cambodia": an absolute phrase whose own
  // subject, named, speaks; its clause is that person's statement.
  void WithSaying(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 2; k + 4 < end; ++k) {
      if (f_.Tok(k) != "with" || f_.Tok(k - 1) != "," || f_.InQuote(doc_.tokens[k].span.begin)) continue;
      uint32_t cue = k + 2;
      while (cue < end && cue < k + 9 && !(f_.IsCue(cue) && text::StartsLower(f_.Tok(cue)))) {
        if (Is<",", ";", ":", ".">(f_.Tok(cue))) break;
        ++cue;
      }
      if (cue >= end || cue >= k + 9 || !f_.IsCue(cue) ||
          !Is<"saying", "telling", "warning", "arguing", "noting", "adding", "insisting", "claiming",
                            "stressing", "declaring", "acknowledging", "conceding", "predicting", "explaining">(f_.Tok(cue))) {
        continue;
      }
      if (Covered(cue, reports_before) || Covered(cue + 1, reports_before)) continue;
      Speaker sp = f_.RightSubject(k + 1, cue);
      // (A named person or body, not "with prices rising".)
      if (!sp.found || sp.entity < 0 || sp.last_token != cue) continue;
      const uint32_t j = AfterCue(cue, end);
      if (j == 0 || !Enough(j, end)) continue;
      Emit(j, ClauseEnd(j, end), cue, sp);
      return;
    }
  }

  // "Trump is expected to deliver a speech", "Democrats are widely expected to
  // hold the seat": an expectation nobody is named for. PolNeAR annotates
  // such sentences with no source, the content in two pieces around the cue:
  // the subject, and the infinitive. (Not "is expected to say", whose verb is
  // a report of its own. "seemed" and "appears" are annotated too, but about
  // as often as not: measured on train, they cost as much precision as they
  // gained recall.)
  void Evidential(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 2; k + 2 < end; ++k) {
      if (f_.Tok(k) != "expected" || !Is<"is", "are", "was", "widely">(f_.Tok(k - 1))) continue;
      const uint32_t cue_b =
          f_.Tok(k - 1) == "widely" && k >= c0 + 3 && Is<"is", "are", "was">(f_.Tok(k - 2)) ? k - 2 : k - 1;
      if (f_.InQuote(doc_.tokens[k].span.begin)) continue;
      const uint32_t after = k + 1;
      const std::string_view n2 = f_.Tok(after + 1);
      if (f_.Tok(after) != "to" || !text::StartsLower(n2) || IsDate(after + 1) ||
          Is<"the", "a", "an", "his", "her", "their", "its", "me", "him", "them", "us">(n2) || f_.IsCue(after + 1) ||
          f_.lex().object_cues.Contains(n2)) {
        continue;
      }
      // ("is expected to blame": a stance verb in its base form, found by
      // its past.)
      const std::string base(n2);
      if (f_.lex().object_cues.Contains(base + "ed") || f_.lex().object_cues.Contains(base + "d") ||
          f_.lex().speech.Contains(base + "ed") || f_.lex().speech.Contains(base + "d") ||
          f_.lex().speech.Contains(base + "s") || f_.lex().object_cues.Contains(base + "s")) {
        continue;
      }
      // The subject: the noun phrase before the cue, from the clause's start.
      uint32_t s0 = cue_b;
      while (s0 > c0 && cue_b - s0 < 12) {
        const std::string_view w = f_.Tok(s0 - 1);
        if (Is<",", ";", ":", "that", "and", "but", "because", "as", "while", "if", "when", "\xE2\x80\x94">(w) ||
            f_.IsCue(s0 - 1) || f_.InQuote(doc_.tokens[s0 - 1].span.begin)) {
          break;
        }
        --s0;
      }
      if (s0 == cue_b || Is<"It", "it", "There", "there", "This", "this">(f_.Tok(s0)) ||
          Is<"it", "there", "this">(f_.Tok(cue_b - 1))) {
        continue;
      }
      // The words before the cue are a noun phrase, no clause, and no
      // relative clause describing a speaker ("Marina Silva, the
      // environmentalist who is expected to win, said").
      bool verb = false;
      for (uint32_t m = s0; m < cue_b && !verb; ++m) {
        const std::string_view w = f_.Tok(m);
        verb = (text::StartsLower(w) && (FiniteVerb(w) || Is<"will", "would", "could", "can", "should", "may",
                                                                 "might", "must", "did", "does", "do">(w))) ||
               Is<"who", "whom", "whose">(w);
      }
      if (verb) continue;
      const uint32_t ce = ClauseEnd(after, end);
      if (ce <= after + 1) continue;
      // (Not with a source after all: "..., the weather service said", "...,
      // a person with knowledge of the decision told The AP".)
      bool sourced = false;
      for (uint32_t m = after + 2; m < end && !sourced; ++m) {
        if (f_.Tok(m) != ",") continue;
        for (uint32_t c = m + 1; c < end && c < m + 10 && !sourced; ++c) {
          sourced = Is<"said", "says", "told", "tells", "reported", "added", "according">(f_.Tok(c));
        }
      }
      if (sourced) continue;
      bool covered = false;
      const uint32_t sb = doc_.tokens[s0].span.begin, se = doc_.tokens[ce - 1].span.end;
      for (size_t r = reports_before; r < out_->size() && !covered; ++r) {
        const Quote& q = (*out_)[r].quote;
        covered = q.content.begin < se && sb < q.content.end;
      }
      if (covered) continue;
      Emit(s0, cue_b, cue_b, Speaker(), k);
      Emit(after, ce, cue_b, Speaker(), k);
      k = ce;
    }
  }

  // "a super PAC backing Mr. Rubio", "Democrats supporting Mrs. Clinton",
  // "those opposing the deal": a participle of allegiance right after a
  // noun phrase is that group's stance, its object what it backs (PolNeAR
  // annotates these). Only where no report of the sentence holds the words.
  void BackingParticiple(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 1; k + 1 < end; ++k) {
      const std::string_view t = f_.Tok(k);
      if (t.size() < 7 || !Is<"supporting", "backing", "opposing">(t)) continue;
      // ("a supporting actress", "supporting documents": an adjective.)
      if (Is<"actor", "actress", "actors", "actresses", "role", "roles", "cast", "character",
                             "characters", "documents", "documentation", "evidence", "material", "materials",
                             "vocals", "band", "act", "player", "players", "track", "tracks">(f_.Tok(k + 1))) {
        continue;
      }
      const std::string_view before = f_.Tok(k - 1);
      if (f_.InQuote(doc_.tokens[k].span.begin) || !IsWordToken(before) ||
          Is<"is", "are", "was", "were", "be", "been", "being", "am", "'s", "âs", "not", "also",
                      "for", "by", "in", "of", "and", "or", "from", "without", "while", "after", "before", "about",
                      "on", "at", "to", "with", "than", "as", "that", "who", "which", "financially", "publicly",
                      "strongly", "openly", "still", "already", "now", "first", "the", "a", "an", "his", "her",
                      "their", "its", "our", "whose", "any", "no", "some", "without", "where", "when", "best">(before) ||
          (text::StartsLower(before) && before.size() > 4 && before.ends_with("ly"))) {
        continue;
      }
      // The noun phrase before: back over its words to a boundary, taking
      // its determiner.
      uint32_t np0 = k;
      while (np0 > c0 && k - np0 < 6) {
        const std::string_view w = f_.Tok(np0 - 1);
        if (!IsWordToken(w) && !Is<"'s", "âs", "-">(w)) break;
        if (Is<"for", "of", "to", "with", "by", "from", "at", "about", "on", "in", "against", "among", "and",
                   "or", "than", "like", "after", "before", "that", "who", "which", "is", "are", "was", "were",
                   "has", "have", "had", "said", "says">(w) ||
            f_.IsCue(np0 - 1)) {
          break;
        }
        --np0;
        if (Is<"the", "The", "a", "A", "an", "An", "those", "Those", "these", "These", "some", "Some", "many",
                   "Many", "his", "His", "her", "Her", "their", "Their", "its", "Its">(w)) {
          break;
        }
      }
      if (np0 == k) continue;
      // (A finite verb inside is a clause, no noun phrase: "he
      // campaigned backing ...".)
      bool clause = false;
      for (uint32_t w = np0; w < k && !clause; ++w) {
        const std::string_view v = f_.Tok(w);
        clause = text::StartsLower(v) && ((v.size() > 4 && v.ends_with("ed") && w + 1 == k) || FiniteVerb(v) ||
                                          f_.IsPronoun(w));
      }
      if (clause && !(k - np0 == 1 && Is<"those", "Those">(f_.Tok(np0)))) continue;
      uint32_t oe = ObjectEnd(k + 1, end);
      // (The group as the clause's subject: its object ends at the clause's
      // own verb, "Democrats supporting Mrs. Clinton have pointed to".)
      if (np0 == c0 || Is<",", ";", ":">(f_.Tok(np0 - 1))) {
        bool verb = false;
        for (uint32_t w = k + 2; w < oe && !verb; ++w) {
          const std::string_view v = f_.Tok(w);
          verb = text::StartsLower(v) &&
                 (Is<"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did",
                         "do", "does", "say", "said", "says", "spent", "gave", "made", "took">(v) ||
                  FiniteVerb(v) ||
                  (v.size() > 4 && v.ends_with("ed") &&
                   !Is<"the", "a", "an", "his", "her", "its", "their", "to", "be", "been">(f_.Tok(w - 1))));
          if (verb) oe = w;
        }
        if (!verb) continue;
      }
      if (oe <= k + 1) continue;
      bool inside = false;
      const uint32_t sb = doc_.tokens[np0].span.begin, se = doc_.tokens[oe - 1].span.end;
      for (size_t r = reports_before; r < out_->size() && !inside; ++r) {
        const Quote& q = (*out_)[r].quote;
        inside = q.content.begin < se && sb < q.content.end;
      }
      if (inside) continue;
      Speaker sp = f_.Description(np0, k);
      if (const int32_t pm = f_.PersonMentionStartingAt(np0);
          pm >= 0 && f_.TokenAt(doc_.mentions[pm].span.end) == k) {
        sp = f_.RightSubject(np0, k);
      }
      if (!sp.found) continue;
      sp.first_token = np0;
      sp.last_token = k;
      Emit(k + 1, oe, k, sp);
      k = std::max(k, oe);
    }
  }

  // "..., falsely suggesting that Obama was born abroad", "an email
  // Wednesday saying that the results show ...": a speech participle with
  // "that" reports its clause even where no rule above found whose act it
  // is; the speaker is the clause's subject when one opens it, else unknown.
  // True when a report found since `reports_before` holds token `k` in its
  // content or starts its cue there.
  bool Covered(uint32_t k, size_t reports_before) const {
    const uint32_t pos = doc_.tokens[k].span.begin;
    for (size_t r = reports_before; r < out_->size(); ++r) {
      const Quote& q = (*out_)[r].quote;
      if ((q.content.begin <= pos && pos < q.content.end) || (q.cue && q.cue->begin == pos)) return true;
    }
    return false;
  }

  void SpeechParticipleThat(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 1; k + 3 < end; ++k) {
      if (f_.Tok(k + 1) != "that" ||
          !Is<"saying", "suggesting", "arguing", "stating", "noting", "claiming", "insisting", "asserting",
                          "contending", "warning", "declaring", "acknowledging", "conceding", "admitting",
                          "explaining", "stressing", "emphasizing", "emphasising", "predicting", "alleging">(f_.Tok(k)) ||
          f_.InQuote(doc_.tokens[k].span.begin) ||
          Is<"as", "of", "is", "are", "was", "were", "be", "without", "worth", "a", "an", "the", "old",
                             "this", "popular", "common", "famous", "favorite", "favourite">(f_.Tok(k - 1))) {
        continue;
      }
      if (Covered(k, reports_before) || Covered(k + 1, reports_before)) continue;
      Speaker sp = ClauseSubject(c0);
      // "Some of Trump's defenders took to social media, claiming that":
      // the subject of the clause's first past-tense verb.
      for (uint32_t v = c0 + 1; !sp.found && v < k && v < c0 + 10; ++v) {
        const std::string_view w = f_.Tok(v);
        if (Is<",", ";", ":">(w)) break;
        if ((w.size() > 3 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed") || FiniteVerb(w)) {
          sp = f_.LeftSubject(v, c0);
          break;
        }
      }
      if (!sp.found || sp.first_token != c0) sp = Speaker();
      // "The company's shares fell, suggesting that": a thing's, no one's.
      if (sp.found && sp.entity < 0 && sp.last_token < end && Is<"'s", "\xE2\x80\x99s">(f_.Tok(sp.last_token)) &&
          text::StartsLower(f_.Tok(sp.last_token - 1))) {
        sp = Speaker();
      }
      if (Enough(k + 1, end)) Emit(k + 1, AsideEnd(k, ClauseEnd(k + 1, end)), k, sp);
      return;
    }
  }

  // "The senator, insisting that she had done nothing wrong, resigned": a
  // participle set off by commas ends at the comma before the main verb.
  uint32_t AsideEnd(uint32_t k, uint32_t e, uint32_t subject_from = UINT32_MAX) const {
    if (k == 0 || f_.Tok(k - 1) != ",") return e;
    // (In the main participle rule only right after the subject: "The
    // senator, insisting that ..., resigned", not "X resigned, insisting".)
    for (uint32_t m = subject_from; subject_from != UINT32_MAX && m + 1 < k; ++m) {
      const std::string_view w = f_.Tok(m);
      if (text::StartsLower(w) && (VerbLike(m) || FiniteVerb(w) || f_.IsCue(m))) return e;
    }
    for (uint32_t m = k + 2; m + 1 < e; ++m) {
      if (f_.Tok(m) != "," || f_.InQuote(doc_.tokens[m].span.begin)) continue;
      const std::string_view w = f_.Tok(m + 1);
      if (text::StartsLower(w) && !(w.size() > 4 && w.substr(w.size() - 3) == "ing") &&
          (VerbLike(m + 1) || FiniteVerb(w)) && !Is<"and", "but", "or">(w)) {
        return m;
      }
    }
    return e;
  }

  // "..., and a new CNN/ORC poll shows Clinton and Sanders in a dead heat",
  // "as a new poll showed Trump moving ahead", "after a poll showing his
  // standing down to 14 percent": a document shows what follows wherever
  // it stands in the sentence; the document is the speaker.
  void EvidenceShows(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 1; k + 3 < end; ++k) {
      const std::string_view t = f_.Tok(k);
      if (t.size() < 4 || t[0] != 's' || !Is<"shows", "show", "showed", "showing">(t)) continue;
      if (f_.InQuote(doc_.tokens[k].span.begin) || Is<",", ".", "to", "up", "off", "out", "how">(f_.Tok(k + 1))) {
        continue;
      }
      // ("build on the first article by showing you how to ...": a means
      // in "by", nothing a document shows.)
      if (t == "showing" && Is<"by", "for", "of", "after", "before", "while">(f_.Tok(k - 1))) continue;
      // The document: right before the verb, or before "that" ("polls by
      // Quinnipiac that showed").
      uint32_t noun = k;
      for (uint32_t m = k; m > c0 && k - m < 7;) {
        --m;
        if (f_.lex().evidence.Contains(f_.Tok(m)) || f_.Tok(m) == "polling") {
          noun = m;
          break;
        }
        if (Is<",", ";", ":", "and", "but", "who", "which">(f_.Tok(m)) || f_.IsCue(m)) break;
      }
      if (noun == k) continue;
      // Only the document's own words between it and the verb.
      // ("documents from his 1995 tax return showed": a prepositional
      // phrase's own nouns too.)
      bool plain = true, phrase = false;
      for (uint32_t m = noun + 1; m < k && plain; ++m) {
        const std::string_view w = f_.Tok(m);
        phrase = phrase || Is<"in", "by", "of", "from", "on", "for">(w);
        plain = Is<"that", "also", "now", "released", "published", "taken", "conducted", "in", "by", "of",
                               "from", "the", "this", "last", "on", "for">(w) ||
                text::StartsUpper(w) || IsDate(m) ||
                (phrase && m + 1 < k && Is<"his", "her", "their", "its", "a", "an">(w)) ||
                (phrase && text::StartsLower(w) && IsWordToken(w) && !VerbLike(m) && !FiniteVerb(w) && !f_.IsCue(m) &&
                 !f_.IsPronoun(m) && !Is<"and", "or", "but", "who", "which", "when", "while", "as">(w));
      }
      if (!plain || Covered(k, reports_before) || Covered(k + 1, reports_before)) continue;
      uint32_t a = noun;
      while (a > c0 && noun - a < 6 &&
             (Is<"a", "A", "the", "The", "new", "latest", "recent", "most", "national", "state", "two",
                                 "several", "many", "some", "early", "internal", "public", "exit", "entrance", "final",
                                 "first", "own">(f_.Tok(a - 1)) ||
              f_.Tok(a - 1) == "/" || (text::StartsUpper(f_.Tok(a - 1)) && !f_.IsPronoun(a - 1)))) {
        --a;
      }
      // "A video showing the rescue was released Monday": a document that
      // opens the clause, followed by a participle or "that", is the
      // subject of a verb still to come.
      if (a <= c0 && (t == "showing" || f_.Tok(k - 1) == "that")) continue;
      uint32_t j = k + 1;
      if (f_.Tok(j) == "that") {
        if (!OpensClause(f_.Tok(j + 1))) continue;
      }
      uint32_t e = ReportEnd(j, end);
      // "a poll showing X, told": the participle's phrase ends at its comma;
      // so does a relative clause set off by one ("Ann Selwyn, whose final
      // poll showed the race tied, said").
      bool set_off = false;
      for (uint32_t m = a; m > c0 && a - m < 3 && !set_off;) {
        --m;
        set_off = Is<"whose", "which", "who">(f_.Tok(m)) && m > c0 && f_.Tok(m - 1) == ",";
      }
      if (t == "showing" || set_off) {
        for (uint32_t m = j + 1; m < e; ++m) {
          if (f_.Tok(m) == "," && m + 1 < doc_.tokens.size() && doc_.tokens[m].span.end < doc_.tokens[m + 1].span.begin) {
            e = m;
            break;
          }
        }
      }
      if (e < j + 2) continue;
      Speaker sp;
      if (phrase && f_.Tok(k - 1) != "that") sp = f_.Description(a, k);
      if (!sp.found) sp = f_.Description(a, noun + 1);
      if (!sp.found) sp = Speaker();
      Emit(j, e, k, sp);
      return;
    }
  }

  // True when "called" at k names or judges a pronoun object ("called him a
  // pragmatic strategist", "calls this a false narrative", "called it
  // unusual"), not a telephone call or an idiom ("called him on Tuesday",
  // "called it quits").
  // Where the name given stands after "called" at k ("called it unusual",
  // "called Trump a fascist", "called the plan a disaster", "calls Clinton
  // unqualified"): the token after the object, or 0 when no naming follows
  // ("called the police", "called Smith a day later", "called him back").
  uint32_t CalledWhat(uint32_t k, uint32_t end) const {
    uint32_t p = 0;  // the predicate's first token
    bool pronoun = false;
    if (Is<"him", "her", "them", "it", "this", "himself", "herself", "themselves", "itself", "me",
                           "us">(f_.Tok(k + 1))) {
      p = k + 2;
      pronoun = true;
    } else if (const int32_t m = f_.MentionStartingAt(k + 1);
               m >= 0 && doc_.entities[doc_.mentions[m].entity].type != EntityType::kDate) {
      p = f_.TokenAt(doc_.mentions[m].span.end);
    } else if (text::StartsUpper(f_.Tok(k + 1))) {
      // ("called Oz a quack", "called Planned Parenthood a ...": a name the
      // recogniser did not take, up to its predicate's article.)
      for (uint32_t a = k + 2; a < end && a <= k + 4 && p == 0; ++a) {
        if (Is<"a", "an">(f_.Tok(a))) p = a;
        if (!text::StartsUpper(f_.Tok(a))) break;
      }
      // ("called Senate Majority Leader Mitch McConnell a liar": a titled
      // name.)
      for (uint32_t u = k + 2; u < end && u <= k + 5 && p == 0; ++u) {
        const int32_t pm = f_.PersonMentionStartingAt(u);
        if (pm >= 0 && ((!doc_.mentions[pm].title.empty() &&
                         doc_.mentions[pm].title.begin == doc_.tokens[k + 1].span.begin) ||
                        f_.RolePrefix(k + 1, u))) {
          p = f_.TokenAt(doc_.mentions[pm].span.end);
        }
      }
    } else if (Is<"the", "this", "that", "these", "those", "his", "her", "their", "its">(f_.Tok(k + 1))) {
      // A short noun phrase, up to its predicate's article.
      for (uint32_t a = k + 3; a < end && a <= k + 5 && p == 0; ++a) {
        if (Is<"a", "an">(f_.Tok(a))) p = a;
        if (!text::StartsLower(f_.Tok(a - 1)) || VerbLike(a - 1) || FiniteVerb(f_.Tok(a - 1)) ||
            Is<"and", "or", "to", "of", "for", "on", "in", "at", "by", "with", "from", "as", "back",
                               "off", "up", "out", "into">(f_.Tok(a - 1))) {
          break;
        }
      }
      // Or one adjective closing the clause ("called the actions lawful").
      for (uint32_t a = k + 3; p == 0 && a < end && a <= k + 4; ++a) {
        if (!text::StartsLower(f_.Tok(a - 1))) break;
        if (AdjectiveLike(f_.Tok(a)) && (a + 1 >= end || Is<",", ";", "and", "but", "because">(f_.Tok(a + 1)))) {
          p = a;
        }
      }
    } else if (text::StartsLower(f_.Tok(k + 1)) && f_.Tok(k + 1).size() > 2 && !NoNamingAfter(f_.Tok(k + 1)) &&
               !f_.IsPronoun(k + 1)) {
      // ("called climate change a hoax", "calls voters a basket of ...": a
      // bare noun phrase, up to its predicate's article.)
      for (uint32_t a = k + 2; a < end && a <= k + 4 && p == 0; ++a) {
        if (VerbLike(a - 1) || FiniteVerb(f_.Tok(a - 1))) break;
        if (Is<"a", "an">(f_.Tok(a))) p = a;
        if (!text::StartsLower(f_.Tok(a)) || NoNamingAfter(f_.Tok(a))) break;
      }
    }
    if (p == 0 || p >= end) return 0;
    // A quoted name is the quote's ("called him a "moderate,"").
    for (uint32_t m = k + 2; m < p + 5 && m < doc_.tokens.size(); ++m) {
      size_t len;
      if (f_.InQuote(doc_.tokens[m].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(m), 0, &len)) ||
          f_.Tok(m) == "''" || f_.Tok(m) == "``") {
        return 0;
      }
    }
    const std::string_view w = f_.Tok(p);
    if (Is<"a", "an", "the">(w)) {
      return !Is<"day", "night", "week", "year", "few", "couple", "lot", "number", "dozen", "hour",
                                 "minute", "second", "month", "total", "handful", "bit", "next", "following", "same",
                                 "other", "morning", "afternoon", "evening">(f_.Tok(p + 1)) &&
                     (pronoun || w != "the")
                 ? p
                 : 0;
    }
    if (!pronoun) return AdjectiveLike(w) && (p + 1 >= end || Is<",", ";", ".", "and", "but", "because", "for", "in">(f_.Tok(p + 1))) ? p : 0;
    return text::StartsLower(w) && w.size() > 2 && !VerbLike(p) && !NoNamingAfter(w) ? p : 0;
  }

  // A word after "called" or its object that starts no naming: a particle,
  // a time, a conjunction or a count ("called him back", "called it quits",
  // "called police again", "called several times").
  static bool NoNamingAfter(std::string_view w) {
    return Is<"on", "back", "up", "off", "in", "out", "to", "at", "about", "for", "after", "before", "over", "upon",
              "yesterday", "today", "tonight", "and", "but", "or", "quits", "from", "with", "by", "into", "that",
              "when", "while", "because", "again", "twice", "last", "this", "every", "later", "early", "late",
              "repeatedly", "directly", "personally", "immediately", "often", "once", "several", "not", "three",
              "two", "four", "five", "during", "since", "until", "as", "what", "whatever", "names", "together",
              "around", "away", "down", "forth", "ahead", "home">(w);
  }

  // A word that reads as an adjective by its form ("unqualified",
  // "dangerous", "irresponsible", "unpatriotic"): a naming's predicate.
  static bool AdjectiveLike(std::string_view w) {
    if (w.size() < 5 || !text::StartsLower(w)) return false;
    for (std::string_view end : {"ous", "ful", "ive", "able", "ible", "ic", "ical", "less", "ish", "ent", "ant"}) {
      if (w.ends_with(end)) return true;
    }
    return w.starts_with("un") && (w.ends_with("ed") || w.ends_with("al") || w.ends_with("y"));
  }

  // True when a described speaker's last word is a people or office noun
  // ("the spokesman", "Several Republicans"), not a thing ("The vote").
  bool HumanHead(const Speaker& sp) const {
    if (!sp.found || sp.last_token == 0) return false;
    const std::string_view head = f_.Tok(sp.last_token - 1);
    char buf[24];
    const std::string_view folded = text::FoldCase(head, buf, sizeof buf);
    return f_.lex().humans.Contains(head) || f_.lex().humans.Contains(folded) || f_.lex().titles.Contains(folded) ||
           f_.IsPronoun(sp.last_token - 1) || text::StartsUpper(head);  // (a name: "Emanuel")
  }

  // "He went on to say that ...", "Sexton was quick to point out that
  // ...", "She went out of her way to say that ...": a speech verb after a
  // phrase of manner or sequence reports for that phrase's subject.
  void MannerInfinitive(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 2; k + 3 < end; ++k) {
      // ("She was fond of telling residents that ...": a habit too.)
      const bool fond_of = f_.Tok(k) == "of" && f_.Tok(k - 1) == "fond";
      if ((f_.Tok(k) != "to" && !fond_of) || !f_.IsCue(k + 1) || !text::StartsLower(f_.Tok(k + 1)) ||
          f_.InQuote(doc_.tokens[k].span.begin)) {
        continue;
      }
      uint32_t v = 0;  // the finite verb whose subject speaks
      bool foretold = false;
      if (fond_of) {
        if (k >= c0 + 3 && Is<"was", "is", "were", "are", "been", "be">(f_.Tok(k - 2))) v = k - 2;
      } else if (Is<"on">(f_.Tok(k - 1)) && Is<"went", "goes", "go", "going", "gone">(f_.Tok(k - 2))) {
        v = k - 2;
      } else if (k >= c0 + 3 && Is<"expected", "set", "due", "scheduled", "slated", "poised">(f_.Tok(k - 1)) &&
                 Is<"is", "are", "was", "were">(f_.Tok(k - 2)) &&
                 Is<"say", "tell", "announce", "testify", "argue", "warn", "insist", "declare",
                                    "reiterate", "stress", "confirm", "deny", "acknowledge", "admit", "explain",
                                    "reveal", "urge", "assure", "promise", "pledge", "vow", "claim", "report">(f_.Tok(k + 1))) {
        // "Nakatani is expected to say at the Shangri-La Dialogue that
        // ...": a statement foretold is one.
        v = k - 2;
        foretold = true;
      } else if (Is<"quick", "careful", "eager", "keen", "quicker", "first">(f_.Tok(k - 1)) &&
                 Is<"was", "is", "were", "are", "been", "be">(f_.Tok(k - 2))) {
        v = k - 2;
        if (v > c0 + 1 && Is<"has", "have", "had", "will", "would">(f_.Tok(v - 1))) --v;
      } else if (Is<"liked", "likes", "loved", "loves", "used", "continue", "continues", "continued",
                                     "began", "begins", "started", "starts", "tends", "tended">(f_.Tok(k - 1)) &&
                 !Is<"is", "was", "are", "were", "be", "been", "the", "a", "an">(f_.Tok(k - 2))) {
        // "Walter Haines liked to say that ...", "used to tell his students
        // that ...", "Employers continue to insist that ...": a habit of saying.
        v = k - 1;
      } else if (k >= c0 + 5 && f_.Tok(k - 1) == "way" && Is<"his", "her", "their", "its">(f_.Tok(k - 2)) &&
                 f_.Tok(k - 3) == "of" && f_.Tok(k - 4) == "out" && Is<"went", "goes", "go", "going">(f_.Tok(k - 5))) {
        v = k - 5;
      }
      if (v <= c0 || Covered(k + 1, reports_before) || Covered(k + 2, reports_before)) continue;
      Speaker sp = f_.LeftSubject(v, c0);
      // ("Fed Governor Christopher Waller is expected to say": a title in
      // capitals before the name.)
      bool titled = foretold && sp.found && sp.first_token > c0 && sp.first_token <= c0 + 4;
      for (uint32_t m = c0; titled && m < sp.first_token; ++m) titled = text::StartsUpper(f_.Tok(m));
      if (!sp.found || !(sp.first_token == c0 || titled || OpensInnerClause(sp.first_token, c0))) continue;
      uint32_t cue_end = k + 1;
      if (f_.Tok(k + 2) == "out" && Is<"point", "points">(f_.Tok(k + 1))) ++cue_end;
      const uint32_t j = AfterCue(cue_end, end);
      if (j == 0 || !Enough(j, end)) continue;
      // (A clause, not "is expected to say more on Monday".)
      if (foretold && !Is<"that", "whether", "if">(f_.Tok(j)) && !FiniteVerbIn(j, end)) continue;
      Emit(j, ClauseEnd(j, end), k + 1, sp, cue_end);
      return;
    }
  }

  // "Her advisers are not convinced that ...", "Some Clinton backers are
  // concerned that ...", "X made clear that ...": a stance stated by its
  // holder reports the clause after "that".
  void StanceThat(uint32_t c0, uint32_t end, size_t reports_before) {
    for (uint32_t k = c0 + 1; k + 3 < end; ++k) {
      const std::string_view t = f_.Tok(k);
      const bool made_clear = t == "clear" && Is<"made", "makes", "make", "making">(f_.Tok(k - 1));
      // "The spokesman made clear the company would not negotiate".
      const bool bare_clause = made_clear && f_.Tok(k + 1) != "that" && PronounClauseAt(k + 1, end);
      if ((f_.Tok(k + 1) != "that" && !bare_clause) || f_.InQuote(doc_.tokens[k].span.begin)) continue;
      // ("gave the assurance that the road would be fixed", "issued a
      // warning that", "raised concerns that": a verb of little meaning
      // and the noun of a statement; its subject said the clause.)
      if (!made_clear && text::StartsLower(t) && (f_.lex().noun_cues.Contains(t) || Is<"concerns", "fears">(t))) {
        uint32_t v = k;
        while (v > c0 + 1 && k - v < 3 &&
               (Is<"the", "a", "an", "his", "her", "their", "its", "fresh", "new", "firm", "stern",
                                   "strong", "similar", "repeated", "public", "further">(f_.Tok(v - 1)))) {
          --v;
        }
        if (v > c0 + 1 &&
            Is<"issued", "issues", "made", "makes", "gave", "gives", "offered", "offers", "repeated",
                               "reiterated", "renewed", "sounded", "raised", "raises", "voiced", "voices">(f_.Tok(v - 1)) &&
            !Covered(k + 1, reports_before) &&
            // (Not a relative's "that": "issued a statement that said ...",
            // "a statement that appeared to ...": the clause has its subject
            // first.)
            k + 2 < end &&
            (f_.IsPronoun(k + 2) || OpensSubject(f_.Tok(k + 2)) || text::StartsUpper(f_.Tok(k + 2)) ||
             StartsDigit(f_.Tok(k + 2)) ||
             Is<"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "there",
                                "no", "some", "any", "all", "more", "many", "most", "every", "each">(f_.Tok(k + 2)))) {
          const uint32_t verb = v - 1;
          Speaker sp = f_.LeftSubject(verb, c0);
          const uint32_t j = k + 1;
          if (sp.found && !Is<"It", "it", "There", "there", "This", "this", "That">(f_.Tok(sp.first_token)) &&
              Enough(j, end)) {
            Emit(j, ClauseEnd(j, end), verb, sp, k);
            return;
          }
        }
      }
      // (A belief or certainty only after its holder's verb: "He was sure
      // that"; never "make sure that". Feelings the writer sees are no
      // statements: "She was surprised that the door was open".)
      if (!made_clear && !Is<"confident", "convinced", "hopeful", "aware", "concerned", "certain", "adamant",
                                 "optimistic", "skeptical", "sceptical", "worried", "afraid", "fearful", "insistent",
                                 "sure", "relieved", "pleased", "unhappy", "disappointed", "frustrated", "upset",
                                 "surprised", "glad", "proud", "grateful", "angry", "furious", "dismayed">(t)) {
        continue;
      }
      // "too sure that", "It seems certain that": no stance held.
      if (Is<"too", "such">(f_.Tok(k - 1))) continue;
      if (Covered(k, reports_before) || Covered(k + 1, reports_before)) continue;
      uint32_t m = k - (made_clear ? 1 : 0);
      while (m > c0 + 1 && Is<"very", "not", "so", "fully", "acutely", "increasingly", "more", "less",
                                               "now", "still", "also", "all", "quite", "deeply", "ever", "firmly",
                                               "equally", "absolutely", "clearly", "already", "privately", "publicly">(f_.Tok(m - 1))) {
        --m;
      }
      Speaker sp;
      if (made_clear) {
        // "it had been made clear that": a passive names no holder; "The
        // vote made clear that": a thing shows, no one says.
        if (Is<"been", "be", "is", "was", "being">(f_.Tok(m - 1))) continue;
        sp = f_.LeftSubject(m, c0);
        if (sp.found && sp.entity < 0 && sp.description && !HumanHead(sp)) continue;
      } else if (Is<"is", "was", "are", "were", "am", "'s", "\xE2\x80\x99s", "'re", "\xE2\x80\x99re",
                                     "'m", "\xE2\x80\x99m", "be", "been", "remain", "remains", "remained", "seem",
                                     "seems", "seemed", "appear", "appears", "appeared", "feel", "feels", "felt",
                                     "grew", "became", "become", "away">(f_.Tok(m - 1))) {
        uint32_t v = m - 1;
        // "has been", "came away": the subject stands before the verb's helper.
        if (f_.Tok(v) == "away" && v > c0 && Is<"came", "come", "comes">(f_.Tok(v - 1))) --v;
        while (v > c0 + 1 && Is<"has", "have", "had", "will", "would", "may", "might", "could",
                                                 "also", "now", "still", "long">(f_.Tok(v - 1))) {
          --v;
        }
        // "Asked whether he was concerned that ...": a question reports nothing.
        bool question = false;
        for (uint32_t q = v; q > c0 && v - q < 4 && !question;) question = Is<"whether", "if">(f_.Tok(--q));
        if (question) continue;
        sp = f_.LeftSubject(v, c0);
        if (!sp.found || Is<"It", "it", "There", "there", "This", "this", "That">(f_.Tok(sp.first_token))) continue;
        // "many farmers belong to a minority and politicians are worried
        // that": the holder is the noun phrase after the last "and".
        if (sp.description && sp.entity < 0) {
          for (uint32_t a = v; a > sp.first_token + 1 && v - a < 4;) {
            --a;
            if (f_.Tok(a) != "and") continue;
            // (Only after a clause, not a list: "Teachers and parents are".)
            if (a + 1 < v && a >= sp.first_token + 6) sp = f_.Description(a + 1, v);
            break;
          }
        }
      } else if (f_.Tok(m - 1) == "," || f_.Tok(m - 1) == "and") {
        // "..., confident that Democrats would be drawn to ...": of the
        // clause's subject.
        sp = ClauseSubject(c0);
        if (!sp.found || sp.first_token != c0) continue;
      } else {
        continue;
      }
      const uint32_t j = k + 1;
      if (Enough(j, end)) Emit(j, AsideEnd(k, ClauseEnd(j, end)), made_clear ? k - 1 : k, sp, k);
      return;
    }
  }

  // A cue of an "as" aside: any cue but a clauseless one, or "put it"
  // ("as one analyst put it").
  bool AsCueAt(uint32_t m) const {
    return (f_.IsCue(m) && !f_.lex().clauseless.Contains(f_.Tok(m))) ||
           (Is<"put", "puts">(f_.Tok(m)) && m + 1 < doc_.tokens.size() && f_.Tok(m + 1) == "it");
  }

  // "As POLITICO revealed, the RNC agreed ...", "As Trump put it, the
  // economy is ...": an opening "as" clause with a cue attributes the main
  // clause to its subject.
  void AsClause(const Sentence& sent, uint32_t c0, uint32_t end) {
    uint32_t o = sent.first_token;
    while (o < c0 && Is<"But", "And", "So", "Yet", ",">(f_.Tok(o))) ++o;
    // ("Just a few weeks ago, as Western Journalism reported, ...": after
    // an opening phrase of time.)
    for (uint32_t m = o; f_.Tok(o) != "As" && m + 1 < c0 && m < o + 8; ++m) {
      if (f_.Tok(m) == "," && f_.Tok(m + 1) == "as") {
        o = m + 1;
        break;
      }
    }
    if (!(f_.Tok(o) == "As" || (o > sent.first_token && f_.Tok(o) == "as")) || c0 < o + 4 ||
        f_.Tok(c0 - 1) != ",") {
      return;
    }
    uint32_t k = 0;
    for (uint32_t m = c0 - 1; m > o + 1 && c0 - m < 7;) {
      --m;
      if (AsCueAt(m)) {
        k = m;
        break;
      }
    }
    if (k == 0) return;
    for (uint32_t m = k + 1; m + 1 < c0; ++m) {
      // Only a time or "it" may follow the cue: "As X reported on Monday,".
      if (!(IsDate(m) || Is<"on", "it", "first", "earlier", "previously", "last", "this">(f_.Tok(m)))) return;
    }
    Speaker sp = f_.LeftSubject(k, o + 1);
    if (!(sp.found && sp.first_token == o + 1)) sp = NounPhraseSubject(k, o + 1);
    if (!(sp.found && sp.first_token == o + 1)) sp = BareNounPhraseSubject(k, o + 1, k, /*need_clause=*/false);
    if (!(sp.found && sp.first_token == o + 1)) return;
    // "As X reported, even on Friday morning, the White House ...": a short
    // phrase of time before the clause is not part of what was reported.
    uint32_t a = c0;
    for (uint32_t m = c0; m < end && m < c0 + 6; ++m) {
      if (f_.Tok(m) == ",") {
        bool verb = false;
        for (uint32_t v = c0; v < m && !verb; ++v) verb = f_.IsCue(v) || (text::StartsLower(f_.Tok(v)) && VerbLike(v));
        if (!verb) a = m + 1;
        break;
      }
    }
    if (a + 2 < end) Emit(a, ClauseEnd(a, end), k, sp);
  }

  // "CLAUSE, as the Times reported on Monday.": a closing "as" clause with
  // a cue attributes the clause before it.
  // "Rudolf Hess parachuted into Scotland, it was announced tonight.": an
  // agentless passive closing the sentence reports what comes before its
  // comma, for no one named.
  bool ImpersonalTail(uint32_t c0, uint32_t end) {
    uint32_t v = end;
    while (v > c0 + 4 && end - v < 4 &&
           (Is<"tonight", "today", "yesterday", "here", "officially", "later", "earlier", "this",
                               "last", "night", "morning", "afternoon", "evening", "on", "Monday", "Tuesday",
                               "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "also">(f_.Tok(v - 1)))) {
      --v;
    }
    if (v <= c0 + 4 || !Is<"announced", "stated", "said", "reported", "learned", "disclosed",
                                           "revealed", "claimed", "alleged">(f_.Tok(v - 1))) {
      return false;
    }
    uint32_t it = v - 2;
    if (!Is<"was", "is", "been">(f_.Tok(it))) return false;
    if (f_.Tok(it) == "been") {
      if (!Is<"has", "had", "have">(f_.Tok(it - 1))) return false;
      --it;
    }
    --it;
    if (it <= c0 + 2 || !Is<"it", "It">(f_.Tok(it)) || f_.Tok(it - 1) != ",") return false;
    Emit(c0, it - 1, v - 1, Speaker());
    return true;
  }

  void TrailingAs(uint32_t c0, uint32_t end) {
    for (uint32_t p = end; p > c0 + 3 && end - p < 12;) {
      --p;
      if (f_.Tok(p) != "," || f_.Tok(p + 1) != "as") continue;
      // (", as first reported by the New York Times on Tuesday": the
      // passive's agent.)
      {
        uint32_t q = p + 2;
        if (Is<"first", "previously", "earlier", "originally", "initially">(f_.Tok(q))) ++q;
        if (q + 2 < end && Is<"reported", "revealed", "disclosed", "noted">(f_.Tok(q)) && f_.Tok(q + 1) == "by") {
          uint32_t stop = q + 2;
          while (stop < end && !IsDate(stop) && !Is<",", "on", "in", "last", "this", "earlier">(f_.Tok(stop))) ++stop;
          if (stop > q + 2 && stop - (q + 2) <= 8) {
            Speaker sp = f_.RightSubject(q + 2, stop);
            if (!sp.found || sp.last_token != stop) sp = f_.Description(q + 2, stop);
            if (sp.found) Emit(TailStart(c0, p), p, q, sp);
          }
          return;
        }
      }
      uint32_t k = 0;
      for (uint32_t m = p + 3; m < end; ++m) {
        if (AsCueAt(m)) {
          k = m;
          break;
        }
      }
      if (k == 0) return;
      for (uint32_t m = k + 1; m < end; ++m) {
        if (!(IsDate(m) || Is<"on", "it", "first", "earlier", "previously", "last", "this">(f_.Tok(m)))) return;
      }
      Speaker sp = f_.LeftSubject(k, p + 2);
      if (!(sp.found && sp.first_token == p + 2)) sp = NounPhraseSubject(k, p + 2);
      if (!(sp.found && sp.first_token == p + 2)) sp = BareNounPhraseSubject(k, p + 2, k, /*need_clause=*/false);
      if (!(sp.found && sp.first_token == p + 2)) return;
      Emit(TailStart(c0, p), p, k, sp);
      return;
    }
  }

  // "Noting he majored in philosophy, Allen said ...", "Citing the cost,
  // the mayor vetoed ...": a speech participle opening the sentence reports
  // for the main clause's subject, from after it to the comma.
  void OpeningParticiple(const Sentence& sent, uint32_t c0, uint32_t end) {
    const uint32_t k = sent.first_token;
    std::string_view t = f_.Tok(k);
    if (c0 <= k + 3 || f_.Tok(c0 - 1) != "," || t.size() < 6 || t.substr(t.size() - 3) != "ing" ||
        !text::StartsUpper(t)) {
      return;
    }
    char buf[24];
    std::string_view lower = text::FoldCase(t, buf, sizeof buf);
    if (!f_.lex().speech.Contains(lower) || lower == "according") return;
    if (lower == "holding" && f_.Tok(k + 1) != "that") return;  // "Holding the line, ...
    for (uint32_t m = k + 1; m + 1 < c0; ++m) {
      if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin)) return;
    }
    Speaker sp = ClauseSubject(c0);
    if (!sp.found) return;
    const uint32_t j = f_.lex().object_cues.Contains(lower) ? k + 1 : AfterCue(k, c0 - 1);
    if (j == 0 || j + 1 >= c0) return;
    Emit(j, c0 - 1, k, sp);
    last_ = 0;
  }

 private:
  // Several reports in one clause ("Trump said X, and Clinton said Y"):
  // each starts where the one before ended.
  void Clauses(uint32_t c0, uint32_t end) {
    uint32_t from = c0;
    last_speaker_ = Speaker();
    sentence_start_ = c0;
    joined_ = false;
    for (int n = 0; n < 4; ++n) {
      last_ = 0;
      ReportFrom(from, end, /*first=*/n == 0);
      if (last_ <= from || last_ + 3 >= end) break;
      from = last_;
      // "praised the plan on Monday, saying ...", "answered her door
      // Sunday afternoon and said ...": the time the object's report left
      // out belongs to neither report.
      if (from + 1 < end && Is<"on", "in", "at", "during", "last", "this", "earlier">(f_.Tok(from))) {
        uint32_t d = f_.Tok(from) == "last" || f_.Tok(from) == "this" || f_.Tok(from) == "earlier" ? from : from + 1;
        if (IsDate(d)) {
          from = d;
          while (from < end && IsDate(from)) ++from;
        }
      } else if (IsDate(from)) {
        while (from < end && IsDate(from)) ++from;
      }
      while (from < end && Is<"morning", "afternoon", "evening", "night">(f_.Tok(from))) ++from;
      // ("railed against wind farms at a rally, saying ...": the occasion
      // the object's report left out, then the participle's report.)
      if (from + 3 < end && Is<"at", "in", "on", "during">(f_.Tok(from))) {
        for (uint32_t m = from + 1; m + 1 < end && m < from + 8; ++m) {
          if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin) || Is<"that", ";", ":">(f_.Tok(m))) break;
          if (f_.Tok(m) != ",") continue;
          if (Participle(m + 1)) from = m;
          break;
        }
      }
      joined_ = false;
      bool subordinate = false;
      // A closing mark glued to the comma ("party,\u201d claiming ...") hides
      // nothing.
      while (from < end && (Is<",", "and", "but", ";", "while", "whereas", "though", "although",
                                               "\xE2\x80\x94", "\xE2\x80\x93", "--">(f_.Tok(from)) || IsDash(from) ||
                            (from > 0 && f_.Tok(from - 1) == "," && IsGluedMark(from)))) {
        joined_ = joined_ || Is<"and", "but">(f_.Tok(from));
        subordinate = subordinate || Is<"while", "whereas", "though", "although">(f_.Tok(from));
        ++from;
      }
      // "criticized the plan and last week said ...", "but on Tuesday
      // wrote ...": a time phrase before the second cue.
      if (joined_ && from + 2 < end) {
        uint32_t d = Is<"on", "in", "last", "this", "earlier">(f_.Tok(from)) ? from + 1 : from;
        if (IsDate(d) || (d > from && Is<"week", "month", "year", "weekend">(f_.Tok(d)))) {
          while (d < end && (IsDate(d) || Is<"week", "month", "year", "weekend">(f_.Tok(d)))) ++d;
          if (d < end && f_.IsCue(d)) from = d;
        }
      }
      // "... and has said that ...", "but has said she wants": the second
      // cue's auxiliary.
      if (joined_ && from + 1 < end && Is<"has", "have", "had">(f_.Tok(from)) && f_.IsCue(from + 1)) ++from;
      // ("... and have been calling on Congress to act": a progressive.)
      if (joined_ && from + 2 < end && Is<"has", "have", "had">(f_.Tok(from)) && f_.Tok(from + 1) == "been" &&
          f_.IsCue(from + 2)) {
        from += 2;
      }
      // ("... but would not say when it would be signed", "but did not say
      // how many": the subject's refusal, its negation part of the cue.)
      if (joined_ && from + 3 < end && Is<"did", "would", "could", "does", "will">(f_.Tok(from)) &&
          Is<"not", "never">(f_.Tok(from + 1)) && Is<"say", "confirm", "disclose", "specify", "reveal">(f_.Tok(from + 2)) &&
          Is<"when", "where", "how", "why", "whether", "if", "what", "which", "who">(f_.Tok(from + 3))) {
        from += 2;
      }
      // "called for a prosecutor to investigate her server while secretary
      // of state, saying ...": the participle after the verbless
      // subordinate phrase continues the report's subject.
      if (subordinate && last_speaker_.found) {
        for (uint32_t m = from; m + 1 < end && m < from + 12; ++m) {
          if (f_.Tok(m) == ";" || f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin)) break;
          if (f_.Tok(m) == "," && Participle(m + 1)) {
            from = m + 1;
            break;
          }
        }
      }
    }
  }

  // The person opening a subordinate clause right before the participle at
  // k ("... after Swift publicly scolded her former label, accusing the
  // company of ..."), whose act the participle continues; none when the
  // words before k hold no such clause.
  // ("Shipping giant Orient Pacific Lines reported ... and warned": a
  // clause's subject read as a description up to an organisation's name is
  // that organisation, the description its role.)
  void OrganisationAfterDescription(uint32_t c0, uint32_t k, Speaker* sp) const {
    if (!sp->found || !sp->description || sp->entity >= 0 || sp->first_token != c0 || sp->last_token >= k ||
        sp->last_token <= c0 + 1) {
      return;
    }
    const int32_t om = f_.MentionStartingAt(sp->last_token);
    if (om < 0 || doc_.entities[doc_.mentions[om].entity].type != EntityType::kOrg ||
        !text::StartsLower(f_.Tok(sp->last_token - 1)) || !f_.lex().humans.Contains(f_.Tok(sp->last_token - 1))) {
      return;
    }
    sp->role = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[sp->last_token - 1].span.end}));
    sp->role_is_title = false;
    sp->description = false;
    sp->entity = doc_.mentions[om].entity;
    sp->name = doc_.entities[sp->entity].name;
    sp->mention = doc_.mentions[om].span;
    sp->last_token = f_.TokenAt(doc_.mentions[om].span.end);
  }

  Speaker SubordinateSubject(uint32_t k, uint32_t lo, bool across_quotes = false) const {
    const uint32_t from = k > 0 && f_.Tok(k - 1) == "," ? k - 1 : k;  // the participle's own comma
    for (uint32_t w = from; w > lo && from - w < 16;) {
      --w;
      size_t len;
      const bool quoted = f_.InQuote(doc_.tokens[w].span.begin) ||
                          text::IsDoubleQuote(text::DecodeAt(f_.Tok(w), 0, &len));
      if (quoted && across_quotes) continue;
      if (f_.Tok(w) == "," || quoted) break;
      if (!Is<"after", "before", "when", "while", "because", "since", "until", "as">(f_.Tok(w))) continue;
      // ("after Finance Minister Konrad Abelmann resigned": a title first.)
      uint32_t name = w + 1;
      while (name < k && name < w + 5 && f_.PersonMentionStartingAt(name) < 0 && text::StartsUpper(f_.Tok(name)) &&
             f_.RoleWord(name)) {
        ++name;
      }
      if (f_.PersonMentionStartingAt(name) < 0) break;
      Speaker sub = f_.RightSubject(w + 1, k);
      if (!sub.found || sub.entity < 0) break;
      if (!sub.role_is_title) sub.role.reset();
      return sub;
    }
    return Speaker();
  }

  // One report in tokens [c0, end), the clause opening at c0; `first` is
  // false for the later clauses of a sentence, which skip the verbless form.
  void ReportFrom(uint32_t c0, uint32_t end, bool first) {
    // "She said X but said Y": a second cue right after the first report
    // shares its subject.
    if (!first && last_speaker_.found && Participle(c0)) {
      // "X praised the plan, saying CLAUSE": the participle's subject is
      // the report's before it, unless a subordinate clause came between.
      const Speaker sub = SubordinateSubject(c0, sentence_start_);
      EmitParticiple(c0, end, sub.found ? sub : last_speaker_);
      return;
    }
    // ("said he would stay and ruled out a snap election": "out" takes the
    // object right after it only for these; "lashed out at" has its own.)
    if (!first && joined_ && last_speaker_.found && c0 + 3 < end && f_.IsPhrasalVerb(c0) &&
        PhrasalParticle(f_.lex().phrasal_objects, f_.Tok(c0), f_.Tok(c0 + 1)) &&
        (f_.Tok(c0 + 1) != "out" || Is<"rule", "ruled", "rules", "ruling", "lay", "laid", "lays", "laying">(f_.Tok(c0))) &&
        !f_.InQuote(doc_.tokens[c0 + 2].span.begin) && !IsDate(c0 + 2) &&
        !Is<"with", "as", "in", "on", "at", "for", "by", ",", ".", "and", "when", "while">(f_.Tok(c0 + 2))) {
      // ("railed against the cuts and pointed to the surplus": the
      // subject's second stance, by its particle's object.)
      Emit(c0 + 2, ObjectEnd(c0 + 2, end), c0, last_speaker_, c0 + 1);
      return;
    }
    if (!first && joined_ && last_speaker_.found && c0 + 3 < end && Is<"called", "calls", "call">(f_.Tok(c0)) &&
        Is<"for", "on">(f_.Tok(c0 + 1)) && !f_.InQuote(doc_.tokens[c0 + 2].span.begin)) {
      // "... and called on people to protest peacefully": the second
      // appeal's object, as the first's.
      Emit(c0 + 2, ObjectEnd(c0 + 2, end), c0, last_speaker_, c0 + 1);
      return;
    }
    // ("Stiell said the talks had stalled and urged ministers to
    // compromise", "but blamed the government for the delay", "rejected the
    // report and threatened to sue": the first report's subject's second
    // stance, by its object or its infinitive.)
    // (Not when the report before opens with a person who may have done it:
    // "said he had been drinking and remembered nothing".)
    // (A verb of speech stays the speaker's: "said he would seek a meeting
    // and urged fishermen to remain calm".)
    const bool person_report =
        !out_->empty() && c0 < end &&
        !Is<"urged", "asked", "warned", "accused", "called", "appealed", "criticized",
                         "criticised", "blamed", "praised", "thanked", "condemned", "welcomed", "rejected", "dismissed",
                         "defended", "threatened", "vowed", "pledged", "promised", "expressed", "begged", "implored",
                         "commended", "denied">(f_.Tok(c0)) &&
        PersonOpens(f_.TokenAt(out_->back().quote.content.begin));
    if (!first && joined_ && last_speaker_.found && c0 + 2 < end && !person_report &&
        (f_.IsCue(c0) || f_.lex().object_cues.Contains(f_.Tok(c0)) || f_.lex().infinitives.Contains(f_.Tok(c0))) &&
        !f_.InQuote(doc_.tokens[c0 + 1].span.begin) && f_.Tok(c0 + 1) != "that") {
      // ("... and vowed to improve": the four acts ClauseEnd has always
      // ended a report at stay the writer's.)
      if (f_.Tok(c0 + 1) == "to" && f_.lex().infinitives.Contains(f_.Tok(c0)) && text::StartsLower(f_.Tok(c0 + 2)) &&
          // ("... and vowed to release her calendars": the subject's own
          // pledge, which PolNeAR annotates; "and declined to comment" says
          // nothing, as the founding page's annotators have it.)
          !(f_.Tok(c0) == "declined" && f_.Tok(c0 + 2) == "comment")) {
        Emit(c0 + 1, ClauseEnd(c0 + 1, end), c0, last_speaker_);
        return;
      }
      // (Not "and appealed for witnesses": the police's formula.)
      // ("..., and asked the jury to say that ...": a request's object and
      // its infinitive.)
      if ((f_.lex().object_cues.Contains(f_.Tok(c0)) || Is<"asked", "begged", "invited">(f_.Tok(c0))) &&
          f_.Tok(c0 + 1) != "to" && !f_.IsPronoun(c0 + 1) && !Is<"appealed", "appeals">(f_.Tok(c0)) &&
          // (Not the listener of a quote: "and asked reporters, "...?"";
          // an order to them is the object: "and urged voters to reject
          // it".)
          !(f_.lex().told_objects.Contains(f_.Tok(c0 + 1)) && f_.Tok(c0 + 2) != "to" &&
            !Is<"the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "him", "them",
                                 "me", "us">(f_.Tok(c0 + 1))) &&
          // ("but defended Bernie Sanders as a mainstream candidate": a
          // person is a stance's whole object too; not the one asked.)
          (f_.PersonMentionStartingAt(c0 + 1) < 0 || f_.lex().object_cues.Contains(f_.Tok(c0)))) {
        Emit(c0 + 1, ObjectEnd(c0 + 1, end), c0, last_speaker_);
        return;
      }
    }
    // ("..., then vowed that the team would respond": the next act after a
    // comma and "then" is the report's subject's, as after "and".)
    bool then = false;
    if (!first && last_speaker_.found && c0 + 2 < end && Is<"then", "and then">(f_.Tok(c0)) &&
        c0 > 0 && f_.Tok(c0 - 1) == "," && f_.IsCue(c0 + 1) && text::StartsLower(f_.Tok(c0 + 1))) {
      ++c0;
      then = true;
    }
    // ("said the team would add a defenceman, admitted the goaltending was
    // poor and promised changes": a series of the subject's acts, each
    // after a comma.)
    // ("urged the administration to join a coalition, proposed that more
    // forces be left in Iraq, and ...": a stance on its object too.)
    const bool series = !first && !joined_ && last_speaker_.found && c0 > 0 && f_.Tok(c0 - 1) == "," &&
                        (f_.IsCue(c0) ||
                         (f_.lex().infinitives.Contains(f_.Tok(c0)) && c0 + 2 < end && f_.Tok(c0 + 1) == "to") ||
                         (f_.lex().object_cues.Contains(f_.Tok(c0)) && !Is<"compared", "compares">(f_.Tok(c0)) &&
                          !Is<"with", "to", "by", "as", "in", "on", "at", "for">(f_.Tok(c0 + 1)))) &&
                        text::StartsLower(f_.Tok(c0)) && f_.Tok(c0).ends_with("ed") &&
                        last_speaker_.first_token == sentence_start_ &&
                        // (Not an inverted attribution: "..., reported the
                        // Washington Examiner.")
                        !(c0 + 1 < end && end - c0 <= 7 &&
                          (text::StartsUpper(f_.Tok(c0 + 1)) || Is<"the", "a", "an", "one">(f_.Tok(c0 + 1))) &&
                          [&] {
                            for (uint32_t m = c0 + 1; m < end; ++m) {
                              const std::string_view v = f_.Tok(m);
                              if (Is<"is", "was", "are", "were", "had", "has", "have", "would", "will", "could",
                                         "can", "should">(v) ||
                                  FiniteVerb(v) || (text::StartsLower(v) && v.size() > 4 && v.ends_with("ed"))) {
                                return false;
                              }
                            }
                            return true;
                          }()) &&
                        !Is<"who", "which", "that">(f_.Tok(last_speaker_.first_token)) &&
                        !out_->empty() && doc_.tokens[c0 - 1].span.begin >= out_->back().quote.content.end &&
                        doc_.tokens[c0 - 1].span.begin <= out_->back().quote.content.end + 2 &&
                        // (After a report of a clause whose cue came first, not
                        // a participle's aside: "United Press International,
                        // quoting a Kiev resident, reported".)
                        out_->back().quote.cue && out_->back().quote.cue->end <= out_->back().quote.content.begin &&
                        !doc_.Slice(*out_->back().quote.cue).ends_with("ing");
    // ("praised the plan, declined to affirm his support for a united
    // Jerusalem, and told ...": a refusal or promise in the series.)
    if (series && c0 + 3 < end && f_.Tok(c0 + 1) == "to" && text::StartsLower(f_.Tok(c0 + 2)) &&
        f_.lex().infinitives.Contains(f_.Tok(c0)) && !f_.InQuote(doc_.tokens[c0 + 1].span.begin)) {
      Emit(c0 + 1, ClauseEnd(c0 + 1, end), c0, last_speaker_);
      return;
    }
    if (series && !f_.IsCue(c0) && c0 + 2 < end && !f_.InQuote(doc_.tokens[c0 + 1].span.begin)) {
      const uint32_t j = c0 + 1;
      Emit(j, f_.Tok(j) == "that" ? ClauseEnd(j, end) : ObjectEnd(j, end), c0, last_speaker_);
      return;
    }
    if (!first && last_speaker_.found && f_.IsCue(c0) &&
        (!f_.lex().clauseless.Contains(f_.Tok(c0)) || f_.Tok(c0 + 1) == "that")) {
      // After a comma rather than "and"/"but" ("X, who said A, told Y B"),
      // the cue's subject is the sentence's, read across the aside.
      Speaker sp = joined_ || then || series ? last_speaker_ : RelativeSubject(c0, sentence_start_, end);
      if (!sp.found && !joined_) sp = f_.LeftSubject(c0, sentence_start_);
      const uint32_t j = AfterCue(c0, end);
      if (sp.found && j != 0 && Enough(j, end)) Emit(j, ClauseEnd(j, end), c0, sp);
      return;
    }
    bool any_cue = false;
    uint32_t tail_comma = UINT32_MAX;  // TailComma(c0, end), read when a cue first has a subject
    for (uint32_t k = c0; k < end; ++k) {
      // ("neither confirmed nor denied the report": the second verb takes
      // the object; the subject finder reads both as the cue.)
      if (k > c0 && k + 2 < end && f_.Tok(k + 1) == "nor" && Is<"neither", "Neither">(f_.Tok(k - 1)) &&
          f_.IsCue(k) && f_.IsCue(k + 2)) {
        continue;
      }
      // "Devine made it clear that his boss wanted ...": the phrase is the
      // cue, its subject the speaker.
      const bool made_clear = k + 4 < end && f_.Tok(k)[0] == 'm' &&
                              Is<"made", "makes", "make", "making">(f_.Tok(k)) && f_.Tok(k + 1) == "it" &&
                              f_.Tok(k + 2) == "clear" && f_.Tok(k + 3) == "that";
      if (made_clear && k > c0) {
        Speaker sp = f_.LeftSubject(k, c0);
        if (sp.found && (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0)) && CutShort(&sp)) {
          Emit(k + 3, ClauseEnd(k + 3, end), k, sp, k + 2);
          return;
        }
        continue;
      }
      // ("Jane Doe, the UN envoy, briefed the Council on the talks": what
      // the listeners were told about; not "briefed reporters on condition
      // of anonymity", nor "on a call".)
      if (k > c0 && Is<"briefed", "briefs", "briefing">(f_.Tok(k)) && k + 3 < end) {
        uint32_t on = k + 1;
        while (on < end && on < k + 6 && !Is<"on", "about", ",", ".", ";", "that">(f_.Tok(on)) && !f_.IsCue(on)) ++on;
        const uint32_t topic = on + 1;
        if (on > k + 1 && topic + 1 < end && Is<"on", "about">(f_.Tok(on)) &&
            !Is<"condition", "background", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday">(f_.Tok(topic)) &&
            !(f_.Tok(topic) == "the" && Is<"condition", "conditions", "record">(f_.Tok(topic + 1))) &&
            !IsDate(topic) && !f_.InQuote(doc_.tokens[topic].span.begin) &&
            !(Is<"a", "the">(f_.Tok(topic)) && Is<"call", "conference", "phone", "flight">(f_.Tok(topic + 1)))) {
          Speaker sp = f_.LeftSubject(k, c0);
          if (sp.found && (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0)) &&
              !Is<"who", "which", "that">(f_.Tok(sp.first_token)) && CutShort(&sp)) {
            Emit(topic, ObjectEnd(topic, end), k, sp, on);
            return;
          }
        }
      }
      // "Blackwell pointed to Cruz's organisation", "Trump laid out his
      // vision": a verb and its particle take a stance on the object.
      // ("spoke at length about", "spoke openly about": a manner before
      // the particle.)
      uint32_t pt = k + 1;
      const bool phrasal = k > c0 && f_.IsPhrasalVerb(k);
      if (phrasal && f_.Tok(pt).size() > 5 && f_.Tok(pt).ends_with("ly") &&
          Is<"openly", "publicly", "repeatedly", "frequently", "candidly", "passionately", "movingly",
                          "extensively", "briefly", "emotionally">(f_.Tok(pt))) {
        ++pt;
      } else if (phrasal && f_.Tok(pt) == "at" && f_.Tok(pt + 1) == "length") {
        pt += 2;
      } else if (phrasal && pt + 2 < end && IsDate(pt) && Is<"for", "about", "against", "of">(f_.Tok(pt + 1))) {
        ++pt;  // "apologized Friday for the remarks": the day between
      } else if (phrasal && pt + 3 < end && f_.Tok(pt) == "on" && IsDate(pt + 1) &&
                 Is<"for", "about", "against", "of">(f_.Tok(pt + 2))) {
        pt += 2;  // "apologised on Monday for the comments"
      } else if (phrasal && pt + 3 < end && f_.Tok(pt) == "to" && text::StartsLower(f_.Tok(pt + 1)) &&
                 Is<"apologised", "apologized", "apologises", "apologizes", "apologising", "apologizing",
                                "spoke", "speaks", "talked", "talks", "complained", "complains", "lied", "wrote">(f_.Tok(k))) {
        // ("apologised to voters for the comments", "complained to the
        // referee about": a listener between the verb and its particle.)
        uint32_t o = pt + 1;
        while (o < end && o < pt + 5 && text::StartsLower(f_.Tok(o)) && !Is<"for", "about">(f_.Tok(o)) &&
               !f_.IsCue(o) && f_.Tok(o) != "that") {
          ++o;
        }
        if (o + 1 < end && o > pt + 1 && Is<"for", "about">(f_.Tok(o))) pt = o;
      } else if (phrasal && pt + 3 < end && f_.Tok(pt) == "to" && text::StartsUpper(f_.Tok(pt + 1))) {
        // ("spoke to The Times about his illness": the outlet between.)
        uint32_t o = pt + 1;
        while (o < end && o < pt + 5 && text::StartsUpper(f_.Tok(o))) ++o;
        if (o + 1 < end && Is<"about">(f_.Tok(o))) pt = o;
      }
      if (phrasal && pt + 2 < end && text::StartsLower(f_.Tok(k)) &&
          Is<"to", "about", "against", "out", "of", "on", "for", "down", "after", "off", "back", "aim",
                          "up", "tribute">(f_.Tok(pt))) {
        // ("spoke out against the policy": "out" before the particle that
        // takes the object.)
        // ("pushed back on the report": "back" the same.)
        // ("lashed out at Khan", "took aim at comments": "at" too.)
        const uint32_t obj =
            (Is<"out", "back", "aim", "up">(f_.Tok(pt)) &&
             Is<"against", "about", "on", "for", "at">(f_.Tok(pt + 1))) ||
                    // ("paid tribute to his opponent".)
                    (f_.Tok(pt) == "tribute" && f_.Tok(pt + 1) == "to")
                ? pt + 2
                : pt + 1;
        if (PhrasalParticle(f_.lex().phrasal_objects, f_.Tok(k), f_.Tok(pt)) && obj + 1 < end &&
            (!Is<"out", "back", "aim", "up", "tribute">(f_.Tok(pt)) || obj == pt + 2 ||
             Is<"lay", "laid", "lays", "laying", "rule", "ruled", "rules">(f_.Tok(k))) &&
            !f_.InQuote(doc_.tokens[obj].span.begin) &&
            // ("the trends politicians point to with alarm": a relative's
            // verb, its object gone before it.)
            !Is<"with", "as", "in", "on", "at", "for", "by", ",", ".", "and", "when", "while">(f_.Tok(obj)) &&
            // ("lashed out on Twitter", "insisted on the call that ...": the
            // medium it was said on, no object.)
            !(f_.Tok(obj - 1) == "on" &&
              (Is<"Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "Telegram", "X", "CNN", "Fox",
                                "MSNBC", "television", "TV", "radio", "air", "camera", "Sunday", "Monday", "Tuesday",
                                "Wednesday", "Thursday", "Friday", "Saturday">(f_.Tok(obj)) ||
               (Is<"a", "an", "the", "his", "her", "their", "its">(f_.Tok(obj)) && obj + 1 < end &&
                Is<"call", "phone", "program", "programme", "show", "podcast", "broadcast",
                                     "campaign", "trail", "floor", "stage", "record", "condition">(f_.Tok(obj + 1))) ||
               (f_.Tok(obj) == "social" && f_.Tok(obj + 1) == "media"))) &&
            // ("insisted on Tuesday that ...": a day, the clause after it;
            // "argued for decades that ...": a span of time.)
            !IsDate(obj) && !Is<"decades", "years", "months", "weeks", "days", "hours", "ages", "similar",
                                              "more", "less", "much", "some", "long", "several">(f_.Tok(obj)) &&
            // ("The Pelicans ruled out Zion Williamson (hamstring)": a player
            // out of a game, no stance.)
            !(Is<"rule", "ruled", "rules">(f_.Tok(k)) &&
              (f_.PersonMentionStartingAt(obj) >= 0 ||
               // ("ruled out cornerback Darius Slay": a position first.)
               (obj + 1 < end && text::StartsLower(f_.Tok(obj)) && f_.lex().humans.Contains(f_.Tok(obj)) &&
                f_.PersonMentionStartingAt(obj + 1) >= 0) ||
               (obj + 2 < end && text::StartsUpper(f_.Tok(obj)) && text::StartsUpper(f_.Tok(obj + 1)) &&
                f_.Tok(obj + 2) == "("))) &&
            // ("signed a joint letter calling on Ottawa to": a participle
            // after a noun is the noun's; "are calling for" is finite.)
            (!f_.Tok(k).ends_with("ing") ||
             Is<"is", "are", "was", "were", "been", "be", "am", "'re", "\xE2\x80\x99re">(f_.Tok(k - 1)) ||
             (f_.Tok(k) == "talking" && Is<"by", "began", "started", "spent">(f_.Tok(k - 1)))) &&
            // ("The union asked for a raise, an official said": a stance
            // inside what a closing attribution reports is its words.)
            [&] {
              if (tail_comma == UINT32_MAX) tail_comma = TailComma(c0, end);
              return tail_comma == 0 || k > tail_comma;
            }()) {
          Speaker sp = f_.LeftSubject(k, c0);
          // ("Julia Hahn will come on the show to talk about immigration",
          // "Trump launched his campaign by talking about Mexican rapists":
          // the talk of the clause's subject.)
          if (!sp.found && Is<"talk", "talking">(f_.Tok(k)) && Is<"to", "by", "began", "started", "spent">(f_.Tok(k - 1))) {
            sp = ClauseSubject(c0);
            if (!sp.found) sp = FirstVerbSubject(c0, k);
            // (Someone who talks: not "It is impossible to talk about".)
            const bool thing = sp.found && Is<"it", "It", "this", "This">(f_.Tok(sp.first_token));
            if (thing || (sp.found && sp.entity < 0 && !sp.description && !f_.IsPronoun(sp.first_token))) {
              sp = Speaker();
            }
          }
          // ("Fed Chair Jerome Powell warned of a slowdown": the body's
          // office before the name.)
          // ("OpenAI declined to comment but pointed to a blog post": the
          // second verb shares the clause's subject.)
          if (!(sp.found && sp.first_token == c0) && k > c0 + 2 && Is<"but", "and">(f_.Tok(k - 1)) &&
              Coordinated(k, c0)) {
            Speaker first = ClauseSubject(c0);
            if (!first.found) first = FirstVerbSubject(c0, k);
            if (first.found && first.first_token == c0) sp = first;
          }
          // (Not a described group: "Democrats supporting Mrs. Clinton".)
          bool participle = false;
          for (uint32_t m = c0; m < sp.first_token && !participle; ++m) {
            participle = text::StartsLower(f_.Tok(m)) && f_.Tok(m).size() > 4 && f_.Tok(m).ends_with("ing");
          }
          if (sp.found && sp.first_token > c0 && !sp.description && (!sp.role || sp.role_is_title) && !participle &&
              (f_.RolePrefix(c0, sp.first_token) || f_.PossessiveRolePrefix(c0, sp.first_token))) {
            f_.JoinRolePrefix(c0, &sp);
          }
          const uint32_t e = ObjectEnd(obj, end);
          // ("Chief Elaine Strickland laid out the timeline: "Officers were
          // dispatched ..."": what the quote after the colon says is the
          // statement. A lead-in sentence of its own, before a quoted
          // paragraph, is one too, as PolNeAR annotates it.)
          // (Nor before a quoted item of the same list: "warns of fog,
          // 'poor visibility'".)
          bool lead_in = e < end && (f_.Tok(e) == ":" ||
                                     (f_.Tok(e) == "," && e <= obj + 3 && e + 1 < end &&
                                      f_.InQuote(doc_.tokens[e + 1].span.begin)));
          // ("pointed to a report in which the agency said ...": the report
          // inside the object is the statement.)
          for (uint32_t m = obj + 1; m + 1 < e && !lead_in; ++m) {
            if (!Is<"which", "whom">(f_.Tok(m)) ||
                Is<"was", "is", "were", "are", "has", "had", "have", "will", "would">(f_.Tok(m + 1))) {
              continue;
            }
            for (uint32_t c = m + 1; c < e && c < m + 6 && !lead_in; ++c) {
              lead_in = f_.IsCue(c) && text::StartsLower(f_.Tok(c));
            }
          }
          if (sp.found && !lead_in && (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0)) &&
              // ("a handful of Democrats who point to his relationships,"
              // inside a closing attribution: the speakers described.)
              !Is<"who", "which", "that">(f_.Tok(sp.first_token)) && CutShort(&sp)) {
            Emit(obj, e, k, sp, obj - 1);
            return;
          }
        }
      }
      if (!f_.IsCue(k) && !f_.IsReportWord(k) &&
          !(k + 1 < end && f_.Tok(k + 1) == "to" && (f_.lex().infinitives.Contains(f_.Tok(k)) ||
                                                     InfinitiveParticiple(f_.Tok(k)) || f_.Tok(k) == "referring"))) {
        continue;
      }
      // ("The delegation has been heavily sought after because ...": an
      // adjective, no aim.)
      if (f_.Tok(k) == "sought" && f_.Tok(k + 1) == "after") continue;
      // "promised Monday to begin ...": a date between the cue and its "to".
      uint32_t to = k + 1;
      // ("vowed on Sunday to bring all weapons under state control".)
      while (to < end && to < k + 5 &&
             (IsDate(to) || (Is<"on", "last", "this", "late", "early">(f_.Tok(to)) && to + 1 < end && IsDate(to + 1)))) {
        ++to;
      }
      if (f_.NounUse(k)) continue;  // "the report", "48% support"
      // ("put it bluntly: "..."": the manner of a quote, which is the statement.)
      if (Is<"put", "puts">(f_.Tok(k)) && f_.Tok(k + 1) == "it") continue;
      // "who asked not to be named, said ..." (not "said on condition of
      // anonymity", which still reports).
      if (!Is<"said", "says", "told", "tells", "added", "adds">(f_.Tok(k)) && AnonymityAside(k, end)) continue;
      // ("Simon Pryce, defending, said": counsel's side, set off.)
      if (Is<"defending", "prosecuting", "mitigating">(f_.Tok(k)) && k > c0 && f_.Tok(k - 1) == "," &&
          f_.Tok(k + 1) == ",") {
        continue;
      }
      if (!text::StartsLower(f_.Tok(k))) continue;  // "Fallen Order", "Support Group"
      std::string_view t = f_.Tok(k);
      // "..., with 30 percent of voters saying they ...": a share after
      // "with" is the participle's subject.
      if (t.size() > 4 && t.substr(t.size() - 3) == "ing" && k > c0 + 2) {
        // (From the clause's own first word: ", with her father saying"
        // after an earlier report.)
        for (uint32_t w = k - 1; w >= c0 && w + 1 > 0 && k - w < 9; --w) {
          if (f_.Tok(w) != "with") {
            if (Is<",", ";", ":">(f_.Tok(w)) || f_.IsCue(w)) break;
            continue;
          }
          // ("..., with her father telling BBC Persian that ...": a person
          // described with a determiner.)
          const bool described = w + 2 < k && Is<"his", "her", "their", "its", "the", "a", "an">(f_.Tok(w + 1)) &&
                                 f_.lex().humans.Contains(f_.Tok(k - 1)) &&
                                 Is<"saying", "telling", "noting", "arguing", "adding", "insisting", "warning",
                                        "calling", "describing", "writing", "explaining", "stating", "declaring">(t);
          if (w + 1 < k && (StartsDigit(f_.Tok(w + 1)) || MayOpenBareSubject(w + 1) || described)) {
            Speaker share = described ? NounPhraseSubject(k, w + 1) : BareNounPhraseSubject(k, w + 1, end);
            if (share.found && share.first_token == w + 1) {
              // "With polls showing her well behind, Clinton campaigned
              // ...": an opening "with" phrase ends at its comma.
              uint32_t e = end;
              if (w == c0 || (w > c0 && f_.Tok(w - 1) == ",")) {
                for (uint32_t m = k + 1; m < end; ++m) {
                  if (f_.Tok(m) == "," && !f_.InQuote(doc_.tokens[m].span.begin)) {
                    e = m;
                    break;
                  }
                }
              }
              EmitParticiple(k, e, share);
              return;
            }
          }
          break;
        }
      }
      // ("Justice Gerald Voss, writing for the court, said ...": a
      // participle and its phrase set off before the subject's own cue are
      // how it spoke, not what.)
      if (Participle(k) && k > c0 + 2 && f_.Tok(k - 1) == "," && k + 2 < end &&
          Is<"for", "in", "on", "at", "to", "with", "before", "from", "after">(f_.Tok(k + 1))) {
        uint32_t m = k + 2;
        while (m < end && m < k + 10 && f_.Tok(m) != "," && !f_.IsCue(m) && !f_.InQuote(doc_.tokens[m].span.begin)) ++m;
        if (m + 1 < end && f_.Tok(m) == "," && f_.IsCue(m + 1) && text::StartsLower(f_.Tok(m + 1))) continue;
      }
      if (Participle(k) && k > c0 + 2) {
        // "... after Swift publicly scolded her former label, accusing the
        // company of ...": the participle belongs to the nearest clause,
        // a subordinate one with a person as its subject.
        if (Speaker sub = SubordinateSubject(k, c0); sub.found) {
          EmitParticiple(k, end, sub);
          return;
        }
        // "Brennan toured the plant, saying CLAUSE": a participle after a
        // comma reports for the clause's subject.
        Speaker sp = ClauseSubject(c0);
        uint32_t s0 = c0;
        for (uint32_t c = c0 + 1; !sp.found && c < k && c < c0 + 16; ++c) {
          // "This year, he rose to ..., saying": after an opening phrase.
          if (f_.Tok(c) == ",") {
            sp = ClauseSubject(c + 1);
            s0 = c + 1;
            break;
          }
        }
        if (!sp.found) {
          s0 = c0;
          // "The governor vetoed the bill, citing ...": the subject of the
          // clause's first past-tense verb.
          for (uint32_t v = c0 + 1; v < k && v < c0 + 11; ++v) {
            std::string_view w = f_.Tok(v);
            if ((w.size() > 3 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed") || FiniteVerb(w)) {
              sp = f_.LeftSubject(v, c0);
              break;
            }
          }
        }
        // "The company's shares fell, suggesting": a thing's, no one's (a
        // named owner speaks: "Clinton's campaign ..., saying").
        if (sp.found && sp.entity < 0 && sp.last_token < end && Is<"'s", "\xE2\x80\x99s">(f_.Tok(sp.last_token)) &&
            text::StartsLower(f_.Tok(sp.last_token - 1))) {
          continue;
        }
        // "U.S. District Judge Ann Cole imposed ..., saying": a role before
        // the name belongs to the subject.
        if (sp.found && (sp.first_token == s0 || f_.RolePrefix(s0, sp.first_token))) {
          // "Mr. Manafort, citing "the unique magic of Trump," said ...": a
          // participle whose object is a quote leaves the quote to its
          // attribution and the sentence to its own cue.
          size_t len;
          if (k + 1 < end && (f_.InQuote(doc_.tokens[k + 1].span.begin) ||
                              text::IsDoubleQuote(text::DecodeAt(f_.Tok(k + 1), 0, &len)) || f_.Tok(k + 1) == "''")) {
            continue;
          }
          EmitParticiple(k, end, sp);
          return;
        }
        continue;
      }
      // "He is claiming that ...", "officials have been saying ...": a
      // progressive cue; its subject stands before the auxiliary.
      uint32_t subj_k = k;
      if (t.size() > 4 && t.substr(t.size() - 3) == "ing" && t != "according" && k > c0 + 1) {
        uint32_t a = k;
        // ("has been steadily pounding", "was openly criticizing": any
        // adverb in -ly between the auxiliary and the participle.)
        while (a > c0 + 1 && (Is<"also", "now", "still", "repeatedly", "increasingly", "not">(f_.Tok(a - 1)) ||
                              (f_.Tok(a - 1).size() > 4 && f_.Tok(a - 1).ends_with("ly") &&
                               text::StartsLower(f_.Tok(a - 1))))) {
          --a;
        }
        if (Is<"is", "are", "was", "were", "'s", "\xE2\x80\x99s", "'re", "\xE2\x80\x99re">(f_.Tok(a - 1))) {
          subj_k = a - 1;
        } else if (f_.Tok(a - 1) == "been" && a > c0 + 2 && Is<"has", "have", "had">(f_.Tok(a - 2))) {
          subj_k = a - 2;
        }
      }
      // ("The Confederation of Swedish Enterprise (CSE) said": a body's
      // short name in brackets before the cue; the subject ends before it.)
      if (subj_k == k && k >= c0 + 5 && f_.Tok(k - 1) == ")" && f_.Tok(k - 3) == "(" &&
          text::StartsUpper(f_.Tok(k - 4))) {
        const std::string_view a = f_.Tok(k - 2);
        bool acronym = a.size() >= 2 && a.size() <= 8;
        for (char c : a) acronym = acronym && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&');
        // (A person's party is a role: "Cllr Pat McMahon (FF) said".)
        if (acronym && f_.PersonMentionEndingAt(k - 4) < 0) subj_k = k - 3;
      }
      // "The company released a statement saying that it would appeal", "a
      // report suggesting donors were favoured": a participle right after
      // a document reports for the document's issuer, else the document.
      auto document = [&](uint32_t m) {
        return Is<"statement", "statements", "letter", "letters", "memo", "memos", "tweet", "tweets",
                              "post", "posts", "email", "emails", "release", "note", "report", "reports", "message",
                              "messages", "ad", "ads", "video", "item", "article", "column", "op-ed", "editorial",
                              "filing", "document", "documents", "study", "analysis">(f_.Tok(m));
      };
      // ("sent a letter to parents Wednesday afternoon saying that ...",
      // "issued a statement Friday saying ...": a recipient or a day between
      // the document and its participle.)
      uint32_t doc_end = k;  // one past the document noun
      if (subj_k == k && k > c0 + 3 && !document(k - 1) && f_.Tok(k - 1) != ",") {
        for (uint32_t m = k - 1; m > c0 + 1 && k - m < 7; --m) {
          if (document(m - 1)) {
            // (Only a document issued by the subject: "unleashed a series of
            // tweets early Friday saying" reports for Trump, through the
            // participle.)
            for (uint32_t v = m - 1; v > c0 && m - 1 - v < 5; --v) {
              if (Is<"issued", "released", "sent", "posted", "published", "signed", "circulated",
                                     "distributed", "filed", "issues", "releases", "sends", "posts", "publishes">(f_.Tok(v - 1))) {
                doc_end = m;
                break;
              }
            }
            break;
          }
          if (!(IsDate(m) || f_.Tok(m) == "to" || (text::StartsLower(f_.Tok(m)) && !f_.IsCue(m) && !VerbLike(m)) ||
                text::StartsUpper(f_.Tok(m)))) {
            break;
          }
        }
      }
      // ("issued a statement condemning the attacks", "signed an open
      // letter calling for a ceasefire": a stance's participle, its object.)
      const bool stance_participle =
          k + 2 < end && t.size() > 4 && t.ends_with("ing") &&
          ((f_.lex().object_cues.Contains(t) && !Is<"that", "to", ",", ".">(f_.Tok(k + 1))) ||
           (t == "calling" && Is<"for", "on">(f_.Tok(k + 1))));
      if (subj_k == k && k > c0 + 1 && t.size() > 4 && t.substr(t.size() - 3) == "ing" &&
          (Is<"saying", "stating", "claiming", "arguing", "suggesting", "warning", "noting", "declaring",
                  "insisting", "asserting", "denying", "confirming", "announcing", "acknowledging", "admitting",
                  "promising", "pledging", "vowing">(t) ||
           stance_participle) &&
          document(doc_end - 1)) {
        const uint32_t k_doc = doc_end;  // the document's end stands for the participle below
        uint32_t d = k_doc - 1;
        while (d > c0 && k_doc - 1 - d < 4 &&
               !Is<"a", "an", "the", "his", "her", "their", "its", "this", "our", "my">(f_.Tok(d)) &&
               text::StartsLower(f_.Tok(d - 1)) && !f_.IsCue(d - 1)) {
          --d;
        }
        Speaker sp;
        if (Is<"a", "an", "the", "his", "her", "their", "its", "this", "our", "my">(f_.Tok(d))) {
          if (d > c0 && Is<"issued", "released", "sent", "posted", "published", "wrote", "tweeted",
                                            "signed", "circulated", "distributed", "filed", "aired", "ran", "issues",
                                            "releases", "sends", "posts", "publishes">(f_.Tok(d - 1))) {
            Speaker issuer = f_.LeftSubject(d - 1, c0);
            if (issuer.found &&
                (issuer.first_token == c0 || OpensInnerClause(issuer.first_token, c0) ||
                 (!issuer.description && f_.RolePrefix(c0, issuer.first_token))) &&
                CutShort(&issuer)) {
              sp = issuer;
            }
          } else if (Is<"a", "an", "the">(f_.Tok(d))) {
            sp = f_.Description(d, k_doc);
          }
        }
        // (Only for the document's issuer: "unleashed a series of tweets
        // criticizing X" is Trump's act, not the tweets'.)
        if (stance_participle && !Is<"saying", "stating", "claiming", "arguing", "suggesting", "warning", "noting",
                                         "declaring", "insisting", "asserting">(t)) {
          const bool call = t == "calling";
          const uint32_t o = call ? k + 2 : k + 1;
          if (sp.found && sp.first_token < d && o + 1 < end && !f_.InQuote(doc_.tokens[o].span.begin)) {
            Emit(o, ObjectEnd(o, end), k, sp, call ? k + 1 : UINT32_MAX);
            return;
          }
          continue;
        }
        const uint32_t j = AfterCue(k, end);
        if (sp.found && j != 0 && Enough(j, end)) {
          Emit(j, ClauseEnd(j, end), k, sp);
          return;
        }
        continue;
      }
      if (t == "according" || (t.size() > 4 && t.substr(t.size() - 3) == "ing" && subj_k == k)) continue;
      any_cue = true;
      // ("It was stated that the operation was lawful", "It has been
      // reported that ...": an agentless passive reports for no one named.)
      // (Adverbs, a day or a place may come between: "It was announced
      // officially tonight that", "It was stated in authoritative quarters
      // that"; a "by" agent is the speaker: "It was stated by the ministry
      // that".)
      if (Is<"stated", "said", "announced", "reported", "noted", "claimed", "alleged", "learned">(t) && k >= c0 + 2 &&
          k + 3 < end && Is<"was", "is", "been">(f_.Tok(k - 1))) {
        uint32_t that = k + 1, by = 0;
        while (that < end && that < k + 8 && f_.Tok(that) != "that" && !f_.IsCue(that) &&
               !Is<",", ";", ":", ".", "(", ")", "--", "-", "\xE2\x80\x94">(f_.Tok(that)) &&
               !Is<"to", "and", "but", "or", "as", "if", "whether">(f_.Tok(that))) {
          if (f_.Tok(that) == "by" && by == 0) by = that;
          ++that;
        }
        uint32_t it = k - 2;
        if (f_.Tok(k - 1) == "been" && it > c0 && Is<"has", "had", "have">(f_.Tok(it))) --it;
        if (that + 3 < end && f_.Tok(that) == "that" && it == c0 && Is<"It", "it">(f_.Tok(it))) {
          Speaker agent;
          if (by != 0 && by + 1 < that) {
            agent = f_.RightSubject(by + 1, that);
            if (!(agent.found && agent.last_token == that)) agent = f_.Description(by + 1, that);
            if (!agent.found) agent = Speaker();
          }
          Emit(that, ClauseEnd(that, end), k, agent);
          return;
        }
      }
      // ("Residents have been told by Leeds City Council that ...", "A jury
      // was told the defendant had texted ..."): a passive "told" reports
      // for its "by" agent, or for no one named; the ones told say nothing.
      if (Is<"told", "informed">(t) && k > c0 &&
          Is<"was", "were", "been", "being", "is", "are", "be">(f_.Tok(k - 1))) {
        Speaker agent;
        uint32_t after = k + 1;
        if (after + 1 < end && f_.Tok(after) == "by") {
          uint32_t stop = after + 1;
          while (stop < end && stop < after + 10 && !Is<"that", ",", ";", ":">(f_.Tok(stop)) && !f_.IsCue(stop)) ++stop;
          agent = f_.RightSubject(after + 1, stop);
          if (!(agent.found && agent.last_token == stop) && stop > after + 1 && stop < end) {
            agent = f_.Description(after + 1, stop);
          }
          after = stop;
        }
        uint32_t j = after < end && f_.Tok(after) == "that" ? after : AfterCue(k, end);
        // (What the ones told heard opens right after the cue: "was told the
        // defendant had texted".)
        if (j == 0 && after + 2 < end &&
            (Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(after)) || f_.IsPronoun(after) ||
             f_.PersonMentionStartingAt(after) >= 0)) {
          j = after;
        }
        // ("A woman has been told she must pay £1,500": an order, no report.)
        for (uint32_t m = j; j != 0 && m < end && m < j + 5; ++m) {
          if (Is<"must", "should">(f_.Tok(m)) || (f_.Tok(m) == "to" && Is<"has", "have", "had">(f_.Tok(m - 1)))) {
            j = 0;
          }
        }
        if (j != 0 && j >= after && Enough(j, end)) {
          Emit(j, ClauseEnd(j, end), k, agent);
          return;
        }
        continue;
      }
      // "X was quoted as saying CLAUSE", "X was quoted by the Financial
      // Times as saying CLAUSE"
      uint32_t as = k + 1;
      if (t == "quoted" && k + 2 < end && Is<"by", "in">(f_.Tok(k + 1))) {
        while (as < end && as < k + 9 && f_.Tok(as) != "as" && f_.Tok(as) != ",") ++as;
      }
      // ("was quoted Tuesday as saying": the day between.)
      while (t == "quoted" && as < end && as < k + 4 &&
             (IsDate(as) || Is<"today", "yesterday", "tonight">(f_.Tok(as)) || (as == k + 1 && f_.Tok(as) == "on"))) {
        ++as;
      }
      if (t == "quoted" && as + 1 < end && f_.Tok(as) == "as" && f_.Tok(as + 1) == "saying" && k > c0 &&
          (f_.Tok(k - 1) == "was" || f_.Tok(k - 1) == "were")) {
        Speaker sp = f_.LeftSubject(k - 1, c0);
        uint32_t j = AfterCue(as + 1, end);
        // ("was quoted as saying by ANSA that ...": the outlet after the
        // cue, before its "that".)
        if (const uint32_t o = as + 2; o + 3 < end && Is<"by", "in">(f_.Tok(o))) {
          uint32_t that = o + 1;
          while (that < end && that < o + 8 && f_.Tok(that) != "that" && f_.Tok(that) != ",") ++that;
          if (that + 2 < end && f_.Tok(that) == "that" &&
              text::StartsUpper(f_.Tok(f_.Tok(o + 1) == "the" ? o + 2 : o + 1))) {
            j = that;
          }
        }
        // ("Union Minister Rahul Scindia was quoted ...": an office before
        // the name opens the subject.)
        if (sp.found && sp.first_token > c0 && !sp.description && sp.entity >= 0 && f_.RolePrefix(c0, sp.first_token)) {
          if (!sp.role || sp.role_is_title) f_.JoinRolePrefix(c0, &sp);
          sp.first_token = c0;
        }
        if (sp.found && sp.first_token == c0 && j && end >= j + 3) {
          Emit(j, end, k, sp, as + 1);
          return;
        }
        continue;
      }
      // "TASS quoted Kremlin spokesman Dmitry Peskov as saying (that)
      // CLAUSE", "Yonhap cited a military official as saying ...": the one
      // quoted is the speaker; the agency only passes the words on.
      if (Is<"quoted", "quotes", "quoting", "cited", "cites", "citing">(t) && k + 4 < end) {
        // ("MTI quoted Orban as telling lawmakers that": any verb of saying.)
        auto as_saying = [&](uint32_t x) {
          return x + 1 < end && f_.Tok(x) == "as" &&
                 Is<"saying", "telling", "adding", "warning", "stating", "writing", "arguing">(f_.Tok(x + 1));
        };
        uint32_t a = k + 1;
        while (a + 1 < end && a < k + 12 && !as_saying(a) &&
               !Is<";", ":", "that", "who", "which">(f_.Tok(a)) && !f_.IsCue(a)) {
          // ("quoted the head of the plant, Yuri Chernichuk, as saying": a
          // name set off after its description.)
          if (f_.Tok(a) == ",") {
            const int32_t pm = f_.PersonMentionStartingAt(a + 1);
            const uint32_t e = pm >= 0 ? f_.TokenAt(doc_.mentions[pm].span.end) : 0;
            if (pm < 0 || e + 2 >= end || f_.Tok(e) != "," || !as_saying(e + 1)) break;
            a = e + 1;
            break;
          }
          ++a;
        }
        if (a > k + 1 && as_saying(a)) {
          Speaker sp;
          if (a == k + 2 && Is<"him", "her">(f_.Tok(k + 1))) {
            // "Interfax quoted him as saying": the person the pronoun names.
            sp.found = true;
            sp.first_token = k + 1;
            sp.last_token = k + 2;
            sp.mention = doc_.tokens[k + 1].span;
            sp.entity = f_.ResolvePronoun(sp.mention.begin, f_.Tok(k + 1) == "him" ? 'm' : 'f');
            if (sp.entity >= 0) sp.name = doc_.entities[sp.entity].name;
          } else {
            sp = f_.QuotedOne(k + 1, a);
            if (!(sp.found && sp.last_token == a)) sp = f_.Description(k + 1, a);
          }
          const uint32_t j = AfterCue(a + 1, end);
          if (sp.found && j != 0 && Enough(j, end)) {
            // (The cue is the whole frame, as for a quote: "quoted Ebrard
            // as saying".)
            Emit(j, ClauseEnd(j, end), k, sp, a + 1);
            return;
          }
        }
      }
      // "X said A, but in a later interview said B": a phrase between the
      // conjunction and the second cue; the subject is the first report's.
      if (!first && joined_ && last_speaker_.found && k < c0 + 9 &&
          Is<"in", "on", "at", "during", "after", "before", "later", "earlier", "since", "when">(f_.Tok(c0))) {
        bool phrase = true;
        for (uint32_t a = c0; a < k && phrase; ++a) {
          phrase = !Is<",", ";", ":">(f_.Tok(a)) && !f_.IsCue(a) && !f_.IsPronoun(a) &&
                   f_.PersonMentionStartingAt(a) < 0 && !f_.InQuote(doc_.tokens[a].span.begin);
        }
        if (phrase) {
          const uint32_t j = AfterCue(k, end);
          if (j != 0 && Enough(j, end)) {
            Emit(j, ClauseEnd(j, end), k, last_speaker_);
            return;
          }
        }
      }
      Speaker sp = subj_k > c0 && IsFirstPersonContraction(subj_k - 1) ? FirstPersonSubject(subj_k, c0)
                                                                         : f_.LeftSubject(subj_k, c0);
      // ("A teacher who asked not to be named because she feared retaliation
      // said": a pronoun inside the subject's relative clause is no subject.)
      if (sp.found && sp.entity < 0 && f_.IsPronoun(sp.first_token) && sp.first_token > c0 + 2 && subj_k == k) {
        bool relative = false;
        for (uint32_t w = c0 + 1; w < sp.first_token && !relative; ++w) relative = f_.Tok(w) == "who";
        if (relative) {
          const Speaker r = RelativeSubject(k, c0, end);
          if (r.found && r.first_token == c0) sp = r;
        }
      }
      // ("in what one American official described as "...", "what one
      // former commissioner called "..."": the namer after "what" is the
      // subject, not the words before it.)
      auto namer_after_what = [&] {
        if (!(sp.found && sp.description && Is<"called", "described", "termed", "dubbed", "calls", "describes">(t))) {
          return;
        }
        for (uint32_t w = subj_k; w > sp.first_token && subj_k - w < 7;) {
          --w;
          if (f_.Tok(w) != "what") continue;
          if (w + 2 <= subj_k && !f_.IsPronoun(w + 1)) {
            const Speaker namer = f_.LeftSubject(subj_k, w + 1);
            if (namer.found && namer.first_token == w + 1) sp = namer;
          }
          break;
        }
      };
      namer_after_what();
      // ("Humphrey, who calls Trump a "sociopath," said the race was over":
      // the cue after a relative clause that held a report of its own has
      // the clause's antecedent as its subject.)
      if (!sp.found && !first && c0 > sentence_start_ && subj_k > c0 && subj_k <= c0 + 3) {
        uint32_t before = subj_k;
        while (before > c0 && Is<"has", "had", "have", "also", "then", "later">(f_.Tok(before - 1))) --before;
        bool relative = false;
        for (uint32_t w = sentence_start_ + 1; w < c0 && !relative; ++w) {
          relative = f_.Tok(w - 1) == "," && Is<"who", "which">(f_.Tok(w));
        }
        size_t len;
        const bool comma = before > 0 && (f_.Tok(before - 1) == "," ||
                                          (before > 1 && f_.Tok(before - 2) == "," &&
                                           text::IsDoubleQuote(text::DecodeAt(f_.Tok(before - 1), 0, &len))));
        if (relative && comma) {
          Speaker whole = f_.LeftSubject(subj_k, sentence_start_);
          if (!whole.found && before < subj_k) whole = f_.LeftSubject(before, sentence_start_);
          if (whole.found && whole.first_token < c0) {
            sp = whole;
            sp.first_token = c0;  // the clause's subject, read across the aside
          }
        }
      }
      // "The man, who police said was armed, ...": between the relative
      // word and the cue stands the speaker; "who" is the subject of the
      // verb after the cue.
      // ("A man who prosecutors say ran one of the largest fraud rings was
      // arrested": a past verb after the cue, the clause running to the
      // main clause's auxiliary.)
      const bool past_after = k + 2 < end && text::StartsLower(f_.Tok(k + 1)) &&
                              (FiniteVerb(f_.Tok(k + 1)) || (f_.Tok(k + 1).size() > 4 && f_.Tok(k + 1).ends_with("ed"))) &&
                              !f_.IsCue(k + 1);
      if (sp.found && sp.first_token + 1 < subj_k && Is<"who", "which">(f_.Tok(sp.first_token)) &&
          k + 1 < end &&
          (Is<"was", "is", "were", "are", "had", "has", "would", "will", "could">(f_.Tok(k + 1)) || past_after)) {
        Speaker inner = f_.LeftSubject(subj_k, sp.first_token + 1);
        if (!(inner.found && inner.first_token == sp.first_token + 1)) {
          inner = BareNounPhraseSubject(k, sp.first_token + 1, end, /*need_clause=*/false);
        }
        if (inner.found && inner.first_token == sp.first_token + 1) {
          // What was said runs from the verb to the comma closing the
          // relative clause.
          uint32_t e = k + 1;
          while (e < end && f_.Tok(e) != "," && !f_.InQuote(doc_.tokens[e].span.begin) &&
                 !(e > k + 2 && sp.first_token > c0 && f_.Tok(sp.first_token - 1) != "," &&
                   Is<"was", "is", "were", "are", "has", "had", "will", "would">(f_.Tok(e)))) {
            ++e;
          }
          if (e > k + 2) {
            Emit(k + 1, e, k, inner);
            return;
          }
        }
      }
      // ("..., the Michigan Sheriffs' Association, whose executive director,
      // Thomas Kell, said the fees fund jail programs": the name set off
      // after "whose" and its office speaks, the office its role; what was
      // said runs to the comma closing the relative clause.)
      if ((!sp.found || sp.first_token < k - 4) && subj_k == k && k >= c0 + 6 && f_.Tok(k - 1) == ",") {
        const int32_t pm = f_.PersonMentionEndingAt(k - 2);
        uint32_t c = pm >= 0 ? f_.TokenAt(doc_.mentions[pm].span.begin) : 0;
        while (c > c0 + 2 && k - c < 9 && f_.Tok(c - 1) != ",") --c;
        uint32_t whose = c >= 2 ? c - 2 : 0;
        while (whose > c0 && c - whose < 7 && f_.Tok(whose) != "whose") --whose;
        if (pm >= 0 && c > c0 + 2 && f_.Tok(c - 1) == "," && f_.Tok(whose) == "whose" && whose + 2 < c &&
            (!sp.found || sp.first_token < whose)) {
          Speaker person = f_.RightSubject(c, k - 1);
          const uint32_t j = AfterCue(k, end);
          if (person.found && person.entity >= 0 && j != 0 && Enough(j, end)) {
            const std::string office(doc_.Slice({doc_.tokens[whose + 1].span.begin, doc_.tokens[c - 2].span.end}));
            person.role = person.role ? office + ", " + *person.role : office;
            person.role_is_title = false;
            uint32_t e = ClauseEnd(j, end);
            for (uint32_t m = j + 2; m < e; ++m) {
              if (f_.Tok(m) == "," && m + 1 < e && text::StartsLower(f_.Tok(m + 1)) &&
                  (VerbLike(m + 1) || FiniteVerb(f_.Tok(m + 1)))) {
                e = m;
                break;
              }
            }
            Emit(j, std::min(e, ReportEnd(j, e)), k, person);
            continue;
          }
        }
      }
      if (!sp.found) sp = WhoSubject(subj_k, c0);
      if (!sp.found) sp = NounPhraseSubject(subj_k, c0);
      if (!sp.found) sp = FirstPersonSubject(subj_k, c0);
      // ("The family of soldier Omer Natan, a 22-year-old, said": the
      // described subject before an appositive set off by commas.)
      if (!sp.found && subj_k == k && k > c0 + 5 && f_.Tok(k - 1) == ",") {
        uint32_t c = k - 2;
        while (c > c0 + 2 && k - c < 9 && f_.Tok(c) != "," && !f_.IsCue(c)) --c;
        if (c > c0 + 2 && f_.Tok(c) == "," && Is<"a", "an", "the", "one">(f_.Tok(c + 1))) {
          Speaker d = NounPhraseSubject(c, c0);
          // (Not an appositive about a body: "A spokesperson for Meridian
          // Health, the nonprofit that operates the hospital, said".)
          bool relative = false;
          for (uint32_t w = c + 1; w + 1 < k && !relative; ++w) relative = Is<"that", "which", "who">(f_.Tok(w));
          if (d.found && d.first_token == c0 && d.description && !relative) {
            d.role = std::string(doc_.Slice({doc_.tokens[c + 1].span.begin, doc_.tokens[k - 2].span.end}));
            d.role_is_title = false;
            sp = d;
          }
        }
      }
      if (!sp.found) sp = TailNounPhrase(k, c0, end);
      if (!sp.found && subj_k == k) sp = BareNounPhraseSubject(k, c0, end);
      if (!sp.found && subj_k == k) sp = RelativeSubject(k, c0, end);
      // ("The Brazilian mining company Vale has said": an organisation named
      // at the end of its description, which is its role.)
      if (sp.found && sp.description && sp.entity < 0 && sp.first_token == c0 && sp.last_token > c0 + 2) {
        uint32_t last = sp.last_token;
        size_t wlen;
        while (last > c0 && !text::IsWordChar(text::DecodeAt(f_.Tok(last - 1), 0, &wlen))) --last;
        const int32_t om = f_.MentionEndingAt(last - 1);
        if (om >= 0 && doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg) {
          const uint32_t o0 = f_.TokenAt(doc_.mentions[om].span.begin);
          // (Modifiers and the noun only: "A poll from the firm Blueprint
          // finds" is the poll's.)
          bool plain = true;
          for (uint32_t m = c0; m < o0 && plain; ++m) {
            plain = !Is<"from", "of", "for", "by", "at", "in", "with", "on", "to", ",">(f_.Tok(m));
          }
          if (plain && o0 > c0 + 1 && text::StartsLower(f_.Tok(o0 - 1)) && f_.lex().humans.Contains(f_.Tok(o0 - 1))) {
            Speaker named = sp;
            named.description = false;
            named.entity = doc_.mentions[om].entity;
            named.name = doc_.entities[named.entity].name;
            named.mention = doc_.mentions[om].span;
            named.role = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[o0 - 1].span.end}));
            named.role_is_title = false;
            sp = named;
          }
        }
      }
      // ("The agent of Feyenoord striker X has confirmed": someone's agent,
      // lawyer or relative speaks, not the person named after "of".)
      // ("The organisers of the Tour of Flanders said": people of a body or a
      // place speak, whatever noun they are.)
      // (Or in the plural, which names no one person's office: "The director
      // of the FBI James Comey" stays Comey.)
      const bool people_of_body =
          sp.entity >= 0 && f_.lex().humans.Contains(f_.Tok(c0 + 1)) && text::StartsLower(f_.Tok(c0 + 1)) &&
          (doc_.entities[sp.entity].type != EntityType::kPerson || f_.Tok(c0 + 1).back() == 's');
      if (sp.first_token > c0 + 2 && !sp.description && sp.entity >= 0 &&
          Is<"The", "A", "An", "the", "a", "an">(f_.Tok(c0)) && Is<"of", "for">(f_.Tok(c0 + 2)) &&
          (people_of_body || Is<"agent", "agents", "lawyer", "lawyers", "attorney", "attorneys", "spokesman",
                              "spokeswoman", "spokesperson", "representative", "representatives", "mother", "father",
                              "wife", "husband", "son", "daughter", "brother", "sister", "family", "parents", "friend",
                              "friends", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "publicist",
                              "manager", "coach">(f_.Tok(c0 + 1))) &&
          sp.first_token <= c0 + 8 && NoBreakBetween(c0 + 3, sp.first_token)) {
        Speaker d;
        d.found = true;
        d.description = true;
        d.mention = {doc_.tokens[c0].span.begin, sp.mention.end};
        d.name = std::string(doc_.Slice(d.mention));
        d.first_token = c0;
        d.last_token = sp.last_token;
        sp = d;
      }
      // ("..., the foundation that runs it said.": the object of a relative
      // clause is not the subject; the noun phrase the clause describes is.)
      if (sp.found && subj_k == k && sp.first_token + 1 == k && sp.first_token >= c0 + 4 &&
          Is<"it", "them", "him">(f_.Tok(sp.first_token)) && text::StartsLower(f_.Tok(sp.first_token - 1)) &&
          Is<"that", "which", "who">(f_.Tok(sp.first_token - 2))) {
        const uint32_t rel = sp.first_token - 2;
        uint32_t np0 = rel;
        while (np0 > c0 && rel - np0 < 5 && !Is<",", ";", ":">(f_.Tok(np0 - 1))) --np0;
        if (np0 < rel && (np0 == c0 || f_.Tok(np0 - 1) == ",") &&
            Is<"the", "The", "a", "A", "an", "An">(f_.Tok(np0)) && f_.lex().humans.Contains(f_.Tok(rel - 1))) {
          sp = f_.Description(np0, k);
        }
      }
      // ("Russia's space agency Roscosmos said": an organisation named after
      // the common noun of its kind is the speaker, the words before its
      // role.)
      if (sp.found && sp.description && sp.entity < 0 && subj_k == k && sp.last_token == k) {
        if (const int32_t om = f_.MentionEndingAt(k - 1);
            om >= 0 && doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg) {
          const uint32_t o0 = f_.TokenAt(doc_.mentions[om].span.begin);
          if (o0 > sp.first_token + 1 && o0 < k &&
              Is<"agency", "company", "firm", "group", "ministry", "broadcaster", "newspaper",
                                  "network", "carrier", "airline", "bank", "regulator", "union", "operator",
                                  "maker", "giant", "outlet", "daily", "tabloid", "channel", "automaker",
                                  "insurer", "lender", "retailer", "startup", "watchdog", "club", "team">(f_.Tok(o0 - 1))) {
            Speaker org = f_.RightSubject(o0, k);
            if (org.found && org.entity == doc_.mentions[om].entity) {
              org.role = std::string(doc_.Slice({doc_.tokens[sp.first_token].span.begin, doc_.tokens[o0 - 1].span.end}));
              org.role_is_title = true;
              org.first_token = sp.first_token;
              sp = org;
            }
          }
        }
      }
      // "..., the Globe reported": a name after its article is the
      // organisation with it ("the Sun-Times", "the Monitor").
      if (sp.found && sp.entity >= 0 && sp.first_token > c0 && sp.first_token + 1 == k &&
          Is<"the", "The">(f_.Tok(sp.first_token - 1))) {
        --sp.first_token;
        sp.mention.begin = doc_.tokens[sp.first_token].span.begin;
      }
      // "Many GOP leaders who backed Cruz said": the name inside the
      // relative clause is not the subject.
      const bool embedded = sp.found && sp.first_token > c0 && Is<"who", "which">(f_.Tok(sp.first_token - 1)) &&
                            k + 1 < end && Is<"was", "is", "were", "are", "had", "has", "would",
                                                                "will", "could">(f_.Tok(k + 1));
      // ("The Celtics won, and coach Joe Mazzulla said": lower-case role
      // words after the conjunction open the clause.)
      bool role_after_and = false;
      for (uint32_t j = sp.found ? sp.first_token : c0; j > c0 + 2 && sp.first_token - j < 4 && !role_after_and;) {
        --j;
        if (!f_.RoleWord(j) && !text::StartsUpper(f_.Tok(j))) break;
        role_after_and = Is<"and", "but">(f_.Tok(j - 1)) && f_.Tok(j - 2) == "," && f_.RolePrefix(j, sp.first_token);
      }
      if (sp.found && sp.first_token > c0 && subj_k == k && !OpensInnerClause(sp.first_token, c0) && !embedded &&
          !role_after_and) {
        if (Speaker rel = RelativeSubject(k, c0, end); rel.found) sp = rel;
      }
      // "Six Gannett newspapers in New Jersey, including the Asbury Park
      // Press, said": the subject before an aside set off by commas.
      // (The aside's comma may sit inside a closing mark: "the star of
      // "Euphoria," said".)
      if (!sp.found && k > c0 + 3 &&
          (f_.Tok(k - 1) == "," || IsDash(k - 1) || (f_.Tok(k - 2) == "," && IsGluedMark(k - 1)))) {
        sp = SubjectBeforeAside(k, c0);
      }
      if (sp.found && sp.first_token > c0 && !OpensInnerClause(sp.first_token, c0) && k > c0 + 3 &&
          f_.Tok(k - 1) != "," && !role_after_and) {
        // "For hackers to resort to it would be unusual, but security
        // specialists say ...": a bare subject after the conjunction, not a
        // name inside the first clause.
        for (uint32_t b = k - 1; b > c0 + 1 && k - b < 5; --b) {
          if (!Is<"and", "but", "while", "whereas", ";">(f_.Tok(b - 1))) {
            if (Is<",", ":">(f_.Tok(b - 1)) || f_.IsCue(b - 1)) break;
            continue;
          }
          if (text::StartsLower(f_.Tok(b)) && MayOpenBareSubject(b) && OpensInnerClause(b, c0)) {
            if (Speaker bare = BareNounPhraseSubject(k, b, end); bare.found) sp = bare;
          }
          break;
        }
      }
      if (!sp.found) {
        // "Voters were worried, and more than 4 in 10 said ...": the same
        // subject after a conjunction that opens a clause of its own.
        for (uint32_t b = k; b > c0 + 1 && k - b < 9; --b) {
          std::string_view w = f_.Tok(b - 1);
          if (Is<"and", "but", "while", "whereas", ";">(w)) {
            if (MayOpenBareSubject(b) && OpensInnerClause(b, c0)) sp = BareNounPhraseSubject(k, b, end);
            break;
          }
          // "Contrary to his claims, authorities say ...": after an opening
          // phrase's comma, a plural standing alone before the cue.
          if (w == "," && b + 1 == k && text::StartsLower(f_.Tok(b)) && f_.Tok(b).size() > 3 &&
              f_.Tok(b).back() == 's' && OpensInnerClause(b, c0)) {
            sp = BareNounPhraseSubject(k, b, end);
            break;
          }
          // "Beyond the footage, the affidavit said ...": a noun phrase with
          // its article after an opening phrase.
          // "Alongside BLM calls for action, even a top GOP strategist said".
          const uint32_t np0 = w == "," && f_.Tok(b) == "even" && b + 2 < k ? b + 1 : b;
          if (w == "," && np0 + 1 < k && Is<"the", "a", "an", "this", "that", "these", "those">(f_.Tok(np0)) &&
              f_.IsCue(k) && OpensInnerClause(b, c0)) {
            // Only after a phrase: "Coty acquired a stake, a deal announced
            // ..." is an appositive; "a rover NASA plans to fly" a relative.
            bool phrase = true;
            for (uint32_t m = c0; m + 1 < b && phrase; ++m) {
              phrase = !(text::StartsLower(f_.Tok(m)) && VerbLike(m)) && !FiniteVerb(f_.Tok(m));
            }
            if (subj_k >= np0 + 3 && text::StartsUpper(f_.Tok(subj_k - 1)) && text::StartsLower(f_.Tok(subj_k - 2))) {
              phrase = false;
            }
            if (Speaker np = NounPhraseSubject(subj_k, np0); phrase && np.found && np.first_token == np0) sp = np;
            break;
          }
          // "Fiorina was a planner — a former speechwriter said she ... —":
          // a subject of its own after a dash.
          if (IsDash(b - 1) && b + 1 < k) {
            Speaker d = NounPhraseSubject(subj_k, b);
            if (!d.found && MayOpenBareSubject(b)) d = BareNounPhraseSubject(k, b, end);
            if (d.found && d.first_token == b) sp = d;
            break;
          }
          if (Is<",", ":">(w) || f_.IsCue(b - 1)) break;
        }
      } else if (Speaker ev; sp.first_token > c0 && !OpensInnerClause(sp.first_token, c0) &&
                 (ev = EvidenceSubject(k, c0, k)).found) {
        // "A poll released Sunday by The Washington Post shows ...": the
        // document, not the name inside its description.
        sp = ev;
      } else if (const uint32_t ka = BeforeAuxiliaries(k, c0);
                 sp.first_token > c0 && ka > c0 + 3 && f_.Tok(ka - 1) == "," &&
                 !OpensInnerClause(sp.first_token, c0)) {
        // "Sen. Roy Blunt (R-Mo.), facing a challenge from Secretary of State
        // Jason Kander, noted that ...": the name closing an aside is not the
        // subject; the one opening the clause is ("..., has warned").
        // (Not the same person with an honorific before the name: "His
        // Highness Sheikh X, President of the UAE, has affirmed".)
        if (Speaker opening = SubjectBeforeAside(ka, c0); opening.found) {
          // (Only over a courtesy: "House Speaker Paul Ryan, a Republican,"
          // keeps the office.)
          if (opening.entity >= 0 && opening.entity == sp.entity && sp.role && !sp.role_is_title &&
              CourtesyRole(opening)) {
            opening.role = sp.role;
            opening.role_is_title = false;
          }
          sp = opening;
        }
      } else if (sp.first_token > c0 && !OpensInnerClause(sp.first_token, c0) && !role_after_and) {
        // "Popular Christian and corporate speaker Lance Wallnau believes":
        // a description too long for a role prefix, the name at its end;
        // "More than 4 in 10 said": a quantity read whole.
        if (Speaker whole = BareNounPhraseSubject(k, c0, end);
            whole.found && (sp.entity < 0 || whole.entity == sp.entity)) {
          // ("The Rev. Al Hamilton, a Methodist pastor, said": the
          // appositive over a courtesy.)
          if (whole.entity >= 0 && whole.entity == sp.entity && sp.role && !sp.role_is_title && CourtesyRole(whole)) {
            whole.role = sp.role;
            whole.role_is_title = false;
          }
          // ("The Brazilian mining company Vale has said": an organisation
          // named at the end of its description, which is its role.)
          if (whole.entity >= 0 && whole.entity == sp.entity && !sp.description && sp.name &&
              doc_.entities[sp.entity].type == EntityType::kOrg && sp.first_token > c0 && whole.first_token == c0 &&
              text::StartsLower(f_.Tok(sp.first_token - 1)) && f_.lex().humans.Contains(f_.Tok(sp.first_token - 1))) {
            sp.role = std::string(
                doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[sp.first_token - 1].span.end}));
            sp.role_is_title = false;
            sp.first_token = c0;
          } else {
            sp = whole;
          }
        }
      }
      // ("The strike ended after what the union described as ...": the
      // same for a subject read whole across the clause.)
      namer_after_what();
      // "CLAUSE, said X, ROLE." when no subject stands before the cue; the
      // speaker ends the sentence ("said he would" is not inverted).
      // Only verbs of saying invert: "..., show Nigerian actress X" has the
      // clause before it as its subject.
      // "His son, Omar Rahim, a lawyer, said ...": a description set off
      // before the named subject opens the subject too.
      if (sp.found && sp.entity >= 0 && sp.first_token > c0 + 1 && sp.first_token <= c0 + 6 &&
          f_.Tok(sp.first_token - 1) == ",") {
        bool people = false, plain = true;
        for (uint32_t m = c0; m + 1 < sp.first_token && plain; ++m) {
          const std::string_view w = f_.Tok(m);
          people = people || f_.lex().humans.Contains(w);
          plain = !f_.IsCue(m) && w != "," && !(text::StartsLower(w) && (VerbLike(m) || FiniteVerb(w)));
        }
        // ("The Soviet Union, Mr. McNamara said today, has deployed ...": a
        // name before the comma is the statement's subject, no description.)
        if (people && plain && Is<"His", "Her", "Their", "The", "A", "An", "Its", "One">(f_.Tok(c0)) &&
            f_.MentionEndingAt(sp.first_token - 2) < 0) {
          sp.first_token = c0;
        }
      }
      // ("The passengers who were hurt were taken to hospital, said Fire
      // Chief Raymond Dube.": a subject with its own verb before the comma
      // is the clause's, and the cue inverts.)
      bool clause_before = false;
      if (sp.found && sp.first_token == c0 && k > c0 + 4 && f_.Tok(k - 1) == "," && k + 1 < end &&
          Is<"said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "recalled", "warned",
                 "argues", "argued", "insists", "insisted", "contends", "contended", "cautions", "cautioned",
                 "explains", "notes", "warns", "observes", "observed", "concedes", "conceded", "admits",
                 "admitted", "suggests", "suggested", "predicts", "predicted">(t) &&
          (text::StartsUpper(f_.Tok(k + 1)) || Is<"his", "her", "their", "the", "a", "an">(f_.Tok(k + 1)) ||
           // ("..., said librarian Grace Okafor.": a role word, then the name.)
           (k + 2 < end && f_.lex().humans.Contains(f_.Tok(k + 1)) &&
            (f_.PersonMentionStartingAt(k + 2) >= 0 ||
             (k + 3 < end && f_.lex().humans.Contains(f_.Tok(k + 2)) && f_.PersonMentionStartingAt(k + 3) >= 0))))) {
        // (Not a verb inside a relative clause or an appositive: "Margaret
        // Pryce, a teacher who has held shares, said the price ...".)
        bool aside = false, relative = false;
        for (uint32_t m = c0 + 1; m + 1 < k && !clause_before; ++m) {
          const std::string_view w = f_.Tok(m);
          if (w == ",") {
            aside = !aside;  // an appositive or relative set off by commas
            continue;
          }
          if (aside) continue;
          if (Is<"who", "whose", "which", "that", "whom">(w)) {
            relative = true;  // its first verb is the relative clause's
            // ("Retirees who plan to move abroad should think": a present
            // verb right after the pronoun.)
            if (w == "who" && m + 2 < k && text::StartsLower(f_.Tok(m + 1)) &&
                !Is<"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can",
                                    "may", "might", "should", "must", "been", "being", "not", "also", "never">(f_.Tok(m + 1))) {
              ++m;
              relative = false;
            }
            continue;
          }
          const bool present = PresentAfterNoun(m, c0);
          const bool verb = text::StartsLower(w) && !f_.InQuote(doc_.tokens[m].span.begin) &&
                            (FiniteVerb(w) || present ||
                             Is<"will", "would", "could", "can", "died", "may", "might", "should", "must">(w) ||
                             (w.size() > 4 && w.ends_with("ed") &&
                              !Is<"the", "a", "an", "his", "her", "their", "its", "'s">(f_.Tok(m - 1))));
          if (!verb) continue;
          if (relative) {
            relative = false;
            // (The relative's own auxiliary chain: "who were hurt", "who has
            // held".)
            while (m + 2 < k && (Is<"been", "being", "not", "also">(f_.Tok(m + 1)) ||
                                 (f_.Tok(m + 1).size() > 4 && f_.Tok(m + 1).ends_with("ed")))) {
              ++m;
            }
            continue;
          }
          clause_before = true;
        }
      }
      // (A verb of stance on an object never inverts: "... but defended
      // Sanders, mocked the Republican Party" is the subject's third act.)
      if ((!(sp.found && sp.first_token == c0) || clause_before) && k > c0 + 2 && f_.Tok(k - 1) == "," &&
          !f_.IsPronoun(k + 1) && !f_.lex().object_cues.Contains(t) &&
          !Is<"show", "shows", "showed", "showing", "found", "finds", "learned", "knew", "revealed", "indicated",
                  "indicate", "indicates", "cited", "cites", "expected", "hoped", "hoping", "feared", "worried",
                  "told", "tells", "dubbed", "called", "nicknamed", "named", "labeled", "labelled", "termed",
                  "branded">(t)) {
        // ("..., said the district's spokesman, Darnell Hughes.")
        Speaker r = f_.ApposedName(k + 1, end);
        if (!r.found) r = f_.RightSubject(k + 1, end);
        // ("Regulators are worried, said Tan.", "..., said Tan, an economist
        // at DBS.": a one-word name the recogniser left alone, read as the
        // quoted form reads it.)
        if (!r.found && k + 2 <= end && text::StartsUpper(f_.Tok(k + 1)) && !IsDate(k + 1) &&
            (k + 2 == end || Is<".", ",">(f_.Tok(k + 2))) && !f_.lex().starters.Contains(f_.Tok(k + 1))) {
          r = f_.InvertedSubject(k + 1, end);
        }
        if (!r.found) {
          // "..., said a handful of Democrats who point to his ties with labor
          // and his ...": a relative clause too long to read as part of the
          // description; the speaker is the words before it.
          for (uint32_t w = k + 2; w < end && w < k + 8; ++w) {
            if (Is<",", ";", ":", "that">(f_.Tok(w))) break;
            if (!Is<"who", "whose">(f_.Tok(w))) continue;
            r = f_.RightSubject(k + 1, w);
            if (r.found && r.last_token < w) r = Speaker();
            break;
          }
        }
        bool ends = r.found && (r.last_token >= end || Is<",", "(", "of">(f_.Tok(r.last_token)) ||
                                end - r.last_token <= 3);
        // ("..., wrote analysts at Kettering & Vance in a research note.":
        // the medium after the speaker, to the sentence's end.)
        if (r.found && !ends && r.last_token + 2 < end && f_.Tok(r.last_token) == "in" &&
            Is<"a", "an", "the", "his", "her", "its", "their">(f_.Tok(r.last_token + 1)) && end - r.last_token <= 6) {
          for (uint32_t m = r.last_token + 2; m < end && !ends; ++m) ends = MediumNoun(f_.Tok(m)) && m + 2 >= end;
        }
        // ("The state's Human Rights Commissioner, Scott McDougall, said the
        // laws breached ...": after an article, an inverted speaker names
        // people or an office within its first words.)
        if (ends && r.description && Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(k + 1))) {
          bool people = false;
          for (uint32_t a = k + 2; a < end && a < k + 6 && !people; ++a) {
            char buf[32];
            std::string_view w = f_.Tok(a);
            if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
            const std::string_view folded = text::FoldCase(w, buf, sizeof buf);
            people = f_.lex().humans.Contains(f_.Tok(a)) || f_.lex().titles.Contains(folded) ||
                     f_.lex().humans.Contains(folded);
          }
          ends = people;
        }
        // "His son, Omar Rahim, a lawyer, said the mayor received threats":
        // a verb right after the words is their clause's, no inversion.
        // ("Mumbai Indians, owned by Reliance Industries, said Rohit would
        // stay": a modal or auxiliary too.)
        if (ends && r.last_token < end && text::StartsLower(f_.Tok(r.last_token)) &&
            (FiniteVerb(f_.Tok(r.last_token)) ||
             Is<"would", "will", "could", "can", "should", "may", "might", "must", "is", "was",
                                       "are", "were", "has", "had", "have">(f_.Tok(r.last_token)) ||
             (f_.Tok(r.last_token).size() > 3 && f_.Tok(r.last_token).ends_with("ed") && VerbLike(r.last_token)))) {
          ends = false;
        }
        // "..., said a handful of Democrats who point to his ties with labor
        // and his ...": a relative clause runs on to the sentence's end.
        for (uint32_t a = r.first_token; r.found && !ends && a <= r.last_token && a < end; ++a) {
          ends = Is<"who", "whose">(f_.Tok(a)) && a > r.first_token;
        }
        // "..., said the candidate could be ...": a description holding a
        // verb is the report, not its speaker.
        // ("said a handful of Democrats who have ties to labor": the verb of
        // a relative clause describes the speaker.)
        for (uint32_t a = r.first_token; ends && r.description && a < r.last_token && !Is<"who", "whose">(f_.Tok(a));
             ++a) {
          ends = !Is<"could", "would", "should", "will", "can", "may", "might", "must", "is", "was",
                                 "are", "were", "has", "have", "had">(f_.Tok(a)) &&
                 // ("..., said the company needed to focus": a past tense
                 // before its infinitive or object.)
                 !(a > r.first_token && text::StartsLower(f_.Tok(a)) && f_.Tok(a).size() > 4 &&
                   f_.Tok(a).ends_with("ed") &&
                   Is<"to", "the", "a", "an", "its", "their", "his", "her", "our", "more", "no">(f_.Tok(a + 1)));
        }
        // "Even the manual of the agency, part of X, notes the rule that
        // ...": without a verb before the comma there is no clause to report.
        bool verb = false;
        for (uint32_t m = c0; m + 1 < k && !verb; ++m) {
          verb = text::StartsLower(f_.Tok(m)) && !f_.InQuote(doc_.tokens[m].span.begin) &&
                 (VerbLike(m) || PresentAfterNoun(m, c0)) && f_.Tok(m).substr(f_.Tok(m).size() - 2) != "ly";
        }
        // "A variety of factors impact the cost ..., said X": a long clause
        // before an inverted "said" reads as one even when its verb is a
        // present plural the test above cannot tell from a noun.
        if (!verb && k >= c0 + 8 && Is<"said", "says", "wrote", "writes", "added", "adds">(t) && r.found &&
            (r.last_token >= end || Is<",", "(">(f_.Tok(r.last_token)))) {
          for (uint32_t m = c0 + 1; m + 1 < k && !verb; ++m) {
            verb = text::StartsLower(f_.Tok(m)) && !f_.InQuote(doc_.tokens[m].span.begin) &&
                   !Is<"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "by", "at">(f_.Tok(m));
          }
        }
        // ("after Colter, R-Conway, suggested the utility be ...": the
        // party tag's comma, no inversion.)
        if (ends && verb && !IsPronounOnly(r) && !ClosesPartyTag(k - 1)) {
          Emit(TailStart(c0, k - 1), k - 1, k, r);
          return;
        }
        // ("The housing market, said Roberta Kline, chief economist at X,
        // is "stuck in neutral."": the subject before the inverted cue, the
        // verb after the speaker's closing comma; one statement in two
        // pieces, as "The museum, Mr. Bush said, celebrated ...".)
        if (ends && !verb && r.entity >= 0 && !r.description && k <= c0 + 8 && r.last_token + 2 < end &&
            f_.Tok(r.last_token) == "," &&
            Is<"said", "says", "added", "adds", "wrote", "writes", "argued", "argues", "insisted", "insists",
                   "noted", "notes", "explained", "explains", "warned", "warns", "predicted", "predicts">(t)) {
          uint32_t v = r.last_token + 1;
          if (r.role && !r.role_is_title) {
            uint32_t c = v;
            while (c < end && c < v + 16 && f_.Tok(c) != ",") ++c;
            if (c + 1 < end && f_.Tok(c) == ",") v = c + 1;
          }
          const std::string_view w = f_.Tok(v);
          if (text::StartsLower(w) && !f_.IsCue(v) &&
              (VerbLike(v) || FiniteVerb(w) || Is<"is", "are", "was", "were", "remains", "remained", "looks">(w))) {
            Emit(TailStart(c0, k - 1), k - 1, k, r);
            Emit(v, ClauseEnd(v, end), k, r);
            return;
          }
        }
      }
      // "The senator celebrated with supporters and said": a description
      // never ends in a conjunction; the cue is the clause's second verb.
      const bool run_on = sp.found && sp.description && Is<"and", "but">(f_.Tok(k - 1));
      if ((!(sp.found && sp.first_token == c0) || run_on) && k > c0 + 2 && Coordinated(k, c0)) {
        // "Democrats described the showdown as ominous, and said ...",
        // "Sullivan put off deciding whether ... but said ...", "X offered
        // him a job, then says ...": the second verb shares the clause's
        // subject.
        // "... was complete when Trump called immigrants "rapists" and
        // promised ...": the subordinate clause's subject, when it has one.
        Speaker first = SubordinateSubject(k, c0, /*across_quotes=*/true);
        if (!first.found) first = ClauseSubject(c0);
        if (!first.found) first = FirstVerbSubject(c0, k);
        OrganisationAfterDescription(c0, k, &first);
        if (first.found) sp = first;
      }
      if (!sp.found && t == "asked" && k > 0 && doc_.tokens[k - 1].sentence == doc_.tokens[k].sentence &&
          Is<"When", "when", "was", "were", "being">(f_.Tok(k - 1))) {
        // "She was asked what ...", "..., when asked whether ...": a passive
        // question; who asked is not said, what was asked is the statement.
        if (uint32_t j = AskedWhat(k, end); j != 0 && f_.Tok(j) != "about") {
          uint32_t e = ClauseEnd(j, end);
          if (Is<"When", "when">(f_.Tok(k - 1))) {
            // ", when asked whether X, shrugged": the question ends at the comma.
            for (uint32_t m = j + 1; m < e; ++m) {
              if (f_.Tok(m) == ",") {
                e = m;
                break;
              }
            }
          }
          Emit(j, e, k, Speaker());
          return;
        }
      }
      // ("Tom told Annette Guessford, who answered her door and said she
      // planned to ...": the relative clause's own second verb, whose
      // subject is the person the clause hangs on.)
      if (k > c0 + 4 && Is<"and", "but">(f_.Tok(k - 1))) {
        for (uint32_t w = k - 2; w > c0 + 1 && k - w < 14; --w) {
          const std::string_view x = f_.Tok(w);
          if (Is<";", ":", "that", ",">(x) || f_.IsCue(w) || f_.InQuote(doc_.tokens[w].span.begin)) break;
          if (x != "who") continue;
          if (f_.Tok(w - 1) != ",") break;
          if (const int32_t pm = f_.PersonMentionEndingAt(w - 2); pm >= 0) {
            const Mention& men = doc_.mentions[pm];
            Speaker rel = f_.RightSubject(f_.TokenAt(men.title.empty() ? men.span.begin : men.title.begin), w - 1);
            if (rel.found && rel.entity == men.entity) {
              rel.role.reset();
              rel.first_token = c0;  // the clause's subject, for the checks below
              sp = rel;
            }
          }
          break;
        }
      }
      if (!sp.found) continue;
      // ("Many customers were in the dark, Pacific Gas and Electric said.":
      // a closing attribution's subject, with an "and" of its own name, is
      // read before the long subject across the clause is cut short.)
      if (sp.description && sp.first_token == c0 && !CutShortCopy(sp)) {
        if (tail_comma == UINT32_MAX) tail_comma = TailComma(c0, end);
        if (tail_comma != 0 && k > tail_comma) {
          Speaker closing = f_.LeftSubject(k, tail_comma + 1);
          if (closing.found && closing.first_token == tail_comma + 1 && !closing.description) sp = closing;
        }
      }
      if (!CutShort(&sp)) {
        // "Officials were angered by the deal and said ...": the words before
        // the cue were a clause; a coordinated cue shares its subject.
        if (k <= c0 + 2 || !Coordinated(k, c0)) continue;
        Speaker first;
        if (!first.found) first = ClauseSubject(c0);
        if (!first.found) first = FirstVerbSubject(c0, k);
        if (!first.found) continue;
        OrganisationAfterDescription(c0, k, &first);
        sp = first;
      }
      // "Secret Service protocol called for X to ..., sources said", "Mr. X
      // intends to deliver ..., Mr. Y said": the clause before a closing
      // attribution is what its speaker said; a cue inside it is not the
      // sentence's report, and its subject is not the speaker.
      if (tail_comma == UINT32_MAX) tail_comma = TailComma(c0, end);
      if (k < tail_comma) continue;
      // "Assem, the plane's co-pilot, had logged 2,766 hours, the airline
      // said Thursday.": the closing attribution's own subject, not a name
      // read across the clause.
      if (tail_comma != 0 && k > tail_comma && sp.first_token <= tail_comma) {
        Speaker closing = f_.LeftSubject(k, tail_comma + 1);
        if (!closing.found) closing = NounPhraseSubject(k, tail_comma + 1);
        if (closing.found && closing.first_token > tail_comma) sp = closing;
      }
      // A new clause after a semicolon or colon opens like a sentence.
      if (sp.first_token > c0 && Is<";", ":">(f_.Tok(sp.first_token - 1))) sp.first_token = c0;
      if (sp.first_token > c0 && !sp.description && sp.role && !sp.role_is_title && sp.entity >= 0 &&
          f_.RolePrefix(c0, sp.first_token)) {
        // "Republican Rep. Lee Zeldin of New York, a Trump supporter,
        // said", "Scot Ross, executive director of ..., said": words before
        // the name open the subject; the appositive stays the role.
        // ("Planetary geologist Rosaly Lopes of NASA's Jet Propulsion
        // Laboratory said": an office before the name and the body after it
        // make one role.)
        if ((sp.role->rfind("of ", 0) == 0 || sp.role->rfind("at ", 0) == 0) &&
            text::StartsLower(f_.Tok(sp.first_token - 1)) && !f_.Tok(sp.first_token - 1).ends_with("-old")) {
          sp.role = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[sp.first_token - 1].span.end})) +
                    " " + *sp.role;
        }
        sp.first_token = c0;
      }
      // ("Outside the courtroom, Assistant District Attorney Karen Liu
      // said": the role opens after an opening phrase's comma.)
      uint32_t role_from = c0;
      if (sp.first_token > c0 && !sp.description && sp.entity >= 0 && !f_.IsPronoun(sp.first_token) &&
          !f_.RolePrefix(c0, sp.first_token)) {
        uint32_t after_comma = sp.first_token;
        while (after_comma > c0 && f_.Tok(after_comma - 1) != ",") --after_comma;
        // ("..., Montana Fish, Wildlife and Parks Director X said.": a
        // body's fields listed with commas before their "and" open the role
        // as one name.)
        for (bool listed = true; listed && after_comma > c0 + 2 && f_.Tok(after_comma - 1) == ",";) {
          bool and_after = false;
          for (uint32_t m = after_comma; m < sp.first_token && !and_after; ++m) and_after = f_.Tok(m) == "and";
          uint32_t run = after_comma - 1;
          while (run > c0 && after_comma - run <= 4 && text::StartsUpper(f_.Tok(run - 1))) --run;
          listed = and_after && run < after_comma - 1 && run > c0 && f_.Tok(run - 1) == ",";
          if (listed) after_comma = run;
        }
        bool capitalised = after_comma > c0 && after_comma < sp.first_token;
        // ("UMWA Director of Government Affairs Phil Smith": "of" inside an
        // office; "Boise Parks and Recreation Director X": "and" inside a
        // body's name, and the commas of its listed fields.)
        for (uint32_t m = after_comma; capitalised && m < sp.first_token; ++m) {
          capitalised = text::StartsUpper(f_.Tok(m)) ||
                        (Is<"of", "for">(f_.Tok(m)) && m > after_comma && text::StartsUpper(f_.Tok(m + 1))) ||
                        (Is<"and", "&", ",">(f_.Tok(m)) && m > after_comma && text::StartsUpper(f_.Tok(m - 1)) &&
                         text::StartsUpper(f_.Tok(m + 1)));
        }
        if (capitalised && f_.RolePrefix(after_comma, sp.first_token) && OpensInnerClause(after_comma, c0)) {
          role_from = after_comma;
        }
        // ("..., co-founder and CEO Tara Singh said.": offices in lower case
        // opening a closing attribution.)
        if (role_from == c0 && tail_comma != 0 && tail_comma != UINT32_MAX && after_comma == tail_comma + 1 &&
            after_comma < sp.first_token && text::StartsLower(f_.Tok(after_comma)) &&
            f_.RolePrefix(after_comma, sp.first_token)) {
          role_from = after_comma;
        }
        // ("Tatum scored 40, and coach Joe Mazzulla said": a role after the
        // conjunction that opens the second clause.)
        if (role_from == c0 && after_comma > c0 && after_comma + 1 < sp.first_token &&
            Is<"and", "but">(f_.Tok(after_comma)) && f_.RolePrefix(after_comma + 1, sp.first_token)) {
          role_from = after_comma + 1;
        }
        // ("The euro fell after ECB President X said": a role after the
        // subordinator that opens the speaker's clause.)
        for (uint32_t w = sp.first_token;
             role_from == c0 && w > c0 + 1 && sp.first_token - w < 5 &&
             (sp.role_is_title || f_.MentionStartingAt(sp.first_token) >= 0);) {
          --w;
          if (!Is<"after", "before", "when", "as", "since", "because", "until", "while", "though",
                              "although", "once">(f_.Tok(w))) {
            continue;
          }
          if (w + 1 < sp.first_token && f_.Tok(w - 1) != "such" && f_.RolePrefix(w + 1, sp.first_token)) role_from = w + 1;
          break;
        }
      }
      // ("Saxony's state premier Michael Kretschmer (CDU) said": a party in
      // brackets after the name joins the role before it.)
      // (Not a body's acronym after a name the recogniser split: "the Bureau
      // Interprofessionnel des Vins de Bourgogne (BIVB) said".)
      const bool bracketed = sp.role && !sp.role_is_title && sp.role->size() > 2 && sp.role->front() == '(' &&
                             sp.role->back() == ')' && sp.first_token > 0 &&
                             !Is<"des", "de", "du", "la", "le", "von", "van", "der", "di",
                                                              "da", "del", "of", "for", "and", "&">(f_.Tok(sp.first_token - 1));
      if (sp.first_token > role_from && !sp.description && (!sp.role || sp.role_is_title || bracketed) &&
          (f_.RolePrefix(role_from, sp.first_token) || f_.PossessiveRolePrefix(role_from, sp.first_token))) {
        // "Clinton spokesman Nick Merrill says", "FBI Director James Comey
        // said": a role before the name, joined to its title.
        const std::optional<std::string> party = bracketed ? sp.role : std::nullopt;
        if (bracketed) sp.role.reset();
        f_.JoinRolePrefix(role_from, &sp);
        if (party && sp.role) {
          *sp.role += " " + *party;
          sp.role_is_title = false;
        }
      }
      if (const std::string* kind = f_.lex().beliefs.Find(t);
          kind && text::StartsLower(t) && (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0))) {
        // "X thinks (that) ...", "X plans to ...", "X wants voters to ...".
        if (uint32_t j = BeliefClause(k, end, *kind)) {
          Emit(j, ClauseEnd(j, end), k, sp);
          return;
        }
        // "Such a move could alienate his backers, Clinton allies believe.":
        // with nothing of its own to report, a belief closes the clause.
        // "..., I think, ..." and "(Yes, we know, ...)" hedge the writer's
        // own words.
        if (sp.first_token == c0 || sp.first_token <= c0 + 2 || f_.Tok(sp.first_token - 1) != "," ||
            Is<"I", "we", "We">(f_.Tok(sp.first_token)) ||
            !(k + 1 >= end || Is<",", ".", "\xE2\x80\x94", "\xE2\x80\x93", "--">(f_.Tok(k + 1)))) {
          continue;
        }
      }
      // "agreed to a moratorium", "agreed to a $7 million settlement": a
      // noun after "to" is what was accepted, no infinitive.
      if (f_.lex().infinitives.Contains(t) && to + 1 < end && f_.Tok(to) == "to" && f_.Tok(to + 1) != "comment" &&
          // ("as wealthy as Mr. Trump claims to be to pay little": a
          // comparison's gap, nothing claimed.)
          !(f_.Tok(to + 1) == "be" && (to + 2 >= end || Is<",", ".", ";", "to", "and", "or", "but">(f_.Tok(to + 2)))) &&
          !text::StartsUpper(f_.Tok(to + 1)) && !StartsDigit(f_.Tok(to + 1)) && f_.Tok(to + 1) != "$" &&
          !Is<"a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those",
                               "any", "some", "no", "our", "my", "your">(f_.Tok(to + 1)) &&
          (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0))) {
        // "The campaign declined to say whether ...", "Sanders promised to
        // ...": what was declined or promised is the infinitive. "declined
        // to comment" holds no statement: the founding page's annotators
        // leave out "The Biden transition team declined to comment.",
        // though PolNeAR counts such refusals.
        Emit(to, ClauseEnd(to, end), k, sp);
        return;
      }
      if (sp.first_token == c0 || OpensInnerClause(sp.first_token, c0)) {
        // "X called for a special prosecutor to ...", "X called on police to
        // ...", "X endorsed Y", "X cited a poll": the object is what was
        // said; the statement runs from it to the clause's end.
        uint32_t j = 0, cue_end = k, named_as = 0;
        if ((Is<"called", "calls", "call", "calling">(t) && k + 1 < end && Is<"for", "on">(f_.Tok(k + 1))) ||
            (Is<"appealed", "appeals", "appealing">(t) && k + 1 < end && f_.Tok(k + 1) == "for")) {
          j = k + 2;
          cue_end = k + 1;
        } else if ((Is<"called", "calls", "calling">(t) ||
                    // ("Critics call it a sham"; not "refusing to call it a
                    // sale", "would never call him a friend".)
                    (t == "call" && k > 0 &&
                     !Is<"to", "would", "will", "could", "should", "might", "may", "can", "must", "not", "never",
                         "n't", "\xE2\x80\x99t", "Let's", "let's", "'d">(f_.Tok(k - 1)) &&
                     f_.Tok(k - 1) != "\xE2\x80\x99" "d")) &&
                   k + 2 < end && (named_as = CalledWhat(k, end)) != 0) {
          // "Sanders calls himself a democratic socialist", "called it
          // unusual", "called Trump a fascist": the naming is what was said,
          // object and all.
          j = k + 1;
        } else if (Is<"appealed", "appeals", "appealing">(t)) {
          continue;  // "appealed the ruling" is a court's matter
        } else if (f_.lex().object_cues.Contains(t) && !f_.lex().speech.Contains(t) && k + 1 < end &&
                   Is<"at", "in", "during", "after", "before", "from", "with", "by", "through", "via">(f_.Tok(k + 1))) {
          // ("touted at the congress several weapons systems": an object
          // after an adjunct is read no further.)
          continue;
        } else if (Is<"directed", "directs", "directing", "instructed", "instructs", "instructing">(t) &&
                   [&] {
                     // ("The court directed the government to release
                     // him": an order only with its infinitive; "directed
                     // the film" says nothing.)
                     for (uint32_t m = k + 2; m + 1 < end && m < k + 9; ++m) {
                       if (f_.Tok(m) == "to" && text::StartsLower(f_.Tok(m + 1)) && !IsDate(m + 1) &&
                           !Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(m + 1))) {
                         return false;
                       }
                       if (Is<",", ";", ".", ":">(f_.Tok(m)) || f_.IsCue(m)) break;
                     }
                     return true;
                   }()) {
          continue;
        } else if (Is<"see", "saw", "seen", "view", "views", "viewing", "regard", "regards", "regarded", "perceive",
                      "perceives", "perceived", "characterized", "characterizes", "characterised", "characterises",
                      "depicted", "depicts", "labeled", "labelled">(t) &&
                   [&] {
                     // ("Democrats see Sanders as an agent of ...", "regarded
                     // him as a liability": a view only with its "as"; "see
                     // a doctor", "saw him as he left", "as well" say
                     // nothing.)
                     // (Not a noun: "in his view", "the view from".)
                     if (k > 0 && (IsDeterminerWord(f_.Tok(k - 1)) ||
                                   Is<"his", "her", "their", "its", "my", "our", "your", "to">(f_.Tok(k - 1)))) {
                       return true;
                     }
                     for (uint32_t m = k + 2; m + 1 < end && m < k + 10; ++m) {
                       if (f_.Tok(m) == "as") {
                         const std::string_view n = f_.Tok(m + 1);
                         return f_.IsPronoun(m + 1) ||
                                Is<"soon", "well", "long", "much", "many", "far", "if", "though", "usual", "expected",
                                   "needed", "planned", "scheduled", "promised", "required", "intended", "such", "of",
                                   "to", "for", "in", "on", "at", "recently", "early", "late", "children", "kids",
                                   "teenagers">(n) ||
                                (m + 2 < end && Is<"child", "kid", "boy", "girl", "teenager", "youngster", "student">(
                                                    f_.Tok(m + 2)) && Is<"a", "an">(n)) ||
                                // ("saw a fiercer discourse as more than 1
                                // million migrants crossed": a clause's verb.)
                                [&] {
                                  for (uint32_t v = m + 2; v < end && v < m + 11; ++v) {
                                    const std::string_view w = f_.Tok(v);
                                    if (Is<",", ";", ".", ":", "who", "that", "which">(w)) return false;
                                    // (Not a predicate's participle: "as
                                    // insufficiently committed", "as more
                                    // prepared".)
                                    if (text::StartsLower(w) && w.size() > 4 && w.ends_with("ed") &&
                                        !f_.Tok(v - 1).ends_with("ly") &&
                                        !Is<"more", "less", "most", "least", "too", "so", "very", "as", "better",
                                            "well", "ill", "badly", "over">(f_.Tok(v - 1))) {
                                      return true;
                                    }
                                  }
                                  return false;
                                }();
                       }
                       if (Is<",", ";", ".", ":", "that", "when", "because">(f_.Tok(m)) || f_.IsCue(m)) break;
                     }
                     return true;
                   }()) {
          continue;
        } else if (Is<"framed", "frames", "framing", "cast", "casts", "casting", "painted", "paints", "painting",
                      "admires", "admired", "admire", "admiring", "pounding", "pounded", "pounds">(t) &&
                   [&] {
                     // ("Harris framed the election as a choice", "cast
                     // himself as the heir": a stance only with its "as";
                     // "cast their ballots", "cast doubt" say nothing.)
                     for (uint32_t m = k + 1; m < end && m < k + 12; ++m) {
                       if (f_.Tok(m) == "as") return false;
                       if (Is<",", ";", ".", ":">(f_.Tok(m)) || f_.IsCue(m)) break;
                     }
                     return true;
                   }()) {
          continue;
        } else if (f_.lex().object_cues.Contains(t) && text::StartsLower(t) &&
                   // ("denied that he was there": a verb of saying before its
                   // clause reports it as one.)
                   !(k + 2 < end && f_.Tok(k + 1) == "that" &&
                     (OpensClause(f_.Tok(k + 2)) || Is<"denied", "denies", "flagged", "disputed", "disputes", "demanded", "demands", "challenged", "challenges", "promised", "promises", "pledged", "pledges">(t)) && f_.lex().speech.Contains(t)) &&
                   // ("promised voters that ...": the listeners, then the
                   // pledge's clause, as after "told".)
                   !(Is<"promised", "promises">(t) && [&] {
                     for (uint32_t m = k + 2; m + 1 < end && m < k + 5; ++m) {
                       if (f_.Tok(m) == "that") return true;
                       if (!text::StartsLower(f_.Tok(m)) || f_.IsCue(m) || Is<",", ";">(f_.Tok(m))) break;
                     }
                     return false;
                   }()) &&
                   // ("denied tonight that Smolensk had fallen": a time
                   // before the clause.)
                   // ("a prospect Vindman denied earlier in the day": a time
                   // after a relative's verb is no object.)
                   !(Is<"denied", "denies">(t) && k + 1 < end &&
                     (IsDate(k + 1) || Is<"tonight", "today", "yesterday", "again", "repeatedly",
                                                           "strongly", "flatly", "vehemently", "earlier", "later",
                                                           "last", "this", "on", "in", "at", "that">(f_.Tok(k + 1)) ||
                      // ("denied for years that she had written it".)
                      (f_.Tok(k + 1) == "for" && Is<"years", "decades", "months", "weeks", "days">(f_.Tok(k + 2))))) &&
                   // ("neither admitted nor denied the charges": the
                   // settlement's formula says nothing.)
                   !(Is<"denied", "denies">(t) && k > 0 && Is<"nor", "neither">(f_.Tok(k - 1))) &&
                   // ("Judge Quintero denied the request", "denied bail": a
                   // ruling, no statement.)
                   !(Is<"denied", "denies">(t) && k + 1 < end &&
                     (Is<"bail", "parole", "entry", "access", "permission", "visas", "asylum">(f_.Tok(k + 1)) ||
                      (k + 2 < end && Is<"request", "requests", "motion", "motions", "appeal", "appeals",
                                         "application", "applications", "petition", "bail", "permission", "access",
                                         "entry", "visa", "visas", "parole", "bid", "tenure">(f_.Tok(k + 2))))) &&
                   // "testify against proposed landfill expansion": a
                   // participle before its noun, after a preposition.
                   !(k > 0 && Is<"for", "of", "with", "by", "from", "at", "about", "on", "in",
                                                 "against", "toward", "towards", "under", "over", "into", "amid">(f_.Tok(k - 1)))) {
          j = k + 1;
          // "expressed concern that the businessman was encouraging ...": the
          // feeling is the cue's, the clause what was said.
          uint32_t feeling = j;
          // "expressed deep concern", "voiced similar doubts": one modifier.
          if (feeling + 3 < end && text::StartsLower(f_.Tok(feeling)) && f_.Tok(feeling + 2) == "that" &&
              Is<"deep", "grave", "serious", "similar", "some", "great", "growing", "strong", "cautious">(f_.Tok(feeling)))
            ++feeling;
          if (Is<"expressed", "expresses", "expressing", "voiced", "voices", "voicing">(t) && feeling + 2 < end &&
              Is<"concern", "concerns", "confidence", "alarm", "fear", "fears", "frustration", "hope",
                             "doubt", "doubts", "optimism", "regret", "amusement", "surprise", "disappointment",
                             "skepticism", "worry", "worries">(f_.Tok(feeling)) &&
              f_.Tok(feeling + 1) == "that") {
            Emit(feeling + 1, ClauseEnd(feeling + 1, end), k, sp, feeling);
            return;
          }
          // "the views expressed in the article": a participle after its noun.
          if (Is<"expressed", "voiced">(t) && j < end &&
              Is<"in", "by", "here", "above", "at", "on", "during", "through", "within", ",", ".">(f_.Tok(j)))
            continue;
          // "voiced support for X": the support is the cue's, X what was said.
          if (j + 2 < end && f_.Tok(j) == "support" && f_.Tok(j + 1) == "for") {
            if (f_.InQuote(doc_.tokens[j + 1].span.begin)) continue;
            Emit(j + 1, ObjectEnd(j + 1, end), k, sp, j);
            return;
          }
        }
        // ("Among those released were soldiers who had defended Mariupol and
        // the Azovstal plant, the headquarters said.": a relative clause's
        // act inside a clause that a closing attribution reports.)
        if (j != 0 && sp.found && Is<"who", "which">(f_.Tok(sp.first_token)) && f_.lex().object_cues.Contains(t)) {
          if (tail_comma == UINT32_MAX) tail_comma = TailComma(c0, end);
          if (tail_comma > k) continue;
        }
        if (j != 0) {
          // An object in quotation marks is a quote already; the sentence's
          // own cue may follow ("X, who cited "...", said ...").
          if (f_.InQuote(doc_.tokens[std::min<size_t>(j, doc_.tokens.size() - 1)].span.begin)) continue;
          // "was accused of", "were criticized for": a passive is the
          // writer's report, not a statement; "support for X" with no
          // object is a noun.
          // ("Sanders is touting his wins": a progressive is the subject's
          // own act.)
          if (j == k + 1 && ((Is<"was", "were", "been", "being", "is", "are", "be">(f_.Tok(k - 1)) && !t.ends_with("ing")) ||
                             (Is<"for", "of", "on", "with", "against">(f_.Tok(j)) &&
                              !Is<"voiced", "expressed", "pledged", "offered", "declared",
                                                  "signaled", "signalled", "announced", "reiterated">(f_.Tok(k - 1))))) {
            continue;
          }
          // ("slammed his fist on the boards", "slammed the door": a blow,
          // no verdict.)
          if (Is<"slammed", "slams", "slamming", "slam">(t)) {
            bool blow = false;
            for (uint32_t m = j; m < end && m < j + 3 && !blow; ++m) {
              blow = Is<"fist", "fists", "door", "doors", "brakes", "table", "hand", "hands", "phone",
                                    "gavel", "ball", "puck", "car", "head">(f_.Tok(m));
            }
            if (blow) continue;
          }
          // "got support last week": a date alone is no object of the cue.
          // "supported himself through part-time work": a bare reflexive is
          // no statement ("described himself as ..." keeps its phrase).
          // ("called it unusual": the pronoun's predicate ends the object.)
          const uint32_t oe = named_as != 0 ? ObjectEnd(named_as, end) : ObjectEnd(j, end);
          if (oe == j + 1 && Is<"himself", "herself", "themselves", "itself">(f_.Tok(j))) continue;
          // "Lawmakers questioned Ana Ruiz, who said ...": a person
          // questioned is asked, and says nothing by it.
          if (Is<"questioned", "questions", "questioning", "question">(t)) {
            const int32_t pm = f_.PersonMentionStartingAt(j);
            const uint32_t after = pm >= 0 ? f_.TokenAt(doc_.mentions[pm].span.end) : 0;
            if (pm >= 0 && (after >= oe || Is<"about", "on", "over", "at", "for", "during", "in">(f_.Tok(after)))) {
              continue;
            }
          }
          // ("described the label as a "backhanded compliment"": the
          // partial quote carries the object with its quoted description.)
          bool quoted_as = oe < end && f_.Tok(oe) == "as";
          for (uint32_t m = oe + 1; quoted_as && m < end && m < oe + 4; ++m) {
            if (f_.InQuote(doc_.tokens[m].span.begin)) break;
            if (m + 1 == end || m + 1 == oe + 4) quoted_as = false;
          }
          if (quoted_as) continue;
          // ("Twyford rejected that characterisation": "that" pointing at a
          // noun, no clause after it.)
          bool pointing = f_.Tok(j) == "that" && oe > j + 1 && oe <= j + 3;
          for (uint32_t m = j + 1; pointing && m < oe; ++m) {
            pointing = text::StartsLower(f_.Tok(m)) && !VerbLike(m) && !FiniteVerb(f_.Tok(m)) && !f_.IsPronoun(m) &&
                       !Is<"the", "a", "an", "he", "she", "it", "they", "we", "there", "up", "down",
                                       "out", "off", "away", "back", "over">(f_.Tok(m));
          }
          if (pointing && oe < end && !Is<".", ",", ";", "!", "?", "and", "but", "as", "in", "on", "at">(f_.Tok(oe))) {
            pointing = false;
          }
          if (end >= j + 1 && (!Is<",", ".", ";", ":", "to", "by", "that">(f_.Tok(j)) || pointing) &&
              !OnlyDate(j, oe)) {
            Emit(j, oe, k, sp, cue_end);
            return;
          }
          continue;
        }
      }
      // "Tom Solberg, asked whether X, said Y": the subject was asked, by no
      // one named; the question ends at its comma and the sentence's own cue
      // follows.
      if (t == "asked" && k > 0 && f_.Tok(k - 1) == "," && sp.found && sp.last_token + 1 == k) {
        // ("Lula, asked about the remark during a visit, said he would not
        // respond": a topic asked about, the same.)
        if (const uint32_t j = AskedWhat(k, end);
            j != 0 && Is<"whether", "if", "what", "why", "how", "when", "where", "who", "about">(f_.Tok(j))) {
          uint32_t e = j + 1;
          while (e < end && f_.Tok(e) != ",") ++e;
          if (e < end && e > j + 1) {
            Emit(f_.Tok(j) == "about" ? j + 1 : j, e, k, Speaker());
            // The subject's own cue right after the aside.
            if (e + 2 < end && f_.IsCue(e + 1)) {
              const uint32_t a = AfterCue(e + 1, end);
              if (a != 0 && Enough(a, end)) Emit(a, ClauseEnd(a, end), e + 1, sp);
            }
            return;
          }
        }
      }
      if ((sp.first_token == c0 || OpensInnerClause(sp.first_token, c0)) && Is<"asked", "asks", "asking">(t)) {
        // ("The family asked that the public respect their privacy": a
        // request's clause.)
        if (k + 3 < end && f_.Tok(k + 1) == "that" && OpensClause(f_.Tok(k + 2))) {
          Emit(k + 1, ClauseEnd(k + 1, end), k, sp);
          return;
        }
        if (uint32_t j = AskedWhat(k, end)) {
          // "asked about his relationship with X": the topic, to its end.
          if (f_.Tok(j) == "about") {
            Emit(j + 1, ObjectEnd(j + 1, end), k, sp);
          } else {
            Emit(j, ClauseEnd(j, end), k, sp);
          }
          return;
        }
        continue;
      }
      if (sp.first_token == c0) {
        // "Several GOP elders agreed that ...": a cue that names or judges
        // reports a clause only through "that".
        // ("promised voters that ...": a pledge's listener before its "that".)
        const bool pledge_listener = Is<"promised", "promises">(t) && k + 3 < end &&
                                     (f_.Tok(k + 2) == "that" || (k + 4 < end && f_.Tok(k + 3) == "that" &&
                                                                  text::StartsLower(f_.Tok(k + 2))));
        if (f_.lex().clauseless.Contains(t) && f_.Tok(k + 1) != "that" && !PronounClauseAt(k + 1, end) &&
            !pledge_listener &&
            !(f_.Tok(k + 1) == "with" && Is<"agreed", "agree", "agrees", "disagreed", "disagree", "disagrees">(t))) {
          continue;
        }
        // "The poll shows Trump leading": a document shows whatever follows.
        uint32_t head = k;
        while (head > c0 && Is<"also", "now", "still", "clearly", "consistently">(f_.Tok(head - 1))) --head;
        bool evidence = head > c0 && f_.lex().evidence.Contains(f_.Tok(head - 1)) && f_.lex().that_cues.Contains(t);
        // "A poll released Sunday by X shows ...": the document heads a
        // longer subject.
        // ("A Marquette Law School survey of 804 voters found ...": the
        // pollster's name before the document.)
        for (uint32_t m = sp.first_token; !evidence && sp.description && m < sp.last_token && m < sp.first_token + 7;
             ++m) {
          evidence = f_.lex().evidence.Contains(f_.Tok(m)) && f_.lex().that_cues.Contains(t);
        }
        // (A record of words shows only a clause: "A transcript of the call
        // shows the two leaders discussing trade" is the writer's.)
        bool record = false;
        for (uint32_t m = sp.first_token; evidence && m < k && !record; ++m) {
          record = Is<"transcript", "transcripts">(f_.Tok(m));
        }
        uint32_t j = evidence && !record && k + 3 < end && !Is<",", "to", "that", "up", "off", "out">(f_.Tok(k + 1))
                         ? k + 1
                         : AfterCue(k, end);
        // ("Le Pen denied that report.": a demonstrative before a noun and
        // no verb of its own; the object is the statement, as for "denied
        // the report".)
        if (j != 0 && f_.Tok(j) == "that" && f_.lex().object_cues.Contains(t) && j + 1 < end &&
            text::StartsLower(f_.Tok(j + 1)) && !f_.IsPronoun(j + 1)) {
          uint32_t e = j + 1;
          while (e < end && e < j + 4 && text::StartsLower(f_.Tok(e)) && !VerbLike(e) && !FiniteVerb(f_.Tok(e)) &&
                 !Is<"the", "a", "an", "he", "she", "they", "it", "we", "is", "was", "are", "were",
                                 "would", "will", "could", "had", "has", "have", "on", "in", "at", "as", "and",
                                 "but", "during", "last">(f_.Tok(e))) {
            ++e;
          }
          // (Not a plural, which "that" cannot point at, nor a clause whose
          // verb comes after a phrase: "demanded that climbers on the route
          // carry a kit".)
          bool verb_after = false;
          for (uint32_t m = e; m < end && !verb_after && !Is<",", ";">(f_.Tok(m)); ++m) {
            const std::string_view v = f_.Tok(m);
            verb_after = text::StartsLower(v) && (VerbLike(m) || FiniteVerb(v) ||
                                                  Is<"is", "was", "are", "were", "would", "will", "could", "can",
                                                         "should", "must", "may", "might", "be", "do", "did">(v));
          }
          const std::string_view noun = f_.Tok(e - 1);
          const bool plural = noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") && !noun.ends_with("us");
          if (e > j + 1 && !verb_after && !plural &&
              (e >= end || Is<",", ".", ";", "and", "but", "as", "on", "in", "at", "during", "last">(f_.Tok(e)))) {
            Emit(j, e, k, sp);
            return;
          }
        }
        if (j == 0 || !Enough(j, end)) continue;
        uint32_t e = ReportEnd(j, end);
        // "Ever since Bernie Sanders announced his candidacy last year,
        // he's said ...": a clause opened by a subordinator ends at its comma.
        if (c0 > 0 && doc_.tokens[c0 - 1].sentence == doc_.tokens[c0].sentence &&
            Is<"since", "Since", "after", "After", "when", "When", "because", "Because", "although",
                                "Although", "once", "Once", "before", "Before", "until", "Until", "While", "As">(f_.Tok(c0 - 1))) {
          for (uint32_t m = j + 1; m < e; ++m) {
            // Not the comma of a number ("2,400").
            if (f_.Tok(m) == "," && !f_.InQuote(doc_.tokens[m].span.begin) && m + 1 < doc_.tokens.size() &&
                doc_.tokens[m].span.end < doc_.tokens[m + 1].span.begin) {
              e = std::min(m, ReportEnd(j, m));
              break;
            }
          }
        }
        Emit(j, e, k, sp);
        return;
      }
      // "CLAUSE, X of ORG told RFA (on Thursday).", "CLAUSE, ministry
      // spokesman X said": a role before the name belongs to the speaker.
      uint32_t lead = sp.first_token;
      // Only a named person right before the cue, after words of a role.
      const bool named = sp.entity >= 0 && !f_.IsPronoun(sp.first_token) && f_.Tok(k - 1) != ",";
      for (uint32_t m = sp.first_token; named && m > c0 + 3 && sp.first_token - m < 5 && f_.Tok(lead - 1) != ",";) {
        --m;
        char buf[16];
        if (Is<"though", "although", "because", "while", "when", "if", "after", "before", "since", "as", "so", "yet",
                "then", "also", "and", "but", "or", "where", "once", "until", "unless">(text::FoldCase(f_.Tok(m), buf, sizeof buf))) {
          break;
        }
        // The word before the name names a role ("spokesman", "boss",
        // "Sen."), and a clause with a verb stands before the comma.
        const std::string_view head = f_.Tok(sp.first_token - 1);
        bool clause_before = m > c0 + 2;  // ("Profits rose, analyst X said": two words and a verb)
        bool verb = false;
        for (uint32_t a = c0; clause_before && a + 1 < m && !verb; ++a) {
          verb = text::StartsLower(f_.Tok(a)) && (VerbLike(a) || FiniteVerb(f_.Tok(a)) || PresentAfterNoun(a, c0));
        }
        // ("The two sides remain apart, coach Dave Miller said.": a present
        // plural the tests above cannot tell from a noun; five words or more
        // with a content word read as a clause.)
        // (Read only when needed: TailStart looks for the sentence's opening.)
        char open_fold[16];
        const bool opening_phrase =
            clause_before && !verb && m >= c0 + 6 &&
            Is<"on", "in", "at", "after", "before", "during", "for", "with", "since", "despite", "amid", "following",
                "under", "over", "by", "from", "until", "as", "when", "while", "like", "unlike", "without">(text::FoldCase(f_.Tok(TailStart(c0, m - 1)), open_fold, sizeof open_fold));
        for (uint32_t a = c0 + 1; clause_before && !verb && !opening_phrase && m >= c0 + 6 && a + 1 < m; ++a) {
          verb = text::StartsLower(f_.Tok(a)) && !f_.InQuote(doc_.tokens[a].span.begin) &&
                 !Is<"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "by", "at",
                                 "from", "after", "before", "during", "last", "this", "next", "early", "late">(f_.Tok(a));
        }
        // ("..., Turkish Trade Minister Omer Bolat said": a nationality
        // before the title the name carries.)
        if (f_.Tok(m - 1) == "," && f_.RolePrefix(m, sp.first_token) && verb &&
            (f_.lex().humans.Contains(head) || f_.lex().titles.Contains(head) ||
             f_.lex().honorifics.Contains(head) || (sp.role_is_title && f_.RoleWord(sp.first_token)))) {
          lead = m;
          if (!sp.role) {
            sp.role = std::string(doc_.Slice({doc_.tokens[m].span.begin, doc_.tokens[sp.first_token - 1].span.end}));
            sp.role_is_title = true;
          } else if (sp.role_is_title && !sp.mention.empty() && doc_.tokens[m].span.begin < sp.mention.begin) {
            // (The nationality and the title together.)
            uint32_t role_end = sp.mention.begin;
            while (role_end > doc_.tokens[m].span.begin && doc_.text[role_end - 1] == ' ') --role_end;
            sp.role = std::string(doc_.Slice({doc_.tokens[m].span.begin, role_end}));
          }
        }
      }
      // "CLAUSE, Donald Trump's longtime confidant Roger Stone stated.": an
      // owner's role before the name.
      for (uint32_t m = sp.first_token; named && lead == sp.first_token && m > c0 + 3 && sp.first_token - m < 9;) {
        --m;
        if (f_.Tok(m - 1) != ",") continue;
        if (f_.PossessiveRolePrefix(m, sp.first_token)) {
          lead = m;
          if (!sp.role) {
            sp.role = std::string(doc_.Slice({doc_.tokens[m].span.begin, doc_.tokens[sp.first_token - 1].span.end}));
            sp.role_is_title = true;
          }
        }
        break;
      }
      if (lead < sp.first_token && f_.Tok(lead - 1) == ",") sp.first_token = lead;
      bool inside_marks = false;
      // ("... the rights to "The Quiet Harbor," sources said": the comma
      // inside the closing marks.)
      // (Only after the writer's own words: a whole quote before its
      // speaker is the quote's to attribute.)
      if (sp.first_token > c0 + 3 && IsGluedMark(sp.first_token - 1) && f_.Tok(sp.first_token - 2) == "," &&
          f_.InQuote(doc_.tokens[sp.first_token - 2].span.begin)) {
        uint32_t open = sp.first_token - 2;
        while (open > c0 && f_.InQuote(doc_.tokens[open - 1].span.begin)) --open;
        size_t len;
        if (open > c0 && text::IsDoubleQuote(text::DecodeAt(f_.Tok(open - 1), 0, &len))) --open;
        bool writers = false;
        for (uint32_t m = c0; m < open && !writers; ++m) {
          writers = IsWordToken(f_.Tok(m)) && !f_.InQuote(doc_.tokens[m].span.begin);
        }
        // (Not after another attribution: "..., she said, but ..., "...,"
        // said Kunin".)
        for (uint32_t m = c0; m < open && writers; ++m) writers = !f_.IsCue(m);
        // (Nor a quote a dash or a colon sets apart: "He fought the plan -
        // "I love that boat," Mr. Vale said".)
        inside_marks = writers && open > c0 + 1 && !IsDash(open - 1) && !Is<":", ";", "(">(f_.Tok(open - 1));
      }
      if (sp.first_token > c0 + 2 && (f_.Tok(sp.first_token - 1) == "," || inside_marks) &&
          !Is<"who", "which">(f_.Tok(sp.first_token))) {
        // ("..., the union said late on Thursday, a first for the gig
        // economy.": the writer's tail after the attribution ends it.)
        uint32_t tail_end = end;
        // (Only after a verb of saying by a source: "I found myself in an
        // Iceberg Passage, seeing only ..." is the writer's.)
        const bool says = !f_.lex().that_cues.Contains(t) && !f_.lex().object_cues.Contains(t) &&
                          !f_.lex().clauseless.Contains(t) && !Is<"I", "we", "We">(f_.Tok(sp.first_token));
        bool says_on = false;  // ", warning that ...": the speaker's own participle
        for (uint32_t a = k + 1; says && a + 1 < end && a < k + 8; ++a) {
          if (f_.Tok(a) == "," && (WritersTail(a + 1, end) || SaysOn(a + 1))) {
            tail_end = a;
            says_on = SaysOn(a + 1);
            break;
          }
        }
        bool tail = tail_end - k <= 9 || PlaceAndTimeAfter(k, tail_end, c0);
        for (uint32_t a = k + 1; !tail && a < tail_end && tail_end - k <= 13; ++a) {
          tail = MediumNoun(f_.Tok(a));
        }
        for (uint32_t a = k + 1; a < tail_end && tail; ++a) {
          // ("said in a statement to the London Stock Exchange")
          // ("said during a visit to Kyiv"; "a spokesperson confirmed to
          // Engadget.": the outlet told, ending the sentence.)
          if (f_.Tok(a) == "to" && a == k + 1 && a + 1 < tail_end && text::StartsUpper(f_.Tok(a + 1)) &&
              tail_end - a <= 4) {
            bool outlet = true;
            for (uint32_t o = a + 1; o < tail_end && outlet; ++o) outlet = text::StartsUpper(f_.Tok(o));
            if (outlet) continue;
          }
          if (f_.Tok(a) == "to" && (MediumNoun(f_.Tok(a - 1)) ||
                                    (Is<"visit", "trip", "tour", "journey", "flight", "mission">(f_.Tok(a - 1)) &&
                                     a + 1 < tail_end && text::StartsUpper(f_.Tok(a + 1))))) {
            continue;
          }
          tail = !Is<"that", ",", "to">(f_.Tok(a)) && (!f_.IsCue(a) || CueNounAfterDeterminer(a, k + 1));
        }
        // "This is not about me, President Obama told his closest advisers
        // as he labored over ...": a short object, then the writer's
        // subordinate clause.
        for (uint32_t a = k + 1; !tail && a < end && a < k + 7; ++a) {
          const std::string_view w = f_.Tok(a);
          if (Is<"as", "when", "while", "after", "before", "because", "since", "until">(w) && a + 2 < end) {
            tail = AfterCue(k, end) == 0;
            break;
          }
          if (Is<"that", ",", "to", ";", ":">(w) || f_.IsCue(a) || f_.InQuote(doc_.tokens[a].span.begin)) break;
        }
        // "..., Clinton allies believe — backers she will need come
        // November.": after a dash the writer goes on.
        bool dash = k + 2 < end && Is<"\xE2\x80\x94", "\xE2\x80\x93", "--">(f_.Tok(k + 1));
        // "Vale bought the ferry line, a deal announced in May.": a thing
        // with a past participle is an appositive, not a source.
        if (sp.description && Is<"a", "an">(f_.Tok(sp.first_token)) && t.size() > 3 &&
            t.substr(t.size() - 2) == "ed") {
          bool source = false;
          for (uint32_t m = sp.first_token; m < k && !source; ++m) {
            source = f_.lex().humans.Contains(f_.Tok(m)) || f_.lex().evidence.Contains(f_.Tok(m)) ||
                     f_.lex().titles.Contains(f_.Tok(m)) || f_.lex().noun_cues.Contains(f_.Tok(m)) ||
                     text::StartsUpper(f_.Tok(m));
          }
          if (!source) tail = dash = false;
        }
        // "..., those surveyed said the fund should stay": a clause after
        // the cue is its report, not a tail.
        if (tail) {
          const uint32_t j = AfterCue(k, tail_end);
          tail = j == 0 || !Enough(j, tail_end);
          // "Shortly after my sentence, Eric Holder announced his
          // resignation": without a verb before the comma there is no clause
          // to attribute, only an opening phrase.
          char fold[16];
          const std::string_view open = text::FoldCase(f_.Tok(c0), fold, sizeof fold);
          bool phrase = Is<"after", "before", "in", "on", "at", "for", "during", "since", "despite", "amid",
                                  "under", "with", "without", "following", "shortly", "soon", "later", "earlier">(open) ||
                        (open.size() > 4 && open.substr(open.size() - 2) == "ly");
          for (uint32_t m = c0; m + 1 < sp.first_token && phrase; ++m) {
            phrase = !(text::StartsLower(f_.Tok(m)) && (VerbLike(m) || FiniteVerb(f_.Tok(m)))) &&
                     !f_.InQuote(doc_.tokens[m].span.begin) &&
                     !Is<"will", "would", "should", "can", "could", "may", "might", "must", "is", "are",
                                     "was", "were">(f_.Tok(m));
          }
          tail = tail && !phrase;
          // "..., the White House was refusing to call the attack terrorism":
          // a naming cue with its object ends no earlier statement.
          size_t len;
          if (f_.lex().clauseless.Contains(t) && k + 2 < end &&
              text::IsWordChar(text::DecodeAt(f_.Tok(k + 1), 0, &len))) {
            tail = false;
          }
        }
        // "The mayor, Tom Reed, agreed": a short noun phrase before the name
        // is its appositive, no clause.
        if (tail || dash) {
          const uint32_t a = TailStart(c0, sp.first_token - 1);
          bool verb = sp.first_token > a + 5;
          for (uint32_t m = a; m + 1 < sp.first_token && !verb; ++m) {
            const std::string_view w = f_.Tok(m);
            verb = f_.InQuote(doc_.tokens[m].span.begin) || w.find("n't") != std::string_view::npos ||
                   w.find("n\xE2\x80\x99t") != std::string_view::npos ||
                   (text::StartsLower(w) && (VerbLike(m) || FiniteVerb(w) || f_.IsCue(m) ||
                                             Is<"will", "would", "can", "could", "may", "might", "must",
                                                    "should", "is", "are", "was", "were", "be">(w)));
          }
          // (Only a person's description: "An impossible combination, X said"
          // is a statement.)
          const std::string_view head = sp.first_token >= 2 ? f_.Tok(sp.first_token - 2) : std::string_view();
          if (!verb && (f_.lex().humans.Contains(head) || f_.lex().titles.Contains(head))) tail = dash = false;
        }
        // "..., the district's spokesman, Darnell Hughes, said.": a
        // description set off before the name is its role, not the clause's.
        if ((tail || dash) && sp.entity >= 0 && !sp.description && sp.first_token > c0 + 4 &&
            f_.Tok(sp.first_token - 1) == ",") {
          for (uint32_t d = sp.first_token - 2; d > c0 + 1 && sp.first_token - d < 10; --d) {
            if (f_.Tok(d) != ",") continue;
            const uint32_t from = d + 1, to = sp.first_token - 1;
            bool people = false, verb = false;
            // ("the Director of National Intelligence": the office before
            // its "of", in capitals too.)
            uint32_t head = to - 1;
            for (uint32_t m = from; m < to; ++m) {
              char buf[24];
              people = people || f_.lex().humans.Contains(text::FoldCase(f_.Tok(m), buf, sizeof buf));
              verb = verb || f_.IsCue(m) || (text::StartsLower(f_.Tok(m)) && (VerbLike(m) || FiniteVerb(f_.Tok(m))));
              if (Is<"of", "for">(f_.Tok(m)) && m > from + 1 && head == to - 1) head = m - 1;
            }
            const std::string_view w = f_.Tok(from);
            const bool opens = Is<"the", "its", "his", "her", "their", "a", "an", "our">(w) ||
                               (text::StartsUpper(w) && from + 1 < to && Is<"'s", "\xE2\x80\x99s">(f_.Tok(from + 1)));
            char hbuf[24];
            if (people && !verb && opens &&
                (f_.lex().humans.Contains(f_.Tok(to - 1)) ||
                 f_.lex().humans.Contains(text::FoldCase(f_.Tok(head), hbuf, sizeof hbuf)))) {
              if (!sp.role || sp.role_is_title) {
                sp.role = std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[to - 1].span.end}));
                sp.role_is_title = false;
              }
              sp.first_token = from;
            }
            break;
          }
        }
        if (tail || dash) {
          Emit(TailStart(c0, sp.first_token - 1), sp.first_token - 1, k, sp);
          // "..., Twitter announced, gaining 22,000 followers": PolNeAR
          // reads the participle as a second piece; a noun phrase is the
          // writer's alone.
          if (says_on) {
            EmitParticiple(tail_end + 1, end, sp);
          } else if (tail_end + 1 < end && OwnReportAfter(tail_end + 1, end)) {
            Clauses(tail_end + 2, end);
          } else if (tail_end < end && !WritersTail(tail_end + 1, end, 0, /*participle=*/false) &&
                     !Is<"citing", "quoting">(f_.Tok(tail_end + 1))) {
            Emit(tail_end + 1, end, k, sp);
          }
          return;
        }
        // "The museum, Mr. Bush said, celebrated ...": the attribution sits
        // inside the statement, which is the sentence around it, in two
        // pieces as a quote split by its attribution is.
        // ("..., the minister said on Tuesday, after a dispute.": a day
        // between the cue and its comma.)
        uint32_t comma = k + 1;
        if (comma < end && f_.Tok(comma) == "on") ++comma;
        while (comma < end && comma < k + 4 &&
               (IsDate(comma) || Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                                    "Sunday", "yesterday", "today", "tonight", "Sept.">(f_.Tok(comma)))) {
          ++comma;
        }
        if (comma == k + 2 && f_.Tok(k + 1) == "on") comma = k + 1;  // "on" alone is no day
        if (comma < end && f_.Tok(comma) != ",") comma = k + 1;
        if (comma < end && f_.Tok(comma) == "," && end > comma + 2) {
          const uint32_t k_comma = comma - 1;  // the last token before the comma
          Emit(TailStart(c0, sp.first_token - 1), sp.first_token - 1, k, sp);
          // "..., the agency said, citing the health commission": a
          // participle of sourcing after the attribution is its own, no
          // second piece ("..., he said, gaining 22,000 followers" is one).
          // "..., records show, and aviation experts say it is ...": a new
          // report of its own, which the next clause reads.
          bool next_report = false;
          if (Is<"and", "but">(f_.Tok(k_comma + 2)) && NewReportAt(k_comma + 3, end)) {
            for (uint32_t m = k_comma + 4; m < end && m < k_comma + 12 && !next_report; ++m) {
              if (Is<",", ";", ":", "that">(f_.Tok(m))) break;
              next_report = f_.IsCue(m) && !f_.lex().beliefs.Contains(f_.Tok(m));
            }
          }
          if (next_report) {
            last_ = k_comma + 1;
            return;
          }
          // ("..., the party said Tuesday, after Prime Minister Kenji
          // Watanabe announced he would not seek re-election": a report of
          // its own in the writer's circumstance.)
          if (OwnReportAfter(k_comma + 2, end)) {
            Clauses(k_comma + 3, end);
            return;
          }
          // (", compared with expectations for a draw": the writer's
          // comparison, as after a parenthetical attribution.)
          if (!Is<"citing", "quoting", "referring", "according", "offering", "providing", "giving",
                                        "prompting", "compared", "versus">(f_.Tok(k_comma + 2)) &&
              !WritersTail(k_comma + 2, end, sp.first_token - 2, /*participle=*/false)) {
            Emit(k_comma + 2, end, k, sp);
          }
          return;
        }
      }
      // A subject opening an inner clause: "..., but she said at a news
      // conference that ...", "while other voters said ...", "Pardo, who
      // said he would ...". Its report starts after the cue as usual.
      if (OpensInnerClause(sp.first_token, c0) && !f_.lex().clauseless.Contains(t)) {
        uint32_t j = AfterCue(k, end);
        if (j != 0 && Enough(j, end)) {
          uint32_t e = ClauseEnd(j, end);
          // "X, who said the ferry would return, left early": a relative
          // clause inside commas ends at the closing comma; so does an
          // opening subordinate clause ("Ever since Bernie Sanders announced
          // his candidacy last year, he's said ...").
          const bool opening_sub = sp.first_token > c0 && sp.first_token <= c0 + 2 &&
                                   Is<"since", "Since", "after", "After", "when", "When",
                                                                   "because", "Because", "although", "Although", "if",
                                                                   "If", "once", "Once", "before", "Before", "until",
                                                                   "Until", "while", "While", "as", "As">(f_.Tok(sp.first_token - 1));
          // ("Pollster Ann Selwyn, whose final poll showed the race tied,
          // said": a relative on "whose" set off by commas too.)
          bool whose = false;
          for (uint32_t w = sp.first_token; w > c0 + 1 && sp.first_token - w < 3 && !whose;) {
            --w;
            whose = f_.Tok(w) == "whose" && f_.Tok(w - 1) == ",";
          }
          if ((Is<"who", "which">(f_.Tok(sp.first_token)) && f_.Tok(sp.first_token - 1) == ",") || opening_sub ||
              whose) {
            for (uint32_t m = j + 2; m < e; ++m) {
              if ((f_.Tok(m) == "," && m + 1 < doc_.tokens.size() &&
                   doc_.tokens[m].span.end < doc_.tokens[m + 1].span.begin) ||
                  (opening_sub && IsDash(m))) {
                e = m;
                break;
              }
            }
          }
          Emit(j, std::min(e, ReportEnd(j, e)), k, sp);
          return;
        }
      }
    }
    if (!any_cue && first) Elided(c0, end);
  }

  static bool IsPronounOnly(const Speaker& sp) { return !sp.name && !sp.description; }

  // True when the words after the cue at q, to `end`, are one prepositional
  // phrase with no verb of its own: where and when it was said ("..., Putin
  // said during a meeting with bankers in Moscow on Friday.").
  // (Only for a clause without a report of its own before the closing
  // attribution, from `c0`: "Sega has confirmed that ..., the company said in
  // its earnings presentation" is Sega's report.)
  bool PlaceAndTimeAfter(uint32_t q, uint32_t end, uint32_t c0) const {
    if (q + 2 >= end || !Is<"during", "at", "in", "on", "after", "before", "from", "following", "via",
                                            "ahead", "amid", "with">(f_.Tok(q + 1))) {
      return false;
    }
    // ("said during a visit to Kyiv", "on a trip to Beijing": a journey's
    // place.)
    auto journey = [&](uint32_t a) {
      return f_.Tok(a) == "to" && a + 1 < end && text::StartsUpper(f_.Tok(a + 1)) &&
             Is<"visit", "trip", "tour", "journey", "flight", "mission", "return", "visits", "trips">(f_.Tok(a - 1));
    };
    // (A report of its own is a cue and its "that": "denied nearly one in
    // five claims, the Kaiser Family Foundation said in a report" stays the
    // foundation's.)
    for (uint32_t m = c0; m + 1 < q; ++m) {
      if (f_.IsCue(m) && !f_.NounUse(m) && m + 1 < q && (f_.Tok(m + 1) == "that" || f_.Tok(m + 2) == "that")) return false;
    }
    for (uint32_t a = q + 2; a < end; ++a) {
      const std::string_view w = f_.Tok(a);
      if (journey(a)) continue;
      // ("said in written testimony to Congress": the medium's addressee.)
      if (w == "to" && MediumNoun(f_.Tok(a - 1))) continue;
      if (f_.IsCue(a) || FiniteVerb(w) || (text::StartsLower(w) && VerbLike(a) && !w.ends_with("ed")) ||
          Is<"that", "who", "which", "where", ",", ";", ":", "is", "are", "was", "were", "will", "would", "could",
                 "should", "can", "may", "might", "must", "has", "have", "had", "to", "and", "but">(w) ||
          (text::StartsLower(w) && w.size() > 4 && w.ends_with("ing") &&
           !Is<"meeting", "briefing", "hearing", "evening", "morning", "gathering", "building", "opening",
                   "meetings", "briefings", "hearings", "wedding", "funeral", "sitting", "swearing-in">(w))) {
        return false;
      }
    }
    return true;
  }

  // The comma before a closing attribution of the clause [c0, end): ",
  // SUBJECT CUE [short adjunct]." with no clause after the cue ("..., sources
  // said.", "..., the source added.", "..., a spokesman announced Monday
  // morning."); 0 when the clause ends otherwise.
  // True when the word at k can head the listeners an order is given to: a
  // people noun or a plural ("told national committees to").
  bool PluralListener(uint32_t k) const {
    const std::string_view w = f_.Tok(k);
    return f_.lex().humans.Contains(w) ||
           (text::StartsLower(w) && w.size() > 4 && w.back() == 's' && !w.ends_with("ss") && !f_.IsCue(k));
  }

  // True when the comma at `a` closes a US party tag set off after a name
  // ("Rep. Wayne Colter, R-Conway, said", "Sen. Curtis Boone, R-Spokane
  // Valley, warned"): the verb after it is the named person's own.
  bool ClosesPartyTag(uint32_t a) const {
    for (uint32_t t = a; t > 1 && a - t < 3;) {
      --t;
      const std::string_view w = f_.Tok(t);
      if (w.size() >= 3 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[2] >= 'A' && w[2] <= 'Z') {
        return f_.Tok(t - 1) == "," && t >= 2 && f_.PersonMentionEndingAt(t - 2) >= 0;
      }
      if (!text::StartsUpper(w)) return false;
    }
    return false;
  }

  uint32_t TailComma(uint32_t c0, uint32_t end) const {
    // ("Pemberton Insurance expects premiums to grow, said Chief Executive
    // Colin Marsh.": an inverted closing attribution, its speaker to the
    // end.)
    for (uint32_t a = end; a > c0 + 4 && end - a < 16;) {
      --a;
      if (f_.Tok(a) != "," || a + 2 >= end || !Is<"said", "says", "added", "adds">(f_.Tok(a + 1))) continue;
      if (ClosesPartyTag(a)) break;
      if (f_.InQuote(doc_.tokens[a].span.begin)) break;
      if (!text::StartsUpper(f_.Tok(a + 2)) && !Is<"the", "a", "an", "one">(f_.Tok(a + 2)) &&
          !f_.lex().humans.Contains(f_.Tok(a + 2))) {
        break;
      }
      const Speaker inv = f_.InvertedSubject(a + 2, end);
      if (!inv.found || inv.mention.empty() ||
          (inv.mention.begin != doc_.tokens[a + 2].span.begin && inv.first_token != a + 2 &&
           !f_.RolePrefix(a + 2, f_.TokenAt(inv.mention.begin)))) {
        break;
      }
      // (The speaker and the role run to the sentence's end.)
      bool clause = false;
      for (uint32_t m = a + 2; m < end && !clause; ++m) {
        // (", said X, who has led the company since 2019.": the speaker's
        // relative clause.)
        if (f_.Tok(m) == "," && m + 1 < end && Is<"who", "whose">(f_.Tok(m + 1))) break;
        clause = text::StartsLower(f_.Tok(m)) &&
                 (f_.IsCue(m) || FiniteVerb(f_.Tok(m)) ||
                  Is<"is", "was", "are", "were", "will", "would", "has", "had", "have", "that">(f_.Tok(m)));
      }
      if (!clause) return a;
      break;
    }
    // ("..., the union said, raising the prospect of a strike.": the
    // writer's tail after the attribution ends the clause.)
    for (uint32_t a = end; a > c0 + 6 && end - a < 16;) {
      --a;
      // (", the company said in a report, which also blamed a vendor.": the
      // medium's own relative clause.)
      if (f_.Tok(a) != "," || !(WritersTail(a + 1, end) || SaysOn(a + 1) ||
                                (f_.Tok(a + 1) == "which" && MediumNoun(f_.Tok(a - 1))))) {
        continue;
      }
      bool cue = false;
      for (uint32_t c = a; c > c0 + 4 && a - c < 8 && !cue;) {
        --c;
        cue = f_.IsCue(c) && !f_.lex().that_cues.Contains(f_.Tok(c)) && !f_.lex().object_cues.Contains(f_.Tok(c)) &&
              !f_.lex().clauseless.Contains(f_.Tok(c)) && !Is<"I", "we">(f_.Tok(c - 1));
      }
      if (cue) end = a;
      break;
    }
    for (uint32_t q = end; q > c0 + 4 && end - q < 14;) {
      --q;
      const std::string_view t = f_.Tok(q);
      // ("..., the company said in a statement to the London Stock Exchange
      // on Wednesday.", "in a filing with the SEC": the medium's addressee.)
      if (t == "to" && q > c0 + 2 && MediumNoun(f_.Tok(q - 1))) {
        continue;
      }
      if (Is<"that", ",", "to", ";", ":">(t)) return 0;
      if (!f_.IsCue(q)) continue;
      // "..., a statement widely criticized by his opponents": a passive
      // appositive, no attribution.
      if (f_.Tok(q + 1) == "by") return 0;
      // After the cue only a short adjunct ("on Monday", "in an interview",
      // "last week"), or the listener of "told": "..., Hispanic voters favor
      // her over Trump" is a clause of its own.
      if (!Is<"told", "tells", "tell">(t) && !PlaceAndTimeAfter(q, end, c0)) {
        for (uint32_t a = q + 1; a < end; ++a) {
          const std::string_view w = f_.Tok(a);
          // "..., the department said on Friday, bringing the total to 12":
          // the writer's participle after the attribution.
          if (w == "," && a + 2 < end && text::StartsLower(f_.Tok(a + 1)) && f_.Tok(a + 1).size() > 5 &&
              f_.Tok(a + 1).ends_with("ing") && !Is<"including", "according", "saying", "adding">(f_.Tok(a + 1))) {
            break;
          }
          if (!text::StartsUpper(w) && !StartsDigit(w) &&
              !Is<"on", "in", "at", "during", "last", "this", "earlier", "later", "recently", "also", "then",
                      "previously", "a", "an", "the", "statement", "interview", "email", "morning", "afternoon",
                      "evening", "night", "week", "weekend", "month", "year", "time", "today", "yesterday",
                      "privately", "publicly", "separately", "via", "with", "phone", "telephone", "news",
                      "conference", "release", "filing", "letter", "note", "memo", "message", "video", "post",
                      "briefing", "speech", "to", "of", "and", "late",
                      "early", "'s", "\xE2\x80\x99s", "(", ")", ".">(w)) {
            return 0;
          }
        }
      }
      // ("..., Dr. Nkechi Obi, a microbiologist, said.": a named speaker
      // and the role set off after the name.)
      if (q > c0 + 6 && f_.Tok(q - 1) == ",") {
        uint32_t c1 = q - 1;
        while (c1 > c0 + 3 && q - c1 < 12 && f_.Tok(c1 - 1) != ",") --c1;
        if (c1 > c0 + 3 && f_.Tok(c1 - 1) == "," && Is<"a", "an", "the">(f_.Tok(c1))) {
          const uint32_t name_end = c1 - 1;
          uint32_t c2 = name_end;
          while (c2 > c0 + 2 && name_end - c2 < 7 && f_.Tok(c2 - 1) != ",") --c2;
          if (c2 > c0 + 2 && f_.Tok(c2 - 1) == "," && !f_.InQuote(doc_.tokens[c2].span.begin)) {
            const int32_t pm = f_.PersonMentionEndingAt(name_end - 1);
            if (pm >= 0 && f_.TokenAt(doc_.mentions[pm].span.begin) >= c2 &&
                (f_.TokenAt(doc_.mentions[pm].span.begin) == c2 ||
                 f_.RolePrefix(c2, f_.TokenAt(doc_.mentions[pm].span.begin)) ||
                 (!doc_.mentions[pm].title.empty() && f_.TokenAt(doc_.mentions[pm].title.begin) == c2))) {
              return c2 - 1;
            }
          }
        }
      }
      // ("..., the head of the tourism authority, Chalaka Gajabahu, said.",
      // "..., its producer, Ann Lee, said.": a description, then the name
      // set off after it.)
      if (q > c0 + 8 && f_.Tok(q - 1) == ",") {
        const int32_t pm = f_.PersonMentionEndingAt(q - 2);
        const uint32_t n0 = pm >= 0 ? f_.TokenAt(doc_.mentions[pm].span.begin) : 0;
        if (pm >= 0 && n0 > c0 + 4 && f_.Tok(n0 - 1) == ",") {
          uint32_t d0 = n0 - 1;
          while (d0 > c0 + 2 && n0 - d0 < 12 && f_.Tok(d0 - 1) != ",") --d0;
          if (d0 > c0 + 2 && f_.Tok(d0 - 1) == "," && d0 + 1 < n0 - 1 &&
              Is<"the", "its", "his", "her", "their", "a", "an">(f_.Tok(d0))) {
            bool plain = true;
            for (uint32_t m = d0; m < n0 - 1 && plain; ++m) {
              plain = !f_.IsCue(m) && !f_.InQuote(doc_.tokens[m].span.begin) && !f_.IsPronoun(m) &&
                      !Is<"who", "which", "that", "is", "was", "are", "were", "has", "had", "will">(f_.Tok(m));
            }
            if (plain && f_.lex().humans.Contains(f_.Tok(n0 - 2))) return d0 - 1;
          }
        }
      }
      for (uint32_t p = q; p > c0 + 3 && q - p < 11;) {
        --p;
        if (f_.Tok(p) != ",") {
          if (f_.IsCue(p) || Is<";", ":", "that">(f_.Tok(p))) return 0;
          continue;
        }
        // ("... to acquire the rights to "The Quiet Harbor," sources said": a
        // comma closed inside the marks ends the statement the same.)
        uint32_t s1 = p + 1;
        if (f_.InQuote(doc_.tokens[p].span.begin)) {
          while (s1 < q && IsGluedMark(s1)) ++s1;
        }
        // "1,100 foreign donors", "a 100,000-strong force": a number's comma.
        // (Not a rank's ordinal: "..., 1st Sgt. Marcus Dale said.")
        if (StartsDigit(f_.Tok(s1)) &&
            !(Is<"1st", "2nd", "3rd">(f_.Tok(s1)) && text::StartsUpper(f_.Tok(s1 + 1)) &&
              f_.lex().titles.Contains(f_.Tok(s1 + 1).back() == '.' ? f_.Tok(s1 + 1).substr(0, f_.Tok(s1 + 1).size() - 1)
                                                                  : f_.Tok(s1 + 1)))) {
          return 0;
        }
        // "..., a claim the group denies": the writer notes who disputes the
        // sentence, whose own report stands.
        if (Is<"a", "an">(f_.Tok(s1)) &&
            Is<"claim", "charge", "allegation", "accusation", "assertion", "characterization",
                               "characterisation", "version", "account", "view", "description", "figure",
                               "contention", "finding", "conclusion", "number", "estimate", "position", "stance",
                               "sentiment", "argument", "refrain", "theme", "point", "warning", "promise", "pledge">(f_.Tok(s1 + 1))) {
          return 0;
        }
        // (", more than analysts had expected.": a comparison, no source.)
        if ((f_.InQuote(doc_.tokens[p].span.begin) && s1 == p + 1) ||
            Is<"who", "which", "and", "but", "while", "whereas", "although", "though", "as", "like",
                               "including", "with", "when", "where", "because", "since", "after", "before",
                               "more", "less", "fewer", "better", "worse", "higher", "lower", "bigger", "smaller",
                               "than", "faster", "slower", "above", "below", "beating", "missing">(f_.Tok(s1))) {
          return 0;
        }
        // (", far higher than experts had predicted.": a comparison with what
        // others expected, however it opens.)
        for (uint32_t a = s1; a < q; ++a) {
          if (f_.Tok(a) == "than" || (f_.Tok(a) == "as" && a + 2 < q && f_.Tok(a + 2) == "as")) return 0;
        }
        // "..., KING-TV reported, while in Chicago ..., the Sun-Times
        // reported": a comma-set attribution inside holds its own report.
        for (uint32_t a = c0 + 1; a + 1 < p; ++a) {
          if (f_.Tok(a + 1) == "," && f_.IsCue(a)) return 0;
        }
        Speaker sp = f_.LeftSubject(q, s1);
        // "..., his brother added.": a described source with its possessive.
        // ("..., the headquarters said.": a short phrase with its article,
        // people noun or not, by word order.)
        // (Only over a clause with no report of its own: "Bamberg also said
        // the videos do not show ..., the footage showed" is Bamberg's.)
        bool own_report = false;
        for (uint32_t a = c0; a < p && !own_report; ++a) {
          own_report = f_.IsCue(a) && !f_.lex().object_cues.Contains(f_.Tok(a));
        }
        if (!sp.found && (f_.lex().humans.Contains(f_.Tok(q - 1)) ||
                          (!own_report && q <= p + 5 && Is<"the", "a", "an">(f_.Tok(s1))))) {
          sp = NounPhraseSubject(q, s1);
        }
        // "..., ministry spokesman John Smith said Thursday.": a role before
        // the name opens the attribution too.
        return sp.found && (sp.first_token == s1 || f_.RolePrefix(s1, sp.first_token) ||
                            f_.PossessiveRolePrefix(s1, sp.first_token))
                   ? s1 - 1  // the comma, or the last closing mark after it
                   : 0;
      }
      return 0;
    }
    return 0;
  }

  // A description run long over a clause: "The administration struggled on
  // Tuesday to explain", "the Republican nomination heads to a contested
  // convention", "one of the most extreme declarations in support of". A
  // subject right before its verb ends in a noun, not in "to", a preposition
  // or an article. With a modal, an auxiliary or a negation inside (before
  // any relative pronoun) the words are a clause: cut short before it when
  // only "to" or an adverb follows ("Americans worried about X might stop to
  // consider", "a spokesman for X could only quip"), else no subject at all
  // ("Democrats could pick off increasingly diverse states"). False: the
  // cue has no subject here.
  bool CutShortCopy(Speaker sp) const { return CutShort(&sp); }

  bool CutShort(Speaker* sp) const {
    if (!sp->description || sp->last_token <= sp->first_token) return true;
    for (uint32_t k = sp->first_token; k < sp->last_token; ++k) {
      // (A quoted title's words are no verbs: "The producers of "The Price
      // Is Right"".)
      if (const uint32_t close = QuotedTitleEnd(k, sp->last_token); close != 0) {
        k = close;
        continue;
      }
      char buf[16];
      std::string_view w = text::FoldCase(f_.Tok(k), buf, sizeof buf);
      if (Is<"who", "whom", "that", "which", "whose">(w)) break;
      if (!Is<"could", "would", "should", "will", "may", "might", "must", "can", "did", "does", "do", "is",
                  "was", "are", "were", "don't", "didn't", "doesn't", "won't", "can't", "isn't", "wasn't", "aren't",
                  "weren't", "don\xE2\x80\x99t", "didn\xE2\x80\x99t", "doesn\xE2\x80\x99t",
                  "won\xE2\x80\x99t", "can\xE2\x80\x99t", "isn\xE2\x80\x99t", "wasn\xE2\x80\x99t">(w)) {
        continue;
      }
      const uint32_t after = sp->last_token - k - 1;
      bool verbs = k > sp->first_token && after >= 1 && after <= 3 && f_.Tok(sp->last_token - 1) == "to";
      for (uint32_t a = k + 1; !verbs && after >= 1 && after <= 2 && a < sp->last_token; ++a) {
        verbs = Is<"only", "also", "not", "never", "still", "just", "soon", "likely", "probably">(f_.Tok(a));
        if (!verbs) break;
      }
      if (!verbs || k == sp->first_token) return false;
      sp->last_token = k;
      sp->mention = {doc_.tokens[sp->first_token].span.begin, doc_.tokens[k - 1].span.end};
      sp->name = std::string(doc_.Slice(sp->mention));
      return !Is<"to", "a", "an", "the", "in", "into", "on", "at", "from", "with", "by", "of", "for">(f_.Tok(k - 1));
    }
    // "Small groups of protesters continued to call for", "the campaign has
    // appeared to acknowledge": a verb and its "to" belong to the cue.
    uint32_t e = sp->last_token;
    if (f_.Tok(e - 1) == "to" && e >= sp->first_token + 3) {
      const std::string_view v = f_.Tok(e - 2);
      if (v.size() > 3 && text::StartsLower(v) && v.substr(v.size() - 2) == "ed") {
        e -= 2;
        while (e > sp->first_token + 1 && Is<"has", "have", "had">(f_.Tok(e - 1))) --e;
        sp->last_token = e;
        sp->mention = {doc_.tokens[sp->first_token].span.begin, doc_.tokens[e - 1].span.end};
        sp->name = std::string(doc_.Slice(sp->mention));
      }
    }
    return !Is<"to", "a", "an", "the", "in", "into", "on", "at", "from", "with", "by", "of", "for">(f_.Tok(sp->last_token - 1));
  }

  // True when a clause from j to the sentence's end (`end`) is long enough
  // to report: three words, or a subject pronoun and its auxiliary ("said
  // he would.", "said she did.", "said it was."), the verb phrase left out.
  bool Enough(uint32_t j, uint32_t end) const {
    // ("Everything Trump says is a lie", "What he said was true": after a
    // pronoun in "-thing" or "what" that the cue's clause modifies, the
    // verb is that pronoun's; nothing follows that was said.)
    // (Not a noun's clause without "that": "a probe the agency said was
    // ongoing" reports the probe, as PolNeAR marks it.)
    if (j > 1 && j < end && f_.IsCue(j - 1) &&
        Is<"is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't">(f_.Tok(j))) {
      for (uint32_t k = j - 1; k > 0 && j - k < 6;) {
        --k;
        if (Is<".", ";", ":", ",", "which", "that", "who", "whom">(f_.Tok(k))) break;
        if (Is<"Everything", "everything", "Anything", "anything", "Nothing", "nothing", "What", "what",
               "Whatever", "whatever">(f_.Tok(k))) {
          return false;
        }
      }
    }
    if (end >= j + 3) return true;
    // "26 percent said the same": what others said, again.
    if (end == j + 2 && f_.Tok(j) == "the" && f_.Tok(j + 1) == "same") return true;
    // ("75 percent of Democrats said yes", "Half said so": a poll's answer
    // is what was said.)
    if (YesNoAnswer(j, end)) return true;
    // "His wife, Anne, confirmed the death.", "The club announced his
    // departure.": a short object of a verb that makes news known.
    if (end == j + 2 && j > 0 && Is<"the", "his", "her", "their", "its">(f_.Tok(j)) &&
        text::StartsLower(f_.Tok(j + 1)) && !f_.IsCue(j + 1) && !f_.IsPronoun(j + 1) &&
        Is<"confirmed", "confirms", "announced", "announces", "acknowledged", "acknowledges",
                           "disclosed", "discloses", "revealed", "reveals">(f_.Tok(j - 1))) {
      return true;
    }
    // "said prices rose", "said he disagreed": a subject and its past verb.
    if (end == j + 2 && text::StartsLower(f_.Tok(j + 1)) && f_.Tok(j + 1).size() > 3 &&
        (f_.Tok(j + 1).substr(f_.Tok(j + 1).size() - 2) == "ed" ||
         Is<"rose", "fell", "grew", "lost", "left", "came", "went", "ran", "knew">(f_.Tok(j + 1))) &&
        !f_.IsCue(j + 1) &&
        (Is<"he", "she", "they", "we", "I", "it">(f_.Tok(j)) ||
         (text::StartsLower(f_.Tok(j)) && f_.Tok(j).back() == 's' && !Is<"this", "his", "its", "was">(f_.Tok(j))) ||
         // ("said profit rose", "said inflation eased": a mass noun too.)
         (text::StartsLower(f_.Tok(j)) && f_.Tok(j).size() > 4 &&
          Is<"rose", "fell", "grew", "eased", "slowed", "jumped", "dropped", "slipped", "climbed",
                             "declined", "increased", "improved", "worsened", "surged", "plunged">(f_.Tok(j + 1))))) {
      return true;
    }
    return end == j + 2 && Is<"he", "she", "it", "they", "we", "I", "you">(f_.Tok(j)) &&
           Is<"would", "will", "did", "does", "do", "was", "is", "were", "are", "could", "can",
                              "should", "had", "has", "have", "might", "must", "may", "won't", "wouldn't",
                              "didn't", "doesn't", "don't", "wasn't", "isn't", "can't", "couldn't", "hasn't",
                              "hadn't", "haven't", "weren't", "aren't", "shouldn't">(f_.Tok(j + 1));
  }

  // ""...," he said, noting that ..." / ""...," said Ms. Cole, adding
  // ...": a participle after the attribution of a quote reports for the
  // quote's speaker, from after it to the sentence's end.
  void AfterQuote(const Sentence& sent) {
    uint32_t lo = sent.first_token;  // one past the latest quoted token
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      size_t len;
      if (f_.InQuote(doc_.tokens[k].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(k), 0, &len))) {
        lo = k + 1;
        continue;
      }
      if (lo == sent.first_token || k < lo + 3 || !Participle(k)) continue;
      Speaker sp;
      // "he said, noting"; "he said at Tuesday's rally, insisting": a short
      // adjunct without a comma may stand between the cue and the comma.
      uint32_t cue = 0;
      for (uint32_t c = k - 2; c > lo && c + 8 >= k; --c) {
        if (f_.Tok(c) == "," || f_.Tok(c) == "\"") break;
        if (f_.IsCue(c) && text::StartsLower(f_.Tok(c))) {
          cue = c;
          break;
        }
      }
      if (cue != 0 && f_.IsCue(cue - 1)) cue = 0;
      if (cue != 0) {
        sp = f_.LeftSubject(cue, lo);
      } else if (f_.IsCue(lo) || (lo + 1 < k && f_.Tok(lo) == "," && f_.IsCue(lo + 1))) {
        const uint32_t c = f_.IsCue(lo) ? lo : lo + 1;
        sp = f_.RightSubject(c + 1, k - 1);  // "said Ms. Cole, noting"
        // "said Ms. Cole, a spokeswoman for X, noting": her role, closed by
        // the comma before the participle, may stand between.
        bool role_between = false;
        if (sp.found && sp.role && sp.last_token + 2 < k && f_.Tok(sp.last_token) == "," && f_.Tok(k - 1) == ",") {
          role_between = true;
          for (uint32_t m = sp.last_token + 1; m + 1 < k && role_between; ++m) role_between = f_.Tok(m) != ",";
        }
        // ("said one affiliate of the group in a post on the forum,
        // complaining": the medium after the speaker, too.)
        const bool medium_between = sp.found && sp.last_token + 1 < k && f_.MediumAt(sp.last_token, k - 1);
        if (sp.found && sp.last_token + 1 < k && !role_between && !medium_between) sp = Speaker();
      }
      if (!sp.found) return;
      uint32_t end = sent.end_token;
      while (end > k && Is<".", "!", "?", "\"", ")", "'">(f_.Tok(end - 1))) --end;
      last_ = 0;
      EmitParticiple(k, end, sp);
      return;
    }
  }

  // "his suggestion that judges ...", "Mr. Lee's claim that ...", "her
  // promise to cut taxes": a reporting noun after a possessive; the clause
  // after it is its owner's statement, the possessive the mention. Runs
  // before the verb reports of the sentence, which then start after it.
  void Nominal(uint32_t c0, uint32_t end, bool stances = false, size_t reports_from = 0) {
    for (uint32_t k = c0 + 1; k + 3 < end; ++k) {
      // Cheap tests first: this runs on every word of every sentence.
      std::string_view next = f_.Tok(k + 1);
      // (Cheap first, each pass its own words: this runs on every word.)
      if (stances ? (next != "on" && next != "of" && next != "to") : (next != "that" && next != "to" && next != "by")) {
        continue;
      }
      std::string_view t = f_.Tok(k);
      // ("his attacks on Mr. Clinton", "Murphy's opposition to the
      // proposal", "her criticism of Sanders' vote": a stance noun and its
      // preposition; the object is what the owner took a stance on.)
      const bool stance = stances && t.size() >= 6 && text::StartsLower(t) &&
                          ((next == "on" && Is<"attacks", "assault", "assaults">(t)) ||
                           (next == "of" && Is<"criticism", "criticisms", "endorsement", "rejection",
                                                   "condemnation", "denunciation", "embrace", "defense", "defence",
                                                   "dismissal">(t)) ||
                           (next == "to" && Is<"opposition">(t)));
      if (stance != stances) continue;
      if (!stance && (!f_.lex().noun_cues.Contains(t) || f_.InQuote(doc_.tokens[k].span.begin))) continue;
      if (f_.InQuote(doc_.tokens[k].span.begin)) continue;
      if (next == "by") {
        // ("despite an earlier declaration by China's health chiefs that the
        // risk was minimal": the owner after "by", the clause after "that";
        // an object only, as below.)
        if (k < c0 + 3) continue;
        uint32_t th = k + 2;
        while (th < end && th < k + 10 && f_.Tok(th) != "that" && !Is<",", ";", ":">(f_.Tok(th)) &&
               !f_.IsCue(th) && !f_.InQuote(doc_.tokens[th].span.begin)) {
          ++th;
        }
        if (th + 2 >= end || th <= k + 2 || f_.Tok(th) != "that" || !OpensClause(f_.Tok(th + 1))) continue;
        Speaker by;
        if (const int32_t pm = f_.MentionStartingAt(k + 2); pm >= 0 && f_.TokenAt(doc_.mentions[pm].span.end) == th) {
          by = f_.RightSubject(k + 2, th);
        }
        if (!by.found) by = f_.Description(k + 2, th);
        if (!by.found) continue;
        by.first_token = k + 2;
        by.last_token = th;
        Emit(th, ClauseEnd(th, end), k, by);
        k = std::max(k, last_);
        continue;
      }
      // ("Tesla's warning that deliveries would slow": a bare plural and
      // its auxiliary open the clause too.)
      // ("Salas's statement that "no one will be displaced"": the clause
      // may open inside quotation marks.)
      size_t mark_len = 0;
      const bool marked = next == "that" && k + 3 < end && f_.Tok(k + 2).size() <= 3 &&
                          text::IsDoubleQuote(text::DecodeAt(f_.Tok(k + 2), 0, &mark_len)) &&
                          mark_len == f_.Tok(k + 2).size() && text::StartsLower(f_.Tok(k + 3));
      const bool that = next == "that" &&
                        (OpensClause(f_.Tok(k + 2)) || marked ||
                         // ("Mr. Biden's claim that inflation had peaked": a bare
                         // singular and its auxiliary as well.)
                         (text::StartsLower(f_.Tok(k + 2)) && f_.Tok(k + 2).size() > 3 &&
                          (f_.Tok(k + 2).ends_with("s") ? Is<"would", "will", "could", "had", "have",
                                                                             "were", "are", "might", "may", "should",
                                                                             "must", "can">(f_.Tok(k + 3))
                                                        : Is<"would", "will", "could", "had", "has",
                                                                             "was", "is", "might", "may", "should",
                                                                             "must", "can">(f_.Tok(k + 3)))));
      const bool to = next == "to" && Is<"promise", "promises", "pledge", "pledges", "vow">(t) &&
                      text::StartsLower(f_.Tok(k + 2));
      if (!that && !to && !stance) continue;
      Speaker sp;
      bool ownerless = false;
      const uint32_t o = k - 1;  // the owner ends here
      std::string_view p = f_.Tok(o);
      if (Is<"his", "her", "His", "Her">(p)) {
        sp.found = true;
        sp.mention = doc_.tokens[o].span;
        const int32_t e = f_.ResolvePronoun(doc_.tokens[o].span.begin, (p == "his" || p == "His") ? 'm' : 'f');
        if (e >= 0) {
          sp.entity = e;
          sp.name = doc_.entities[e].name;
        }
      } else if (Is<"their", "Their">(p)) {
        sp.found = true;
        sp.mention = doc_.tokens[o].span;
      } else if (o > c0 && (p == "'s" || p == "\xE2\x80\x99s")) {
        const int32_t m = f_.MentionEndingAt(o - 1);
        if (m >= 0 && doc_.entities[doc_.mentions[m].entity].type == EntityType::kDate) continue;
        if (m >= 0) {
          sp.found = true;
          sp.mention = {doc_.mentions[m].span.begin, doc_.tokens[o].span.end};
          sp.entity = doc_.mentions[m].entity;
          sp.name = doc_.entities[sp.entity].name;
        } else {
          // ("Guterres's warning that ...", "Tesla's warning": a name the
          // recogniser left alone, in capitals, opening the sentence.)
          uint32_t b = o;
          while (b > c0 && o - b < 3 && text::StartsUpper(f_.Tok(b - 1)) && f_.Tok(b - 1).size() > 1) --b;
          // ("The dean's warning that funding would be cut drew protests":
          // a described owner, a people noun after its article.)
          const bool described = b == o && o >= c0 + 2 && o - 2 == c0 && Is<"The", "the">(f_.Tok(c0)) &&
                                 text::StartsLower(f_.Tok(o - 1)) && f_.lex().humans.Contains(f_.Tok(o - 1));
          if (described) {
            b = c0;
          } else if (b == o || b != c0 || f_.lex().starters.Contains(f_.Tok(b))) {
            continue;
          }
          sp.found = true;
          sp.description = described;
          sp.mention = {doc_.tokens[b].span.begin, doc_.tokens[o].span.end};
          sp.name = std::string(doc_.Slice({doc_.tokens[b].span.begin, doc_.tokens[o - 1].span.end}));
        }
      } else if (that && !marked && OwnerlessClaim(o, k, c0)) {
        // ("complaints that it was underfunded", "renewed speculation that
        // Twitter needs a suitor", "allegations that he assaulted her": a
        // claim's clause with no owner named; what was claimed, by no one
        // the sentence says.)
        ownerless = true;
      } else {
        continue;
      }
      // A clause in subject position ("Mr. Lee's claim that X proved
      // false") ends before the sentence's own verb, when one can be read.
      const uint32_t j = k + 1;
      uint32_t e = 0;
      // (After a title too: "Sheik Yamani's warning that ...".)
      // (Ownerless, a claim opening the sentence is the writer's subject,
      // often to refute it: "The claim that the chain is closing is false".)
      if (ownerless && o == c0) continue;
      bool subject = !ownerless && sp.mention.begin <= doc_.tokens[c0].span.begin + 4;
      // ("AIMIM chief Asaduddin Owaisi's remarks that ...": a lower-case
      // office word inside the title.)
      for (uint32_t t0 = c0, m0 = f_.TokenAt(sp.mention.begin); !ownerless && !subject && m0 <= c0 + 3 && t0 < m0;
           ++t0) {
        if (!text::StartsUpper(f_.Tok(t0)) && !(t0 > c0 && f_.lex().humans.Contains(f_.Tok(t0)))) break;
        subject = t0 + 1 == m0;
        if (subject) {
          sp.role = std::string(doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[t0].span.end}));
          sp.role_is_title = true;
        }
      }
      if (stance) {
        // The object runs to the sentence's own verb when it opens the
        // sentence ("His attacks on Mr. Clinton drew fire"), else as an
        // object does.
        uint32_t oe = ObjectEnd(k + 2, end);
        if (subject) {
          bool verb = false;
          for (uint32_t w = k + 3; w < oe && !verb; ++w) {
            const std::string_view v = f_.Tok(w);
            // ("Lula's attacks on the governor, Roberto Campos Neto, whom he
            // has called ...": the object ends before a relative clause.)
            if (v == "," && w + 1 < oe && Is<"who", "whom", "whose", "which">(f_.Tok(w + 1))) {
              oe = w;
              verb = true;
              break;
            }
            verb = Is<"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "drew",
                          "became", "came", "made", "took", "gave", "left", "won", "notwithstanding">(v) ||
                   (text::StartsLower(v) && v.size() > 4 && v.ends_with("ed") &&
                    !Is<"the", "a", "an", "his", "her", "its", "their", "to", "be", "been">(f_.Tok(w - 1)));
            if (verb) oe = w;
          }
          if (!verb) continue;  // no verb of its own read: no telling where the object ends
        }
        if (oe <= k + 2) continue;
        // (PolNeAR gives each word to one attribution: a stance inside a
        // report the sentence already holds, "announced his support for
        // Trump", is part of that report's words.)
        bool inside = false;
        const uint32_t sb = doc_.tokens[o].span.begin, se = doc_.tokens[oe - 1].span.end;
        for (size_t r = reports_from; stance && r < out_->size() && !inside; ++r) {
          const Quote& q = (*out_)[r].quote;
          inside = q.content.begin < se && sb < q.content.end;
        }
        if (inside) continue;
        sp.first_token = o;
        sp.last_token = k;
        Emit(k + 2, oe, k, sp, k + 1);
        k = std::max(k, last_);
        continue;
      }
      if (subject) {
        if (!that || (e = SubjectClauseEnd(j, end)) == 0) continue;
      }
      // ("Contrary to his claim that people would learn nothing, there
      // would be ...": a claim inside an opening phrase ends at its comma.)
      if (!subject && o <= c0 + 4 &&
          Is<"Contrary", "Despite", "Unlike", "Given", "After", "Before", "Since", "Following", "Amid",
                          "With", "Without", "Beyond", "Besides", "Like", "Against", "Notwithstanding">(f_.Tok(c0))) {
        for (uint32_t w = j + 2; w < end; ++w) {
          if (f_.Tok(w) == "," && !f_.InQuote(doc_.tokens[w].span.begin)) {
            e = w;
            break;
          }
        }
        // (The closing comma inside the marks: "would ''learn nothing,''".)
        if (e == 0) {
          for (uint32_t w = j + 2; w + 1 < end; ++w) {
            if (f_.Tok(w) == "," && f_.InQuote(doc_.tokens[w].span.begin) && IsGluedMark(w + 1)) {
              e = w + 1;
              while (e < end && IsGluedMark(e)) ++e;
              break;
            }
          }
        }
      }
      if (!ownerless) {
        sp.first_token = o;
        sp.last_token = k;
      }
      if (ownerless) {
        // ("allegations that Mrs. Clinton has always denied", "claims that
        // party leaders strongly disputed": a relative "that" whose verb's
        // object is the claim; nothing after the verb.)
        uint32_t last = e ? e : ClauseEnd(j, end);
        while (last > j && Is<".", ",", ";", ":", "!", "?">(f_.Tok(last - 1))) --last;
        const std::string_view v = last > j + 2 ? f_.Tok(last - 1) : std::string_view("");
        if (v.empty() || f_.IsCue(last - 1) || f_.lex().object_cues.Contains(v) ||
            (text::StartsLower(v) && v.size() > 4 && v.ends_with("ed"))) {
          continue;
        }
      }
      Emit(j, e ? e : ClauseEnd(j, end), k, sp);
      k = std::max(k, last_);
    }
    last_ = 0;
  }

  // The claim noun at k after word o has no owner but is still a claim:
  // after an article, an adjective or nothing ("the allegations that",
  // "renewed speculation that", "complaints that"), not after a verb that
  // answers it ("dismissed criticism that": the answer is the report, and
  // the words are its object).
  bool OwnerlessClaim(uint32_t o, uint32_t k, uint32_t c0) const {
    const std::string_view t = f_.Tok(k);
    if (!Is<"claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions",
            "argument", "suggestion", "insistence", "contention", "complaint", "complaints", "criticism", "charge",
            "charges", "speculation", "rumor", "rumors", "rumours", "concern", "concerns", "fears", "notion",
            "warnings", "warning", "promise", "assurances", "admission", "predictions", "prediction">(t)) {
      return false;
    }
    if (o < c0) return false;
    std::string_view p = f_.Tok(o);
    if (f_.IsCue(o) || f_.lex().object_cues.Contains(p)) return false;
    // (An adjective after an owner is the owner's: "Tulsa police's earlier
    // claim that".)
    const bool adjective = Is<"renewed", "new", "growing", "false", "repeated", "unfounded", "baseless", "persistent",
                              "widespread", "public", "earlier", "recent", "similar", "fresh", "longstanding",
                              "long-standing", "mounting", "rising", "increasing", "frequent", "unsubstantiated",
                              "unproven", "bogus", "dubious", "partisan", "sharp", "harsh">(p);
    if (adjective) {
      if (o == c0) return true;
      p = f_.Tok(o - 1);
      if (Is<"'s", "\xE2\x80\x99s", "'", "his", "her", "its", "their", "our", "my", "your", "His", "Her", "Its", "Their">(p)) {
        return false;
      }
      return true;
    }
    // ("The law drew complaints that", "faced allegations that", "fueled
    // speculation that": a verb that meets or stirs the claim.)
    if (Is<"drew", "draws", "faced", "faces", "fueled", "fuelled", "fuels", "sparked", "sparks", "prompted",
           "spurred", "stoked", "fed", "renewed", "revived", "prompting", "sparking", "fueling", "fuelling",
           "stoking", "drawing", "facing">(p)) {
      return true;
    }
    if (Is<"amid", "Amid", "over", "about", "despite", "Despite">(p)) return true;
    // (After an article, only where no verb governs it: "issued a warning
    // that", "gave the assurance that" are their subject's, read later.)
    if (!Is<"the", "The", "a", "A", "an", "An", "such", "these", "those">(p)) return false;
    if (o == c0) return true;
    const std::string_view v = f_.Tok(o - 1);
    return Is<"of", "about", "over", "amid", "despite", "with", "to", "by", "on", "against", "for", "from", "in",
              "drew", "draws", "faced", "faces", "fueled", "fuelled", "fuels", "sparked", "sparks", "prompted",
              "spurred", "stoked", "fed", "renewed", "revived", "denied", "rejected", "dismissed", "disputed",
              "refuted", "are", "is", "were", "was", "be", "been">(v);
  }

  // Where a "that" clause in subject position ends: before the sentence's
  // own verb ("His warning that the world was on a highway to climate hell
  // became famous", "Musk's claim that AI would replace jobs was
  // dismissed"); 0 when no such verb can be read.
  uint32_t SubjectClauseEnd(uint32_t j, uint32_t end) const {
    auto aux = [](std::string_view w) {
      return Is<"is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would",
                    "could", "should", "can", "may", "might", "must", "did", "does", "do", "not", "never">(w);
    };
    auto finite = [&](uint32_t w) {
      const std::string_view t = f_.Tok(w);
      if (!text::StartsLower(t)) return false;
      // (Not a noun after its article: "breached the cost cap".)
      if (w > 0 && Is<"the", "a", "an", "his", "her", "its", "their", "this", "our", "my">(f_.Tok(w - 1))) {
        return false;
      }
      return Is<"is", "was", "were", "are", "has", "had", "will", "would", "could", "may", "might", "became",
                    "sent", "drew", "proved", "made", "took", "gave", "came", "went", "struck", "fell", "rose",
                    "brought", "caught">(t) ||
             (t.size() > 4 && t.ends_with("ed"));
    };
    uint32_t w = j + 1;  // past "that"
    // ("Salas's statement that "no one will be displaced" drew criticism":
    // a clause quoted whole ends with its closing mark, before the
    // sentence's own verb.)
    size_t open_len = 0;
    if (w + 2 < end && text::IsDoubleQuote(text::DecodeAt(f_.Tok(w), 0, &open_len)) &&
        open_len == f_.Tok(w).size()) {
      for (uint32_t c = w + 2; c + 1 < end && c < w + 40; ++c) {
        size_t len = 0;
        if (!text::IsDoubleQuote(text::DecodeAt(f_.Tok(c), 0, &len)) || len != f_.Tok(c).size()) continue;
        return text::StartsLower(f_.Tok(c + 1)) && f_.Tok(c + 1) != "and" ? c + 1 : 0;
      }
    }
    uint32_t first_verb = 0;
    for (; w < end && w < j + 40; ++w) {
      const std::string_view t = f_.Tok(w);
      if (Is<";", ":", ",", "(", ")", "\xE2\x80\x94", "--">(t)) return 0;
      // ("Owaisi's remarks that the Bill was "unconstitutional" drew
      // reactions": a quoted word inside the clause is no verb of it.)
      size_t len;
      if (f_.InQuote(doc_.tokens[w].span.begin) || text::IsDoubleQuote(text::DecodeAt(t, 0, &len))) continue;
      if (first_verb == 0) {
        if (w > j + 1 && (finite(w) || aux(t))) {
          // ("that carbon capture works was rejected": a verb in "-s" before
          // it was the clause's.)
          const std::string_view p = f_.Tok(w - 1);
          // (Not a plural after its determiner: "that the two sides were
          // ...".)
          if (w > j + 2 && p.size() > 3 && p.ends_with("s") && !p.ends_with("ss") && text::StartsLower(p) &&
              finite(w) && Is<"was", "is", "were", "are", "has", "had">(t) &&
              !Is<"the", "two", "three", "both", "all", "its", "their", "his", "her", "our", "these",
                                  "those", "many", "some", "several", "most">(f_.Tok(w - 2)) &&
              !StartsDigit(f_.Tok(w - 2))) {
            return w;
          }
          first_verb = w;
        }
        continue;
      }
      if (w < first_verb + 2) continue;
      const std::string_view before = f_.Tok(w - 1);
      if (aux(before) || Is<"to", "and", "or", "that", "who", "which", "than", "as">(before) ||
          (before.size() > 3 && before.ends_with("ly"))) {
        continue;
      }
      if (finite(w) && !aux(f_.Tok(w - 1))) return w;
    }
    return 0;
  }

  // A finite verb without "-ed" that a clause's subject stands before
  // ("Cruz took the stage ..., saying", "She has pushed back ..., saying").
  static bool FiniteVerb(std::string_view w) {
    return Is<"has", "have", "had", "is", "are", "was", "were", "did", "took", "struck", "made", "went", "drew",
                  "gave", "got", "came", "sent", "kept", "held", "ran", "spoke", "stood", "fought", "threw", "won",
                  "lost", "hit", "put", "cut", "became", "began", "brought", "sought", "spent", "stuck", "swept",
                  "rose", "shook", "tore", "broke", "led", "left", "met", "paid", "chose",
                  // ("The court upheld the sentence, saying ...": the irregular
                  // past of acts a court, a buyer or a witness does.)
                  "upheld", "withheld", "sold", "bought", "built", "felt", "heard", "knew", "saw", "thought",
                  "understood", "taught", "caught", "fled", "dealt", "meant", "withdrew", "oversaw", "drove",
                  "grew", "flew", "shot", "swore", "forgot", "forgave", "undertook", "overrode", "froze",
                  "hid", "bent", "blew", "forbade", "sank", "stole", "wore", "wrote">(w);
  }

  // A participle whose infinitive is what the subject promised or refused
  // (", promising to lift regulations"); only after a comma, where no
  // progressive reads it ("the board was refusing to call it a sale").
  static bool InfinitiveParticiple(std::string_view t) {
    return Is<"promising", "vowing", "pledging", "threatening", "refusing", "hoping">(t);
  }

  // ", saying ...", ", noting that ...", ", citing ...": a speech
  // participle after a comma, which shares its clause's subject.
  bool Participle(uint32_t k) const {
    std::string_view t = f_.Tok(k);
    // After a comma or a dash: "dismissed the charge — saying ...";
    // "responded by saying that ...": the means of a clause's act.
    // "..., while saying ...", "before adding ...": a subordinated one.
    if (k == 0 || t.size() <= 4 || t.substr(t.size() - 3) != "ing") return false;
    const bool speech = Is<"saying", "arguing", "claiming", "insisting", "noting", "suggesting", "warning",
                               "declaring", "stating", "pointing", "adding", "acknowledging", "conceding",
                               "admitting", "charging", "accusing", "criticizing", "criticising", "blaming",
                               "praising", "urging",
                               // ("ordered a new election after finding that
                               // Amazon had ...": a finding's gerund.)
                               "finding", "concluding", "ruling", "determining">(t);
    // (A closing mark glued to the comma hides nothing: "was "stretched,"
    // noting ...".)
    std::string_view before = k >= 2 && f_.Tok(k - 2) == "," && IsGluedMark(k - 1) ? f_.Tok(k - 2) : f_.Tok(k - 1);
    bool after_and = false;  // ", pointing to his record and saying that ...": the second of two
    if (before == "and" && speech) {
      for (uint32_t m = k - 1; m > 1 && k - m < 15; --m) {
        const std::string_view w = f_.Tok(m - 1);
        if (text::StartsLower(w) && w.size() > 4 && w.substr(w.size() - 3) == "ing" && f_.Tok(m - 2) == ",") {
          after_and = true;
          break;
        }
        if (Is<",", ";", ":", ".">(w) || f_.InQuote(doc_.tokens[m - 1].span.begin)) break;
      }
    }
    // ("while adding Democratic strongholds": "adding" reports only with
    // "that".)
    if (!(Is<",", "\xE2\x80\x94", "--">(before) || after_and ||
          (speech && Is<"by", "while", "before", "after", "when">(before) &&
           (t != "adding" || (k + 1 < doc_.tokens.size() && f_.Tok(k + 1) == "that"))))) {
      return false;
    }
    // ", speaking on condition of anonymity because ...": why the source
    // goes unnamed, no statement.
    if (AnonymityAside(k, doc_.sentences[doc_.tokens[k].sentence].end_token)) return false;
    // ", referring to X": who or what the speaker meant is the statement.
    if (t == "referring") return k + 2 < doc_.tokens.size() && f_.Tok(k + 1) == "to";
    // (", pointing to his record": a participle of the phrasal lexicon with
    // its particle.)
    if (Is<"to", "about", "against", "out", "of", "on", "for", "down">(f_.Tok(k + 1)) &&
        PhrasalParticle(f_.lex().phrasal_objects, t, f_.Tok(k + 1))) {
      return true;
    }
    // (", promising to lift regulations", ", vowing to fight on": what the
    // subject promised or vowed, the infinitive.)
    if (k + 2 < doc_.tokens.size() && f_.Tok(k + 1) == "to" && InfinitiveParticiple(t) &&
        text::StartsLower(f_.Tok(k + 2)) && IsWordToken(f_.Tok(k + 2)) &&
        !Is<"comment", "a", "an", "the", "his", "her", "their", "its">(f_.Tok(k + 2))) {
      return true;
    }
    return f_.IsCue(k) && text::StartsLower(t) && !f_.lex().clauseless.Contains(t);
  }

  // The participle's report: the object of a naming cue ("citing concerns
  // about cost"), else the clause after it.
  void EmitParticiple(uint32_t k, uint32_t end, const Speaker& sp) {
    // (", pointing to his record in the Legislature": the particle's object.)
    // (Not a gesture: "said the older man, pointing to the boy".)
    const bool gesture = f_.Tok(k).starts_with("point") &&
                         (Is<"him", "her", "them", "me", "us">(f_.Tok(k + 2)) ||
                          (Is<"the", "a", "his", "her">(f_.Tok(k + 2)) && f_.lex().humans.Contains(f_.Tok(k + 3)) &&
                           (k + 4 >= end || Is<".", ",", ";", "and">(f_.Tok(k + 4)))));
    if (PhrasalParticle(f_.lex().phrasal_objects, f_.Tok(k), f_.Tok(k + 1)) && k + 3 < end && !gesture &&
        !f_.InQuote(doc_.tokens[k + 2].span.begin)) {
      Emit(k + 2, ObjectEnd(k + 2, end), k, sp, k + 1);
      return;
    }
    if (f_.Tok(k) == "referring") {
      if (k + 3 < end) Emit(k + 2, ObjectEnd(k + 2, end), k, sp, k + 1);
      return;
    }
    // (", repeating that inflation was too high": a verb of saying before
    // its clause reports the clause.)
    if (f_.lex().object_cues.Contains(f_.Tok(k)) &&
        !(f_.Tok(k + 1) == "that" && f_.lex().speech.Contains(f_.Tok(k)) && f_.IsCue(k))) {
      if (k + 2 < end && !Is<",", ".", ";", ":", "to", "by", "that">(f_.Tok(k + 1))) {
        Emit(k + 1, ObjectEnd(k + 1, end), k, sp);
      }
      return;
    }
    // (", calling them rapists": a naming, object and all, however short.)
    if (f_.Tok(k) == "calling" && k + 2 < end) {
      if (const uint32_t named_as = CalledWhat(k, end); named_as != 0) {
        Emit(k + 1, ObjectEnd(named_as, end), k, sp);
        return;
      }
    }
    if (f_.Tok(k + 1) == "to" && InfinitiveParticiple(f_.Tok(k))) {
      if (k + 3 < end) Emit(k + 1, ClauseEnd(k + 1, end), k, sp);
      return;
    }
    const uint32_t j = AfterCue(k, end);
    if (j != 0 && Enough(j, end)) Emit(j, AsideEnd(k, ClauseEnd(j, end), sp.first_token), k, sp);
  }

  // A dash between words: an em or en dash, "--", or a hyphen standing
  // alone ("a planner - a former aide said ...").
  bool IsDash(uint32_t m) const {
    const std::string_view t = f_.Tok(m);
    // (The horizontal bar, U+2015, is HuffPost's dash.)
    if (Is<"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "--">(t)) return true;
    return t == "-" && m > 0 && m + 1 < doc_.tokens.size() &&
           doc_.tokens[m - 1].span.end < doc_.tokens[m].span.begin &&
           doc_.tokens[m].span.end < doc_.tokens[m + 1].span.begin;
  }

  // True when a subject starting at token `first` (after the clause start
  // c0) opens a clause of its own: after a conjunction, a semicolon or a
  // relative pronoun, never after "that" ("remarks that experts said
  // reveal ..." is not a report).
  bool OpensInnerClause(uint32_t first, uint32_t c0) const {
    if (first <= c0) return false;
    if (IsDash(first - 1)) return true;
    // "One thing working in her favor is that 78 percent of voters said
    // ...": a clause after "is that" has a subject of its own.
    if (f_.Tok(first - 1) == "that" && first >= c0 + 2 && Is<"is", "was", "are", "were">(f_.Tok(first - 2))) {
      return true;
    }
    if (Is<"who", "which">(f_.Tok(first))) return true;  // WhoSubject's relative subject
    if (f_.Tok(first - 1) == ",") {
      // "Although Scott lacks a record, officials say ...": a subject after
      // an opening phrase with no cue of its own ("ABC is axing "The
      // Muppets," and on Monday, CBS said": of the phrase after the last
      // conjunction).
      for (uint32_t m = first - 1; m > c0;) {
        --m;
        if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin)) return false;
        if (m > c0 && Is<"and", "but", ";">(f_.Tok(m))) break;
      }
      return first - 1 > c0;
    }
    auto opener = [&](std::string_view w) {
      return Is<"and", "but", "while", "whereas", "although", "though", "because", "since", "so", "yet", ";",
                    ":", "\xE2\x80\x94", "--", "which", "whom", "when", "after", "before", "if", "as", "where">(w);
    };
    if (opener(f_.Tok(first - 1))) return true;
    // "after Business Insider senior editor Josh Barro noted": a role
    // between the conjunction and the name.
    // "Tuesday, Communication Director Jennifer Palmieri said": the
    // mention opens with its title, the role's head.
    char folded[24];
    bool titled = f_.lex().titles.Contains(text::FoldCase(f_.Tok(first), folded, sizeof folded)) &&
                  f_.PersonMentionStartingAt(first + 1) >= 0;
    // ("Senate Majority Leader Mitch McConnell": a title of several words.)
    for (uint32_t n = first + 2; !titled && n < first + 4 && n < doc_.tokens.size(); ++n) {
      const int32_t pm = f_.PersonMentionStartingAt(n);
      if (pm < 0) continue;
      titled = !doc_.mentions[pm].title.empty() && doc_.mentions[pm].title.begin == doc_.tokens[first].span.begin;
      break;
    }
    const bool person = f_.PersonMentionStartingAt(first) >= 0 || titled;
    // "CLAUSE, ministry spokesman John Smith said": a role between the
    // comma closing the clause and the name.
    const std::string_view role_head = f_.Tok(first - 1);
    // (Not a name after "of": "Paetongtarn, the daughter of former Prime
    // Minister Thaksin Shinawatra, said" is hers, his only the object.)
    uint32_t mods = first;
    while (mods > c0 + 1 && Is<"former", "late", "the", "then", "ex", "outgoing", "current">(f_.Tok(mods - 1))) --mods;
    const bool object_of = mods > c0 + 1 && f_.Tok(mods - 1) == "of";
    const bool role_before =
        !object_of && (f_.lex().humans.Contains(role_head) || f_.lex().titles.Contains(role_head) || titled);
    for (uint32_t m = first - 1; person && role_before && m > c0 + 1 && first - m < 6; --m) {
      // Before a title only a capitalised phrase is its role ("Communication
      // Director"), not "facing a challenge from Harbour Commissioner X".
      if (titled && !f_.lex().humans.Contains(role_head) && !f_.lex().titles.Contains(role_head) &&
          !text::StartsUpper(f_.Tok(m))) {
        break;
      }
      if (f_.Tok(m - 1) != ",") continue;
      if (!f_.RolePrefix(m, first)) break;
      for (uint32_t a = c0; a + 1 < m; ++a) {
        if (f_.IsCue(a) || f_.InQuote(doc_.tokens[a].span.begin)) return false;
      }
      return true;
    }
    for (uint32_t m = first - 1; person && m > c0 && first - m < 7; --m) {
      // Only after a subordinator: "radio host and author X" is one phrase.
      if (opener(f_.Tok(m - 1)) &&
          !Is<"which", "whom", "as", "where", ";", ":", "and", "but", "so", "yet", "--">(f_.Tok(m - 1))) {
        if (f_.RolePrefix(m, first)) return true;
        break;
      }
    }
    // "..., and at the town hall this week she said": a short time or place
    // phrase between the conjunction and the subject.
    if (!person && !f_.IsPronoun(first)) return false;
    for (uint32_t m = first; m > c0 && first - m < 8;) {
      --m;
      std::string_view w = f_.Tok(m);
      if (w == ",") return false;
      // The phrase opens the clause itself, or follows its conjunction.
      if (Is<"in", "at", "on", "during", "last", "this", "earlier", "later", "after", "before", "In", "At",
                 "On", "During", "Last", "This", "Earlier", "Later">(w)) {
        if (m == c0 || (opener(f_.Tok(m - 1)) && !Is<"which", "whom", "as", "where">(f_.Tok(m - 1)))) return true;
        continue;
      }
      // A verb (or a quote) between: the subject belongs to another clause.
      if (text::StartsLower(w) &&
          ((w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
           Is<"is", "was", "are", "were", "has", "had", "have", "will", "would", "says", "said", "knew", "know",
                  "knows", "thought", "felt", "told", "got", "went", "made", "took", "gave", "came", "saw", "found",
                  "want", "wants", "think", "thinks", "can", "could", "did", "does", "do">(w))) {
        return false;
      }
      if (f_.InQuote(doc_.tokens[m].span.begin)) return false;
    }
    return false;
  }

  // The people noun a relative pronoun after token a-1 hangs on: the word
  // itself ("a doctor who"), or before its home ("a steelworker from
  // Youngstown who"); 0 when there is none.
  // Where a poll's share of respondents starts when it ends right before a
  // relative "who" at a ("38 percent", "18%", "four in 10", "the number",
  // "half"), else 0.
  uint32_t ShareBeforeRelative(uint32_t a, uint32_t c0) const {
    auto number = [&](uint32_t t) {
      return StartsDigit(f_.Tok(t)) ||
             Is<"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "Two", "Three",
                "Four", "Five", "Six", "Seven", "Eight", "Nine", "One", "Ten">(f_.Tok(t)) ||
             (f_.Tok(t).find('-') != std::string_view::npos && f_.Tok(t).size() > 6 &&
              (f_.Tok(t).ends_with("-one") || f_.Tok(t).ends_with("-two") || f_.Tok(t).ends_with("-three") ||
               f_.Tok(t).ends_with("-four") || f_.Tok(t).ends_with("-five") || f_.Tok(t).ends_with("-six") ||
               f_.Tok(t).ends_with("-seven") || f_.Tok(t).ends_with("-eight") || f_.Tok(t).ends_with("-nine")));
    };
    // (Not a share opening the clause, "Those who said they were undecided
    // favored Trump": the relative is inside the subject of a verb to come.)
    if (a <= c0 + 2) return 0;
    const std::string_view last = f_.Tok(a - 1);
    if (Is<"percent", "%">(last) && a >= c0 + 3 && number(a - 2)) return a - 2;
    if (last.size() > 1 && last.back() == '%' && StartsDigit(last)) return a - 1;
    if (a >= c0 + 4 && number(a - 1) && f_.Tok(a - 2) == "in" && number(a - 3)) return a - 3;
    // ("those who said" is left alone: it often opens a subject, "those
    // who said X tended to support Sanders".)
    if (Is<"half", "Half">(last)) return a - 1;
    if (a >= c0 + 3 && Is<"number", "share", "percentage", "proportion", "majority", "plurality", "third",
                          "quarter", "fifth", "minority">(last) &&
        Is<"the", "The", "a", "A">(f_.Tok(a - 2))) {
      return a - 2;
    }
    // ("about the same number who said the party truly cares", "a similar
    // share who said": a comparison's count with its modifier.)
    if (a >= c0 + 4 && Is<"number", "share", "percentage", "proportion">(last) &&
        Is<"same", "similar", "equal", "smaller", "larger", "bigger">(f_.Tok(a - 2)) &&
        Is<"the", "The", "a", "A">(f_.Tok(a - 3))) {
      return a >= c0 + 5 && Is<"about", "roughly", "nearly", "almost">(f_.Tok(a - 4)) ? a - 4 : a - 3;
    }
    return 0;
  }

  uint32_t PeopleNounBeforeRelative(uint32_t a, uint32_t c0) const {
    if (a == 0 || a - 1 < c0) return 0;
    if (f_.lex().humans.Contains(f_.Tok(a - 1))) return a - 1;
    uint32_t p = a - 1;
    while (p > c0 && a - p <= 3 && text::StartsUpper(f_.Tok(p)) && IsWordToken(f_.Tok(p))) --p;
    if (p + 1 < a && p > c0 + 1 && Is<"from", "of", "in", "at">(f_.Tok(p)) &&
        text::StartsLower(f_.Tok(p - 1)) && f_.lex().humans.Contains(f_.Tok(p - 1))) {
      return p - 1;
    }
    return 0;
  }

  // The relative subject of "X, who said ..." / "voters who said ...": the
  // speaker is the person (or people noun) the clause hangs on; the mention
  // is "who", which is what stands at the cue.
  Speaker WhoSubject(uint32_t k, uint32_t c0) const {
    Speaker sp;
    uint32_t w = k;
    while (w > c0 + 1 && Is<"also", "has", "have", "had", "later", "previously", "then", "once">(f_.Tok(w - 1))) --w;
    // "who in 2010 said", "who on Monday said": a date phrase between.
    if (w > c0 + 3 && Is<"in", "on">(f_.Tok(w - 2)) && IsDate(w - 1)) w -= 2;
    if (w <= c0 + 1 || !Is<"who", "which">(f_.Tok(w - 1))) return sp;
    const bool which = f_.Tok(w - 1) == "which";
    uint32_t a = w - 1;  // the antecedent ends before "who" (and its comma)
    if (f_.Tok(a - 1) == "," && a - 1 > c0) --a;
    int32_t m = which ? f_.MentionEndingAt(a - 1) : f_.PersonMentionEndingAt(a - 1);
    if (!which && m < 0 && f_.Tok(a) == ",") {
      // "McConnell, now the majority leader, who said": the person before
      // an appositive hangs the clause, not the role noun.
      // The clause start may lie after the appositive's comma: look back
      // to the sentence's start.
      const uint32_t s0 = doc_.sentences[doc_.tokens[k].sentence].first_token;
      for (uint32_t j = a - 1; j > s0 + 1 && a - j < 12; --j) {
        if (f_.Tok(j) == "," ) {
          m = f_.PersonMentionEndingAt(j - 1);
          break;
        }
        if (Is<"who", "which", "that", "and", "said", "says">(f_.Tok(j))) break;
      }
    }
    uint32_t of_from = 0;
    if (!which && m < 0) {
      // "Dr. Ana Ruiz of the CDC, who said": the person before an "of"
      // phrase naming the employer, which is the role.
      for (uint32_t j = a - 1; j > c0 + 1 && a - j < 11; --j) {
        const std::string_view t = f_.Tok(j);
        if (Is<"of", "at", "from">(t)) {
          if (j + 1 < a && text::StartsUpper(f_.Tok(a - 1))) m = f_.PersonMentionEndingAt(j - 1);
          if (m >= 0) of_from = j;
          break;
        }
        if (!(text::StartsUpper(t) || Is<"the", "for", "and", "&">(t))) break;
      }
    }
    if (which) {
      // "the Chicago Police Department, which reported ...": an organisation.
      if (m < 0 || (doc_.entities[doc_.mentions[m].entity].type != EntityType::kOrg &&
                    doc_.entities[doc_.mentions[m].entity].type != EntityType::kGpe)) {
        // ("The move angered Unite, which said", "the report, which said":
        // a name the recogniser left alone, or a document, set off by its
        // comma; with a verb of saying, not of hope: "a blow to Sundance,
        // which had hoped to exit bankruptcy, said X".)
        if (m >= 0 || f_.Tok(a) != "," || a < c0 + 2 || !f_.IsCue(k) || f_.lex().beliefs.Contains(f_.Tok(k))) return sp;
        uint32_t n0 = a;
        while (n0 > c0 && a - n0 < 4 && text::StartsUpper(f_.Tok(n0 - 1)) && IsWordToken(f_.Tok(n0 - 1)) &&
               !f_.lex().starters.Contains(f_.Tok(n0 - 1))) {
          --n0;
        }
        // (Not a place or medium after its preposition: "post on X, which
        // read".)
        if (n0 < a && n0 > c0 && !text::StartsUpper(f_.Tok(n0 - 1)) && !f_.InQuote(doc_.tokens[n0].span.begin) &&
            !Is<"on", "in", "at", "into", "onto", "across", "over", "under", "near", "via">(f_.Tok(n0 - 1))) {
          sp.name = std::string(doc_.Slice({doc_.tokens[n0].span.begin, doc_.tokens[a - 1].span.end}));
        } else if (a >= c0 + 3 && f_.lex().evidence.Contains(f_.Tok(a - 1)) &&
                   Is<"the", "a", "an", "its", "their", "his", "her">(f_.Tok(a - 2))) {
          sp.name = std::string(doc_.Slice({doc_.tokens[a - 2].span.begin, doc_.tokens[a - 1].span.end}));
        } else if (text::StartsLower(f_.Tok(a - 1)) && f_.lex().humans.Contains(f_.Tok(a - 1))) {
          // ("a response from the Unite union, which said": a body's noun
          // after its name, from the article.)
          uint32_t d = a - 1;
          while (d > c0 && a - d < 6 && text::StartsUpper(f_.Tok(d - 1)) && IsWordToken(f_.Tok(d - 1))) --d;
          if (d == a - 1 || d <= c0 || !Is<"the", "The">(f_.Tok(d - 1))) return sp;
          sp.name = std::string(doc_.Slice({doc_.tokens[d - 1].span.begin, doc_.tokens[a - 1].span.end}));
        } else {
          return sp;
        }
        sp.description = true;
      } else {
        sp.entity = doc_.mentions[m].entity;
        sp.name = doc_.entities[sp.entity].name;
      }
    } else if (m >= 0) {
      sp.entity = doc_.mentions[m].entity;
      sp.name = doc_.entities[sp.entity].name;
      if (of_from != 0) {
        sp.role = std::string(doc_.text.substr(doc_.tokens[of_from].span.begin,
                                               doc_.tokens[a - 1].span.end - doc_.tokens[of_from].span.begin));
      }
    } else if (const uint32_t share = ShareBeforeRelative(a, c0); share != 0) {
      // ("compared with 64 percent who say the same of Sanders", "four in
      // 10 who said": a poll's share of respondents.)
      sp.name = std::string(doc_.Slice({doc_.tokens[share].span.begin, doc_.tokens[a - 1].span.end}));
      sp.description = true;
    } else if (const uint32_t head = PeopleNounBeforeRelative(a, c0); head != 0) {
      sp.name = std::string(f_.Tok(head));
      sp.description = true;
      // ("met a doctor who said", "features a retired steelworker from
      // Youngstown who says": the noun phrase with its determiner and
      // home, when the relative closes it without a comma.)
      if (f_.Tok(a) != ",") {
        uint32_t d = head;
        while (d > c0 && head - d < 4 && text::StartsLower(f_.Tok(d - 1)) && IsWordToken(f_.Tok(d - 1)) &&
               !f_.IsCue(d - 1) && !IsDeterminerWord(f_.Tok(d - 1)) && !f_.lex().humans.Contains(f_.Tok(d - 1)) &&
               !Is<"and", "or", "but", "to", "of", "in", "for", "with", "by", "at", "from", "on">(f_.Tok(d - 1))) {
          --d;
        }
        if (d > c0 && IsDeterminerWord(f_.Tok(d - 1))) {
          sp.name = std::string(doc_.Slice({doc_.tokens[d - 1].span.begin, doc_.tokens[a - 1].span.end}));
        }
      }
    } else {
      return sp;
    }
    sp.found = true;
    sp.first_token = w - 1;
    sp.last_token = w;
    sp.mention = doc_.tokens[w - 1].span;
    return sp;
  }

  // The noun phrase opening the clause that a restrictive relative clause
  // between it and the cue hangs on: "Republicans who attended the meeting
  // said", "A senior official who asked not to be identified said". The
  // relative clause holds no comma, quote, conjunction or second relative,
  // so "officials who read it and said ..." stays the relative's own report;
  // the cue must open a clause.
  Speaker RelativeSubject(uint32_t k, uint32_t c0, uint32_t end) const {
    // "minors who came here would be considered a group": a passive.
    // "... rose when compared with states where ...": after a preposition
    // the cue word is a noun.
    if (k > c0 && Is<"be", "been", "being", "is", "was", "are", "were", "would", "will", "could",
                                      "should", "may", "might", "must", "can", "with", "of", "in", "for", "from",
                                      "by", "at", "on", "to", "than", "among", "between">(f_.Tok(k - 1))) {
      return Speaker();
    }
    for (uint32_t w = k; w > c0 + 1 && k - w < 20;) {
      --w;
      const std::string_view t = f_.Tok(w);
      if (Is<",", ";", ":", "(", ")", "that", "which", "whom", "and", "but", "or", "--", "-">(t) ||
          f_.InQuote(doc_.tokens[w].span.begin)) {
        break;
      }
      // "activists clamoring to block X say", "officials familiar with the
      // talks said": a reduced relative after a people noun.
      // (Not a trade before an office and its name: "Veteran mining analyst
      // Tom Price said".)
      // ("Waitangi Tribunal presiding officer Judge Carrie Wainwright": the
      // name after its own title.)
      auto named_at = [&](uint32_t j) {
        if (f_.PersonMentionStartingAt(j) >= 0) return true;
        for (uint32_t n = j + 1; n < k && n < j + 4; ++n) {
          const int32_t pm = f_.PersonMentionStartingAt(n);
          if (pm >= 0) return doc_.mentions[pm].title.begin == doc_.tokens[j].span.begin;
        }
        return false;
      };
      const bool trade = w + 2 < k && text::StartsLower(f_.Tok(w + 1)) && f_.lex().humans.Contains(f_.Tok(w + 1)) &&
                         named_at(w + 2);
      const bool reduced =
          w > c0 && f_.lex().humans.Contains(f_.Tok(w - 1)) &&
          ((t.size() > 4 && text::StartsLower(t) && t.substr(t.size() - 3) == "ing" && !trade &&
            !Is<"according", "including", "during", "saying", "telling", "adding">(t)) ||
           Is<"familiar", "close">(t));
      if (!reduced &&
          !Is(t, {"who", "who'd", "who\xE2\x80\x99" "d", "who've", "who\xE2\x80\x99ve", "who'll", "who\xE2\x80\x99ll",
                  "whose"})) {
        continue;
      }
      // "But those who back her opponents say": a lone pronoun of people.
      if (w == c0 + 1 && Is<"those", "Those", "people", "People", "anyone", "Anyone", "everyone",
                                         "Everyone", "others", "Others", "many", "Many", "some", "Some">(f_.Tok(c0))) {
        if (const uint32_t j = AfterCue(k, end); j == 0 || !Enough(j, end)) break;
        Speaker sp;
        sp.found = true;
        sp.description = true;
        sp.mention = doc_.tokens[c0].span;
        sp.name = std::string(f_.Tok(c0));
        sp.first_token = c0;
        sp.last_token = w;
        return sp;
      }
      if (w + 2 > k || f_.Tok(w - 1) == ",") break;  // "who said" is WhoSubject's; ", who" an aside
      if (const uint32_t j = AfterCue(k, end); j == 0 || !Enough(j, end)) break;
      Speaker np = NounPhraseSubject(w, c0);
      if (!np.found) np = BareNounPhraseSubject(w, c0, end, /*need_clause=*/false);
      if (!np.found && !reduced) {
        np = f_.LeftSubject(w, c0);
        // (Not a clause of its own before the relative: "The ad features a
        // retired steelworker who says": a verb, then its object's
        // article.)
        for (uint32_t j = c0 + 2; np.found && j + 1 < w; ++j) {
          if (Is<"a", "an", "the">(f_.Tok(j)) && text::StartsLower(f_.Tok(j - 1)) &&
              IsWordToken(f_.Tok(j - 1)) && !IsDeterminerWord(f_.Tok(j - 1)) &&
              !Is<"and", "or", "of", "for", "to", "with", "by", "from", "at", "about", "on", "in",
                                  "against", "toward", "under", "between", "among", "than", "like", "after",
                                  "before", "into", "over", "near", "across">(f_.Tok(j - 1))) {
            np = Speaker();
          }
        }
      }
      if (np.found && np.first_token == c0) return np;
      break;
    }
    return Speaker();
  }

  // A short noun phrase opening the clause right before its cue, led by a
  // determiner: "The NFL legend said", "The report found that", "A senior
  // aide told". A determiner, a few words and the verb leave no other
  // reading, so no people noun is needed (PolNeAR counts documents and
  // polls as sources too).
  // The closing mark of a short title in capitals quoted from the mark at
  // m ("Riverbend", "The Price Is Right") that closes before e; 0 when the
  // mark opens no such title.
  uint32_t QuotedTitleEnd(uint32_t m, uint32_t e) const {
    size_t len;
    // (Only a work someone made or played in: "The Commission's new "Chips
    // Act" aims to" is the act's own aim, no one's report.)
    if (m == 0 || !Is<"of", "'s", "\xE2\x80\x99s">(f_.Tok(m - 1))) return 0;
    if (f_.Tok(m).empty() || !text::IsDoubleQuote(text::DecodeAt(f_.Tok(m), 0, &len)) || len != f_.Tok(m).size()) {
      return 0;
    }
    if (m + 1 >= e || !text::StartsUpper(f_.Tok(m + 1))) return 0;
    for (uint32_t c = m + 2; c < e && c < m + 8; ++c) {
      const std::string_view t = f_.Tok(c);
      // (After an owner's possessive only the work itself, right before the
      // cue: "The union's "Fair Pay Report" says", not "the Secretary-
      // General's "Early Warnings for All" initiative aims".)
      if (!t.empty() && text::IsDoubleQuote(text::DecodeAt(t, 0, &len)) && len == t.size()) {
        return f_.Tok(m - 1) == "of" || c + 1 == e ? c : 0;
      }
      if (!text::IsWordChar(text::DecodeAt(t, 0, &len)) && !Is<"'s", "\xE2\x80\x99s", ":", "-">(t)) return 0;
      if (f_.IsCue(c)) return 0;
    }
    return 0;
  }

  Speaker NounPhraseSubject(uint32_t k, uint32_t c0, uint32_t max_words = 7) const {
    Speaker sp;
    uint32_t e = k;
    while (e > c0 && Is<"has", "have", "had", "also", "later", "repeatedly", "previously">(f_.Tok(e - 1))) --e;
    while (e > c0 + 2 && Is<"first", "originally", "initially", "ultimately", "eventually">(f_.Tok(e - 1))) --e;
    // ("A senior official in the city's disaster office": a possessive
    // inside counts one word with its owner.)
    uint32_t possessives = 0;
    for (uint32_t m = c0 + 2; m < e && m < c0 + 9; ++m) possessives += Is<"'s", "\xE2\x80\x99s">(f_.Tok(m)) ? 1 : 0;
    // (A quoted title counts one word.)
    uint32_t title_words = 0;
    for (uint32_t m = c0 + 1; m < e && m < c0 + 10; ++m) {
      if (const uint32_t close = QuotedTitleEnd(m, e); close != 0) {
        title_words += close - m;
        m = close;
      }
    }
    if (Speaker ev = EvidenceSubject(k, c0, e); ev.found || e > c0 + max_words + 2 * possessives + title_words) return ev;
    if (e <= c0 + 1) return sp;
    std::string_view first = f_.Tok(c0);
    if (!Is<"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "One",
                    "Another", "Each", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your">(first)) {
      return sp;
    }
    for (uint32_t m = c0 + 1; m < e; ++m) {
      // ("The star of "Riverbend" said": a work's title inside the phrase.)
      if (const uint32_t close = QuotedTitleEnd(m, e); close != 0) {
        m = close;
        continue;
      }
      std::string_view t = f_.Tok(m);
      size_t len;
      if ((!text::IsWordChar(text::DecodeAt(t, 0, &len)) && !(m > c0 + 1 && Is<"'s", "\xE2\x80\x99s">(t))) ||
          f_.IsCue(m) || f_.IsPronoun(m) ||
          Is<"is", "was", "are", "were", "be", "been", "will", "would", "could", "should", "can", "may",
                 "might", "must", "do", "does", "did", "not", "that", "which", "who", "to", "if", "when", "because",
                 "as", "than", "there", "has", "have", "had">(t)) {
        return sp;
      }
    }
    return f_.Description(c0, e);
  }

  // A noun phrase with no determiner opening the clause right before a cue
  // that opens a clause: "Hacking specialists say the ...", "Several
  // prominent GOP elders agreed that", "Coca-Cola indicated it would",
  // "Friends, lobbyists and former foes say that", "Mr. Autor and his
  // colleagues found that". The clause after the cue is what settles the
  // reading, so one is required; words that make the phrase a clause of its
  // own (an auxiliary, a relative, a participle) rule it out. A person
  // named at its end is the speaker, the words before the name the role.
  Speaker BareNounPhraseSubject(uint32_t k, uint32_t c0, uint32_t end, bool need_clause = true) const {
    Speaker sp;
    uint32_t e = k;
    while (e > c0 && Is<"has", "have", "had", "also", "later", "repeatedly", "previously", "all",
                                        "both", "now", "recently", "publicly", "privately", "long">(f_.Tok(e - 1))) {
      --e;
    }
    if (e <= c0 || e - c0 > 14) return sp;
    // ("both independent analysts and sources in the Rukban camp told": a
    // "both ... and" pair is one subject, however long its halves.)
    const bool both_and = Is<"both", "Both">(f_.Tok(c0)) && [&] {
      for (uint32_t m = c0 + 2; m + 1 < e; ++m) {
        if (f_.Tok(m) == "and") return true;
      }
      return false;
    }();
    if (e - c0 > 8 && !both_and) {
      // ("The leaders of South Korea, Japan and the United States said": a
      // long phrase only when a list of names follows its "of" or "from".)
      uint32_t of = c0 + 1;
      while (of < c0 + 4 && !Is<"of", "from">(f_.Tok(of))) ++of;
      if (of == c0 + 4) return sp;
      for (uint32_t m = of + 1; m < e; ++m) {
        if (!text::StartsUpper(f_.Tok(m)) && !Is<",", "and", "the">(f_.Tok(m))) return sp;
      }
    }
    // "in a later interview said": a phrase opened by a preposition is no
    // subject.
    if (Is<"in", "on", "at", "for", "with", "by", "from", "after", "before", "during", "of", "to",
                        "about", "over", "under", "into", "since", "through", "without">(f_.Tok(c0))) {
      return sp;
    }
    if (need_clause) {
      if (const uint32_t j = AfterCue(k, end); j == 0 || !Enough(j, end)) return sp;
    }
    bool comma = false, joined_after_comma = false;
    for (uint32_t m = c0; m < e; ++m) {
      std::string_view t = f_.Tok(m);
      if (t == ",") {
        if (m == c0 || m + 1 >= e) return sp;
        comma = true;
        joined_after_comma = false;
        continue;
      }
      if (t == "and" || t == "&") {
        if (m == c0 || m + 1 >= e) return sp;
        joined_after_comma = true;
        continue;
      }
      size_t len;
      // "Bernie Sanders' campaign": a lone apostrophe after an -s word.
      const bool plural_possessive = Is<"'", "\xE2\x80\x99">(t) && m > c0 && f_.Tok(m - 1).back() == 's';
      if (!text::IsWordChar(text::DecodeAt(t, 0, &len)) && !Is<"'s", "\xE2\x80\x99s", "-", "/", ".">(t) &&
          !plural_possessive) {
        return sp;
      }
      if (plural_possessive) continue;
      if (f_.IsCue(m) || (f_.IsPronoun(m) && !Is<"his", "her", "their", "its">(t)) ||
          Is<"is", "was", "are", "were", "be", "been", "being", "will", "would", "could", "should", "can", "may",
                 "might", "must", "do", "does", "did", "not", "that", "which", "who", "whom", "whose", "to", "if",
                 "when", "because", "as", "there", "it", "this", "these", "those", "or", "but", "so", "yet",
                 "while", "where", "how", "what", "why", "here", "then", "just", "even", "still", "however", "now",
                 "you", "You", "cannot", "can't", "can\xE2\x80\x99t", "won't", "won\xE2\x80\x99t">(t)) {
        return sp;
      }
      // "you'll feel", "we're told": a contraction is a pronoun and its verb.
      if (t.size() > 3 && (t.find('\'') != std::string_view::npos || t.find("\xE2\x80\x99") != std::string_view::npos) &&
          !(t.substr(t.size() - 2) == "'s" || (t.size() >= 4 && t.substr(t.size() - 4) == "\xE2\x80\x99s"))) {
        return sp;
      }
      if (t == "than" && !(m > c0 && Is<"more", "less", "fewer", "More", "Less", "Fewer">(f_.Tok(m - 1)))) return sp;  // "more than 4 in 10"
      // "The survey, conducted by X," / "voters supporting X": a participle
      // makes the words a clause of their own.
      if (text::StartsLower(t) && t.size() > 4 && m > c0 &&
          (t.substr(t.size() - 3) == "ing" || t.substr(t.size() - 2) == "ed")) {
        return sp;
      }
    }
    if (comma && !joined_after_comma) return sp;  // "Friends, lobbyists and former foes" only
    // "Please read the full text": one word that never begins a name.
    if (e == c0 + 1 && f_.lex().starters.Contains(f_.Tok(c0))) return sp;
    std::string_view last = f_.Tok(e - 1);
    if (last.size() > 3 && last.substr(last.size() - 2) == "ly") return sp;
    // "Benchmark 10-year notes": a numeric compound modifies the cue word,
    // which is a noun then.
    if (StartsDigit(last) && last.find('-') != std::string_view::npos) return sp;
    if (Is<"of", "for", "in", "on", "at", "by", "with", "from", "the", "a", "an", "his", "her", "their",
                  "its", "and", "-", "/", "'s", "\xE2\x80\x99s">(last)) {
      return sp;
    }
    if (const int32_t pm = f_.PersonMentionEndingAt(e - 1); pm >= 0) {
      // "Popular Christian and corporate speaker Lance Wallnau believes".
      const uint32_t name_first = f_.TokenAt(doc_.mentions[pm].span.begin);
      // ("Critics of Russian President Vladimir Putin say": people of the
      // person, who is no speaker.)
      bool of_person = false;
      // ("candidate for Arizona governor Kara Lindell" is the candidate.)
      for (uint32_t m = c0 + 1; m < name_first && !of_person; ++m) {
        char buf[24];
        const std::string_view p = text::FoldCase(f_.Tok(m - 1), buf, sizeof buf);
        of_person = Is<"of", "to", "for">(f_.Tok(m)) && p.size() > 3 && p.back() == 's' && f_.lex().humans.Contains(p);
      }
      // ("Staff at a pub in Lincoln say": a place after its preposition,
      // whatever the recogniser made of it.)
      const bool after_preposition = name_first > c0 && Is<"in", "at", "from", "near", "outside",
                                                                                   "inside", "on", "across", "around">(f_.Tok(name_first - 1));
      if (after_preposition) return f_.Description(c0, e);
      if (name_first >= c0 && name_first < e && !of_person) {
        Speaker named = f_.RightSubject(name_first, e);
        // ("head of social justice Dr Tricia Keilthy": read from the title
        // when the name alone is not read.)
        if (const Span title = doc_.mentions[pm].title; !named.found && !title.empty()) {
          std::string_view courtesy = doc_.Slice(title);
          if (courtesy.ends_with(".")) courtesy.remove_suffix(1);
          if (const uint32_t tf = f_.TokenAt(title.begin);
              tf > c0 && tf + 1 == name_first && f_.lex().honorifics.Contains(courtesy) && f_.RolePrefix(c0, tf) &&
              !f_.lex().starters.Contains(f_.Tok(c0))) {
            named = f_.RightSubject(tf, e);
          }
        }
        if (named.found && named.entity >= 0) {
          if (name_first > c0) {
            named.role = std::string(
                doc_.Slice({doc_.tokens[c0].span.begin, doc_.tokens[name_first - 1].span.end}));
            named.role_is_title = true;
          }
          named.first_token = c0;
          named.last_token = e;
          return named;
        }
      }
    }
    return f_.Description(c0, e);
  }

  // A document as a long subject of a verb of finding: "A national poll
  // released Sunday by The Washington Post and ABC News shows ...", "The
  // survey, conducted by the Public Policy Institute, finds ...". An
  // evidence noun near the start; participles, a comma-set aside and names
  // may follow it, but no verb of its own (an auxiliary or a cue).
  Speaker EvidenceSubject(uint32_t k, uint32_t c0, uint32_t e) const {
    Speaker sp;
    if (e < c0 + 2 || e > c0 + 18 || !f_.lex().that_cues.Contains(f_.Tok(k))) return sp;
    bool evidence = false;
    for (uint32_t m = c0; m < c0 + 4 && m < e && !evidence; ++m) evidence = f_.lex().evidence.Contains(f_.Tok(m));
    if (!evidence) return sp;
    int commas = 0;
    for (uint32_t m = c0; m < e; ++m) {
      std::string_view t = f_.Tok(m);
      if (t == ",") {
        ++commas;
        continue;
      }
      if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin) ||
          Is<"is", "was", "are", "were", "will", "would", "could", "should", "can", "may", "might", "must",
                 "has", "have", "had", "do", "does", "did", "not", "that", "which", "who", "if", "because", ";", ":">(t)) {
        return sp;
      }
    }
    // An aside is set off by two commas, the second right before the cue.
    if (commas != 0 && (commas != 2 || f_.Tok(e - 1) != ",")) return sp;
    return f_.Description(c0, commas ? e - 1 : e);
  }

  // "CLAUSE, the admiral said.", "CLAUSE, the airline said Thursday.": a
  // short determiner phrase between the clause's comma and a cue that ends
  // the sentence is its speaker by word order, people noun or not.
  Speaker TailNounPhrase(uint32_t k, uint32_t c0, uint32_t end) const {
    Speaker sp;
    uint32_t c = k;
    while (c > c0 && k - c < 5 && f_.Tok(c - 1) != ",") --c;
    if (c <= c0 + 2 || f_.Tok(c - 1) != "," || k < c + 2 || k - c > 4 || end > k + 5) return sp;
    if (!Is<"the", "a", "an", "its", "his", "her", "their">(f_.Tok(c))) return sp;
    for (uint32_t a = c + 1; a < k; ++a) {
      std::string_view t = f_.Tok(a);
      size_t len;
      if (!text::IsWordChar(text::DecodeAt(t, 0, &len)) || f_.IsCue(a) || f_.IsPronoun(a) ||
          Is<"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "that", "which", "who",
                 "and", "or", "but", "not", "to", "of", "in", "on", "for", "with", "as", "by", "at">(t)) {
        return sp;
      }
    }
    if (const uint32_t j = AfterCue(k, end); j != 0 && Enough(j, end)) return sp;
    return f_.Description(c, k);
  }

  // "I think ...", "We know ...": the writer or a speaker of a transcript.
  // Who that is the text rarely says, so the mention is kept and the
  // speaker left unnamed.
  // "I'd", "I’m", "I've", "I’ll": the first person with its verb.
  bool IsFirstPersonContraction(uint32_t k) const {
    const std::string_view t = f_.Tok(k);
    return t.size() >= 3 && t.size() <= 6 && t[0] == 'I' &&
           (t[1] == '\'' || t.substr(1, 3) == "\xE2\x80\x99");
  }

  Speaker FirstPersonSubject(uint32_t k, uint32_t c0) const {
    Speaker sp;
    uint32_t s = k;
    while (s > c0 && Is<"also", "still", "really", "do", "don't", "just", "have", "had">(f_.Tok(s - 1))) --s;
    if (s == 0 || s - 1 < c0 || !(Is<"I", "We", "we">(f_.Tok(s - 1)) || IsFirstPersonContraction(s - 1))) return sp;
    sp.found = true;
    sp.first_token = s - 1;
    sp.last_token = s;
    sp.mention = doc_.tokens[s - 1].span;
    return sp;
  }

  // True when the cue at k is a second verb coordinated with the clause's
  // first: after "and" or "but" (", and then", "but also"), or after ",
  // then".
  bool Coordinated(uint32_t k, uint32_t c0) const {
    uint32_t p = k;
    while (p > c0 + 1 && Is<"also", "later", "again", "now", "still", "quickly", "eventually",
                                              "ultimately", "then", "instead">(f_.Tok(p - 1))) {
      --p;
    }
    // "... but on Tuesday wrote that", "and last week said": a time phrase
    // between the conjunction and the cue.
    uint32_t d = p;
    while (d > c0 + 2 && IsDate(d - 1)) --d;
    if (d < p && d > c0 + 2 && Is<"on", "in", "last", "this", "earlier">(f_.Tok(d - 1))) --d;
    if (d < p && Is<"and", "but">(f_.Tok(d - 1))) return true;
    if (Is<"and", "but">(f_.Tok(p - 1))) return true;
    return p < k && f_.Tok(p) == "then" && f_.Tok(p - 1) == ",";
  }

  // The subject of the clause's first verb, read left of the first
  // lower-case word that leaves a subject opening the clause ("Sullivan
  // put off ...", "A spokesman for the mayor defended ..."). Not found when
  // none does within ten words.
  Speaker FirstVerbSubject(uint32_t c0, uint32_t k) const {
    for (uint32_t v = c0 + 1; v < k && v < c0 + 12; ++v) {
      std::string_view w = f_.Tok(v);
      if (!text::StartsLower(w)) continue;
      if (Is<"and", "or", "but", "who", "which", "that", ",">(w)) break;
      Speaker sp = f_.LeftSubject(v, c0);
      // "The port authority has deemed ...": a determiner's noun phrase.
      if (!sp.found && VerbLike(v)) sp = NounPhraseSubject(v, c0);
      // "FBI officials were angered ... and predicted ...": a bare phrase
      // ending in a people noun.
      if (!sp.found && VerbLike(v) && v > c0 && f_.lex().humans.Contains(f_.Tok(v - 1))) {
        sp = BareNounPhraseSubject(v, c0, v, /*need_clause=*/false);
      }
      if (!sp.found || sp.first_token != c0) continue;
      // Capitalised words the recogniser did not know ("Sullivan put",
      // "Wealth-X keeps") are a subject only before a word that reads as
      // a verb: "Attack alternatives", "Hastily arranged" are not.
      bool unknown = sp.description && sp.entity < 0;
      for (uint32_t t = sp.first_token; t < sp.last_token && unknown; ++t) {
        unknown = text::StartsUpper(f_.Tok(t));
      }
      std::string_view first = f_.Tok(c0);
      if (unknown && (!VerbLike(v) || (first.size() > 2 && first.substr(first.size() - 2) == "ly"))) continue;
      return sp;
    }
    return Speaker();
  }

  // A word that can be the finite verb after a subject: a past tense
  // ("offered"), an auxiliary or a common irregular past ("put", "went"),
  // an adverb before one ("jokingly offered"), or a present tense after a
  // name ("Wealth-X keeps").
  bool VerbLike(uint32_t v) const {
    std::string_view w = f_.Tok(v);
    if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;
    if (Is<"has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might",
               "should", "must", "shall", "did", "does", "put", "went", "made", "took", "gave", "met", "kept", "held", "left", "won", "lost",
               "got", "ran", "saw", "came", "sent", "spent", "brought", "thought", "felt", "found", "became",
               "began", "wrote", "spoke", "set", "cut", "let", "led", "sat", "stood", "paid", "sold", "built",
               "hit", "broke", "chose", "drew", "rose", "fell", "struck", "sought", "taught", "bought", "cast",
               // ("The attacker blew himself up, said Col. Karkhi": pasts of
               // their own spelling.)
               "blew", "flew", "fled", "grew", "knew", "threw", "hurt", "shut", "wore", "ate", "fought",
               "caught", "hid", "sank", "sang", "rang", "stole", "froze", "woke", "dug", "hung",
               "quit", "swung", "tore", "withdrew", "forgot", "understood", "overcame", "meant",
               "heard", "laid", "sped", "slid", "shook", "swept", "stuck", "dealt", "slept", "wept",
               "overtook", "undertook", "bled", "fed", "forbade", "lent", "oversaw", "rode", "shone",
               "sprang", "strove", "swore",
               // ("The clinic cannot stay open, said Dr. Elise Carver": a
               // modal's negation.)
               "cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't",
               "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "mustn't",
               "can\xE2\x80\x99t", "won\xE2\x80\x99t", "isn\xE2\x80\x99t", "didn\xE2\x80\x99t",
               "doesn\xE2\x80\x99t", "don\xE2\x80\x99t", "wouldn\xE2\x80\x99t", "couldn\xE2\x80\x99t">(w)) {
      return true;
    }
    if (w.size() > 3 && w.substr(w.size() - 2) == "ly") return v + 1 < doc_.tokens.size() && VerbLike(v + 1);
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && v > 0 && text::StartsUpper(f_.Tok(v - 1));
  }

  // The subject opening the clause at c0: a person, a pronoun or a bare
  // people noun ("Democrats", "Officials").
  Speaker ClauseSubject(uint32_t c0) const {
    Speaker sp = ClauseSubjectHead(c0);
    // ("The General Staff did not comment but said": an organisation whose
    // name opens with a title's word, not "the General".)
    if (sp.found && sp.description && sp.last_token < doc_.tokens.size() && text::StartsUpper(f_.Tok(sp.last_token))) {
      for (uint32_t e = sp.last_token; e < sp.last_token + 3 && e < doc_.tokens.size(); ++e) {
        const int32_t om = f_.MentionEndingAt(e);
        if (om < 0 || doc_.entities[doc_.mentions[om].entity].type != EntityType::kOrg) continue;
        if (f_.TokenAt(doc_.mentions[om].span.begin) >= sp.last_token) break;
        // (Not an owner: "The White House's AI czar, David Sachs,".)
        if (e + 1 < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99">(f_.Tok(e + 1))) break;
        Speaker org;
        org.found = true;
        org.entity = doc_.mentions[om].entity;
        org.name = doc_.entities[org.entity].name;
        org.mention = {doc_.tokens[sp.first_token].span.begin, doc_.mentions[om].span.end};
        org.first_token = sp.first_token;
        org.last_token = e + 1;
        return org;
      }
    }
    // "Cuomo's lawyer, Rita Glavin, called ... and said": the name set off
    // after the description is the subject, the description its role.
    // ("The committee's chairman, Representative Peter W. Rodano, called
    // ... but said": a title before the name too.)
    if (sp.found && sp.description && sp.last_token + 3 < doc_.tokens.size() && f_.Tok(sp.last_token) == "," &&
        (f_.PersonMentionStartingAt(sp.last_token + 1) >= 0 ||
         (f_.RoleWord(sp.last_token + 1) && f_.PersonMentionStartingAt(sp.last_token + 2) >= 0))) {
      Speaker person = f_.RightSubject(sp.last_token + 1, std::min<uint32_t>(sp.last_token + 8, doc_.tokens.size()));
      if (person.found && person.entity >= 0 && person.last_token < doc_.tokens.size() &&
          f_.Tok(person.last_token) == ",") {
        person.role = sp.name;
        person.role_is_title = false;
        person.first_token = c0;
        return person;
      }
    }
    // "Chief executive Rhea Calver apologized, insisting": a lower-case
    // office right before the name is the person's role.
    if (sp.found && sp.description && sp.entity < 0 && sp.last_token < doc_.tokens.size() &&
        f_.RolePrefix(c0, sp.last_token) && f_.PersonMentionStartingAt(sp.last_token) >= 0) {
      Speaker person = f_.RightSubject(sp.last_token, sp.last_token + 5);
      if (person.found && person.entity >= 0) {
        person.role = sp.name;
        person.role_is_title = true;
        person.first_token = c0;
        return person;
      }
    }
    return sp;
  }

  Speaker ClauseSubjectHead(uint32_t c0) const {
    int32_t m = f_.PersonMentionStartingAt(c0);
    // "Tom Reed's campaign sent an email saying": the person's group.
    if (m >= 0) {
      const uint32_t after = f_.TokenAt(doc_.mentions[m].span.end);
      if (after + 1 < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s">(f_.Tok(after)) &&
          Is<"campaign", "administration", "aides", "lawyers", "attorneys", "spokesman",
                                 "spokeswoman", "spokesperson", "office", "team", "camp", "allies", "advisers",
                                 "family", "government", "foundation", "company", "staff", "lawyer", "attorney",
                                 "agent", "representative", "publicist">(f_.Tok(after + 1))) {
        return f_.Description(c0, after + 2);
      }
      // ("Mayor Gina Ferraro's press secretary, Liam Booker, called ... and
      // said": an office of two words.)
      if (after + 2 < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s">(f_.Tok(after)) &&
          text::StartsLower(f_.Tok(after + 1)) && text::StartsLower(f_.Tok(after + 2)) &&
          f_.lex().humans.Contains(f_.Tok(after + 2)) && !f_.IsCue(after + 1)) {
        return f_.Description(c0, after + 3);
      }
    }
    if (m >= 0 || f_.IsPronoun(c0)) {
      Speaker sp = f_.RightSubject(c0, c0 + 1 + (m >= 0 ? 4 : 0));
      // A title stays ("Judge Patricia Owens rejected ..., saying").
      if (!sp.role_is_title) sp.role.reset();
      return sp;
    }
    // "Senator Ada Brennan took ...": a role before the name.
    // ("Lancaster police Lt. Bill Hickey called ... and said": a people
    // noun inside the role.)
    for (uint32_t t = c0 + 1; t < c0 + 5 && t < doc_.tokens.size() &&
                              (text::StartsUpper(f_.Tok(t - 1)) || (t > c0 + 1 && f_.lex().humans.Contains(f_.Tok(t - 1))));
         ++t) {
      if (const int32_t m = f_.PersonMentionStartingAt(t); m >= 0 && f_.RolePrefix(c0, t)) {
        // Read from the mention's own title ("FBI Director James Comey"),
        // which stays, to be joined to the words before it.
        const Mention& men = doc_.mentions[m];
        // ("Mayor Gina Ferraro's press secretary, Liam Booker, called ...
        // and said": the titled person's office names someone else.)
        if (const uint32_t after = f_.TokenAt(men.span.end);
            after + 2 < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s">(f_.Tok(after)) &&
            text::StartsLower(f_.Tok(after + 1)) && !f_.IsCue(after + 1)) {
          uint32_t h = after + 1;
          if (h + 1 < doc_.tokens.size() && text::StartsLower(f_.Tok(h + 1)) && f_.lex().humans.Contains(f_.Tok(h + 1))) {
            ++h;
          }
          if (f_.lex().humans.Contains(f_.Tok(h))) return f_.Description(c0, h + 1);
        }
        const uint32_t from = men.title.empty() ? t : std::min(t, f_.TokenAt(men.title.begin));
        Speaker sp = f_.RightSubject(from, t + 5);
        if (!sp.role_is_title) sp.role.reset();
        return sp;
      }
    }
    // "FBI officials", "Clinton aides", "Senate Republicans": capitalised
    // words before a people noun.
    for (uint32_t h = c0 + 1; h < c0 + 5 && h < doc_.tokens.size() && text::StartsUpper(f_.Tok(c0)) &&
                              !f_.InQuote(doc_.tokens[c0].span.begin);
         ++h) {
      if (f_.lex().humans.Contains(f_.Tok(h)) && !f_.IsCue(h)) {
        if (h + 1 < doc_.tokens.size() && f_.lex().humans.Contains(f_.Tok(h + 1))) continue;
        // ("The rapper's lawyer, X, called ... and said": the owner's
        // person.)
        if (h + 2 < doc_.tokens.size() && Is<"'s", "\xE2\x80\x99s">(f_.Tok(h + 1)) &&
            text::StartsLower(f_.Tok(h + 2)) && f_.lex().humans.Contains(f_.Tok(h + 2))) {
          h += 2;
        }
        // ("A spokesman for the sheriff declined ..., saying", "A group of
        // 14 states sued ..., accusing": the "for"/"of" phrase up to the
        // verb.)
        return f_.Description(c0, OfPhraseEnd(h + 1));
      }
      if (!text::StartsUpper(f_.Tok(h - 1)) || f_.IsPronoun(h - 1)) break;
    }
    Speaker sp;
    if (c0 < doc_.tokens.size() && f_.lex().humans.Contains(f_.Tok(c0)) && text::StartsUpper(f_.Tok(c0))) {
      if (const uint32_t e = OfPhraseEnd(c0 + 1); e > c0 + 1) return f_.Description(c0, e);
      sp.found = true;
      sp.description = true;
      sp.first_token = c0;
      sp.last_token = c0 + 1;
      sp.mention = doc_.tokens[c0].span;
      sp.name = std::string(f_.Tok(c0));
    }
    return sp;
  }

  // The end of a subject's "for"/"of" phrase that runs up to its verb ("A
  // spokesman for the sheriff declined ..., saying", "A group of 14 states
  // sued ..., accusing"); `e` itself when none does.
  uint32_t OfPhraseEnd(uint32_t e) const {
    if (e + 1 >= doc_.tokens.size() || !Is<"for", "of">(f_.Tok(e))) return e;
    uint32_t v = e + 1;
    while (v < doc_.tokens.size() && v < e + 7) {
      const std::string_view w = f_.Tok(v);
      if (w == "," || f_.IsCue(v) || f_.IsPronoun(v) || (text::StartsLower(w) && (VerbLike(v) || FiniteVerb(w)))) break;
      // ("Kestrel Bank of Canada on Thursday posted", "the student group
      // that organized": a time, a bracket or a relative clause ends it.)
      if (Is<"on", "in", "at", "during", "this", "last", "(", "that", "who", "which", "whose">(w) || IsDate(v)) {
        return v > e + 1 ? v : e;
      }
      ++v;
    }
    const bool verb = v < doc_.tokens.size() && text::StartsLower(f_.Tok(v)) && (VerbLike(v) || FiniteVerb(f_.Tok(v)));
    return v > e + 1 && verb ? v : e;
  }

  // True when every word of [a, b) lies in date mentions ("last week").
  bool OnlyDate(uint32_t a, uint32_t b) const {
    if (a >= b) return false;
    for (uint32_t k = a; k < b; ++k) {
      if (!IsDate(k) && !Is<"last", "this", "next", "week", "weekend", "month", "year", "night",
                                        "morning", "evening", "yesterday", "today", "tonight", "earlier", "later">(f_.Tok(k))) {
        return false;
      }
    }
    return true;
  }

  bool IsDate(uint32_t k) const {
    int32_t m = f_.MentionEndingAt(k);
    if (m < 0) {
      // A date mention spanning several tokens ends later; look it up by start.
      for (uint32_t e = k; e < k + 4 && e < doc_.tokens.size(); ++e) {
        m = f_.MentionEndingAt(e);
        if (m >= 0) break;
      }
    }
    return m >= 0 && doc_.entities[doc_.mentions[m].entity].type == EntityType::kDate &&
           doc_.mentions[m].span.begin <= doc_.tokens[k].span.begin &&
           doc_.mentions[m].span.end >= doc_.tokens[k].span.end;
  }

  // Where a clause starting at j ends: before ", though ...", ", which ...",
  // ", saying ...", "and warned ..." or a dash aside, which are the writer's
  // or start statements of their own.
  // True when the clause's own verb stands at v, after an aside on its
  // subject closed by a comma: an auxiliary, a past tense or a finite verb,
  // perhaps after an adverb ("also faces"); a verb of saying only when it is
  // no inverted attribution ("..., said X").
  bool VerbAfterAside(uint32_t v, uint32_t end) const {
    const uint32_t v0 = v;
    while (v + 1 < end && Is<"also", "still", "now", "never", "already", "allegedly", "reportedly",
                                         "only", "later", "then", "first", "recently">(f_.Tok(v))) {
      ++v;
    }
    if (v >= end) return false;
    const std::string_view w = f_.Tok(v);
    // (A verb of saying there opens a report of its own, or inverts one:
    // "..., reported a disorder", "..., said X"; a verb of showing is the
    // clause's: "the dam, built in 1931, showed no signs".)
    const bool inverted = f_.IsCue(v) && !Is<"showed", "shows", "show", "revealed", "reveals", "found", "finds">(w);
    return Is<"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "should", "may",
                  "might", "must">(w) ||
           // ("who is 34, also faces a charge": a present after an adverb.)
           (!inverted && v > v0 && w.size() > 3 && text::StartsLower(w) && w.back() == 's') ||
           // ("the company, which owns hotels, crowds out investors": a
           // present before its particle or object's article.)
           (!inverted && w.size() > 3 && text::StartsLower(w) && w.back() == 's' && !w.ends_with("ss") &&
            v + 1 < end &&
            Is<"out", "up", "down", "off", "back", "away", "the", "a", "an", "its", "their", "his",
                               "her", "our", "more", "no">(f_.Tok(v + 1))) ||
           (!inverted && w.size() > 3 && text::StartsLower(w) && w.ends_with("ed")) ||
           (!inverted && FiniteVerb(w));
  }

  // True when the clause from j (past a "that") opens with a person: a
  // pronoun for people or a person's name.
  bool PersonOpens(uint32_t j) const {
    if (j < doc_.tokens.size() && f_.Tok(j) == "that") ++j;
    if (j >= doc_.tokens.size()) return false;
    // ("said the captain had increased speed and ordered the crew to ...":
    // a person described opens it too.)
    return Is<"he", "she", "they", "we", "I", "you", "He", "She", "They", "We", "You">(f_.Tok(j)) ||
           f_.PersonMentionStartingAt(j) >= 0 ||
           (Is<"the", "a", "an", "his", "her", "their">(f_.Tok(j)) && j + 3 < doc_.tokens.size() &&
            ((f_.lex().humans.Contains(f_.Tok(j + 1)) && !Is<"'s", "\xE2\x80\x99s">(f_.Tok(j + 2))) ||
             (text::StartsLower(f_.Tok(j + 1)) && f_.lex().humans.Contains(f_.Tok(j + 2)) &&
              !Is<"'s", "\xE2\x80\x99s">(f_.Tok(j + 3)))) &&
            !Is<"government", "company", "ministry", "council", "board", "agency", "report", "plan">(f_.Tok(j + 1)));
  }

  // True when the clause j..m has a verb of its own and the words from a to
  // end, after "a"/"an", are one noun phrase to the sentence's end: no verb
  // before a relative word ("a man yelled", "a flow of cash made its way"
  // are clauses), no aside closed before a verb, no mark.
  bool ClosingAppositive(uint32_t j, uint32_t m, uint32_t a, uint32_t end) const {
    bool verb = false;
    for (uint32_t c = j; c < m && !verb; ++c) {
      verb = text::StartsLower(f_.Tok(c)) && (VerbLike(c) || FiniteVerb(f_.Tok(c)) || f_.IsCue(c));
    }
    if (!verb) return false;
    // (Nor a list, "either through a speech, a diplomatic push or a U.N.
    // resolution", nor an aside the clause goes on after: "make the Shoal, an
    // atoll Beijing grabbed, into a fortress"; nor a noun phrase holding a
    // report of its own: "a drop from 76 percent who said the same".)
    bool relative = false;
    for (uint32_t c = a; c < end; ++c) {
      const std::string_view w = f_.Tok(c);
      if (f_.IsCue(c)) return false;
      if (Is<"who", "that", "which", "whose", "whom", "where", "when">(w)) relative = true;
      if (f_.InQuote(doc_.tokens[c].span.begin) || Is<";", ":", "(", "\"", ",", "or">(w)) return false;
      if (w == "and" && c + 1 < end && Is<"a", "an", "the">(f_.Tok(c + 1))) return false;
      if (!relative && text::StartsLower(w) && !w.ends_with("ed") &&
          (FiniteVerb(w) || Is<"is", "are", "was", "were", "will", "would", "could", "can", "should", "may",
                                                "might", "must", "says", "say">(w))) {
        return false;
      }
    }
    return true;
  }

  // True when the words from j are a bare answer to a question put to the
  // subject: "yes", "no" or "so" right after "said", "say", "answered",
  // "replied", ending the clause or before where and when it was said.
  bool YesNoAnswer(uint32_t j, uint32_t end) const {
    if (j == 0 || j >= end || !Is<"yes", "no", "so">(f_.Tok(j)) ||
        !Is<"said", "says", "say", "answered", "replied">(f_.Tok(j - 1)) || f_.InQuote(doc_.tokens[j].span.begin)) {
      return false;
    }
    return j + 1 >= end ||
           Is<",", ".", ";", "-", "\xE2\x80\x94", "when", "while", "in", "at", "on", "during">(f_.Tok(j + 1));
  }

  uint32_t ClauseEnd(uint32_t j, uint32_t end) const {
    if (YesNoAnswer(j, end)) return j + 1;
    // "declaring victory and said ...": a one-word object before the
    // subject's next cue.
    if (j + 2 < end && Is<"and", "but">(f_.Tok(j + 1)) && f_.IsCue(j + 2)) return j + 1;
    // "denied wrongdoing, saying ...": a one-word object before the
    // writer's participle.
    if (j + 2 < end && f_.Tok(j + 1) == "," && f_.Tok(j + 2).size() > 5 && text::StartsLower(f_.Tok(j + 2)) &&
        f_.Tok(j + 2).substr(f_.Tok(j + 2).size() - 3) == "ing" && f_.IsCue(j + 2)) {
      return j + 1;
    }
    for (uint32_t m = j + 2; m + 1 < end; ++m) {
      std::string_view t = f_.Tok(m);
      // ("Pemberton Insurance expects premiums to grow, said Chief Executive
      // Colin Marsh.": an inverted attribution of the whole sentence ends
      // the inner report.)
      if (t == "," && m + 3 < end + 1 && Is<"said", "says", "added", "adds">(f_.Tok(m + 1)) &&
          (text::StartsUpper(f_.Tok(m + 2)) || Is<"the", "a", "an", "one">(f_.Tok(m + 2))) &&
          !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // ("61 percent said they have made up their minds, compared to 38
      // percent who said they could change them", "..., about the same
      // number who said ...": a poll's other share, with a report of its
      // own.)
      if ((t == "," || t == "compared") && !f_.InQuote(doc_.tokens[m].span.begin) &&
          ((t == "," && f_.Tok(m + 1) == "compared") || t == "compared" ||
           (t == "," && Is<"about", "roughly", "nearly", "almost", "just">(f_.Tok(m + 1)) && m + 3 < end &&
            f_.Tok(m + 2) == "the" && f_.Tok(m + 3) == "same"))) {
        bool who_said = false;
        for (uint32_t w = m + 2; w + 1 < end && w < m + 16 && !who_said; ++w) {
          if (Is<",", ";", ":">(f_.Tok(w)) && !IsDash(w)) break;
          who_said = f_.Tok(w) == "who" && f_.IsCue(w + 1);
        }
        if (who_said) return m;
      }
      // ("believe debt relief is possible only in bankruptcy and have been
      // calling on Congress to amend the law", "... and has promised that":
      // the subject's next statement, its auxiliary first.)
      if (t == "and" && m + 2 < end && Is<"has", "have", "had">(f_.Tok(m + 1)) &&
          !f_.InQuote(doc_.tokens[m].span.begin)) {
        uint32_t v = m + 2;
        while (v + 1 < end && v < m + 4 && Is<"also", "long", "repeatedly", "since", "been", "often">(f_.Tok(v))) ++v;
        if (text::StartsLower(f_.Tok(v)) && (f_.IsCue(v) || f_.lex().object_cues.Contains(f_.Tok(v)))) {
          return f_.Tok(m - 1) == "," ? m - 1 : m;
        }
      }
      // ("said Carson was dropping out of the race -- but he didn't take
      // any ...", "- but invoked Ronald Reagan": after a dash, "but" opens
      // the writer's turn; not a qualification of the words before it, "-
      // but with a more tactful approach", "- but only after ...".)
      if (m + 2 < end && f_.Tok(m + 1) == "but" && (t[0] == '-' || t[0] == '\xE2') && IsDash(m) &&
          !f_.InQuote(doc_.tokens[m].span.begin) &&
          !Is<"with", "only", "to", "then", "never", "not", "rather", "in", "at", "for", "after", "before",
              "without", "by", "as", "also">(f_.Tok(m + 2))) {
        bool closed = false;  // ("- but never finished -": an aside another dash closes)
        for (uint32_t d = m + 2; d < end && d < m + 12 && !closed; ++d) closed = IsDash(d);
        if (!closed) return m;
      }
      // ("said they will not back Mr. Trump, as has Carlos A. Gimenez": the
      // writer's comparison with another who did the same.)
      if (t == "," && m + 3 < end && f_.Tok(m + 1) == "as" &&
          Is<"has", "have", "had", "did", "do", "does">(f_.Tok(m + 2)) && text::StartsUpper(f_.Tok(m + 3)) &&
          !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // A closing mark glued to the comma ("this cycle,\" while ...") does
      // not hide the word after it.
      const uint32_t after = t == "," && IsGluedMark(m + 1) && m + 2 < end ? m + 2 : m + 1;
      std::string_view n = f_.Tok(after);
      // "that Gov. X, who must make the final decision, has revealed
      // almost nothing": an aside on the clause's subject, closed before its
      // verb, is no end.
      if (t == "," && Is<"who", "which">(n) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        bool aside = false;
        for (uint32_t c = after + 2; c + 1 < end && c < after + 16; ++c) {
          // ("the group, which it calls "MirrorFace," had targeted": a
          // naming verb inside the aside reports nothing.)
          if (Is<";", ":", ".">(f_.Tok(c)) ||
              (f_.IsCue(c) && !Is<"calls", "called", "call", "dubbed", "dubs", "names", "named",
                                              "nicknamed", "describes", "described", "terms", "termed", "labels",
                                              "labeled", "labelled", "refers", "referred">(f_.Tok(c)))) {
            break;
          }
          if (f_.Tok(c) != ",") continue;
          // ("operating profit, which excludes one-off items, rose 5
          // percent": an irregular past too.)
          // (The aside's comma may sit inside a closing mark.)
          aside = VerbAfterAside(c + 2 < end && IsGluedMark(c + 1) ? c + 2 : c + 1, end);
          break;
        }
        if (aside) continue;
      }
      // "said the fine, while large, was manageable", "said the dam, built
      // in 1931, showed no signs of damage", "said the suspect, identified
      // as Jaylen Brooks, 22, pointed a handgun": an aside on the reported
      // clause's short subject, closed before its verb.
      // (A name given in an aside may follow a longer subject: "the
      // shipbuilding cooperation with the U.S., dubbed "MASGA," would".)
      const bool naming = Is<"dubbed", "named", "nicknamed", "called", "codenamed", "code-named", "titled",
                                 "billed", "branded", "labelled", "labeled">(n) &&
                          after + 2 < end && [&] {
                            size_t len;
                            return text::IsDoubleQuote(text::DecodeAt(f_.Tok(after + 1), 0, &len));
                          }();
      if (t == "," && m <= j + (naming ? 8 : 5) && !f_.InQuote(doc_.tokens[m].span.begin) &&
          (Is<"while", "though", "although", "once", "now", "then", "still">(n) ||
           (text::StartsLower(n) && n.size() > 3 && n.ends_with("ed")) ||
           Is<"built", "known", "shown", "seen", "born", "made", "held", "left", "found", "named">(n))) {
        bool subject = true;  // no verb of its own between j and the comma
        for (uint32_t c = j; c < m && subject; ++c) {
          subject = !f_.IsCue(c) && !VerbLike(c) && !Is<"is", "was", "are", "were", "has", "had">(f_.Tok(c));
        }
        uint32_t closed = 0;
        // ("the joint exercise, dubbed "Freedom Shield," would run": a name
        // in marks inside the aside, its comma inside the closing mark.)
        for (uint32_t c = after + 1; subject && c + 1 < end && c < after + 16; ++c) {
          if (Is<";", ":", ".">(f_.Tok(c))) break;
          if (f_.InQuote(doc_.tokens[c].span.begin)) {
            if (!naming) break;
            if (f_.Tok(c) == "," && c + 2 < end && IsGluedMark(c + 1) && VerbAfterAside(c + 2, end)) {
              closed = c + 1;
              break;
            }
            continue;
          }
          if (f_.Tok(c) != ",") continue;
          const bool glued = naming && c + 2 < end && IsGluedMark(c + 1);  // (its comma inside the closing mark)
          if (VerbAfterAside(glued ? c + 2 : c + 1, end)) {
            closed = glued ? c + 1 : c;
            break;
          }
        }
        if (closed != 0) {
          m = closed;
          continue;
        }
      }
      // (", with her father telling BBC Persian that ...": an absolute
      // phrase whose own subject speaks.)
      if (t == "," && n == "with" && !f_.InQuote(doc_.tokens[m].span.begin)) {
        for (uint32_t c = after + 2; c < end && c < after + 7; ++c) {
          const std::string_view w = f_.Tok(c);
          if (Is<",", ";", ":">(w) || f_.InQuote(doc_.tokens[c].span.begin)) break;
          if (f_.IsCue(c) && w.size() > 5 && w.ends_with("ing") && !Is<"according", "including">(w)) return m;
        }
      }
      // ("conceded the team got what it deserved, then vowed that ...": the
      // subject's next act.)
      if (t == "," && n == "then" && after + 1 < end && f_.IsCue(after + 1) && text::StartsLower(f_.Tok(after + 1)) &&
          !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // (", for whom he was scheduled to ...": a prepositional relative.)
      if (t == "," && m + 3 < end && Is<"for", "to", "with", "from", "by", "of", "in", "on">(n) &&
          Is<"whom", "which">(f_.Tok(after + 1)) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // ("said that, in the end, developing countries would pay": a
      // participle before its noun and the clause's verb describes the
      // subject.)
      const bool adjective = after + 2 < end && n.ends_with("ing") && text::StartsLower(f_.Tok(after + 1)) &&
                             !f_.IsPronoun(after + 1) && !Is<"the", "a", "an", "to", "that">(f_.Tok(after + 1)) &&
                             Is<"would", "will", "had", "have", "are", "were", "could", "can",
                                                    "should", "must", "may", "might", "did", "do">(f_.Tok(after + 2));
      // ("found that 28 percent backed Trump, while 23 percent favored Cruz":
      // a contrast with no cue of its own finishes the report.)
      bool contrast_goes_on = false;
      if (t == "," && Is<"while", "whereas">(n) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        // (Not "while raising questions about ...": the writer's participle.)
        contrast_goes_on = after + 2 < end && !f_.Tok(after + 1).ends_with("ing");
        for (uint32_t c = after + 1; c < end && contrast_goes_on; ++c) {
          // (Nor another source's figure: ", while the Red Cross put the
          // toll at 40".)
          contrast_goes_on = !f_.IsCue(c) && !f_.lex().object_cues.Contains(f_.Tok(c)) &&
                             !f_.lex().infinitives.Contains(f_.Tok(c)) &&
                             !Is<";", ":", "put", "puts", "gave", "gives", "counted", "listed">(f_.Tok(c));
        }
      }
      // ("said a missile had struck a depot, killing four": what the event
      // did is part of what was said.)
      const bool toll = Is<"killing", "injuring", "wounding", "damaging", "destroying", "leaving">(n) &&
                        after + 1 < end && !f_.IsCue(after + 1) &&
                        !Is<"the", "a", "an", "his", "her", "their", "its", "him", "them">(f_.Tok(after + 1)) &&
                        (StartsDigit(f_.Tok(after + 1)) || !text::StartsUpper(f_.Tok(after + 1)));
      // ("said the campaign was, in fact, working": an aside between a
      // form of "be" and its participle; the participle ends the verb.)
      bool progressive = false;
      for (uint32_t c = m; t == "," && c > j + 1 && m - c < 5 && !progressive;) {
        --c;
        if (Is<".", ";", ":", "(", ")">(f_.Tok(c))) break;
        if (f_.Tok(c) != ",") continue;
        progressive = c + 1 < m && Is<"is", "are", "was", "were", "be", "been", "am">(f_.Tok(c - 1));
        break;
      }
      if (t == "," && !adjective && !contrast_goes_on && !toll && !progressive &&
          (Is<"though", "although", "while", "whereas", "which", "who">(n) ||
           (text::StartsLower(n) && (n.size() > 5 || Is<"using", "doing", "suing">(n)) &&
            n.substr(n.size() - 3) == "ing" &&
            !Is<"during", "including", "according", "following", "regarding", "concerning">(n)))) {
        // ", saying ...", ", focusing on ...", ", contradicting ...": the
        // writer's participle, not the speaker's words.
        return m;
      }
      // "..., but still lost the election": "but" with no subject of its own
      // continues the writer's sentence, not the report.
      // "said she recruited Bossie, but that ...", "he had downloaded
      // things, but couldn't provide them", "..., but now Benford plans":
      // a second complement or the clause's own verb goes on.
      // ("but that's just morphine", "but that may be hard": a demonstrative
      // subject, the writer's.)
      // (Read past a closing mark glued to the comma: ""frustrating," but
      // that the door remained open".)
      const uint32_t w2 = after + 1;
      const bool demonstrative = w2 + 1 < end && f_.Tok(w2) == "that" &&
                                 Is<"'s", "\xE2\x80\x99s", "is", "was", "may", "might", "will",
                                                     "would", "could", "can", "should", "has", "had", "seems">(f_.Tok(w2 + 1));
      // ("prosecuted, not for what I did, but because of who I am": the
      // second half of "not X, but Y" goes on.)
      bool not_but = false;
      for (uint32_t b = m; t == "," && n == "but" && b > j && m - b < 10 && !not_but;) {
        --b;
        if (f_.Tok(b) == ",") {
          not_but = f_.Tok(b + 1) == "not";
          break;
        }
      }
      // ("said he was not certain the rule would apply, but planned to
      // follow it", "said she wanted change, but found Mr. Trump too
      // objectionable": the reported subject's own next act, a verb of no
      // saying, after a pronoun subject standing for the speaker.)
      const bool own_act = [&] {
        if (t != "," || n != "but") return false;
        const uint32_t s0 = f_.Tok(j) == "that" ? j + 1 : j;
        if (s0 >= m || !Is<"he", "she", "they", "I", "we">(f_.Tok(s0))) return false;
        uint32_t v = w2;
        if (v + 1 < end && f_.Tok(v).size() > 4 && f_.Tok(v).ends_with("ly")) ++v;
        const std::string_view x = f_.Tok(v);
        return v < end && text::StartsLower(x) && !f_.IsCue(v) && !f_.lex().object_cues.Contains(x) &&
               ((x.size() > 4 && x.ends_with("ed")) ||
                Is<"found", "wrote", "made", "took", "gave", "kept", "went", "came", "won", "lost", "saw", "met", "left",
                   "spent", "got", "became", "began", "held", "thought", "felt", "knew">(x));
      }();
      // ("said both are "non-entities," but he gave the Texan a back-handed
      // compliment: "You never have to guess ..."": the clause after the
      // comma leads into a quotation of its own.)
      if (t == "," && Is<"but", "and">(n) && w2 + 1 < end && f_.IsPronoun(w2) && text::StartsLower(f_.Tok(w2 + 1))) {
        for (uint32_t c = w2 + 1; c + 1 < end && c < w2 + 20; ++c) {
          if (Is<",", ";", ".">(f_.Tok(c))) break;
          if (f_.Tok(c) != ":") continue;
          size_t ql;
          if (f_.InQuote(doc_.tokens[c + 1].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(c + 1), 0, &ql))) {
            return m;
          }
          break;
        }
      }
      if (t == "," && n == "but" && w2 < end && text::StartsLower(f_.Tok(w2)) && !not_but && !own_act &&
          !OpensClause(f_.Tok(w2)) && !f_.IsPronoun(w2) && f_.Tok(w2) != "not" &&
          (demonstrative || f_.Tok(w2).rfind("that\xE2\x80\x99", 0) == 0 || f_.Tok(w2).rfind("that'", 0) == 0 ||
           !Is<"that", "now", "also", "could", "couldn't", "couldn\xE2\x80\x99t", "would",
                              "wouldn't", "wouldn\xE2\x80\x99t", "hasn't", "hasn\xE2\x80\x99t", "hadn't",
                              "hadn\xE2\x80\x99t", "can't", "can\xE2\x80\x99t", "won't", "won\xE2\x80\x99t",
                              "is", "was", "will", "has", "had", "may", "might">(f_.Tok(w2)))) {
        return m;
      }
      // ("said two fighters had been killed, but the group did not identify
      // them": the writer on what the speaker left unsaid.)
      if (t == "," && n == "but" && w2 + 3 < end && !f_.InQuote(doc_.tokens[m].span.begin) &&
          Is<"the", "a", "an", "its", "his", "her", "their">(f_.Tok(w2))) {
        for (uint32_t v = w2 + 2; v < w2 + 4 && v + 1 < end; ++v) {
          if ((Is<"did", "does", "has", "have", "had", "would", "could">(f_.Tok(v)) &&
               (f_.Tok(v + 1) == "not" || f_.Tok(v + 1) == "n't")) ||
              Is<"didn't", "didn\xE2\x80\x99t", "declined", "refused", "gave", "offered", "provided">(f_.Tok(v))) {
            return m;
          }
          if (!text::StartsLower(f_.Tok(v)) && !text::StartsUpper(f_.Tok(v))) break;
        }
      }
      // ("confirmed the deal, but would not say when it would be signed": the
      // subject's refusal after the comma is a report of its own.)
      if (t == "," && n == "but" && w2 + 2 < end && !f_.InQuote(doc_.tokens[m].span.begin) &&
          Is<"did", "would", "could", "does", "will">(f_.Tok(w2)) && Is<"not", "never">(f_.Tok(w2 + 1)) &&
          Is<"say", "confirm", "disclose", "specify", "reveal", "elaborate", "comment">(f_.Tok(w2 + 2))) {
        return m;
      }
      // ("said he would vote for her, but he hasn't endorsed her", ", but he
      // did not apologize for his remarks": the writer on the speaker's
      // own later act, a pronoun and a perfect or negated past.)
      if (t == "," && n == "but" && w2 + 2 < end && !f_.InQuote(doc_.tokens[m].span.begin) &&
          Is<"he", "she", "they">(f_.Tok(w2)) &&
          (Is<"hasn't", "hasn\xE2\x80\x99t", "haven't", "haven\xE2\x80\x99t", "didn't",
                               "didn\xE2\x80\x99t", "never">(f_.Tok(w2 + 1)) ||
           (Is<"has", "have", "did">(f_.Tok(w2 + 1)) &&
            (f_.Tok(w2 + 2) == "not" || (f_.Tok(w2 + 2).size() > 4 && f_.Tok(w2 + 2).ends_with("ed")))))) {
        return m;
      }
      // "..., the source added.": the report's own attribution at its end
      // (not "..., has revealed nothing": a verb, no source, after the comma).
      if (t == "," && m + 2 < end && end - m <= 8 &&
          !Is<"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "should", "may",
                  "might", "must">(n)) {
        uint32_t c = m + 1;
        while (c < end && c < m + 7 && !f_.IsCue(c) && !Is<",", ".", "that">(f_.Tok(c))) ++c;
        if (c < end && f_.IsCue(c) && c > m + 1 && (c + 1 == end || end - c <= 3)) return m;
      }
      // ("said the officer had flashed his badge and identified himself as
      // police": a reflexive object names the report's own subject.)
      const bool shared_verbs = t == "and" && f_.IsCue(m + 1) && m + 2 < end &&
                                Is<"himself", "herself", "itself", "themselves">(f_.Tok(m + 2));
      if ((t == "and" || t == "but" || t == "\xE2\x80\x94") && f_.Tok(m - 1) != "," && !shared_verbs &&
          (f_.IsCue(m + 1) ||
           // ("... in May but did not elaborate", "but gave no details": the
           // writer on the speaker's silence.)
           // ("has no plans to change her vote and would not identify any
           // issue", "but did not suggest it would be Trump".)
           (Is<"but", "and">(t) && Is<"did", "would", "could">(f_.Tok(m + 1)) && f_.Tok(m + 2) == "not" &&
            m + 3 < end &&
            Is<"elaborate", "say", "specify", "explain", "name", "mention", "give", "provide", "offer",
                               "comment", "disclose", "reveal", "identify", "detail", "address", "suggest",
                               "indicate">(f_.Tok(m + 3))) ||
           (t == "but" && Is<"didn't", "didn\xE2\x80\x99t", "wouldn't", "wouldn\xE2\x80\x99t">(f_.Tok(m + 1)) &&
            m + 2 < end && Is<"elaborate", "say", "specify", "explain", "name", "mention", "give",
                                               "provide", "offer", "comment", "disclose", "reveal", "identify", "detail",
                                               "address">(f_.Tok(m + 2))) ||
           (t == "but" && Is<"gave", "offered", "provided">(f_.Tok(m + 1)) && f_.Tok(m + 2) == "no") ||
           // "... and declined to comment", "... and vowed to fight on":
           // the subject's own next act.
           (f_.Tok(m + 2) == "to" && Is<"declined", "promised", "vowed", "pledged">(f_.Tok(m + 1))) ||
           // ("... and appealed for witnesses": the speaker's own appeal.)
           (Is<"for", "on">(f_.Tok(m + 2)) && Is<"appealed", "called", "urged">(f_.Tok(m + 1))) ||
           // ("... but blamed the government for the delay", "and threatened
           // to sue": the subject's own stance, by its object or infinitive.)
           // (Not when the report's own subject is a person who may have
           // done it: "Police say he posed a threat and refused to drop the
           // gun".)
           // ("said the budget was sound and pointed to the surplus": a
           // stance by its particle.)
           (t != "\xE2\x80\x94" && m + 3 < end && f_.IsPhrasalVerb(m + 1) && f_.Tok(m + 1).ends_with("ed") &&
            PhrasalParticle(f_.lex().phrasal_objects, f_.Tok(m + 1), f_.Tok(m + 2)) && !PersonOpens(j) &&
            // ("the talks came after the draft was finished and focused on
            // whether ...": the clause's own subject's act.)
            f_.Tok(m + 1) != "focused") ||
           (t != "\xE2\x80\x94" && f_.Tok(m + 1).ends_with("ed") && m + 2 < end && !PersonOpens(j) &&
            ((f_.lex().object_cues.Contains(f_.Tok(m + 1)) &&
              Is<"the", "a", "an", "his", "her", "their", "its", "our">(f_.Tok(m + 2))) ||
             (f_.lex().infinitives.Contains(f_.Tok(m + 1)) && f_.Tok(m + 2) == "to"))))) {
        return m;
      }
      // "..., and Clinton said ...": a new subject with its own cue starts a
      // report of its own.
      // ("the Food and Drug Administration had asked": not an "and" inside
      // a name.)
      if (Is<"and", "but", ";">(t) && NewReportAt(m + 1, end) && !InsideName(m)) return m;
      // "... a cheeseburger - an old favorite - others say ...": after a
      // dash, the same.
      if ((t[0] == '-' || t[0] == '\xE2') && IsDash(m) && NewReportAt(m + 1, end)) {
        // Unless the dash opens an aside that another dash closes first.
        bool aside = false;
        // ("- an old favorite - others say", "- as Rubio has said - and").
        for (uint32_t d = m + 1; d < end && d < m + 12 && !aside; ++d) aside = IsDash(d);
        aside = aside || Is<"as", "like">(f_.Tok(m + 1));
        if (!aside) return m;
      }
      // "..., and more than 4 in 10 said ...", "... this cycle," while X
      // suggested ...": a closing mark glued to the comma hides nothing.
      if (t == "," && Is<"and", "but", "while">(n) && NewReportAt(after + 1, end)) return m;
      // (", even as officials warned that ...", ", even though X said":
      // another source's report after the contrast.)
      if (t == "," && n == "even" && after + 2 < end && Is<"as", "though", "if">(f_.Tok(after + 1)) &&
          !f_.IsPronoun(after + 2) && NewReportAt(after + 2, end)) {
        return m;
      }
      // "said the party was not in a crisis, and urged that ...": a second
      // cue of the same subject starts a report of its own.
      if (t == "," && Is<"and", "but">(n) && after + 2 < end && f_.IsCue(after + 1) &&
          AfterCue(after + 1, end) != 0) {
        return m;
      }
      // "said the real extremist is Clinton, and he railed against ...": the
      // speaker's next act.
      if (t == "," && n == "and" && after + 3 < end && Is<"he", "she">(f_.Tok(after + 1))) {
        const std::string_view v = f_.Tok(after + 2);
        if ((v.size() > 3 && text::StartsLower(v) && v.substr(v.size() - 2) == "ed") || FiniteVerb(v) ||
            (Is<"also", "then", "later">(v) && f_.Tok(after + 3).size() > 3 &&
             f_.Tok(after + 3).substr(f_.Tok(after + 3).size() - 2) == "ed")) {
          return m;
        }
      }
      // "suggested her cycle was behind her tone, called her "third-rate"
      // and boycotted ...": a list of the subject's acts, the next one a
      // verb of saying or stance.
      if (t == "," && after + 2 < end && n.size() > 4 && text::StartsLower(n) && n.substr(n.size() - 2) == "ed" &&
          !f_.InQuote(doc_.tokens[m].span.begin) &&
          (f_.IsCue(after) || f_.lex().object_cues.Contains(n)) && !Is<"by", "that", ",">(f_.Tok(after + 1))) {
        return m;
      }
      // "said the GOP must be a party of ideas, and accused ... of",
      // ", and added: ...", ", but also praised ...": a second verb of
      // saying or stance, past like the cue, is the subject's next act.
      if (t == "," && Is<"and", "but">(n) && after + 2 < end) {
        uint32_t v = after + 1;
        if (Is<"also", "then", "later">(f_.Tok(v))) ++v;
        std::string_view w = f_.Tok(v);
        if (w.size() > 3 && w.substr(w.size() - 2) == "ed" &&
            (f_.IsCue(v) || f_.lex().object_cues.Contains(w))) {
          return m;
        }
      }
      if (t == "\xE2\x80\x94" && m + 2 < end && n == "and") return m;
      // "..., 76%-21%": a poll's figures closing the sentence are the
      // writer's.
      if (t == "," && end - m <= 6 && !n.empty() && n[0] >= '0' && n[0] <= '9') {
        bool figures = true, percent = false;
        for (uint32_t k = m + 1; k < end && figures; ++k) {
          const std::string_view w = f_.Tok(k);
          percent = percent || w.find('%') != std::string_view::npos;
          // ("leading Tom Reed among voters, 46% to 44%": a lead's score
          // stays with its clause.)
          figures = !w.empty() && ((w[0] >= '0' && w[0] <= '9') || Is<"%", "-", "\xE2\x80\x93">(w));
        }
        if (figures && percent) return m;
      }
      // "said revenue had grown and then left the stage": the writer's
      // sequence of the subject's acts.
      if (t == "and" && m + 2 < end && Is<"then", "later">(n) && text::StartsLower(f_.Tok(m + 2)) &&
          (VerbLike(m + 2) || FiniteVerb(f_.Tok(m + 2))) &&
          !Is<"would", "will", "could", "can", "may", "might", "should", "must", "has", "have", "had",
                              "is", "was", "were", "are", "did", "does">(f_.Tok(m + 2))) {
        return m;
      }
      // "..., a claim that sent the stock soaring": the writer's word on
      // the statement.
      // (Also after a quote's closing mark glued to the comma: "that the bill
      // "does nothing for working families," a claim her opponents ...".)
      // (", remarks that drew swift rebukes": the writer's plural word on
      // it.)
      if (t == "," && after + 2 < end && Is<"remarks", "comments", "claims", "statements", "words">(n) &&
          Is<"that", "which">(f_.Tok(after + 1)) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // (", without giving a reason": how the speaker said it.)
      if (t == "," && n == "without" && after + 1 < end && f_.Tok(after + 1).ends_with("ing") &&
          !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      if (t == "," && after + 2 < end && Is<"a", "an">(n) &&
          Is<"claim", "claims", "assertion", "statement", "remark", "comment", "charge",
                                 "prediction", "promise", "pledge", "move", "decision", "notion", "idea", "theory",
                                 "belief", "myth", "contention", "accusation", "allegation",
                                 "suggestion", "jab", "swipe", "broadside", "rebuke", "position", "stance", "view",
                                 "sentiment", "argument", "refrain", "theme">(f_.Tok(after + 1)) &&
          (!f_.InQuote(doc_.tokens[m].span.begin) || after == m + 2)) {
        return after == m + 2 ? m + 2 : m;
      }
      // ("said he is as much a citizen as Sen. John McCain, a former nominee
      // who was born in Panama", "said Arizona was the first state to do
      // so, a practice since adopted by Kansas": a noun phrase closing the
      // sentence after a finished clause glosses its last word; the
      // writer's.)
      // (Not after a name set off by commas: "a photo of Trump's wife,
      // Melania, a former model".)
      if (t == "," && Is<"a", "an">(n) && after + 2 < end && m > j + 2 && !f_.InQuote(doc_.tokens[m].span.begin) &&
          f_.Tok(m - 2) != "," && f_.Tok(m - 3) != "," && ClosingAppositive(j, m, after + 1, end)) {
        return m;
      }
      // "said he was "encouraged" by the plan - a modest boost for Obama
      // ...": a noun phrase after a dash glosses the report, the writer's.
      // ("for another man - a suspect with ...", "was a mirage - a mix of
      // ...": a second description of the indefinite noun before the dash
      // goes on.)
      if ((t[0] == '-' || t[0] == '\xE2') && IsDash(m) && m + 2 < end && Is<"a", "an">(n) &&
          !f_.InQuote(doc_.tokens[m].span.begin) && !Is<"a", "an", "another">(f_.Tok(m - 2)) &&
          !(m >= j + 3 && Is<"a", "an", "another">(f_.Tok(m - 3)))) {
        bool closed = false;  // "- a close ally - said": an aside another dash closes
        for (uint32_t d = m + 2; d < end && d < m + 20 && !closed; ++d) closed = IsDash(d);
        if (!closed) return m;
      }
      if (t == "," && !f_.InQuote(doc_.tokens[m].span.begin)) {
        // "..., after half said so in the earlier poll", "..., a man yelled
        // "Stay there!"": a clause with a cue of its own, the writer's.
        const bool sub = Is<"after", "when", "as", "while", "before", "because">(n);
        const bool np = Is<"a", "an", "the">(n);
        for (uint32_t c = after + 1; (sub || np) && c < end && c < after + 6; ++c) {
          if (Is<",", ";", ":", "that", "who", "which">(f_.Tok(c))) break;
          const std::string_view before = f_.Tok(c - 1);
          if (np && (c > after + 3 || before == "often" || before == "most" ||
                     (before.size() > 3 && before.substr(before.size() - 2) == "ly"))) {
            break;
          }
          if (f_.IsCue(c) && text::StartsLower(f_.Tok(c)) && (np || c > after + 1) &&
              f_.Tok(c).substr(f_.Tok(c).size() - std::min<size_t>(3, f_.Tok(c).size())) != "ing") {
            return m;
          }
        }
        // "42% say they are liberal, 34% conservative": the next share.
        if (StartsDigit(n)) {
          const uint32_t next = n.back() == '%' ? after + 1 : f_.Tok(after + 1) == "%" ? after + 2 : end;
          if (next < end && text::StartsLower(f_.Tok(next)) && !Is<"to", "of", "in", "among">(f_.Tok(next))) {
            return m;
          }
        }
      }
      // "47% say X; 37% disagree", "..., compared with 64 percent who ...":
      // the writer's comparison or next clause.
      if (t == ";" && !f_.InQuote(doc_.tokens[m].span.begin)) return m;
      if (t == "," && (n == "compared" || n == "versus" || n == "vs.")) return m;
    }
    return end;
  }

  // Where a report starting at j ends: a clause where a clause follows the
  // cue; an object without a verb ("announced his candidacy in June 2015",
  // "announced support on Thursday, including ...") ends as objects do,
  // before when and where it was said.
  uint32_t ReportEnd(uint32_t j, uint32_t end) const {
    const uint32_t e = ClauseEnd(j, end);
    if (f_.Tok(j) == "that" || f_.InQuote(doc_.tokens[j].span.begin)) return e;
    // Only a noun phrase: "his candidacy", "support", "a plan".
    if (!(Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "your">(f_.Tok(j)) ||
          (text::StartsLower(f_.Tok(j)) && !f_.IsPronoun(j)))) {
      return e;
    }
    for (uint32_t m = j; m < e; ++m) {
      if (f_.Tok(m).find('\'') != std::string_view::npos ||
          f_.Tok(m).find("\xE2\x80\x99") != std::string_view::npos) {
        return e;  // "she'll", "won't": a contracted verb
      }
    }
    for (uint32_t m = j; m < e; ++m) {
      const std::string_view w = f_.Tok(m);
      if (f_.InQuote(doc_.tokens[m].span.begin)) return e;
      if (f_.IsPronoun(m) || (text::StartsLower(w) && VerbLike(m)) || FiniteVerb(w) ||
          (w.size() > 4 && text::StartsLower(w) && w.substr(w.size() - 3) == "ing") ||
          Is<"will", "would", "could", "can", "should", "may", "might", "must", "'s", "\xE2\x80\x99s", "not",
                 "n't", "to", "that", "who", "which">(w)) {
        return e;
      }
    }
    // Only the time or place of saying is cut; commas and lists stay the
    // clause's to settle.
    const uint32_t oe = ObjectEnd(j, end);
    if (oe < e && (IsDate(oe) || Is<"in", "on", "at", "during", "last", "this", "earlier", "for", "by">(f_.Tok(oe)))) {
      return oe;
    }
    return e;
  }

  // Where the object of a naming cue ends: at the first comma, colon,
  // bracket, dash or subordinating word outside quotation marks ("described
  // the mayor as a "grave risk" after she vetoed ..."), else where a clause
  // would.
  uint32_t ObjectEnd(uint32_t j, uint32_t end) const {
    const uint32_t e = ClauseEnd(j, end);
    // ("questioned whether Luis Carrera, who was born in Canada, is
    // eligible": a question's clause runs as a clause does.)
    if (Is<"whether", "if", "why", "how">(f_.Tok(j))) return e;
    // ("denied reports that Stroll would be replaced before the end of the
    // season": a noun's clause runs as a clause does too.)
    if (j + 3 < e && Is<"that">(f_.Tok(j + 1)) && OpensClause(f_.Tok(j + 2)) &&
        (f_.lex().noun_cues.Contains(f_.Tok(j)) ||
         Is<"reports", "rumors", "rumours", "suggestions", "speculation", "charges">(f_.Tok(j)))) {
      return e;
    }
    bool relative = false, possessive_list = false;
    for (uint32_t m = j + 1; m < e; ++m) {
      if (f_.InQuote(doc_.tokens[m].span.begin)) continue;
      // ("rejected the claim the next morning", "denied it that night": a
      // time phrase after the object.)
      if (m + 2 <= e && m > j &&
          ((f_.Tok(m) == "the" && m + 2 < doc_.tokens.size() &&
            Is<"next", "following", "previous", "same">(f_.Tok(m + 1)) &&
            Is<"morning", "day", "week", "month", "year", "night", "afternoon", "evening">(f_.Tok(m + 2))) ||
           (f_.Tok(m) == "that" && m + 1 < doc_.tokens.size() &&
            Is<"morning", "night", "afternoon", "evening">(f_.Tok(m + 1)) &&
            (m + 2 >= e || Is<",", ".", ";", "and", "but">(f_.Tok(m + 2)))))) {
        return m;
      }
      // ("criticized Tulsa, Okla., police officer Betty Shelby": a town's
      // state set off by commas.)
      if (f_.Tok(m) == "," && m + 2 < e && f_.Tok(m + 2) == "," && text::StartsUpper(f_.Tok(m - 1)) &&
          f_.lex().states.Contains(f_.Tok(m + 1))) {
        m += 2;
        continue;
      }
      // "the roughly 54,000 pages": a number's comma.
      if (f_.Tok(m) == "," && m + 1 < doc_.tokens.size() &&
          doc_.tokens[m - 1].span.end == doc_.tokens[m].span.begin &&
          doc_.tokens[m].span.end == doc_.tokens[m + 1].span.begin && StartsDigit(f_.Tok(m + 1))) {
        continue;
      }
      // "endorsed Clinton on Thursday", "announced his candidacy in June
      // 2015", "attacked him on Twitter", "praised the plan in an
      // interview": when and where it was said is not what was said.
      // ("urged North Korea to resume talks it abandoned in 2009": the date
      // of a relative clause without its pronoun, a subject and its past
      // verb right before it, is that clause's.)
      auto contact_relative = [&] {
        return m >= j + 3 && text::StartsLower(f_.Tok(m - 1)) && VerbLike(m - 1) &&
               Is<"it", "he", "she", "they", "we", "I">(f_.Tok(m - 2)) && text::StartsLower(f_.Tok(m - 3)) &&
               !f_.IsCue(m - 3) && !Is<"that", "and", "but", "said", ",">(f_.Tok(m - 3));
      };
      if (Is<"in", "on", "at", "during", "last", "earlier", "this">(f_.Tok(m)) && m + 1 < e && !contact_relative()) {
        const uint32_t n = f_.Tok(m) == "last" || f_.Tok(m) == "earlier" || f_.Tok(m) == "this" ? m : m + 1;
        std::string_view w = f_.Tok(n);
        std::string_view w2 = f_.Tok(n + 1);
        auto occasion = [](std::string_view x) {
          return Is<"interview", "interviews", "statement", "email", "e-mail", "letter", "speech", "tweet", "post",
                        "op-ed", "column", "video", "memo", "radio", "televised", "news", "press", "rally", "address",
                        "sermon", "broadcast", "podcast", "appearance", "remarks", "note", "message", "filing",
                        "newsletter", "essay", "memoir", "briefing", "testimony", "vigil", "funeral", "ceremony",
                        "memorial", "gathering", "forum",
                        // ("attacked Machado in early-morning tweets", "noted the
                        // comments on its website", "denounced the annexation in
                        // an on-air diatribe".)
                        "tweets", "posts", "website", "blog", "diatribe", "rant", "tirade", "op-eds", "statements",
                        "interviews", "speeches", "debate", "hearing", "town-hall", "conference">(x);
        };
        // ("criticized the decision on social media": the medium.)
        if (f_.Tok(m) == "on" && Is<"social", "national">(w) && Is<"media", "television", "TV", "radio">(w2)) {
          return m;
        }
        // ("urged an end to the fighting in his Christmas address", "on
        // Telegram": one word of the occasion's own before it.)
        if ((IsDate(n) && !Is<"'s", "\xE2\x80\x99s">(f_.Tok(n + 1))) ||
            Is<"Twitter", "Facebook", "Instagram", "YouTube", "Telegram", "Weibo", "WeChat", "Threads">(w) ||
            // ("in early-morning tweets", "during leadership forum": a bare
            // occasion after its one modifier.)
            (f_.Tok(m) != "on" && text::StartsLower(w) && !f_.IsPronoun(n) && occasion(w2) &&
             !Is<"the", "a", "an", "his", "her", "their", "its", "other">(w) &&
             (n + 2 >= e || Is<",", ".", ";", "and", "but", "on", "in", "at", "to", "with">(f_.Tok(n + 2)))) ||
            (Is<"a", "an", "his", "her", "their", "its", "other">(w) &&
             (occasion(w2) || (n + 2 < e && text::StartsUpper(w2) && occasion(f_.Tok(n + 2))) ||
              // ("at a victory rally", "in his opening statement", "at a
              // Super Tuesday rally": modifiers of the occasion.)
              [&] {
                for (uint32_t o = n + 1; o < e && o < n + 4; ++o) {
                  if (occasion(f_.Tok(o))) return o > n + 1;
                  const std::string_view x = f_.Tok(o);
                  if (x.size() < 3 || !std::all_of(x.begin(), x.end(), [](char c) {
                        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                      }) ||
                      Is<"for", "with", "that", "which", "and", "who", "not", "the", "about", "from", "into",
                             "over", "against">(x)) {
                    return false;
                  }
                }
                return false;
              }()))) {
          // "urged the commission on Monday to reject ...", "accused the
          // firm on Wednesday of inflating ...": the object's complement
          // goes on after the date.
          uint32_t after = n + 1;
          while (after < e && IsDate(after)) ++after;
          // ("urged the FCC in a letter on Wednesday to investigate": the
          // infinitive goes on after the occasion and its day.)
          if (!IsDate(n)) {
            uint32_t o = n + 2;
            if (o + 1 < e && Is<"on", "last", "this">(f_.Tok(o)) && IsDate(o + 1)) ++o;
            while (o < e && IsDate(o)) ++o;
            // (Not the memo's readers: "in a memo to employees".)
            if (o + 1 < e && f_.Tok(o) == "to" && text::StartsLower(f_.Tok(o + 1)) && !IsDate(o + 1) &&
                !f_.lex().humans.Contains(f_.Tok(o + 1)) && !f_.lex().told_objects.Contains(f_.Tok(o + 1)) &&
                !Is<"the", "a", "an", "his", "her", "their", "its", "reporters", "staff", "members",
                                    "all", "investors", "shareholders", "employees", "workers", "supporters">(f_.Tok(o + 1))) {
              m = o;
              continue;
            }
          }
          if (IsDate(n) && after + 1 < e &&
              ((f_.Tok(after) == "to" && text::StartsLower(f_.Tok(after + 1)) && !IsDate(after + 1)) ||
               (f_.Tok(after) == "of" && f_.Tok(after + 1).ends_with("ing")))) {
            m = after;
            continue;
          }
          return m;
        }
      }
      // ("viewed communists as terrorists and despised them", "asked Clinton
      // about her email scandal and decided against fact-checking": the
      // subject's next act after the object, a verb in the past.)
      // (Not inside a relative clause: "a nation that borders China and has
      // had friendly relations", "a neophyte who memorized talking points
      // and lacked the experience".)
      if (Is<"and", "but">(f_.Tok(m)) && m > j + 1 && f_.Tok(m - 1) != "," && m + 2 < e && [&] {
            for (uint32_t r = j; r < m; ++r) {
              if (Is<"that", "who", "which", "whom", "whose", "where", "when">(f_.Tok(r))) return false;
            }
            return true;
          }()) {
        uint32_t v = m + 1;
        while (v + 1 < e && (Is<"also", "then", "later", "still", "repeatedly", "quickly", "never">(f_.Tok(v)))) ++v;
        const std::string_view w = f_.Tok(v);
        if (text::StartsLower(w) && !f_.InQuote(doc_.tokens[v].span.begin) &&
            ((w.size() > 4 && w.ends_with("ed") && VerbLike(v)) || FiniteVerb(w) ||
             Is<"says", "said", "has", "was", "is">(w)) &&
            !Is<"by", "as", "to", "in", "with", "from", "for", "on">(f_.Tok(v + 1)) && !Is<"had", "have", "were", "are">(w)) {
          return m;
        }
      }
      // "supported a ban on cloning, including one called ...", "questioned
      // Mr. X's tactics, his judgment and his decency": an example or a
      // list goes on past its comma.
      if (f_.Tok(m) == "," && m + 1 < e && f_.Tok(m + 1) == "including") continue;
      // "concerns his predecessor, Fiona Hill, might have had": a name set
      // off by commas is an appositive inside the object.
      if (f_.Tok(m) == "," && f_.PersonMentionStartingAt(m + 1) >= 0) {
        const uint32_t me = f_.TokenAt(doc_.mentions[f_.PersonMentionStartingAt(m + 1)].span.end);
        if (me + 1 < e && f_.Tok(me) == "," && text::StartsLower(f_.Tok(me + 1)) && !f_.IsCue(me + 1)) {
          m = me;
          continue;
        }
      }
      if (f_.Tok(m) == "," && m + 2 < e &&
          !Is<"his", "her", "their", "its", "the", "a", "an", "also", "like", "such", "who", "which">(f_.Tok(m + 1)) &&
          text::StartsLower(f_.Tok(m + 1)) && !f_.IsCue(m + 1)) {
        // "citing low economic growth, unemployment and growing economic
        // inequality": nouns listed up to "and".
        bool list = false;
        for (uint32_t a = m + 1; a < e && a < m + 9; ++a) {
          const std::string_view w = f_.Tok(a);
          if (Is<"and", "or">(w)) {
            // The last item closes the object: a few words, no verb.
            list = a > m + 1 && a + 1 < e && e <= a + 6 && !f_.IsCue(a + 1) && !f_.IsPronoun(a + 1);
            for (uint32_t b = a + 1; b < e && list; ++b) {
              list = !(text::StartsLower(f_.Tok(b)) && VerbLike(b)) && !Is<",", "that", "who", "which">(f_.Tok(b));
            }
            break;
          }
          if (Is<";", ":", "(", "--", "that", "which", "who", "to", "is", "was", "are", "were", "has", "had",
                     "will", "would">(w) ||
              f_.IsCue(a) || f_.IsPronoun(a) || (text::StartsLower(w) && VerbLike(a)) ||
              (w.size() > 4 && w.substr(w.size() - 3) == "ing" && a == m + 1)) {
            break;
          }
        }
        if (list) continue;
      }
      // ("warned against hackers from China, Russia and North Korea": names
      // listed to the object's end.)
      if (f_.Tok(m) == "," && m + 3 < e && text::StartsUpper(f_.Tok(m + 1)) && !f_.IsPronoun(m + 1)) {
        bool list = false;
        for (uint32_t a = m + 1; a < e && a < m + 16; ++a) {
          const std::string_view w = f_.Tok(a);
          if (Is<"and", "or">(w)) {
            list = a > m + 1 && a + 1 < e && e <= a + 5;
            for (uint32_t b = a + 1; b < e && list; ++b) list = text::StartsUpper(f_.Tok(b)) || Is<"of">(f_.Tok(b));
            break;
          }
          if (!(text::StartsUpper(w) || w == "," || w == "of")) break;
        }
        if (list) continue;
      }
      if (f_.Tok(m) == "," && m + 2 < e && Is<"his", "her", "their", "its", "the">(f_.Tok(m + 1))) {
        bool list = false;
        for (uint32_t a = m + 2; a < e && a < m + 25; ++a) {
          const std::string_view w = f_.Tok(a);
          if (Is<";", ":", "(", "--", "that", "which", "who">(w) || f_.IsCue(a)) break;
          if (w == "and" && a + 1 < e && Is<"his", "her", "their", "its", "the">(f_.Tok(a + 1))) {
            list = true;
            break;
          }
        }
        if (list) {
          possessive_list = true;
          continue;
        }
      }
      // ("thanked her fans, her family, and her team": the serial comma
      // before the list's last item.)
      if (possessive_list && f_.Tok(m) == "," && m + 3 < e && f_.Tok(m + 1) == "and" &&
          Is<"his", "her", "their", "its", "the">(f_.Tok(m + 2))) {
        continue;
      }
      if (Is<",", ";", ":", "(", "--", "\xE2\x80\x94", "\xE2\x80\x93", "while", "whereas", "after",
                         "before", "when", "although", "though", "because">(f_.Tok(m))) {
        return m;
      }
      // ("rejected these accusations as "patently false," and both
      // independent analysts and sources ... told": US style puts the
      // clause's comma inside the closing mark; "and" and a new subject
      // after it open the next clause.)
      if (Is<"and", "but">(f_.Tok(m)) && m > j + 2 && !relative && m + 2 < e) {
        const uint32_t at = doc_.tokens[m - 1].span.begin;
        const std::string_view closing = f_.Tok(m - 1);
        size_t ql;
        const bool comma_inside = at > 0 && doc_.text[at - 1] == ',' &&
                                  (text::IsDoubleQuote(text::DecodeAt(closing, 0, &ql)) ||
                                   closing == "\xE2\x80\x99" || closing == "'");
        if (comma_inside && (Is<"both", "the", "a", "an", "his", "her", "their", "its", "other", "some", "many">(
                                 f_.Tok(m + 1)) ||
                             f_.IsPronoun(m + 1) || text::StartsUpper(f_.Tok(m + 1)))) {
          return m;
        }
      }
      // ("praised Cabello and thanked the police": the subject's next act
      // after "and" is no part of the object.)
      if (Is<"and", "but">(f_.Tok(m)) && m + 2 < e && text::StartsLower(f_.Tok(m + 1)) &&
          f_.Tok(m + 1).size() > 4 && f_.Tok(m + 1).ends_with("ed") &&
          (f_.lex().object_cues.Contains(f_.Tok(m + 1)) || f_.IsCue(m + 1)) && !relative) {
        return m;
      }
      // "criticized Bill Clinton during a debate", but not "the crisis that
      // occurred during his second term": inside a relative clause the
      // phrase is its own.
      relative = relative || Is<"that", "who", "which", "where", "whom">(f_.Tok(m));
      if (f_.Tok(m) == "during" && !relative) return m;
      // "endorsed Cruz last week", "endorsed Sanders' approach Saturday",
      // "supported cuts for years", "supported her by a smaller margin".
      if (Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(f_.Tok(m)) &&
          IsDate(m) && !Is<"the", "a", "an", "of", "on", "in", "at", "by", "for", "from", "to",
                                           "until", "since", "'s", "\xE2\x80\x99s", "next", "last", "this">(f_.Tok(m - 1))) {
        return m;
      }
      // (Not "a blog post from last year": the object's own time.)
      if (Is<"last", "this", "next", "earlier">(f_.Tok(m)) && m + 1 < e &&
          Is<"week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter",
                             "morning", "afternoon", "evening", "night", "time">(f_.Tok(m + 1)) &&
          !Is<"from", "since", "of", "until", "through", "by">(f_.Tok(m - 1))) {
        return m;
      }
      if (f_.Tok(m) == "for" && m + 1 < e && Is<"years", "months", "decades", "weeks", "days">(f_.Tok(m + 1))) {
        return m;
      }
      // "expressed solidarity for her even as he alluded to ...",
      // "cautious optimism over the weekend", "support for his boss online":
      // the writer's circumstances of the saying.
      if (!relative && ((f_.Tok(m) == "even" && m + 1 < e && Is<"as", "though", "if", "when">(f_.Tok(m + 1))) ||
                        (f_.Tok(m) == "over" && m + 2 < e + 1 && f_.Tok(m + 1) == "the" &&
                         Is<"weekend", "weekends", "summer", "holidays", "years", "past">(f_.Tok(m + 2))) ||
                        (Is<"online", "publicly", "privately", "repeatedly", "yesterday", "today",
                                        "tonight">(f_.Tok(m)) &&
                         // "an online presence" is an adjective
                         (m + 1 >= e || !text::StartsLower(f_.Tok(m + 1)) ||
                          Is<"and", "but", "or", "in", "on", "at", "after", "before", "as", "when",
                                             "while", "during", "for", "to", "with">(f_.Tok(m + 1)))))) {
        return m;
      }
      if (f_.Tok(m) == "by" && m + 1 < e && Is<"a", "an">(f_.Tok(m + 1)) && m + 5 < e &&
          Is<"margin", "margins">(f_.Tok(m + 4))) {
        return m;
      }
      // "chanted "Lock her up" as the candidate took the stage": "as"
      // opening a clause of its own (a subject, then a verb) is the writer's
      // circumstance ("described him as a liar" has no verb after it).
      if (f_.Tok(m) == "as" && !relative && m + 3 < e &&
          Is<"the", "a", "an", "he", "she", "they", "it", "we", "his", "her", "their", "its">(f_.Tok(m + 1))) {
        // The verb right after a pronoun, or after an article and its noun.
        const bool pronoun = !Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(m + 1));
        const uint32_t v = pronoun ? m + 2 : m + 3;
        if (v < e && text::StartsLower(f_.Tok(v)) && (VerbLike(v) || FiniteVerb(f_.Tok(v))) &&
            !Is<"who", "that", "which">(f_.Tok(v))) {
          return m;
        }
      }
      // "calling him a "nice guy" and he didn't provide ...": a new subject
      // pronoun after "and" opens the writer's next clause.
      if (!relative && Is<"and", "but">(f_.Tok(m)) && m + 2 < e &&
          Is<"he", "she", "they", "we", "I">(f_.Tok(m + 1)) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        return m;
      }
      // "criticized Trump but on Tuesday wrote that ...": "but" opens the
      // subject's next act.
      if (f_.Tok(m) == "but" && !relative && m > j) return m;
      // "endorsed Trump last week and has appeared ...": a second verb of
      // the subject ends the object.
      if (Is<"and", "but">(f_.Tok(m)) && m + 1 < e && !relative &&
          Is<"has", "have", "had", "is", "was", "were", "will", "would", "did", "then", "later",
                             "also", "said", "says", "called", "urged">(f_.Tok(m + 1))) {
        return m;
      }
      // ("spoke about the raids only on the condition of anonymity": why the
      // source goes unnamed is the writer's.)
      if (Is<"on", "only">(f_.Tok(m)) && m + 2 < e &&
          (f_.Tok(m + 1) == "condition" || (Is<"the", "on">(f_.Tok(m + 1)) && f_.Tok(m + 2) == "condition") ||
           (f_.Tok(m) == "only" && f_.Tok(m + 1) == "on" && m + 3 < e && f_.Tok(m + 3) == "condition"))) {
        return m;
      }
      // ("railed against its "Great Wall" and pledges to stand firm",
      // "pointed to the polls and warned ...": the subject's next stance.)
      if (f_.Tok(m) == "and" && m + 2 < e && !relative && m > j && text::StartsLower(f_.Tok(m + 1)) &&
          !f_.NounUse(m + 1) && !f_.InQuote(doc_.tokens[m].span.begin) &&
          ((f_.IsCue(m + 1) && !Is<"support", "supports", "question", "questions", "report", "reports">(f_.Tok(m + 1))) ||
           (f_.lex().infinitives.Contains(f_.Tok(m + 1)) && f_.Tok(m + 2) == "to") ||
           PhrasalParticle(f_.lex().phrasal_objects, f_.Tok(m + 1), f_.Tok(m + 2)))) {
        return m;
      }
    }
    return e;
  }

  // True when a subject opening at token a is followed, within a few words,
  // by a speech or belief cue whose subject it is.
  // True when token k lies inside an entity's mention ("Food and Drug
  // Administration").
  bool InsideName(uint32_t k) const {
    const uint32_t pos = doc_.tokens[k].span.begin;
    auto it = std::upper_bound(doc_.mentions.begin(), doc_.mentions.end(), pos,
                               [](uint32_t p, const Mention& m) { return p < m.span.begin; });
    return it != doc_.mentions.begin() && std::prev(it)->span.end > pos;
  }

  bool NewReportAt(uint32_t a, uint32_t end) const {
    // ("..., even as his campaign manager, Beth Colley, conceded that ...":
    // a description, the name set off after it, then its own cue.)
    if (a + 5 < end && Is<"his", "her", "their", "its", "the", "a", "an">(f_.Tok(a))) {
      uint32_t d = a + 1;
      // ("the club's captain": an owner's possessive inside.)
      while (d < end && d < a + 6 &&
             ((text::StartsLower(f_.Tok(d)) && IsWordToken(f_.Tok(d)) && !f_.IsCue(d)) ||
              Is<"'s", "\xE2\x80\x99s">(f_.Tok(d)))) {
        ++d;
      }
      if (d > a + 1 && d + 3 < end && f_.Tok(d) == "," && text::StartsLower(f_.Tok(d - 1))) {
        const int32_t pm = f_.PersonMentionStartingAt(d + 1);
        if (pm >= 0) {
          const uint32_t ne = f_.TokenAt(doc_.mentions[pm].span.end);
          if (ne + 1 < end && f_.Tok(ne) == "," && f_.IsCue(ne + 1) && text::StartsLower(f_.Tok(ne + 1))) return true;
        }
      }
    }
    // "..., and Brian Deese, the White House climate change adviser, said he
    // ...": a name, its appositive between commas, then its own cue.
    {
      uint32_t n = a;
      while (n < end && n < a + 4 && text::StartsUpper(f_.Tok(n)) && !f_.IsCue(n)) ++n;
      if (n > a + 1 && n + 3 < end && f_.Tok(n) == "," && Is<"the", "a", "an", "his", "her">(f_.Tok(n + 1))) {
        for (uint32_t c = n + 2; c + 2 < end && c < n + 16; ++c) {
          if (Is<";", ":", ".", "that">(f_.Tok(c)) || f_.IsCue(c)) break;
          if (f_.Tok(c) != ",") continue;
          return f_.IsCue(c + 1) && text::StartsLower(f_.Tok(c + 1)) && AfterCue(c + 1, end) != 0;
        }
      }
    }
    for (uint32_t k = a + 1; k < end && k < a + 9; ++k) {
      std::string_view t = f_.Tok(k);
      if (Is<",", ";", ":", "that", "to">(t)) return false;
      if (!f_.IsCue(k) && !f_.lex().beliefs.Contains(t)) continue;
      if (t.size() > 4 && t.substr(t.size() - 3) == "ing") return false;
      if (k + 3 >= end) return false;
      // ("between protesters and police and said a curfew would continue":
      // a conjunction right before the cue joins it to the first subject's
      // act; no subject ends in "and".)
      if (Is<"and", "or", "but">(f_.Tok(k - 1))) return false;
      // ("that Japan and China had agreed to resume talks": a pact, the
      // clause's own verb, no new report.)
      // ("..., and Trump vowed to "bomb the hell" out of ISIS": a named
      // person's promise or refusal is a report of its own.)
      const bool named_person = f_.PersonMentionStartingAt(a) >= 0 &&
                                f_.TokenAt(doc_.mentions[f_.PersonMentionStartingAt(a)].span.end) == k;
      if (f_.Tok(k + 1) == "to" &&
          (Is<"agreed", "agree", "agrees", "decided", "decide", "decides", "planned", "plan", "plans", "hoped",
              "intended", "intend", "intends">(t) ||
           (!named_person && Is<"promised", "pledged", "vowed", "refused", "declined">(t)))) {
        return false;
      }
      // "..., and more than 4 in 10 said ...", "..., while Maine Sen. Susan
      // Collins and Texas Rep. Louis Gohmert suggested ...".
      Speaker sp = f_.LeftSubject(k, a);
      // "..., and at the town hall she said ...": a short phrase first.
      if (sp.found && sp.first_token > a && OpensInnerClause(sp.first_token, a)) return true;
      if (!(sp.found && sp.first_token == a) && MayOpenBareSubject(a)) sp = BareNounPhraseSubject(k, a, end);
      return sp.found && sp.first_token == a;
    }
    return false;
  }

  // "Sanders, who endorsed Canova and said he would campaign with him,
  // ultimately did not show up": a report inside a relative clause opened
  // by ", who" ends at the comma where the main clause's verb resumes.
  // Returns b when the cue at `cue` is not inside such a clause.
  uint32_t RelativeClauseEnd(uint32_t cue, uint32_t a, uint32_t b) const {
    const uint32_t s0 = doc_.sentences[doc_.tokens[cue].sentence].first_token;
    uint32_t rel = UINT32_MAX;
    for (uint32_t m = cue; m > s0 + 1 && cue - m < 25; --m) {
      std::string_view t = f_.Tok(m - 1);
      if (t == "," && !f_.InQuote(doc_.tokens[m - 1].span.begin)) break;
      if (Is<"who", "which">(t) && f_.Tok(m - 2) == ",") {
        rel = m - 1;
        break;
      }
    }
    if (rel == UINT32_MAX) return b;
    for (uint32_t m = a + 2; m + 1 < b; ++m) {
      if (f_.Tok(m) != "," || f_.InQuote(doc_.tokens[m].span.begin)) continue;
      uint32_t v = m + 1;
      std::string_view w = f_.Tok(v);
      if (!text::StartsLower(w) || f_.IsCue(v) || f_.IsPronoun(v)) continue;
      if (w.size() > 3 && w.substr(w.size() - 2) == "ly") ++v;
      if (v < b && text::StartsLower(f_.Tok(v)) && VerbLike(v) && f_.Tok(v).substr(f_.Tok(v).size() - 2) != "ly") {
        return m;
      }
    }
    return b;
  }

  // "GOP leaders who opposed Cruz said they ...", "others who want to ban
  // abortion said ...": a report inside a restrictive relative clause ends
  // where the main clause's cue, whose subject the relative clause's noun
  // phrase is, takes over. Returns b otherwise.
  uint32_t RestrictiveRelativeEnd(uint32_t cue, uint32_t a, uint32_t b) const {
    const uint32_t s0 = sentence_start_;
    if (cue < s0 + 2) return b;
    bool relative = false;
    for (uint32_t m = cue; m > s0 + 1 && cue - m < 4; --m) {
      if (Is(f_.Tok(m - 1), {"who", "who'd", "who\xE2\x80\x99" "d"})) {
        relative = f_.Tok(m - 2) != ",";
        break;
      }
    }
    if (!relative) return b;
    const uint32_t end = doc_.sentences[doc_.tokens[cue].sentence].end_token;
    for (uint32_t m = a + 1; m < b && m < a + 20; ++m) {
      const std::string_view t = f_.Tok(m);
      if (Is<",", ";", ":">(t)) break;
      if (f_.IsCue(m) && !(t.size() > 4 && t.substr(t.size() - 3) == "ing") && RelativeSubject(m, s0, end).found) {
        return m;
      }
    }
    // ("a bishop who sought to talk to protesters and seek a resolution were
    // prevented from doing so": an infinitive has no subject of its own, so
    // a finite verb after it, with no clause opened in between, is the main
    // clause's.)
    return InfinitiveVerbAfter(a, b);
  }

  // Where an infinitive phrase opening at a ("to VERB ...") runs into a
  // finite verb that cannot be its own, b when it does not: an infinitive
  // has no subject, so "were" after it with no clause opened in between
  // belongs to a clause around it.
  uint32_t InfinitiveVerbAfter(uint32_t a, uint32_t b) const {
    if (!(f_.Tok(a) == "to" && a + 1 < b && text::StartsLower(f_.Tok(a + 1)))) return b;
    for (uint32_t m = a + 2; m < b; ++m) {
      const std::string_view t = f_.Tok(m);
      if (Is<",", ";", ":", "that", "who", "which", "where", "when", "if", "whether", "what", "how", "why",
             "because", "as", "while", "after", "before", "until", "since", "so">(t) ||
          IsDash(m) || f_.IsPronoun(m) || f_.InQuote(doc_.tokens[m].span.begin)) {
        break;
      }
      if (Is<"were", "was", "are", "is", "have", "has", "had", "will", "would", "could", "can", "did", "do",
             "does">(t) &&
          text::StartsLower(f_.Tok(m - 1)) && !Is<"to", "and", "or", "not">(f_.Tok(m - 1))) {
        return m;
      }
    }
    return b;
  }

  // True when a speaker has no role, or one of courtesy only ("His Highness
  // Sheikh", "The Rev.").
  bool CourtesyRole(const Speaker& sp) const {
    if (!sp.role) return true;
    for (size_t at = 0; at < sp.role->size();) {
      size_t e = sp.role->find(' ', at);
      if (e == std::string::npos) e = sp.role->size();
      std::string_view w = std::string_view(*sp.role).substr(at, e - at);
      if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
      if (!(f_.lex().honorifics.Contains(w) ||
            Is<"His", "Her", "Highness", "Excellency", "Majesty", "Royal", "Sheikh", "Sheikha", "The", "the", "Rev",
                   "Reverend", "Retired", "retired", "Ret", "(Ret">(w))) {
        return false;
      }
      at = e + 1;
    }
    return true;
  }

  // The first of the auxiliaries and adverbs right before the verb at k
  // ("has", "will also"), or k when none stands there.
  uint32_t BeforeAuxiliaries(uint32_t k, uint32_t c0) const {
    uint32_t a = k;
    while (a > c0 + 1 && k - a < 3 &&
           Is<"has", "have", "had", "will", "would", "also", "further", "later", "again">(f_.Tok(a - 1))) {
      --a;
    }
    return a;
  }

  // The subject opening the clause at c0 when an aside (after a comma, a
  // dash, "who" or a participle) stands between it and the cue at k, and
  // the aside holds no cue of its own.
  Speaker SubjectBeforeAside(uint32_t k, uint32_t c0) const {
    for (uint32_t w = c0 + 1; w < k && w < c0 + 14; ++w) {
      std::string_view a = f_.Tok(w);
      const bool opener = a == "," || Is<"-", "--", "\xE2\x80\x94", "\xE2\x80\x93", "who">(a) ||
                          (a.size() > 4 && text::StartsLower(a) && a.substr(a.size() - 3) == "ing");
      if (!opener || f_.InQuote(doc_.tokens[w].span.begin)) continue;
      Speaker s = f_.LeftSubject(w, c0);
      bool ok = s.found && s.first_token == c0 && s.entity >= 0;
      // "North Carolina's Ada Fisher, one of only a handful of ..., said":
      // an owner's role before the name.
      if (!ok && s.found && s.entity >= 0 && !s.description && s.first_token > c0 &&
          (f_.RolePrefix(c0, s.first_token) || f_.PossessiveRolePrefix(c0, s.first_token))) {
        if (!s.role || s.role_is_title) {
          // Through the mention's title ("House Speaker Paul Ryan").
          f_.JoinRolePrefix(c0, &s);
        }
        s.first_token = c0;
        ok = true;
      }
      if (!ok && s.found && s.first_token == c0 && w <= c0 + 3 &&
          (a == "who" || (a == "," && Is<"who", "a", "an", "the">(f_.Tok(w + 1))) || IsDash(w))) {
        // "Weingarten, who has visited several states, said": a name the
        // recogniser does not know, capitalised words before a person's
        // aside.
        ok = true;
        for (uint32_t m = c0; m < w && ok; ++m) {
          ok = text::StartsUpper(f_.Tok(m)) && !f_.lex().starters.Contains(f_.Tok(m)) && !f_.IsPronoun(m);
        }
      }
      // The aside names or describes: "a registered Republican ...", "who
      // has been ...", "-- and Republicans in New Hampshire --".
      // "..., speaking on condition of anonymity, said", "— including
      // Muslims, Christians, Jews — said".
      const std::string_view n1 = f_.Tok(w + 1);
      // "The report, titled "A Fragile Recovery", warned": a name given in
      // the aside, quoted or not.
      // ("The memo, written by chief operating officer Lena Brandt, said":
      // how a document came about.)
      // (Only when the aside closes right before the cue: ""...," said X"
      // after "The findings, published in Cell," is an inverted quote.)
      const bool titled = a == "," && (Is<"titled", "entitled", "called", "dubbed", "named">(n1) ||
                                       ((Is<"written", "issued", "released", "signed", "published", "obtained",
                                                 "seen", "reviewed", "dated", "sent", "posted", "drafted", "authored">(n1) ||
                                         // ("The resolution, adopted by 434 votes to 49, calls on": how
                                         // a text was passed.)
                                         (n1.size() > 4 && text::StartsLower(n1) && n1.ends_with("ed") &&
                                          n1 != "asked" && f_.Tok(w + 2) == "by") ||
                                         // ("The law, passed in 1983, says": a text's own history.)
                                         (n1.size() > 4 && text::StartsLower(n1) && n1.ends_with("ed") &&
                                          w > c0 && (f_.lex().evidence.Contains(f_.Tok(w - 1)) ||
                                                     Is<"law", "act", "bill", "resolution", "treaty",
                                                                        "charter", "constitution", "decree",
                                                                        "ordinance", "statute", "regulation">(f_.Tok(w - 1))))) &&
                                        f_.Tok(k - 1) == ","));
      // ("Regulators in Singapore, where Coinvale is based, said": a place's
      // relative clause.)
      const bool describes = a == "who" || titled || Is<"who", "a", "an", "the", "his", "her", "their", "its">(n1) ||
                             (a == "," && n1 == "where") ||
                             // ("The Hamas movement, which controls Gaza, said")
                             (a == "," && n1 == "which") ||
                             // ("Chile's National Emergency Office, known as
                             // ONEMI, said", "The bank, formally known as X,")
                             (a == "," && (n1 == "known" || (Is<"formally", "officially", "also", "better",
                                                                      "widely", "commonly">(n1) &&
                                                              f_.Tok(w + 2) == "known"))) ||
                             // ("The victims' families, through their lawyer
                             // X, said": who spoke for them.)
                             (a == "," && n1 == "through") ||
                             // "Powell's office, when contacted by Reuters, said"
                             (a == "," && Is<"when", "while", "after", "if">(n1) &&
                              f_.Tok(w + 2).size() > 3 && f_.Tok(w + 2).substr(f_.Tok(w + 2).size() - 2) == "ed") ||
                             (a != "," && Is<"and", "including">(n1)) ||
                             (a == "," && n1.size() > 5 && text::StartsLower(n1) &&
                              n1.substr(n1.size() - 3) == "ing" && !Is<"including", "according">(n1));
      if (!ok && describes && (f_.Tok(k - 1) == "," || IsDash(k - 1) || (f_.Tok(k - 2) == "," && IsGluedMark(k - 1)))) {
        // "The employee of nearly four years, a registered Republican who
        // ..., said", "The Supreme Court justice -- who has been ... --
        // said": a described subject before an aside that closes at the cue.
        // ("A relative of the family living in Seoul, who asked ..., said":
        // the aside's commas bound a longer description.)
        const Speaker left = s;
        s = NounPhraseSubject(w, c0, /*max_words=*/10);
        if (!(s.found && s.first_token == c0) && MayOpenBareSubject(c0)) {
          s = BareNounPhraseSubject(w, c0, w, /*need_clause=*/false);
        }
        ok = s.found && s.first_token == c0;
        // ("A senior official at the Department of Forest and Park
        // Services, who asked not to be named, said": a description longer
        // than a noun phrase is read here, as the subject finder read it.)
        if (!ok && left.found && left.description && left.first_token == c0 && w <= c0 + 16) {
          s = left;
          ok = true;
        }
        // ("The federation, known as the ANDI, responded": the body's name
        // given in the aside, for a subject only described.)
        if (ok && s.entity < 0 && a == "," && n1 == "known" && f_.Tok(w + 2) == "as") {
          const uint32_t o = f_.Tok(w + 3) == "the" ? w + 4 : w + 3;
          const int32_t om = f_.MentionEndingAt(k - 2);
          if (om >= 0 && f_.TokenAt(doc_.mentions[om].span.begin) == o &&
              doc_.entities[doc_.mentions[om].entity].type == EntityType::kOrg) {
            Speaker named;
            named.found = true;
            named.entity = doc_.mentions[om].entity;
            named.name = doc_.entities[named.entity].name;
            named.mention = doc_.mentions[om].span;
            named.first_token = c0;
            named.last_token = k;
            named.role = s.name;
            return named;
          }
        }
        // A name inside is the recogniser's to place ("Republican Rep. Lee
        // Zeldin of New York, a harbour supporter, said").
        // ("One former Podesta employee, speaking on condition of anonymity,
        // said": a name modifying a people noun is part of the description.)
        for (uint32_t m = c0; m < w && ok; ++m) {
          const int32_t pm = f_.PersonMentionStartingAt(m);
          if (pm < 0) continue;
          const uint32_t after = f_.TokenAt(doc_.mentions[pm].span.end);
          ok = after < w && text::StartsLower(f_.Tok(after)) && f_.lex().humans.Contains(f_.Tok(after));
        }
        if (ok) {
          bool anonymous = false;
          for (uint32_t m = w + 1; m + 1 < k; ++m) {
            anonymous = anonymous || Is<"anonymity", "anonymous", "anonymously">(f_.Tok(m)) ||
                        // "The collector, a Texan who asked not to be identified, said"
                        (f_.IsCue(m) && AnonymityAside(m, k));
          }
          // ("Zendaya, the star of "Euphoria," said": a quoted title inside
          // a description, no speech of its own.)
          const bool described = Is<"a", "an", "the">(n1);
          // ("The poster, who used the handle "v0idwalker," said": a short
          // name quoted inside the aside.)
          // ("The looter, known locally as "El Topo," told", "Andy Byford,
          // whom riders nicknamed "Train Daddy," said": a nickname given.)
          const bool naming = Is<"known", "nicknamed", "dubbed", "whom", "popularly", "better", "also">(n1);
          uint32_t quoted_run = 0;
          for (uint32_t m = w + 1; m + 1 < k && ok && !titled; ++m) {
            quoted_run = f_.InQuote(doc_.tokens[m].span.begin) ? quoted_run + 1 : 0;
            const bool naming_verb = naming && Is<"nicknamed", "call", "calls", "called", "dubbed">(f_.Tok(m));
            ok = !(f_.IsCue(m) && !anonymous && !naming_verb) &&
                 (described || quoted_run == 0 || (quoted_run <= 4 && (n1 == "who" || naming)));
          }
          return ok ? s : Speaker();
        }
      }
      // ("The opposition, however, said", "Environmental groups, for their
      // part, said": a connective set off right before the cue.)
      if (!ok && a == "," && f_.Tok(k - 1) == "," &&
          (w + 3 == k || (w + 5 == k && Is<"for", "in">(f_.Tok(w + 1)))) &&
          Is<"however", "meanwhile", "though", "too", "instead", "also", "likewise", "nonetheless",
                             "nevertheless", "moreover", "meantime", "for", "in">(f_.Tok(w + 1)) &&
          (w + 3 == k || Is<"part", "turn">(f_.Tok(w + 3)))) {
        s = NounPhraseSubject(w, c0);
        if (!(s.found && s.first_token == c0) && MayOpenBareSubject(c0)) {
          s = BareNounPhraseSubject(w, c0, w, /*need_clause=*/false);
        }
        if (!(s.found && s.first_token == c0) && text::StartsUpper(f_.Tok(c0))) {
          s = BareNounPhraseSubject(w, c0, w, /*need_clause=*/false);
        }
        if (s.found && s.first_token == c0) return s;
      }
      if (!ok && a == "," && Is<"including", "such", "among">(f_.Tok(w + 1))) {
        // "Several candidates, including Trump, said": a described subject
        // before an aside that names some of them.
        s = NounPhraseSubject(w, c0);
        if (!s.found) s = BareNounPhraseSubject(w, c0, w, /*need_clause=*/false);
        // ("Veterans interviewed at rallies, including Mr. Jebens, said": a
        // people noun with its participle's phrase.)
        if (!s.found) {
          s = f_.LeftSubject(w, c0);
          if (!s.description) s = Speaker();
        }
        ok = s.found && s.first_token == c0;
      }
      if (!ok) {
        // ("A relative of the family living in Seoul, who asked ..., said":
        // a participle inside the description is no aside of its own when
        // a comma opens one later.)
        bool later_comma = false;
        for (uint32_t m = w + 1; m + 1 < k && !later_comma; ++m) later_comma = f_.Tok(m) == ",";
        if (a != "," && a != "who" && !IsDash(w) && later_comma) continue;
        return Speaker();
      }
      // ("Zendaya, the star of "Euphoria," said": a quoted title inside a
      // description.)
      const bool description = a == "," && Is<"a", "an", "the">(n1);
      // ("Simon Pryce, defending, said", "Jane Hollis KC, prosecuting, told
      // the jury": counsel's side in British court reports.)
      if (a == "," && w + 2 == k - 1 && Is<"defending", "prosecuting", "mitigating">(n1) &&
          f_.Tok(k - 1) == ",") {
        s.role = std::string(n1);
        s.role_is_title = false;
        return s;
      }
      // (Nor a short name or title quoted in an aside that reports nothing:
      // "Ann Cole, author of "The Quiet Pulpit," said", "X, popularly known
      // as "Kaba", told".)
      // ("Andy Byford, whom riders nicknamed "Train Daddy," said": a
      // naming verb before the nickname it gives reports nothing.)
      uint32_t quoted_run = 0;
      for (uint32_t m = w + 1; m + 1 < k; ++m) {
        quoted_run = f_.InQuote(doc_.tokens[m].span.begin) ? quoted_run + 1 : 0;
        size_t len;
        const bool naming = Is<"nicknamed", "call", "calls", "called", "dubbed">(f_.Tok(m)) && m + 2 < k &&
                            text::IsDoubleQuote(text::DecodeAt(f_.Tok(m + 1), 0, &len));
        if ((f_.IsCue(m) && !AnonymityAside(m, k) && !naming) || (!description && quoted_run > 6)) return Speaker();
      }
      return s;
    }
    return Speaker();
  }


  // True when a subject pronoun with its verb stands at j ("it would",
  // "they had", "he claimed").
  bool PronounClauseAt(uint32_t j, uint32_t end) const {
    // "agreed there are qualified candidates": an existential clause.
    if (j + 2 < end && f_.Tok(j) == "there" && Is<"is", "are", "was", "were", "would", "will">(f_.Tok(j + 1))) {
      return true;
    }
    if (j + 2 >= end || !Is<"he", "she", "they", "it", "we", "I">(f_.Tok(j))) return false;
    std::string_view v = f_.Tok(j + 1);
    // "she clearly did not need": an adverb before the verb.
    if (v.size() > 4 && text::StartsLower(v) && v.ends_with("ly") && j + 3 < end) v = f_.Tok(j + 2);
    return Is<"would", "will", "could", "can", "should", "might", "may", "must", "was", "were", "is", "are",
                  "had", "has", "have", "did", "does", "didn't", "wasn't", "hadn't">(v) ||
           (v.size() > 3 && text::StartsLower(v) && v.substr(v.size() - 2) == "ed");
  }

  // A subject (a pronoun or a short noun phrase) and a present-tense verb at
  // j: "it takes", "the party needs". Only where no object can stand.
  bool PresentClauseAt(uint32_t j, uint32_t end) const {
    if (NounClauseAt(j, end, /*past=*/true) || PronounClauseAt(j, end)) return true;
    const bool pronoun = Is<"he", "she", "it", "they", "we", "I">(f_.Tok(j));
    if (!pronoun && !Is<"the", "a", "an", "his", "her", "their", "its", "our", "this">(f_.Tok(j)) &&
        !(text::StartsUpper(f_.Tok(j)) && !f_.IsPronoun(j))) {
      return false;
    }
    for (uint32_t m = j + 1; m + 1 < end && m < j + (pronoun ? 2 : 6); ++m) {
      const std::string_view w = f_.Tok(m);
      if (w.size() > 3 && text::StartsLower(w) && w.back() == 's' && w[w.size() - 2] != 's' &&
          w[w.size() - 2] != 'u' && w[w.size() - 2] != '\'' && !f_.IsCue(m)) {
        return true;
      }
      if (!text::StartsLower(w) && !text::StartsUpper(w)) return false;
      if (Is<"that", "which", "who", "to", "as", "for", "in", "on", "at", "by", "with", "from", "and", "or",
                 "but", "of">(w)) {
        return false;
      }
    }
    return false;
  }

  // A short noun phrase and its finite verb at j: "indicated the invitation
  // was accepted", "learned her father had begun", "found Democrats favored
  // Clinton" (a past tense counts only after a verb of finding, `past`: in
  // "criticized the plan unveiled Monday" it is a participle).
  bool NounClauseAt(uint32_t j, uint32_t end, bool past) const {
    const std::string_view first = f_.Tok(j);
    // ("said today jets flew 150 strikes": a bare plural and its past verb,
    // after a time of the cue.)
    const bool bare_plural =
        past && j > 0 && Is<"today", "yesterday", "tonight">(f_.Tok(j - 1)) && text::StartsLower(first) &&
        first.size() > 3 && first.back() == 's' && !f_.IsCue(j) && j + 2 < end &&
        ((f_.Tok(j + 1).size() > 3 && f_.Tok(j + 1).ends_with("ed")) ||
         Is<"flew", "shot", "fought", "fled", "led", "stood", "struck", "fell", "rose", "hit", "sank",
                            "blew", "drove", "threw", "took", "made", "came", "went", "ran", "held", "broke", "began",
                            "lost", "won">(f_.Tok(j + 1)));
    const bool opens = Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this",
                                  "these", "those", "some", "many", "most", "all", "no">(first) ||
                       (text::StartsUpper(first) && !f_.IsPronoun(j)) ||
                       // ("estimated repairs would cost $40 million": a bare
                       // plural and its modal.)
                       (text::StartsLower(first) && first.size() > 3 && first.back() == 's' && j + 2 < end &&
                        Is<"would", "will", "could", "might", "were", "are", "had", "have">(f_.Tok(j + 1))) ||
                       bare_plural;
    if (!opens) return false;
    for (uint32_t m = j + 1; m < end && m < j + 7; ++m) {
      const std::string_view w = f_.Tok(m);
      if (Is<"would", "will", "could", "can", "should", "might", "may", "must", "was", "were", "is", "are",
                 "had", "has", "have", "did", "does", "didn't", "wasn't", "hadn't", "won't", "wouldn't", "isn't",
                 "didn\xE2\x80\x99t", "wasn\xE2\x80\x99t", "won\xE2\x80\x99t", "wouldn\xE2\x80\x99t",
                 "isn\xE2\x80\x99t">(w)) {
        return m > j && m + 1 < end;
      }
      if (past && ((w.size() > 3 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed") ||
                   Is<"knew", "thought", "said", "told", "got", "made", "took", "saw", "came", "went", "felt",
                          "became", "began", "left", "lost", "won", "ran", "kept", "held", "brought", "paid", "hit",
                          "struck", "fell", "rose", "sent", "found", "gave", "spent", "sold", "bought", "built",
                          "grew", "broke", "chose", "sought", "met", "flew", "shot", "fought", "fled", "led",
                          "stood", "wrote", "spoke", "drove", "threw", "sank", "blew", "beat", "caught", "drew",
                          "withdrew", "swept", "tore", "shook", "stole">(w))) {
        // "found her buried in ...": a pronoun object and its participle.
        return m + 1 < end && (m >= j + 2 || text::StartsUpper(first) || bare_plural);
      }
      // "the importance of staying hydrated": a gerund, no clause.
      // (But "the listing would fund": a noun in "-ing" after its article.)
      if (w.size() > 4 && text::StartsLower(w) && w.substr(w.size() - 3) == "ing" &&
          !(m == j + 1 && Is<"the", "a", "an", "his", "her", "their", "its", "our", "this">(first))) {
        return false;
      }
      size_t len;
      if (!text::IsWordChar(text::DecodeAt(w, 0, &len)) && !Is<"'s", "\xE2\x80\x99s", "-">(w)) return false;
      if (f_.IsCue(m) || Is<"that", "which", "who", "to", "as", "for", "in", "on", "at", "by", "with", "from",
                                "and", "or", "but", "than", "about", "into">(w)) {
        return false;
      }
    }
    return false;
  }

  // Inside a sentence, lower-case words open a subject without determiner
  // only as a quantity: "and more than 4 in 10 said", but "and let them
  // know", "and protests demands" are the clause going on.
  bool MayOpenBareSubject(uint32_t a) const {
    std::string_view first = f_.Tok(a);
    if (text::StartsUpper(first) || StartsDigit(first) ||
        Is<"more", "most", "many", "some", "few", "fewer", "several", "half", "nearly", "about", "almost",
                   "roughly", "all", "both", "other", "others", "two", "three", "four", "five", "six", "seven",
                   "eight", "nine", "ten", "majorities", "majority", "a", "the">(first)) {
      return true;
    }
    // "..., but security specialists say": up to three lower-case words
    // ending in a plural of people ("-ists", "-ers", a people noun) right
    // before a cue.
    for (uint32_t m = a; m < a + 3 && m < doc_.tokens.size(); ++m) {
      const std::string_view w = f_.Tok(m);
      if (!text::StartsLower(w) || f_.IsPronoun(m)) return false;
      if (!f_.IsCue(m + 1)) continue;
      return f_.lex().humans.Contains(w) ||
             (w.size() > 5 && (w.substr(w.size() - 4) == "ists" || w.substr(w.size() - 4) == "ians"));
    }
    return false;
  }

  // "who asked not to be named", "who spoke on condition of anonymity",
  // "who requested anonymity": the cue at k says why a source goes
  // unnamed, which is no statement.
  bool AnonymityAside(uint32_t k, uint32_t end) const {
    // (Not what was said: "The agency said it had not yet identified a
    // grower.")
    if (Is<"said", "says", "say", "saying">(f_.Tok(k))) return false;
    // "who declined to be named": a refusal is the "not".
    bool no = Is<"declined", "declines", "declining", "refused", "refuses", "refusing">(f_.Tok(k));
    bool name_seen = false;
    for (uint32_t m = k + 1; m < end && m < k + 9; ++m) {
      std::string_view t = f_.Tok(m);
      // ("who asked that his first name not be used": the request's "that".)
      // ("who identified Sullivan but spoke on the condition of anonymity":
      // another verb's.)
      if (Is<",", ";", ":", "but", "and">(t) ||
          (t == "that" && !Is<"asked", "requested", "asks", "requests">(f_.Tok(k)))) {
        break;
      }
      no = no || t == "not";
      name_seen = name_seen || Is<"name", "names", "surname", "identity">(t);
      // ("who asked that his name not be used": only of a name.)
      if (Is<"anonymity", "anonymously">(t) || (no && Is<"named", "identified">(t)) ||
          (no && name_seen && Is<"used", "published", "printed", "disclosed">(t))) {
        return true;
      }
      // "who asked to be identified only by his first name", "who gave only
      // her first name": a name kept back in part.
      if (Is<"identified", "named">(t) && Is<"only", "by">(f_.Tok(m + 1))) return true;
      if (t == "first" && f_.Tok(m + 1) == "name" && m > k + 1 &&
          Is<"his", "her", "their">(f_.Tok(m - 1))) {
        return true;
      }
      // "who declined to give her name", "refused to give his full name".
      if (no && Is<"name", "names", "surname">(t) && m > k + 1 &&
          Is<"her", "his", "their", "a", "full", "last">(f_.Tok(m - 1))) {
        return true;
      }
    }
    return false;
  }

  // True when token k is a quotation mark glued to the token before it (a
  // closing mark after a comma or a word).
  bool IsGluedMark(uint32_t k) const {
    if (k == 0 || k >= doc_.tokens.size() || doc_.tokens[k - 1].span.end != doc_.tokens[k].span.begin) return false;
    std::string_view t = f_.Tok(k);
    size_t len;
    return t == "''" || t == "'" || text::IsDoubleQuote(text::DecodeAt(t, 0, &len));
  }

  // What is believed, known or intended after the belief verb at k: a
  // "that" clause, a clause opening with a pronoun, determiner or name, or
  // a noun with its verb right after ("think women are ..."); with `kind`
  // "t" or "o" a "to"-infinitive, with "o" also an object before it. 0 when
  // nothing of the kind follows ("knows him", "fears for her job").
  uint32_t BeliefClause(uint32_t k, uint32_t end, std::string_view kind) const {
    const uint32_t j = k + 1;
    if (j + 2 > end) return 0;
    std::string_view w = f_.Tok(j);
    if (w == "that") return j + 2 < end ? j : 0;
    if (w == "to") return kind == "t" || kind == "o" ? j : 0;
    if (kind == "o") {
      // "want all immigrants in the country illegally to be deported".
      for (uint32_t m = j + 1; m < end && m < j + 9; ++m) {
        if (f_.Tok(m) == "to") return m + 1 < end ? j : 0;
        if (Is<",", ";", ":", ".", "that", "and", "or">(f_.Tok(m)) || f_.IsCue(m)) break;
      }
    }
    // ("Murphy wants more funding for teacher pay", "Party leaders want no
    // repeat of 1980", "who want a continuation of Obama's policies": what
    // is wanted, a noun phrase with its determiner.)
    if (kind == "o" && j + 3 <= end && Is<"want", "wants", "wanted", "prefer", "prefers">(f_.Tok(k)) &&
        Is<"a", "an", "the", "more", "less", "no", "their", "his", "her", "its", "our", "some", "stronger",
           "higher", "lower", "tougher", "greater", "new", "better">(w) &&
        !f_.IsCue(j + 1)) {
      for (uint32_t m = j + 1; m < end && m < j + 9; ++m) {
        const std::string_view v = f_.Tok(m);
        if (Is<"to", "that">(v) || f_.IsCue(m)) return 0;  // an object's infinitive, read above, or a clause
        if (Is<",", ";", ":", ".">(v)) break;
      }
      return j;
    }
    auto finite = [&](uint32_t m) {
      return m < end && Is(f_.Tok(m), {"is", "are", "was", "were", "will", "would", "can", "could", "should", "has",
                                       "have", "had", "do", "does", "did", "may", "might", "must", "won't", "isn't",
                                       "aren't", "wasn't", "can't", "don't", "doesn't", "didn't", "'re", "'s", "'ll",
                                       "'d", "'ve", "\xE2\x80\x99re", "\xE2\x80\x99s", "\xE2\x80\x99ll",
                                       "\xE2\x80\x99" "d", "\xE2\x80\x99ve"});
    };
    // ("Immigrants feel discriminated against more often in Europe",
    // "younger voters who feel trapped in a system that seems rigged": how
    // they feel, a participle or a mood with what follows it.)
    if (Is<"feel", "feels", "felt">(f_.Tok(k)) && j + 3 <= end && text::StartsLower(w) &&
        ((w.size() > 4 && w.ends_with("ed") && !f_.IsCue(j)) ||
         Is<"optimistic", "pessimistic", "confident", "hopeful", "angry", "uneasy", "unsafe", "safe", "insecure",
            "secure", "powerless", "helpless", "hopeless", "alienated", "unwelcome", "welcome", "invisible">(w))) {
      return j;
    }
    // ("I think this meeting is too little too late": a demonstrative
    // before its noun and the clause's verb, no object pronoun.)
    if (Is<"this", "these", "those">(w) && j + 3 < end && text::StartsLower(f_.Tok(j + 1)) && !finite(j + 1) &&
        !f_.IsCue(j + 1)) {
      for (uint32_t m = j + 2; m < end && m < j + 5; ++m) {
        if (finite(m)) return j;
        if (Is<",", ";", ":", ".", "that", "to">(f_.Tok(m)) || f_.IsCue(m)) break;
      }
    }
    if (f_.IsCue(j) || Is<"what", "how", "why", "whether", "if", "about", "of", "for", "so", "it's", "him", "her",
                              "them", "me", "us", "you", "nothing", "anything", "something", "a", "an", "this">(w)) {
      return 0;
    }
    // "know they're being spun": a subject pronoun with its verb contracted.
    if (w.size() > 4 && text::StartsLower(w) &&
        (w.find("'re") != std::string_view::npos || w.find("\xE2\x80\x99re") != std::string_view::npos ||
         w.find("'ll") != std::string_view::npos || w.find("\xE2\x80\x99ll") != std::string_view::npos) &&
        j + 2 < end) {
      return j;
    }
    if (f_.IsPronoun(j) && !Is<"his", "her", "its", "their", "our", "my", "your">(w)) return finite(j + 1) || j + 3 < end ? j : 0;
    if (OpensClause(w) || text::StartsLower(w)) {
      // The subject's head within a few words, then its verb.
      for (uint32_t m = j + 1; m < end && m < j + 6; ++m) {
        if (finite(m)) return j;
        // ("believe the plane crashed into the sea": a past tense after the
        // subject's noun, not a participle after its article.)
        const std::string_view v = f_.Tok(m);
        if (m + 1 < end && v.size() > 4 && text::StartsLower(v) && v.ends_with("ed") && !f_.IsCue(m) &&
            text::StartsLower(f_.Tok(m - 1)) && !IsDeterminerWord(f_.Tok(m - 1)) &&
            !Is<"his", "her", "its", "their", "our", "my", "your", "more", "most", "less", "very", "so", "too",
                "newly", "recently", "well", "being", "been", "be", "was", "were", "is", "are", "have", "has",
                "had", "or", "and", "but", "nor">(f_.Tok(m - 1)) &&
            !Is<"or", "and", "but", "nor", "have", "has", "had", "been", "be", "never", "not", "who", "where", "when",
                "which", "whom">(w) &&
            !f_.Tok(m - 1).ends_with("ly") && !Is<"by", ",", ".", ";">(f_.Tok(m + 1))) {
          return j;
        }
        if (Is<",", ";", ":", ".", "that", "to">(f_.Tok(m)) || f_.IsCue(m)) break;
      }
    }
    return 0;
  }

  // What was asked after "asked" at k: from a question word ("asked Sanders
  // whether ...", "asked workers if ...", "asked about ..."), or the object
  // with its infinitive ("asked the agency to release ..."). 0 when neither
  // comes within a few words.
  uint32_t AskedWhat(uint32_t k, uint32_t end) const {
    // ("asked the former secretary of state during a Telemundo Facebook chat
    // if she would commit": a where or when phrase between listener and
    // question lengthens the reach.)
    uint32_t reach = k + 9;
    for (uint32_t m = k + 2; m < end && m < k + 9; ++m) {
      if (Is<"during", "at", "in", "on">(f_.Tok(m)) && !f_.InQuote(doc_.tokens[m].span.begin)) {
        reach = k + 15;
        break;
      }
      if (Is<",", ";", ":", "whether", "if", "to", "about", "for">(f_.Tok(m))) break;
    }
    for (uint32_t m = k + 1; m < end && m < reach; ++m) {
      std::string_view w = f_.Tok(m);
      if (Is<"whether", "if", "what", "why", "how", "when", "where", "who", "whom", "which", "about">(w)) {
        return m + 2 < end ? m : 0;
      }
      // "asked workers to sign up", "Judicial Watch asked to depose Clinton".
      if (w == "to") return m + 2 < end ? k + 1 : 0;
      // "asked the Supreme Court for quick action": what was asked for.
      if (w == "for" && m > k + 1 && m + 2 < end) return m;
      // ("asked Thomas Ruhl, the county's lawyer, whether ...": the
      // listener's appositive between commas.)
      if (w == "," && m > k + 1 && Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(m + 1))) {
        uint32_t c = m + 2;
        while (c < end && c < m + 10 && f_.Tok(c) != "," && !f_.IsCue(c) && !Is<";", ":", ".">(f_.Tok(c))) ++c;
        if (c + 2 < end && f_.Tok(c) == "," &&
            Is<"whether", "if", "what", "why", "how", "when", "where", "who", "which">(f_.Tok(c + 1))) {
          return c + 1;
        }
      }
      if (Is<",", ";", ":", ".", "that">(w) || f_.IsCue(m)) return 0;
    }
    return 0;
  }

  // Where the reported clause starts after the cue at k, or 0 when the cue
  // does not introduce one ("agreed to meet", "described as").
  uint32_t AfterCue(uint32_t k, uint32_t end) const {
    std::string_view verb = f_.Tok(k);
    uint32_t j = k + 1;
    // ("Kestrel Financial Corp reported a 12% rise in third-quarter profit",
    // "reported net income of $4 million": a company's results, no words.)
    if (Is<"reported", "reports", "report", "reporting">(verb) && j < end && f_.Tok(j) != "that") {
      for (uint32_t m = j; m < end && m < j + 8; ++m) {
        const std::string_view w = f_.Tok(m);
        if (Is<"that", ",", ";", ":">(w) || f_.IsCue(m)) break;
        if (Is<"profit", "profits", "loss", "losses", "earnings", "revenue", "revenues", "sales", "income",
                   "surplus", "deficit", "margin", "margins", "EBITDA", "dividend">(w)) {
          return 0;
        }
      }
    }
    // ("The court held, 5 to 4, that ...", "ruled 6 to 3 that ...", "ruled
    // 7-2 that ...": a court's vote margin between the verb and its clause.)
    {
      uint32_t m = j;
      const bool comma = m < end && f_.Tok(m) == ",";
      if (comma) ++m;
      auto count = [&](uint32_t w) {
        return StartsDigit(f_.Tok(w)) || Is<"five", "six", "seven", "eight", "nine", "four", "three",
                                                         "two", "one", "zero">(f_.Tok(w));
      };
      uint32_t after = 0;
      if (m + 2 < end && count(m) && f_.Tok(m + 1) == "to" && count(m + 2)) after = m + 3;
      if (!after && m + 1 < end && StartsDigit(f_.Tok(m)) && f_.Tok(m).size() == 3 && f_.Tok(m)[1] == '-') after = m + 1;
      if (after && comma && after < end && f_.Tok(after) == ",") ++after;
      if (after && after + 2 < end && f_.Tok(after) == "that") j = after;
      // ("The court ruled 6 to 3.": a margin alone says nothing.)
      if (after && (after >= end || Is<".", ";", "in", "on", "to", "against", "for">(f_.Tok(after)))) return 0;
    }
    // ("neither admitted nor denied the charges", "admitted or denied":
    // a pair of acts and their object, nothing said.)
    if (j < end && Is<"nor", "or">(f_.Tok(j))) return 0;
    // (But "neither confirmed nor denied that the talks took place" is a
    // refusal to say, a statement as "would not confirm that" is.)
    const bool refusal = k >= 3 && f_.Tok(k - 1) == "nor" && Is<"neither", "Neither">(f_.Tok(k - 3)) &&
                         Is<"confirmed", "confirm", "confirms", "confirming">(f_.Tok(k - 2)) &&
                         Is<"denied", "deny", "denies", "denying">(verb);
    if (k >= 2 && !refusal && (f_.Tok(k - 1) == "nor" || (f_.Tok(k - 1) == "or" && f_.IsCue(k - 2)))) return 0;
    // "who asked not to be named", "who spoke on condition of anonymity":
    // why a source goes unnamed is no statement.
    for (uint32_t m = j; m < end && m < j + 6; ++m) {
      // "not to be named", not "said the protesters identified themselves".
      // ("said the buyer wished to remain anonymous": someone else's wish.)
      const bool other = m > j && (f_.IsPronoun(j) || OpensSubject(f_.Tok(j))) &&
                         !Is<"spoke", "speaks", "speaking", "asked", "requested", "declined">(verb);
      // ("said staff had received anonymous threats": an adjective before
      // its noun.)
      const bool adjective = f_.Tok(m) == "anonymous" && m + 1 < end && text::StartsLower(f_.Tok(m + 1)) &&
                             !Is<"because", "as", "since", "and", "or", "for", "to", "so", "after",
                                                 "while", "in", "on", "at", "but", "until", "when">(f_.Tok(m + 1));
      if (!other && !adjective && (Is<"anonymity", "anonymous", "anonymously">(f_.Tok(m)) ||
                     (Is<"named", "identified">(f_.Tok(m)) && Is<"be", "being">(f_.Tok(m - 1))))) {
        // ("said on condition of anonymity that ...": the clause after it.)
        if (Is<"said", "says", "told", "tells", "added">(verb) && m + 2 < end &&
            Is<"anonymity", "anonymously">(f_.Tok(m)) && f_.Tok(m + 1) == "that") {
          return m + 1;
        }
        return 0;
      }
      if (Is<",", ";", ":", "that">(f_.Tok(m))) break;
    }
    // After "told the panel", "that" is the complementizer whatever follows;
    // after a time phrase it must open a clause ("said at a rally that he").
    auto find_that = [&](uint32_t from, uint32_t limit, bool any = false) -> uint32_t {
      uint32_t stop = from + limit;
      for (uint32_t m = from; m < end && m < stop; ++m) {
        // "noted in a guest column that anger is ...": after the phrase a
        // "that" opens the clause unless a verb follows it ("the column
        // that ran Tuesday").
        // "told investigators he was working with X and that both ...": a
        // second "that" clause; the first opened without its "that".
        if (f_.Tok(m) == "that" && m > from && Is<"and", "but", "or">(f_.Tok(m - 1))) return 0;
        if (f_.Tok(m) == "that" && m + 1 < end &&
            // "said in a statement that 14 people had been killed".
            (any || OpensClause(f_.Tok(m + 1)) || f_.Tok(m + 1) == "," || StartsDigit(f_.Tok(m + 1)) ||
             // ("said in a statement that "Assassin's Creed Shadows" would
             // be delayed": a title in marks opens the clause.)
             [&] {
               size_t len;
               return text::IsDoubleQuote(text::DecodeAt(f_.Tok(m + 1), 0, &len)) && m + 4 < end &&
                      text::StartsUpper(f_.Tok(m + 2));
             }() ||
             Is<"$", "all", "both", "many", "more", "most", "several", "every", "nobody", "none",
                                "everyone", "you", "one", "two", "three">(f_.Tok(m + 1)) ||
             (text::StartsLower(f_.Tok(m + 1)) && !VerbLike(m + 1) &&
              // ("said in a report that output fell.": a noun and its past.)
              (m + 3 < end ||
               (m + 3 == end && (f_.Tok(m + 2).ends_with("ed") ||
                                 Is<"rose", "fell", "grew", "won", "lost", "left", "died">(f_.Tok(m + 2))))) &&
              !Is<"ran", "runs", "appeared", "aired", "says", "said">(f_.Tok(m + 1))) ||
             // "said in a statement that displaced children were at risk":
             // a participle before a noun and its verb is an adjective.
             (m + 4 < end && text::StartsLower(f_.Tok(m + 1)) && f_.Tok(m + 1).ends_with("ed") &&
              text::StartsLower(f_.Tok(m + 2)) && !OpensSubject(f_.Tok(m + 2)) && !f_.IsPronoun(m + 2) &&
              !Is<"to", "in", "on", "at", "by", "for", "with", "from", "of", "that", "as", "and",
                                  "or", "but", "him", "them", "us", "me">(f_.Tok(m + 2)) &&
              Is<"was", "were", "is", "are", "had", "have", "has", "would", "will", "could", "can",
                                 "may", "might", "should", "must", "did", "do", "does">(f_.Tok(m + 3))))) {
          return m;
        }
        // "said on CNN, where he is now a paid contributor, that ...": an
        // aside inside commas before the "that" (also "said on Sunday, after
        // a closed-door meeting with members, that ...").
        // ("said in a statement, issued late on Friday, that": a participle
        // on the medium.)
        if (f_.Tok(m) == "," && m + 2 < end && m > from &&
            Is<"issued", "released", "posted", "published", "sent", "shared", "distributed",
                               "delivered", "read", "broadcast", "aired">(f_.Tok(m + 1))) {
          uint32_t c = m + 2;
          while (c < end && c < m + 12 && f_.Tok(c) != "," && !f_.IsCue(c)) ++c;
          if (c + 1 < end && f_.Tok(c) == "," && f_.Tok(c + 1) == "that") return c + 1;
        }
        if (f_.Tok(m) == "," && m + 2 < end &&
            Is<"where", "which", "who", "when", "after", "before", "during", "following", "amid",
                               "despite", "in", "at",
                               // ("told reporters outside Solidarity House,
                               // the union's Detroit headquarters, that": a
                               // place's description.)
                               "the", "its", "his", "her", "their">(f_.Tok(m + 1))) {
          uint32_t c = m + 2;
          while (c < end && c < m + 20 && f_.Tok(c) != "," && !f_.IsCue(c)) ++c;
          if (c + 1 < end && f_.Tok(c) == "," && f_.Tok(c + 1) == "that") return c + 1;
        }
        // "told POLITICO, however, that she ...": a comma-set adverb.
        if (f_.Tok(m) == "," && m + 3 < end && Is<"however", "though", "too", "also">(f_.Tok(m + 1)) &&
            f_.Tok(m + 2) == ",") {
          m += 2;
          continue;
        }
        // "told a news conference in the capital, Vauclair, that": a name
        // set off by commas names the place or body before it.
        if (f_.Tok(m) == "," && m + 3 < end && text::StartsUpper(f_.Tok(m + 1)) && !f_.IsPronoun(m + 1)) {
          uint32_t c = m + 1;
          while (c < end && c < m + 5 && text::StartsUpper(f_.Tok(c))) ++c;
          if (c + 1 < end && f_.Tok(c) == "," && f_.Tok(c + 1) == "that") return c + 1;
        }
        // ("said under questioning that": a gerund after a preposition is
        // a noun.)
        const bool gerund = m > 0 && f_.Tok(m).ends_with("ing") &&
                            Is<"under", "after", "during", "in", "on", "before">(f_.Tok(m - 1));
        if (f_.Tok(m) == "," || (f_.IsCue(m) && !f_.NounUse(m) && !gerund)) break;
      }
      return 0;
    };
    // "said — on Twitter, as it happens — that Trump raised ...": an aside
    // between dashes before the "that".
    if (j < end && IsDash(j)) {
      for (uint32_t m = j + 1; m + 2 < end && m < j + 15; ++m) {
        if (IsDash(m)) {
          if (f_.Tok(m + 1) == "that") return m + 1;
          break;
        }
      }
    }
    // "has pointed out, that's ...", "fired back that ...": the particle
    // belongs to the cue.
    if (j < end && ((f_.Tok(j) == "out" && Is<"pointed", "points", "point", "pointing">(verb)) ||
                    (f_.Tok(j) == "back" && Is<"fired", "fires", "shot", "shoots", "hit", "hits", "pushed",
                                                      "pushes", "wrote", "writes">(verb)))) {
      ++j;
      if (j < end && f_.Tok(j) == ",") ++j;
    }
    // "Acme recalls 2 million cars": a product recall, not a memory.
    if (Is<"recall", "recalls", "recalled", "recalling">(verb) && j < end &&
        (StartsDigit(f_.Tok(j)) ||
         (Is<"about", "nearly", "almost">(f_.Tok(j)) && j + 1 < end && StartsDigit(f_.Tok(j + 1))))) {
      return 0;
    }
    // "continued his assault on Mr. Bush", "continued risks": "continue"
    // introduces speech only with "that" (or a colon, for quotes).
    if (Is<"continued", "continues", "continue", "continuing">(verb) && (j >= end || f_.Tok(j) != "that")) return 0;
    // "agreed with the President that Britain would have to wait".
    if (Is<"agreed", "agree", "agrees", "disagreed", "disagree", "disagrees">(verb) && j < end && f_.Tok(j) == "with") {
      if (uint32_t t = find_that(j + 1, 10, /*any=*/true)) return t;
    }
    // "wrote the local newspaper, The Perry Chief, that ...": a listener
    // before the clause's own "that".
    if (Is<"wrote", "writes", "write", "writing">(verb) && j < end && f_.Tok(j) != "that") {
      for (uint32_t m = j; m + 2 < end && m < j + 12; ++m) {
        const std::string_view w = f_.Tok(m);
        if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin) ||
            Is<";", ":", ".", "and", "but", "when", "while", "as", "because", "since", "after", "before", "if",
                   "although", "though", "where", "which", "who">(w)) {
          break;  // "wrote a rant last year when it was apparent that ...": another clause's
        }
        if (w != "that") continue;
        if (m > j && (OpensClause(f_.Tok(m + 1)) || f_.IsPronoun(m + 1)) && !VerbLike(m + 1)) return m;
        break;
      }
    }
    // ("Police told residents to stay indoors", "The note told victims to
    // download the Tor browser": an order, the listener and its infinitive.)
    // ("told residents to leave": a one-word infinitive too.)
    if (Is<"told", "tells", "tell", "telling", "instructed", "instructs">(verb) && j < end && f_.Tok(j) != "that") {
      for (uint32_t m = j + 1; m + 1 < end && m < j + 6; ++m) {
        const std::string_view w = f_.Tok(m);
        // (The listener's own words only: "told reporters the decision to
        // drop the inquiry had been taken" is a clause.)
        bool listener = true;  // no second noun phrase before the "to"
        // ("told residents of the community to", "told national committees
        // to": the listeners' own phrase.)
        // ("told residents of Lake Charles to", "told members at the plant
        // to": a place after its preposition.)
        for (uint32_t t = j + 1; t < m && listener; ++t) {
          listener = (!Is<"the", "a", "an", "his", "her", "their", "its", "this", "that", "these",
                                      "those">(f_.Tok(t)) ||
                      Is<"of", "at", "in", "from", "on">(f_.Tok(t - 1))) &&
                     (!VerbLike(t) || text::StartsUpper(f_.Tok(t)));
        }
        if ((w == "to" || ((w == "not" || w == "never") && f_.Tok(m + 1) == "to")) && listener &&
            (m == j + 1 || Is<"the", "a", "an", "his", "her", "their", "its", "our", "all">(f_.Tok(j)) ||
             text::StartsUpper(f_.Tok(j)) || f_.lex().humans.Contains(f_.Tok(j)) || PluralListener(m - 1))) {
          const uint32_t v = w == "to" ? m + 1 : m + 2;
          if (v < end && text::StartsLower(f_.Tok(v)) && !IsDate(v) && !f_.IsPronoun(v) &&
              !Is<"the", "a", "an", "his", "her", "their", "its", "this", "that", "me", "reporters">(f_.Tok(v)) &&
              // (Not "He told me to make sure" in a witness's answer: the
              // transcript's own words.)
              !Is<"me", "us">(f_.Tok(j)) && (f_.IsPronoun(j) || text::StartsUpper(f_.Tok(j)) ||
               Is<"the", "a", "an", "his", "her", "their", "its", "our", "all">(f_.Tok(j)) ||
               f_.lex().humans.Contains(f_.Tok(j)) || f_.lex().told_objects.Contains(f_.Tok(j)) ||
               PluralListener(m - 1))) {
            return j;
          }
          break;
        }
        if (f_.IsCue(m) || f_.IsPronoun(m) || Is<",", ";", ":", ".", "that", "who", "which", "and", "but">(w) ||
            f_.InQuote(doc_.tokens[m].span.begin)) {
          break;
        }
      }
    }
    if (Is<"told", "tells", "tell", "telling", "assured", "informed", "reminded", "warned", "urged", "promised", "promises">(verb)) {
      // ("told CBS's Face the Nation: "We are ready."": the listener, then a
      // quote after the colon, which is the statement.)
      for (uint32_t m = j; m + 1 < end && m < j + 8; ++m) {
        if (f_.Tok(m) != ":") {
          if (text::StartsLower(f_.Tok(m)) && !Is<"the", "a", "an", "of", "on", "in", "'s">(f_.Tok(m))) break;
          continue;
        }
        size_t len;
        if (text::IsDoubleQuote(text::DecodeAt(f_.Tok(m + 1), 0, &len)) || f_.InQuote(doc_.tokens[m + 1].span.begin)) {
          return 0;
        }
        break;
      }
      // ("told Congress the Fed would watch prices despite evidence that
      // ...": a finite verb before the "that" shows the clause opened
      // without one; not one in a relative or question word's clause,
      // "told reporters who had gathered outside that ...".)
      if (uint32_t t = find_that(j, 14, /*any=*/true)) {
        bool finite = false;
        for (uint32_t m = j + 1; m < t && !finite; ++m) {
          if (Is<"who", "which", "whom", ",", "(", "how", "what", "why", "whether", "when", "where">(f_.Tok(m))) break;
          finite = Is<"would", "will", "was", "were", "is", "are", "could", "should", "can", "may",
                                  "might", "must", "had", "has", "have">(f_.Tok(m)) ||
                   // ("warned businesses not to assume that paying would
                   // work": the listener's infinitive holds the "that".)
                   (f_.Tok(m) == "to" && m + 1 < t && text::StartsLower(f_.Tok(m + 1)) && !IsDate(m + 1) &&
                    !Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(m + 1)));
        }
        if (!finite) return t;
      }
      if (!Is<"told", "tells", "tell", "telling">(verb)) {
        // ("..., the government informed the Lok Sabha on Wednesday": whom
        // it informed, with no clause of its own after it.)
        if (Is<"informed", "assured", "reminded">(verb) && j < end &&
            (text::StartsUpper(f_.Tok(j)) || Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(j)))) {
          bool listener_only = true;
          for (uint32_t m = j; m < end && listener_only; ++m) {
            const std::string_view w = f_.Tok(m);
            listener_only = text::StartsUpper(w) || IsDate(m) ||
                            Is<"the", "a", "an", "his", "her", "their", "its", "on", "in", "at", "last", "this",
                                   "week", "month", "year", "today", "yesterday", ".", ",">(w);
          }
          if (listener_only) return 0;
        }
        // "warned the plan would fail": no object needed; "assured her the
        // vote would be delayed": a pronoun listener before the clause.
        if (j + 2 < end && Is<"him", "her", "them", "me", "us">(f_.Tok(j)) &&
            (PronounClauseAt(j + 1, end) || NounClauseAt(j + 1, end, /*past=*/false))) {
          ++j;
        }
      } else {
        // "told her the vote would be delayed", "told her she would sign":
        // "her" the listener, not a possessive, when a clause follows.
        if (j + 2 < end && f_.Tok(j) == "her" &&
            (PronounClauseAt(j + 1, end) || NounClauseAt(j + 1, end, /*past=*/false))) {
          return j + 1;
        }
        int32_t m = f_.MentionEndingAt(j);
        const bool determiner = Is<"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                                               "another", "one", "two", "three", "several", "some", "both", "each">(f_.Tok(j));
        // "told investigators he was ...": a bare people noun is a listener too.
        // ("told host Chris Cuomo she believed": a role before the listener's name.)
        const bool role_name = j + 1 < end && text::StartsLower(f_.Tok(j)) && f_.lex().humans.Contains(f_.Tok(j)) &&
                               f_.PersonMentionStartingAt(j + 1) >= 0;
        if (role_name) ++j;
        // "told local reporters she was ...", "told local station WKRN she
        // ...": a modifier before the listener's noun.
        const bool modified = !determiner && !role_name && j + 2 < end && text::StartsLower(f_.Tok(j)) &&
                              !f_.IsCue(j) && !f_.IsPronoun(j) && !OpensSubject(f_.Tok(j)) &&
                              (f_.lex().humans.Contains(f_.Tok(j + 1)) ||
                               // ("told air traffic control he had smoke")
                               Is<"traffic", "station", "network", "newspaper", "paper", "radio", "channel",
                                                  "broadcaster", "outlet", "magazine", "website", "podcast",
                                                  "television", "TV", "media">(f_.Tok(j + 1)));
        // ("told jurors Tuesday he never suspected": a day between.)
        uint32_t past_day = j + 1;
        while (past_day + 1 < end && past_day < j + 3 && (IsDate(past_day) || Is<"today", "yesterday">(f_.Tok(past_day)))) {
          ++past_day;
        }
        if (j < end && (text::StartsUpper(f_.Tok(j)) || m >= 0 || determiner || modified ||
                        (f_.lex().humans.Contains(f_.Tok(j)) &&
                         (f_.IsPronoun(past_day) || OpensSubject(f_.Tok(past_day)))))) {
          // "told the AP his firm ...", "told the National Post he's ...",
          // "told his audience they ...", "told ABC's "Good Morning America"
          // on Monday the tone ...": the object runs to the clause's subject.
          const uint32_t o = j;
          if (determiner || modified) ++j;
          // A name after a lower-case listener, then an auxiliary: the
          // clause's subject.
          auto named_clause = [&](uint32_t n) {
            if (n <= o + 1 || !text::StartsLower(f_.Tok(n - 1)) || !text::StartsUpper(f_.Tok(n))) return false;
            uint32_t e = n;
            if (const int32_t pm = f_.PersonMentionStartingAt(n); pm >= 0) {
              e = f_.TokenAt(doc_.mentions[pm].span.end);
            } else {
              ++e;
            }
            return e < end && Is<"had", "has", "was", "is", "would", "will", "could", "did", "should",
                                            "might", "must", "can">(f_.Tok(e));
          };
          bool noun = false;
          while (j < end && j < o + 10) {
            std::string_view w = f_.Tok(j);
            size_t len;
            const bool mark = text::IsDoubleQuote(text::DecodeAt(w, 0, &len)) || w == "''" || w == "``";
            if (Is<"last", "this">(w) && j + 1 < end && Is<"week", "month", "year", "weekend">(f_.Tok(j + 1))) {
              j += 2;
              continue;
            }
            // ("told a news conference earlier this month there was ...": a
            // time phrase, before "this" could open the clause.)
            if (w == "earlier" && noun) {
              ++j;
              continue;
            }
            // ("told a news conference there was still room": an existential
            // clause.)
            const bool there = w == "there" && j + 1 < end &&
                               Is<"is", "was", "are", "were", "would", "will", "had", "has">(f_.Tok(j + 1));
            if (noun && !mark && (f_.IsPronoun(j) || OpensSubject(w) || there)) break;
            // "told the jury Marsh had posed as ...": a named subject with
            // its verb after a listener.
            if (noun && !mark && named_clause(j)) break;
            // ("told the Globe and Mail he was ...": "and" inside a name.)
            if (w == "and" && noun && j + 1 < end && text::StartsUpper(f_.Tok(j - 1)) &&
                text::StartsUpper(f_.Tok(j + 1))) {
              ++j;
              continue;
            }
            // "told The Star-Ledger of Newark last week she would ...": a
            // name with "of" and a time phrase stay in the listener.
            if (w == "of" && j + 1 < end && text::StartsUpper(f_.Tok(j + 1)) && text::StartsUpper(f_.Tok(j - 1))) {
              ++j;
              continue;
            }
            if (Is<",", ";", ":", ".", "that", "to", "about", "of", "and", "or">(w) || f_.IsCue(j)) break;
            // "..., Obama told his closest advisers as he labored over ...":
            // the clause after a subordinator is the writer's.
            if (noun && Is<"as", "when", "while", "after", "before", "because", "since", "until", "if">(w)) return 0;
            if (w == "on" && IsDate(j + 1)) {
              ++j;
              continue;
            }
            noun = noun || (!mark && !Is<"'s", "\xE2\x80\x99s">(w));
            ++j;
          }
          if (!noun || j >= end || !(f_.IsPronoun(j) || OpensSubject(f_.Tok(j)) || f_.Tok(j) == "there" ||
                                     named_clause(j))) {
            return 0;
          }
          // "tells the truth", "told a story": what was told is the object.
          if (Is<"truth", "lie", "lies", "story", "stories", "joke", "jokes", "tale", "tales">(f_.Tok(j - 1))) return 0;
          if (text::StartsUpper(f_.Tok(o)) && !determiner && j == o) return 0;
        } else if (j < end && f_.lex().told_objects.Contains(f_.Tok(j))) {
          ++j;
          // "tells voters who wonder why ...": the listener's own clause.
          if (j < end && Is<"who", "whom", "whose", "which">(f_.Tok(j))) return 0;
          // "told reporters in Canberra the decision was final": a place
          // after the listener.
          if (j + 2 < end && Is<"in", "at">(f_.Tok(j)) && text::StartsUpper(f_.Tok(j + 1))) {
            uint32_t p = j + 1;
            while (p < end && p < j + 5 && (text::StartsUpper(f_.Tok(p)) || f_.Tok(p) == ",")) ++p;
            if (p < end && (f_.IsPronoun(p) || OpensSubject(f_.Tok(p)))) j = p;
          }
        } else {
          return 0;
        }
      }
    }
    // A date right after the cue ("said Friday that", "said on Monday").
    // "said Monday's decision ...": a possessive date opens the clause.
    {
      uint32_t d = j;
      if (d < end && f_.Tok(d) == "on" && d + 1 < end && IsDate(d + 1)) ++d;
      while (d < end && IsDate(d)) ++d;
      // ("said 2024 was the warmest year", "said July was the hottest
      // month": a date with its verb is the clause's subject.)
      const bool subject = d > j && d < end && f_.Tok(j) != "on" &&
                           Is<"was", "is", "were", "will", "would", "had", "has", "could", "marked", "saw",
                                          "set", "broke", "became", "ranks", "ranked">(f_.Tok(d));
      if (!subject && (d == j || !Is<"'s", "\xE2\x80\x99s">(f_.Tok(d)))) j = d;
      // ("said Tuesday (March 4) that": RNS's date in brackets after the day.)
      if (d + 3 < end && f_.Tok(d) == "(" && IsDate(d + 1)) {
        uint32_t c = d + 1;
        while (c < end && c < d + 6 && (IsDate(c) || StartsDigit(f_.Tok(c)) || f_.Tok(c) == ",")) ++c;
        if (c < end && f_.Tok(c) == ")") {
          d = c + 1;
          j = d;
        }
      }
      // ("said on Sunday talk shows that": the day names the shows, the
      // "that" opens the clause.)
      for (uint32_t m = d; m < end && m < d + 3 && text::StartsLower(f_.Tok(m)) && !f_.IsCue(m); ++m) {
        if (f_.Tok(m) != "that") continue;
        if (m > d && Is<"shows", "show", "programs", "programmes", "broadcasts", "newspapers",
                                          "papers", "editions", "interviews", "sermons", "services">(f_.Tok(m - 1))) {
          j = m;
        }
        break;
      }
    }
    // "said last year was the warmest on record", "said this summer was
    // the hottest": a time phrase with its verb is the clause's subject.
    if (j + 3 < end && Is<"last", "this", "next">(f_.Tok(j)) &&
        Is<"year", "month", "week", "summer", "winter", "spring", "fall", "autumn", "decade",
                           "season", "quarter", "century">(f_.Tok(j + 1)) &&
        Is<"was", "is", "were", "will", "would", "had", "has", "could", "marked", "saw", "set",
                           "broke", "became", "ranks", "ranked">(f_.Tok(j + 2))) {
      return j;
    }
    // ("We have said many times that ...", "said repeatedly that": how often,
    // then the clause.)
    if (j + 3 < end && Is<"many", "several", "countless", "numerous">(f_.Tok(j)) && f_.Tok(j + 1) == "times" &&
        f_.Tok(j + 2) == "that") {
      j += 2;
    } else if (j + 2 < end && Is<"repeatedly", "often", "publicly", "privately", "again">(f_.Tok(j)) &&
               f_.Tok(j + 1) == "that") {
      ++j;
    }
    if (j >= end) return 0;
    std::string_view t = f_.Tok(j);
    // The clause keeps its "that", as PolNeAR and most annotations do.
    if (t == "that") return j + 1 < end ? j : 0;
    // ("ICE did not say when the man was detained", "would not say where":
    // a refusal's question, as "how many" and "why" are.)
    if (k >= 1 && j + 2 < end && Is<"when", "where", "who", "what", "which">(t) &&
        Is<"say", "said", "disclose", "specify", "confirm", "reveal", "explain", "tell">(verb) &&
        (Is<"not", "never">(f_.Tok(k - 1)) || f_.Tok(k - 1).ends_with("n't") ||
         f_.Tok(k - 1).ends_with("n\xE2\x80\x99t"))) {
      return j;
    }
    // ("said as many as 500 people were waiting", "said up to 40 homes were
    // lost": a quantity's hedge opens the clause's subject.)
    if (j + 4 < end && ((t == "as" && Is<"many", "much", "few", "little">(f_.Tok(j + 1)) && f_.Tok(j + 2) == "as") ||
                        (t == "up" && f_.Tok(j + 1) == "to" && StartsDigit(f_.Tok(j + 2))))) {
      for (uint32_t m = j + 3; m < end && m < j + 9; ++m) {
        if (Is<"were", "was", "are", "is", "had", "have", "has", "would", "will", "could", "may", "might">(f_.Tok(m))) {
          return j;
        }
        if (f_.IsCue(m) || Is<",", ";", "that">(f_.Tok(m))) break;
      }
    }
    // "said this before", "said this in a statement": "this" is the object
    // unless a verb follows it ("say this is a rough patch").
    if (t == "this" && !Is<"is", "was", "will", "would", "could", "has", "had", "can", "should",
                                            "may", "might", "must", "isn't", "wasn't">(f_.Tok(j + 1)) &&
        !Is<"week", "weekend", "month", "year", "spring", "summer", "fall", "winter", "morning",
                            "afternoon", "evening", "past", "time">(f_.Tok(j + 1))) {
      return 0;
    }
    // "reported at least six planes filled the skies": a quantity, no place.
    if (t == "at" && Is<"least", "most">(f_.Tok(j + 1)) && j + 4 < end) return j;
    // "Others say this is ...": "this" and "last" open a time phrase only
    // before a word of time.
    const bool time_word = !Is<"this", "last">(t) ||
                           Is<"week", "weekend", "month", "year", "spring", "summer", "fall", "winter",
                                              "morning", "afternoon", "evening", "night", "time", "past", "Monday",
                                              "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(f_.Tok(j + 1));
    // "said explicitly that", "argued persuasively in a memo that": any
    // manner adverb before a "that" nearby, which opens the clause.
    if (t.size() >= 4 && t.substr(t.size() - 2) == "ly" && text::StartsLower(t) &&
        !Is<"family", "early", "likely", "rally", "ally", "daily", "weekly", "monthly", "July", "Italy">(t)) {
      if (uint32_t m = find_that(j + 1, 6)) return m;
    }
    // "said last year's model had the same flaw", "said late payments had
    // risen", "said earlier versions were affected": a time word that
    // opens the clause's subject, not a time phrase of the cue.
    {
      uint32_t head = 0;
      if (Is<"last", "this", "next">(t) && Is<"'s", "\xE2\x80\x99s">(f_.Tok(j + 2))) {
        head = j + 3;
      } else if (Is<"late", "early", "earlier", "later">(t) && j + 1 < end && text::StartsLower(f_.Tok(j + 1)) &&
                 f_.Tok(j + 1).size() > 3 && f_.Tok(j + 1).back() == 's' && !IsDate(j + 1) && !f_.IsCue(j + 1)) {
        head = j + 2;
      }
      for (uint32_t m = head; head != 0 && m < end && m < head + 6; ++m) {
        const std::string_view w = f_.Tok(m);
        if (Is<"would", "will", "could", "can", "should", "might", "may", "must", "was", "were", "is", "are",
                   "had", "has", "have", "did", "does">(w)) {
          return j;
        }
        size_t len;
        if (!text::IsWordChar(text::DecodeAt(w, 0, &len)) || f_.IsCue(m) ||
            Is<"that", "which", "who", "to", "and", "or", "but">(w)) {
          break;
        }
      }
    }
    // ("said tonight that the rioting had ended": PolNeAR keeps the night
    // in a clause without "that".)
    if (Is<"tonight", "overnight">(t) && j + 2 < end && f_.Tok(j + 1) == "that") return j + 1;
    if (time_word &&
        Is<"at", "in", "on", "during", "after", "before", "last", "this", "earlier", "recently", "yesterday", "under",
               "outside", "inside", "via", "through", "from",  // ("said from the bench that")
               "by",  // ("said by phone that", "told reporters by video link that"), below
               "today", "later", "repeatedly", "publicly", "privately", "again", "previously", "then", "also",
               "afterward", "afterwards", "without", "falsely", "wrongly", "baselessly", "incorrectly", "flatly",
               "openly", "angrily", "firmly", "widely", "privately",
               "late", "early", "while", "when", "through", "for", "over", "since", "throughout">(t) &&
        // ("responded by using the example of Chicago to prove that": "by"
        // only before a medium.)
        (t != "by" || (j + 1 < end && Is<"phone", "telephone", "email", "e-mail", "video", "text",
                                                           "letter", "fax", "satellite", "radio", "videolink",
                                                           "teleconference">(f_.Tok(j + 1))))) {
      if (uint32_t m = find_that(j + 1, 12)) return m;
      // "said after the convention he would not ...": without "that", a
      // subject pronoun after a short phrase opens the clause.
      for (uint32_t m = j + 1; m < end && m < j + 8; ++m) {
        if (f_.Tok(m) == "," || f_.IsCue(m)) break;
        // ("said today it would cut 500 jobs": "it" too, before its verb.)
        if ((Is<"he", "she", "they", "we", "I">(f_.Tok(m)) ||
             (f_.Tok(m) == "it" && Is<"would", "will", "had", "has", "was", "is", "could", "plans",
                                                       "expects", "intends", "wants", "did", "does">(f_.Tok(m + 1)))) &&
            m + 2 < end) {
          return m;
        }
      }
      // "said last week the plan would fail", "said Monday the plan ...":
      // after a time phrase, a noun phrase with its verb.
      uint32_t p = j;
      if (Is<"last", "this">(t)) {
        p = j + 2;
      } else if (Is<"yesterday", "today", "later", "earlier", "afterward", "afterwards", "recently", "previously",
                        "again">(t)) {
        p = j + 1;  // ("said yesterday the team was ready", "said later the ...")
      } else if (Is<"on", "in">(t) && IsDate(j + 1)) {
        p = j + 1;
        while (p < end && IsDate(p)) ++p;
      } else if (Is<"in", "on">(t) && Is<"a", "an", "the", "his", "her", "its", "their">(f_.Tok(j + 1))) {
        // "said in a statement the strike hit a depot": after the medium
        // (and any date), a noun phrase with its verb.
        auto medium = [&](uint32_t m) {
          return Is<"statement", "interview", "letter", "email", "tweet", "post", "release", "filing",
                                "speech", "note", "video", "memo", "call", "briefing", "broadcast", "op-ed", "column",
                                "message", "report", "conference">(f_.Tok(m));
        };
        for (uint32_t m = j + 2; m < end && m < j + 6; ++m) {
          if (!medium(m) || (m + 1 < end && medium(m + 1))) continue;  // "a conference call"
          p = m + 1;
          if (p < end && f_.Tok(p) == "on" && p + 1 < end && IsDate(p + 1)) ++p;
          while (p < end && IsDate(p)) ++p;
          // After the medium no object can stand, so a present verb opens
          // the clause as well as a past one: "said in an interview the
          // party needs time", "said in a statement it takes time".
          if (p < end && PresentClauseAt(p, end)) return p;
          break;
        }
      }
      if (p > j && p < end && NounClauseAt(p, end, /*past=*/true)) return p;
      // ("said in October it would reduce", "said last week they had"): a
      // subject pronoun with its verb after the time.
      if (p > j && p < end && (Is<"last", "this">(t) || IsDate(j + 1)) && PronounClauseAt(p, end)) return p;
      return 0;
    }
    if (f_.lex().that_cues.Contains(verb) || f_.lex().clauseless.Contains(verb)) {
      // "indicated it would give", "found he had lied", "agreed they had no
      // recourse": a subject pronoun with its verb opens a clause even
      // without "that"; any other word is the object ("found the money").
      // "..., X wrote, Lazar is ...": a parenthetical "wrote" reports on.
      if (t == "," && j + 1 < end && Is<"wrote", "writes", "write">(verb) && OpensClause(f_.Tok(j + 1)) &&
          !f_.IsPronoun(j + 1)) {
        return j + 1;
      }
      // ("recalled how the water rose": a memory's clause opens with "how"
      // or "when" too.)
      if (Is<"recalled", "recalls", "recalling", "recall">(verb) && Is<"how", "when">(t) && j + 2 < end) return j;
      return PronounClauseAt(j, end) || NounClauseAt(j, end, f_.lex().that_cues.Contains(verb)) ? j : 0;
    }
    // "TASS reported, citing an unnamed source, that ...", "The UN said,
    // citing local authorities, that ...": the cited source set off by
    // commas, then the clause.
    // ("The Nikkei reported, without citing sources, that ...".)
    const uint32_t cited = j + 5 < end && f_.Tok(j + 1) == "without" ? j + 2 : j + 1;
    if (t == "," && j + 4 < end && Is<"citing", "quoting">(f_.Tok(cited))) {
      for (uint32_t m = cited + 1; m + 2 < end && m < j + 16; ++m) {
        if (Is<";", ":", ".">(f_.Tok(m))) break;
        if (f_.Tok(m) == "," && f_.Tok(m + 1) == "that") return m + 1;
      }
    }
    // "advisers say, the president has ..."
    if (t == "," && j + 1 < end && OpensClause(f_.Tok(j + 1)) && !f_.IsPronoun(j + 1)) return j + 1;
    // "Rubio says, win or lose in Tuesday's primary, he's staying in the
    // race": a phrase set off by commas, then the clause's subject.
    if (t == "," && j + 3 < end && text::StartsLower(f_.Tok(j + 1)) && !f_.IsCue(j + 1)) {
      for (uint32_t m = j + 2; m + 1 < end && m < j + 14; ++m) {
        if (f_.IsCue(m) || Is<";", ":", "that">(f_.Tok(m))) break;
        if (f_.Tok(m) != ",") continue;
        // "said, after a closed-door meeting, that he ...".
        if (f_.Tok(m + 1) == "that" && m + 3 < end) return m + 1;
        if (f_.IsPronoun(m + 1) && Is<"he", "she", "they", "we", "I", "it", "he's", "she's",
                                                       "they're", "we're", "it's", "he\xE2\x80\x99s",
                                                       "she\xE2\x80\x99s", "they\xE2\x80\x99re",
                                                       "we\xE2\x80\x99re", "it\xE2\x80\x99s">(f_.Tok(m + 1)) &&
            (PronounClauseAt(m + 1, end) || f_.Tok(m + 1).size() > 3 || VerbLike(m + 2) ||
             Is(f_.Tok(m + 2), {"'s", "\xE2\x80\x99s", "'re", "\xE2\x80\x99re", "'ll", "\xE2\x80\x99ll", "'d",
                                "\xE2\x80\x99" "d"}))) {
          return j + 1;
        }
        break;
      }
    }
    // ("who said Mass for the miners", "said grace": a rite, no words
    // reported.)
    if (Is<"Mass", "mass", "grace", "prayers", "Kaddish", "vespers">(t) &&
        Is<"said", "say", "says", "saying">(verb) &&
        (j + 2 >= end || Is<"for", "at", "in", "on", ",", ".", "and", "with", "before", "after",
                                            "every", "each", "daily", "over", "during">(f_.Tok(j + 1)))) {
      return 0;
    }
    // "said no decision had been made", but not "said no to the deal".
    // ("75 percent of Democrats said yes", "half said so in the earlier
    // poll": an answer alone is what was said.)
    if (YesNoAnswer(j, end)) return j;
    if (Is<"no", "yes">(t) &&
        (j + 2 >= end || Is<"to", ",", ".", "and", "or", "when", "if", "on", "for", "-", ";">(f_.Tok(j + 1)))) {
      return 0;
    }
    // "complained to CBS News' Charlie Rose that ...", "said to reporters
    // that ...": the listener, then the clause.
    if (t == "to" && !Is<"according", "referring", "refer", "refers", "referred">(verb)) {
      if (uint32_t m = find_that(j + 1, 10, /*any=*/true); m != 0 && m + 2 < end) return m;
    }
    // "said about half of the adjustment reflected ...", "said about 300
    // people were hurt": an estimate opens the clause, no topic.
    if (Is<"about", "over", "nearly", "almost", "roughly", "some">(t) && j + 3 < end &&
        (StartsDigit(f_.Tok(j + 1)) || Is<"$", "\xC2\xA3", "\xE2\x82\xAC", "US$">(f_.Tok(j + 1)) ||
         Is<"half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "twice", "dozens", "hundreds", "thousands", "millions">(f_.Tok(j + 1)) ||
         (Is<"a", "an">(f_.Tok(j + 1)) &&
          Is<"third", "quarter", "fifth", "dozen", "hundred", "thousand", "million", "billion">(f_.Tok(j + 2))))) {
      for (uint32_t m = j + 2; m < end && m < j + 14; ++m) {
        const std::string_view w = f_.Tok(m);
        if (Is<",", ";", ":", "that", "to">(w)) break;
        if (Is<"is", "are", "was", "were", "will", "would", "had", "has", "have", "could", "can", "may", "might",
                   "should", "must">(w) ||
            FiniteVerb(w) || (w.size() > 3 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed" && m > j + 2 &&
             !Is<"were", "was", "is", "are", "be", "been">(f_.Tok(m - 1)))) {
          return j;
        }
      }
    }
    // ("He said nothing was decided": nothing as the clause's subject.)
    if (t == "nothing" && j + 2 < end &&
        Is<"was", "is", "had", "has", "would", "will", "could", "can", "should", "must", "changed">(f_.Tok(j + 1))) {
      return j;
    }
    if (Is<"to", "as", "for", "about", "of", "with", "by", ",", ":", ";", "-", "--", "so", "nothing", "hello",
               "goodbye", "thanks",
               "it's", "and", "or", "but", "from", "up", "out", "off", "into", "against", "him", "them", "me", "us">(t)) {
      return 0;
    }
    return j;
  }

  // "Mr. Obama, officials said, has become skeptical ...", "Time, Mr.
  // Pence added, was on their side": an attribution set off by commas
  // inside the statement, which is the sentence around it, in two pieces
  // as a quote split by its attribution is.
  // `s0` is the sentence's first token: when the clause start c0 skipped an
  // opening phrase ("In the end, Mr. Rosenthal said, union ..."), that
  // phrase is the first piece.
  bool Parenthetical(uint32_t s0, uint32_t c0, uint32_t end) {
    uint32_t p = c0 + 1;
    // "Asked why ..., Earnest responded, ...": the question was asked of
    // the speaker, not said by him (Report reads it as a passive question).
    const bool asked = f_.Tok(s0) == "Asked" || (f_.Tok(s0) == "When" && f_.Tok(s0 + 1) == "asked");
    bool opening = false;  // the piece before is the sentence's opening phrase
    if (c0 > s0 + 1 && f_.Tok(c0 - 1) == "," && !asked) {
      opening = true;
      for (uint32_t k = s0; k + 1 < c0; ++k) {
        if (f_.IsCue(k) || f_.InQuote(doc_.tokens[k].span.begin)) return false;
      }
      p = c0 - 1;
      c0 = s0;
    }
    while (p + 4 < end && p < c0 + 12 && f_.Tok(p) != ",") {
      // ("The mayor never answered her letter, Mary Dempsey says, so ...": a
      // cue of the first piece with a plain object reports nothing there.)
      if ((f_.IsCue(p) && !(p + 1 < end && Is<"her", "his", "their", "its", "my", "our", "the", "a",
                                                               "an", "your">(f_.Tok(p + 1)))) ||
          f_.InQuote(doc_.tokens[p].span.begin)) {
        return false;
      }
      ++p;
    }
    if (p + 4 >= end || f_.Tok(p) != ",") return false;
    // "It was, as one analyst put it, a bloodbath": an "as" aside, after a
    // clause's start ("If, as I've suggested, ...", "Of course, as X
    // observed, ..." open a clause the aside does not split).
    const bool as = f_.Tok(p + 1) == "as";
    if (as) {
      bool connective = true;
      for (uint32_t k = c0; k < p && connective; ++k) {
        connective = Is<"Of", "of", "course", "If", "if", "But", "And", "So", "Yet", "Still", "Indeed",
                                    "However", "Now", "Then", "Instead", "Meanwhile", "Also", "Even", "Perhaps",
                                    "Maybe", "Clearly", "When", "While", "Although", "Because", "Though">(f_.Tok(k));
      }
      if (connective) return false;
    }
    for (uint32_t k = p + (as ? 3 : 2); k < p + 8 && k + 3 < end; ++k) {
      if (f_.Tok(k) == ",") return false;
      // ("A Clinton presidency, she vowed, would bring ...": a promise or a
      // plea set off by commas does report the clause around it.)
      if (as ? !AsCueAt(k)
             : (!f_.IsCue(k) || (f_.lex().clauseless.Contains(f_.Tok(k)) &&
                                 !Is<"promised", "vowed", "pledged", "threatened", "agreed", "agrees",
                                                 "asked", "asks", "pleaded", "begged", "demanded", "demands",
                                                 "questioned", "promising">(f_.Tok(k))))) {
        continue;
      }
      // The cue may carry a time: "officials said Tuesday,", "the Secretary
      // of Defense said today,".
      uint32_t q = k + 1;
      if (as && f_.Tok(q) == "it") ++q;
      // ("Ohio will close two prisons, Commissioner Ashby told lawmakers, a
      // move ...": the listener after "told".)
      if (!as && Is<"told", "tells", "assured", "informed">(f_.Tok(k)) && q < end) {
        uint32_t o = q;
        if (Is<"the", "a", "an", "his", "her", "their", "its">(f_.Tok(o))) ++o;
        while (o < end && o < q + 4 &&
               (f_.lex().humans.Contains(f_.Tok(o)) || f_.IsPronoun(o) || text::StartsUpper(f_.Tok(o)))) {
          ++o;
        }
        size_t ml;
        if (o > q && o + 1 < end && f_.Tok(o) == "," && !f_.InQuote(doc_.tokens[o + 1].span.begin) &&
            !text::IsDoubleQuote(text::DecodeAt(f_.Tok(o + 1), 0, &ml))) {
          q = o;
        }
      }
      while (q < end && q < k + 5 && f_.Tok(q) != "," &&
             (IsDate(q) || Is<"on", "in", "last", "this", "late", "early", "earlier", "later", "today",
                                          "yesterday", "tonight">(f_.Tok(q)) ||
              // ("he observed this week,": the time word after "this" or
              // "last".)
              (q > k + 1 && Is<"this", "last">(f_.Tok(q - 1)) &&
               Is<"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "spring",
                                   "summer", "fall", "autumn", "winter">(f_.Tok(q))))) {
        ++q;
      }
      // ("The agreement, Lighthizer said on Fox Business Network, could be
      // signed", ", she said in an interview,": where it was said.)
      // (The time loop may have taken the "on" already.)
      // (Not after a connective alone: "However, the Smithsonian said
      // Thursday on Twitter, "...".)
      if (!as && q > k + 1 && f_.Tok(q) != "," && Is<"on", "in">(f_.Tok(q - 1))) --q;
      if (!as && p >= c0 + 2 && q + 3 < end && Is<"on", "in", "during", "at">(f_.Tok(q)) &&
          (text::StartsUpper(f_.Tok(q + 1)) || Is<"a", "an", "the", "his", "her", "their", "its">(f_.Tok(q + 1)))) {
        uint32_t c = q + 1;
        while (c < end && c < q + 8 && f_.Tok(c) != "," && !f_.IsCue(c) && !f_.InQuote(doc_.tokens[c].span.begin) &&
               !Is<"is", "was", "are", "were", "will", "would", "that", "who", "which">(f_.Tok(c))) {
          ++c;
        }
        if (c < end && f_.Tok(c) == ",") q = c;
      }
      if (q + 2 >= end || f_.Tok(q) != ",") return false;
      const uint32_t subject = as ? p + 2 : p + 1;
      Speaker sp = f_.LeftSubject(k, subject);
      // ("It is, the novelist Chimamanda Obi says, the book ...": a role
      // before the name.)
      if (sp.found && sp.entity >= 0 && doc_.entities[sp.entity].type == EntityType::kPerson &&
          sp.first_token > subject && !sp.description &&
          !Is<"of", "at", "for", "from", "with", "in", "the", "a", "an">(f_.Tok(sp.first_token - 1)) &&
          (!sp.role || sp.role_is_title) && f_.RolePrefix(subject, sp.first_token)) {
        f_.JoinRolePrefix(subject, &sp);
      }
      // ("But, the former CEO of Hewlett-Packard added, ...": a described
      // speaker whose last words name an organisation.)
      if (!(sp.found && sp.first_token == subject)) sp = NounPhraseSubject(k, subject);
      if (as && !(sp.found && sp.first_token == subject)) {
        sp = BareNounPhraseSubject(k, subject, k, /*need_clause=*/false);
      }
      if (!sp.found || sp.first_token != subject) return false;
      // ("It was, as one analyst put it, "a bloodbath"": the quote speaks
      // for itself; the words before it are no statement of their own.)
      size_t len;
      if (as && (f_.InQuote(doc_.tokens[q + 1].span.begin) ||
                 text::IsDoubleQuote(text::DecodeAt(f_.Tok(q + 1), 0, &len)))) {
        return true;
      }
      // "..., records show, and aviation experts say ...": no parenthesis
      // but a closing attribution before a report of its own, which the
      // clauses read.
      if (Is<"and", "but">(f_.Tok(q + 1)) && NewReportAt(q + 2, end)) return false;
      // ("On Tuesday, Mary Ellis said, "We will appeal."", "Speaking to
      // reporters, the minister said, "...": an opening phrase before an
      // attribution that opens a quote says nothing; the quote is read.)
      if ((opening || c0 == s0) &&
          (f_.InQuote(doc_.tokens[q + 1].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(q + 1), 0, &len))) &&
          SettingPhrase(c0, p)) {
        return true;
      }
      // ("Six months ago, the senator said, ...", "But, Ryan said, ...": an
      // opening time or connective is the writer's setting, no first piece
      // of the statement.)
      const bool setting =
          opening && (SettingPhrase(c0, p) || (p == c0 + 1 && Is<"But", "Still", "And", "So", "Yet">(f_.Tok(c0))) ||
                      (p > c0 + 1 && p <= c0 + 4 && f_.Tok(p - 1) == "ago"));
      if (!setting) Emit(c0, p, k, sp);
      // ("..., Commissioner Ashby told lawmakers, a move he said would save
      // $40 million": an appositive naming the whole, with a report of its
      // own, is the writer's; the report inside it is read on its own.)
      if (q + 4 < end && Is<"a", "an">(f_.Tok(q + 1)) && text::StartsLower(f_.Tok(q + 2)) &&
          (f_.IsPronoun(q + 3) || Is<"that", "which", "officials", "critics", "analysts">(f_.Tok(q + 3)))) {
        last_ = 0;
        Clauses(q + 2, end);
        return true;
      }
      // "..., the agency said, citing the health commission.": the
      // attribution's own participle of sourcing is no second piece.
      // "..., police said, adding that alcohol ...": the participle reports
      // on for the same speaker, from its own clause.
      const std::string_view after = f_.Tok(q + 1);
      if (after.size() > 4 && after.substr(after.size() - 3) == "ing" && f_.IsCue(q + 1) &&
          !Is<"citing", "quoting", "referring", "according", "offering", "providing", "giving", "prompting">(after)) {
        EmitParticiple(q + 1, end, sp);
      } else if (OwnReportAfter(q + 1, end)) {
        // ("..., the party said Tuesday, after Prime Minister X announced
        // he would not seek re-election": that report is X's.)
        last_ = 0;
        Clauses(q + 2, end);
      } else if (!Is<"citing", "quoting", "referring", "according", "offering", "providing", "giving", "prompting",
                             // ("..., the agency said, as heavy rains continued":
                             // the writer's circumstance.)
                             "as", "compared", "up", "down", "versus",
                             // ("..., state media reported on Tuesday, amid
                             // weeks of mass protests": the writer's
                             // circumstance too.)
                             "amid", "following", "despite">(after) &&
                 // ("..., state media reported on Tuesday, after weeks of
                 // mass protests": a time phrase without a verb is the
                 // writer's; "..., the sheriff said, before he emerged from
                 // the house" goes on with the account.)
                 !(Is<"after", "before">(after) && [&] {
                   for (uint32_t m = q + 2; m < end; ++m) {
                     const std::string_view w = f_.Tok(m);
                     if (text::StartsLower(w) && ((w.size() > 3 && w.ends_with("ed")) || FiniteVerb(w) ||
                                                  Is<"will", "would", "can", "could", "may", "might">(w))) {
                       return false;
                     }
                   }
                   return true;
                 }()) &&
                 // (Nor a "with" phrase holding a report of its own: "...,
                 // the club has confirmed, with its chief executive
                 // describing the bid as "nowhere near" their valuation".)
                 !(after == "with" && [&] {
                   for (uint32_t m = q + 2; m < end && m < q + 10; ++m) {
                     if (f_.IsCue(m) && f_.Tok(m).ends_with("ing")) return true;
                   }
                   return false;
                 }()) &&
                 // ("..., the Labor Department said, matching the March
                 // increase": the writer's participle after the attribution.)
                 // (A gerund subject with its verb is the statement's:
                 // "..., he said, replacing Clinton would be acrimonious".)
                 !(after.size() > 5 && after.ends_with("ing") && text::StartsLower(after) && !f_.IsCue(q + 1) &&
                   !Is<"during", "nothing", "something", "everything", "anything", "including">(after) &&
                   !FiniteVerbIn(q + 2, end)) &&
                 // ("Profits rose, the company said, and its shares fell": a
                 // new subject after "and" is the writer's next clause.)
                 !(after == "and" && q + 3 < end &&
                   Is<"its", "his", "her", "their", "the", "it", "he", "she", "they", "a", "an">(f_.Tok(q + 2)) &&
                   [&] {
                     for (uint32_t m = q + 3; m < end && m < q + 8; ++m) {
                       const std::string_view w = f_.Tok(m);
                       if (text::StartsLower(w) && (FiniteVerb(w) || VerbLike(m) || (w.size() > 3 && w.ends_with("ed")))) return true;
                     }
                     return FiniteVerbIn(q + 3, std::min(end, q + 8));
                   }()) &&
                 !WritersTail(q + 1, end, p - 1, /*participle=*/false)) {
        Emit(q + 1, end, k, sp);
      }
      return true;
    }
    return false;
  }

  // ", warning that ...", ", adding that ...": a participle of saying by the
  // attribution's own speaker, which reports on.
  bool SaysOn(uint32_t a) const {
    const std::string_view w = f_.Tok(a);
    return w.size() > 5 && text::StartsLower(w) && w.ends_with("ing") && f_.IsCue(a) &&
           !Is<"citing", "quoting", "according", "including", "referring", "offering", "providing", "giving",
                   "prompting">(w);
  }

  // True when tokens [a, b) open a sentence with where, when or how its
  // statement was made, not with part of what was said: a time ("On
  // Tuesday", "Eleven seconds later"), an act of speaking ("Speaking to
  // reporters ...", "Reflecting on his career") or its medium ("In an
  // interview with TMZ", "In reply to a question"). ("If Clinton is
  // elected", "In other words", "Instead" belong to the statement.)
  bool SettingPhrase(uint32_t a, uint32_t b) const {
    if (a >= b) return false;
    if (OnlyDate(a, b)) return true;
    bool time = true;
    for (uint32_t k = a; k < b && time; ++k) {
      const std::string_view w = f_.Tok(k);
      time = IsDate(k) || StartsDigit(w) || Is<"On", "At", "Later", "Earlier", "later", "earlier", "seconds",
                                                   "minutes", "hours", "days", "moments", "Moments", "Minutes",
                                                   "Seconds", "Hours", "Days", "One", "Two", "Three", "Five", "Ten",
                                                   "Eleven", "Twenty", "Thirty", ":", "a.m.", "p.m.">(w);
    }
    if (time) return true;
    // ("Until then", "For now", "So far", "By then": a time in two words.)
    if (b == a + 2 && Is<"Until", "For", "So", "By", "Since", "Before">(f_.Tok(a)) &&
        Is<"then", "now", "far", "today", "tonight", "noon">(f_.Tok(a + 1))) {
      return true;
    }
    if (Is<"Speaking", "Talking", "Addressing", "Responding", "Replying", "Writing", "Testifying",
                       "Appearing", "Reacting", "Commenting", "Reflecting", "Emphasizing", "Emphasising",
                       "Explaining", "Answering", "Interviewed", "Pressed", "Briefing", "Taking", "Reached",
                       "Contacted", "Questioned", "Approached", "Reacting", "Visibly", "Backstage", "Afterward",
                       "Afterwards", "Onstage">(f_.Tok(a))) {
      return true;
    }
    // ("Shortly after midnight", "Moments later", "Hours before the vote":
    // a time in words.)
    if (b > a + 1 && Is<"Shortly", "Soon", "Just", "Moments", "Minutes", "Hours", "Days", "Weeks",
                                     "Months", "Years", "Late", "Early">(f_.Tok(a)) &&
        Is<"after", "before", "later", "earlier", "ago", "into", "on", "in">(f_.Tok(a + 1))) {
      return true;
    }
    if (!Is<"In", "On", "During", "At", "Later">(f_.Tok(a))) return false;
    for (uint32_t k = a + 1; k < b && k < a + 6; ++k) {
      if (MediumNoun(f_.Tok(k)) || Is<"reply", "response", "excerpt", "piece", "remarks", "appearance",
                                                  "op-ed", "column", "podcast", "broadcast", "conference",
                                                  "testimony", "sermon", "address", "rally", "hearing">(f_.Tok(k))) {
        return true;
      }
    }
    return false;
  }

  // The medium of a statement, which may have an addressee ("in a
  // message to parents", "in a statement to the exchange").
  static bool MediumNoun(std::string_view w) {
    return Is<"statement", "filing", "letter", "note", "memo", "release", "interview", "message", "email",
                  "e-mail", "video", "post", "speech", "briefing", "tweet", "study", "paper", "report", "journal",
                  "testimony", "remarks", "comments", "address", "op-ed", "essay", "column", "submission",
                  "guidance", "advisory", "bulletin", "notice", "directive", "circular", "alert", "guidelines",
                  "presentation", "affidavit", "motion", "brief", "petition", "notification">(w);
  }

  // "..., the company said on Thursday, sending its shares down 5 percent",
  // "..., the superintendent said, a drop of nearly 8 percent": what the
  // writer adds after a closing attribution, a participle or a noun phrase
  // with no verb of its own, is no second piece of the statement.
  // `open_end`, when not 0, is the last word of the piece before the
  // attribution.
  // A participle counts only when `participle`: inside a split statement
  // PolNeAR reads "..., Twitter announced, gaining 22,000 followers" as the
  // second piece.
  // ("The plan works well, said X", "The tissue changes during the cycle,
  // said X": a present tense right after a determiner and its singular
  // noun, after the clause's start c0.)
  // True when the cue word at m is a noun: a determiner opens its phrase,
  // only lower-case modifiers between, all from lo on ("said in its annual
  // threat report", "in a statement").
  bool CueNounAfterDeterminer(uint32_t m, uint32_t lo) const {
    for (uint32_t d = m; d > lo && m - d < 4;) {
      --d;
      const std::string_view w = f_.Tok(d);
      if (Is<"the", "a", "an", "its", "his", "her", "their", "our", "this", "that">(w)) return true;
      size_t len;
      if (w.empty() || !text::IsWordChar(text::DecodeAt(w, 0, &len)) || f_.IsCue(d) || f_.IsPronoun(d)) return false;
    }
    return false;
  }

  bool PresentAfterNoun(uint32_t m, uint32_t c0) const {
    const std::string_view w = f_.Tok(m);
    return m >= c0 + 2 && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
           text::StartsLower(w) && text::StartsLower(f_.Tok(m - 1)) && f_.Tok(m - 1).back() != 's' &&
           Is<"the", "The", "a", "A", "an", "An", "this", "This", "his", "His", "her", "Her", "its",
                              "Its", "their", "Their">(f_.Tok(m - 2));
  }

  // True when a finite verb or auxiliary stands in [a, end).
  bool FiniteVerbIn(uint32_t a, uint32_t end) const {
    for (uint32_t m = a; m < end; ++m) {
      if (Is<"is", "was", "are", "were", "will", "would", "could", "can", "should", "may", "might", "must",
                         "has", "had", "have">(f_.Tok(m))) {
        return true;
      }
    }
    return false;
  }

  // True when the words from a are a circumstance of the writer's holding a
  // report of its own: "after Prime Minister Kenji Watanabe announced he
  // would not seek re-election".
  bool OwnReportAfter(uint32_t a, uint32_t end) const {
    if (a >= end || !Is<"after", "before", "as", "when", "while", "though", "although", "whereas">(f_.Tok(a))) {
      return false;
    }
    // ("..., the record shows, though he said later that ...": a pronoun's
    // report too.)
    for (uint32_t m = a + 2; m < end && m < a + 12; ++m) {
      if (f_.IsCue(m) && text::StartsLower(f_.Tok(m)) &&
          (f_.PersonMentionEndingAt(m - 1) >= 0 || (m == a + 2 && f_.IsPronoun(a + 1)))) {
        return true;
      }
    }
    return false;
  }

  bool WritersTail(uint32_t a, uint32_t end, uint32_t open_end = 0, bool participle = true) const {
    if (a >= end) return false;
    const std::string_view w = f_.Tok(a);
    // (Not after a first piece left open: "It was, X said, one of the
    // bitterest failures of his presidency".)
    if (open_end != 0 && Is<"is", "was", "are", "were", "be", "been", "became", "become",
                                                "remains", "remained", "of", "the", "a", "an", "and", "or", "to">(f_.Tok(open_end))) {
      return false;
    }
    // ("..., Bloomberg reported on Friday, citing people familiar with the
    // matter": the attribution's own source, a tail too.)
    if (Is<"citing", "quoting">(w)) return true;
    // ("..., the company said on Thursday, amid a regulatory review",
    // "..., hours after the Commission threatened ...": the writer's
    // circumstances of a closed statement.)
    // (Not "after", "before" or "as", which PolNeAR reads as the
    // statement's own: "..., French officials said, before being shot to
    // death by police".)
    if (open_end != 0 && Is<"amid", "despite", "ahead", "hours", "days", "weeks", "shortly">(w)) {
      return true;
    }
    // ("..., the company said, up from 5 million a year earlier", "...,
    // far more than analysts had expected", "..., compared with 4
    // percent": the writer's comparison of a figure.)
    if (a + 1 < end) {
      const std::string_view n = f_.Tok(a + 1);
      if ((Is<"up", "down">(w) && (n == "from" || StartsDigit(n) || n.starts_with("$"))) ||
          (Is<"compared", "comparing">(w) && Is<"with", "to">(n)) ||
          (Is<"more", "less", "fewer", "higher", "lower", "better", "worse">(w) && n == "than") ||
          (Is<"far", "well", "much", "slightly", "sharply", "just">(w) &&
           Is<"more", "less", "fewer", "above", "below", "ahead", "short", "higher", "lower", "better", "worse">(n)) ||
          (Is<"above", "below">(w) && !f_.IsCue(a + 1))) {
        return true;
      }
    }
    if (w.size() > 5 && text::StartsLower(w) && w.ends_with("ing") && !f_.IsCue(a) &&
        !Is<"including", "excluding", "during", "following", "regarding", "concerning", "according">(w)) {
      // ("..., he said, replacing Clinton would be acrimonious": a gerund
      // subject with its verb.)
      for (uint32_t m = a + 1; m < end && participle; ++m) {
        if (Is<"is", "was", "are", "were", "will", "would", "could", "can", "should", "may", "might",
                           "must", "has", "had">(f_.Tok(m))) {
          return false;
        }
      }
      return participle;
    }
    if (!Is<"a", "an", "the", "its", "their", "one">(w)) return false;
    for (uint32_t m = a + 1; m < end; ++m) {
      const std::string_view t = f_.Tok(m);
      if (Is<"is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "should", "may",
                 "might", "must", "that", "who", "which", ",", ";", ":">(t) ||
          t.find("n't") != std::string_view::npos || t.find("n\xE2\x80\x99t") != std::string_view::npos ||
          f_.IsCue(m) || (text::StartsLower(t) && (FiniteVerb(t) || VerbLike(m)))) {
        return false;
      }
      // ("..., doctors say, the symptoms fade within a week": a plural and
      // its present verb.)
      const std::string_view p = f_.Tok(m - 1);
      if (m > a + 1 && text::StartsLower(t) && text::StartsLower(p) && p.size() > 3 && p.back() == 's' &&
          p[p.size() - 2] != 's' && t.size() > 2 && !t.ends_with("ly") && !t.ends_with("'s") &&
          !Is<"and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "than", "as", "like",
                  "ahead", "ago", "later", "earlier", "before", "after", "into", "over", "under", "about", "across",
                  "since", "during", "per", "each", "alone", "too", "also", "who", "whose", "the", "a", "an",
                  "this", "that", "these", "those", "its", "their", "his", "her", "our", "more", "less", "most">(t)) {
        return false;
      }
    }
    return true;
  }

  // Where a statement that takes the whole sentence starts: after a
  // dateline and connectives ("But", "However,"), before an opening phrase
  // ("In 2007,", "On Monday,") that the clause start c0 skipped. Used for
  // statements attributed at their end, which annotations (PolNeAR's
  // among them) take from the sentence's first word of content.
  uint32_t OpeningStart(const Sentence& sent, uint32_t c0) const {
    uint32_t k = sent.first_token;
    // (As far as ClauseStart looks: "HOUSTON, April 9 (Reuters) -",
    // "PROVIDENCE, R.I., Jan. 4, 2018 /PRNewswire/ --".)
    for (uint32_t m = k; m < c0 && m < k + 14; ++m) {
      std::string_view t = f_.Tok(m);
      if (Is<"--", "-", "\xE2\x80\x94", "\xE2\x80\x93">(t) || f_.IsDatelineEnd(sent.first_token, m)) {
        k = m + 1;
        break;
      }
      // ("10:15 p.m. ET —": a live blog's time stamp; "ZURICH (swissinfo)
      // -": an outlet in brackets.)
      if ((text::StartsLower(t) && !Is<"a.m.", "p.m.", "a.m", "p.m", "am", "pm">(t) &&
           !(m > k && f_.Tok(m - 1) == "(")) ||
          t == "%") {
        break;
      }
    }
    while (k < c0 && Is<"But", "And", "So", "Yet", "Still", "However", "Meanwhile", "Also", "Now",
                                     "Instead", "Separately", "Indeed", "Nevertheless", "Moreover", "Plus", ",">(f_.Tok(k)) &&
           !(Is<"So", "Still">(f_.Tok(k)) && k + 1 < c0 &&
             Is<"far", "much", "many", "long", "few", "more", "less", "to", "that">(f_.Tok(k + 1)))) {
      ++k;
    }
    // A quote or a cue in the opening phrase makes it a statement of its own.
    for (uint32_t m = k; m < c0; ++m) {
      if (f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin)) return c0;
    }
    // A concession or a connective ("Despite the attacks,", "Even so,", "As
    // a result,", "For example,") is the writer's link, not what was said.
    const std::string_view w0 = f_.Tok(k), w1 = f_.Tok(k + 1);
    if (Is<"Despite", "Though", "Although", "Notwithstanding">(w0) ||
        (w0 == "Even" && w1 == "so") || (w0 == "In" && Is<"contrast", "addition", "fact", "short">(w1)) ||
        (w0 == "As" && w1 == "a" && f_.Tok(k + 2) == "result") || (w0 == "By" && w1 == "contrast") ||
        (w0 == "For" && Is<"example", "instance", "now">(w1)) || (w0 == "Of" && w1 == "course")) {
      return c0;
    }
    return std::min(k, c0);
  }

  // OpeningStart for a clause starting at c0 when it is the sentence's
  // first clause; c0 for a later one.
  uint32_t TailStart(uint32_t c0, uint32_t piece_end) const {
    // Only a statement that has words of its own after c0 takes the opening
    // phrase ("Later, in remarks at X, Esper said" is no statement).
    if (piece_end <= c0 + 1) return c0;
    const uint32_t s = doc_.tokens[c0].sentence;
    return Narrowed(f_.ClauseStart(s) == c0 ? OpeningStart(doc_.sentences[s], c0) : c0, piece_end);
  }

  // Where a statement closed by its attribution starts inside [a, piece_end):
  // after a colon ("Advocates have won: So far this year, 14 states passed
  // ..., according to X"), inside a bracket left open ("(the actual number
  // is closer to 15 percent, according to X)"), or at a relative clause
  // that runs to the attribution ("the deal, which would slash the rate,
  // according to X": the source vouches for the relative clause, not for
  // the writer's main clause).
  uint32_t Narrowed(uint32_t a, uint32_t piece_end, bool relative = false) const {
    uint32_t from = a;
    int depth = 0;
    for (uint32_t m = piece_end; m > a + 1;) {
      --m;
      if (f_.InQuote(doc_.tokens[m].span.begin)) continue;
      const std::string_view t = f_.Tok(m);
      if (t == ")") ++depth;
      if (t == "(" && depth-- == 0 && m + 3 < piece_end) return m + 1;
      if (depth > 0) continue;
      // Not the colon of a time ("8:30 p.m.").
      if (t == ":" && m + 3 < piece_end && doc_.tokens[m + 1].span.begin > doc_.tokens[m].span.end) return m + 1;
      if (t == "," && relative && from == a && m + 4 < piece_end && Is<"which", "who">(f_.Tok(m + 1))) {
        from = m + 1;
      }
      if (t == "," && from == a && m + 1 < piece_end && !Is<"which", "who">(f_.Tok(m + 1))) from = UINT32_MAX;
    }
    return from == UINT32_MAX ? a : from;
  }

  // ("The court heard that John Smith had been drinking", "Leeds Crown
  // Court heard how ...", "The jury was told ..."): evidence given in court
  // by no one the sentence names; the cue is what the court heard.
  bool CourtHeard(uint32_t c0, uint32_t end) {
    uint32_t k = c0;
    if (Is<"The", "the">(f_.Tok(k))) ++k;
    const uint32_t s = k;
    while (k < end && k < s + 4 && text::StartsUpper(f_.Tok(k)) && f_.Tok(k) != "The") ++k;
    bool court = k > s && Is<"Court", "Bailey">(f_.Tok(k - 1));
    if (!court && k == s && k < end &&
        Is<"court", "jury", "jurors", "inquest", "hearing", "tribunal", "trial", "magistrates">(f_.Tok(k))) {
      court = true;
      ++k;
    }
    if (!court || k + 3 >= end) return false;
    const uint32_t cue = k;
    uint32_t j;
    if (f_.Tok(k) == "heard") {
      j = k + 1;
    } else if (Is<"was", "were">(f_.Tok(k)) && f_.Tok(k + 1) == "told") {
      j = k + 2;
    } else {
      return false;
    }
    // (Not whom it heard from: "The court heard from the victim's mother".)
    if (Is<"from", "evidence", "the", "a", "an", "of", "about", "this", "it">(f_.Tok(j)) ||
        f_.InQuote(doc_.tokens[j].span.begin) || !Enough(j, end)) {
      return false;
    }
    // (A report inside, "The court heard Davies told a neighbour: "..."",
    // is the statement; its speaker is named.)
    const uint32_t e = ClauseEnd(j, end);
    for (uint32_t w = j; w < e; ++w) {
      if (f_.IsCue(w) || f_.InQuote(doc_.tokens[w].span.begin)) return false;
    }
    Emit(j, e, cue, Speaker(), j - 1);
    return true;
  }

  // True when a statement's speaker is a description headed by a people
  // noun ("Israeli officials", "two diplomats") or a body's name the
  // recogniser left whole ("The UAE's Ministry of Foreign Affairs"), not a
  // thing or a pronoun; with `bodies_only`, only the latter.
  bool PeopleDescribed(const Quote& q, bool bodies_only = false) const {
    if (!q.speaker_mention || q.speaker_mention->end <= q.speaker_mention->begin) return false;
    const uint32_t first = f_.TokenAt(q.speaker_mention->begin);
    const uint32_t after = f_.TokenAt(q.speaker_mention->end);  // (the first token at or after it)
    if (after == 0 || after > doc_.tokens.size() || f_.IsPronoun(first)) return false;
    const uint32_t last = after - 1;
    char buf[24];
    const std::string_view head = text::FoldCase(f_.Tok(last), buf, sizeof buf);
    if (text::StartsUpper(f_.Tok(last)) && text::StartsUpper(f_.Tok(first == last ? first : first + 1)) &&
        last > first) {
      return true;
    }
    return !bodies_only && text::StartsLower(f_.Tok(last)) &&
           (f_.lex().humans.Contains(head) ||
            (head.size() > 3 && head.back() == 's' && f_.lex().humans.Contains(head.substr(0, head.size() - 1))));
  }

  // Reports inside an opening source's words [a, b) (after "According to
  // X,"), kept only when their speaker, a known entity, opens the words and
  // their cue comes before their content: "Delaney told investigators that
  // ...". Not around a quote, whose partial clause is the outer one's.
  void InnerReport(const Quote& outer, uint32_t a, uint32_t b) {
    const std::string_view words = doc_.Slice(outer.content);
    if (words.find('"') != std::string_view::npos || words.find("\xE2\x80\x9C") != std::string_view::npos ||
        words.find("\xE2\x80\x9D") != std::string_view::npos || b <= a + 3) {
      return;
    }
    for (uint32_t k = a; k < b; ++k) {
      if (f_.InQuote(doc_.tokens[k].span.begin)) return;  // (''no daylight'' too)
    }
    if (f_.Tok(a) == "that") ++a;  // ("CNN reported that Biden said ...")
    NestedReports(outer, a, b, /*forward=*/true);
  }

  // The reports inside `outer`'s words, tokens [a, b), kept only where a
  // named person reports: the speaker named near the words' start, a cue
  // before the content that is no belief, infinitive, object's or "that"
  // cue, nor a naming ("X intends to ..., Y said" holds no words of X's).
  // A forward report's words ("Prosecutors said Delaney told ...") ask
  // more: someone other than the outer speaker ("X said he had asked ..."
  // is X's own act), named, not by a pronoun, with a verb of saying and its
  // clause ("Meridian said the FDA asked for an additional study" reports
  // one statement). Those kept are nested.
  void NestedReports(const Quote& outer, uint32_t a, uint32_t b, bool forward) {
    const uint32_t saved = last_;
    last_ = 0;
    const size_t inner_from = out_->size();
    Clauses(a, b);
    for (size_t r = inner_from; r < out_->size(); ++r) {
      const Quote& inner = (*out_)[r].quote;
      const std::string_view cue = inner.cue ? f_.Tok(f_.TokenAt(inner.cue->begin)) : std::string_view();
      bool keep = inner.speaker_mention && inner.speaker_mention->begin >= outer.content.begin &&
                  inner.speaker_mention->begin <= doc_.tokens[std::min(a + 5, b - 1)].span.begin && inner.cue &&
                  inner.cue->begin <= inner.content.begin && !f_.lex().beliefs.Contains(cue) &&
                  !f_.lex().infinitives.Contains(cue) && !f_.lex().object_cues.Contains(cue) &&
                  !f_.lex().that_cues.Contains(cue) && inner.speaker_entity >= 0 && cue != "called";
      if (keep && forward) {
        keep = inner.speaker_entity != outer.speaker_entity &&
               Is<"said", "says", "told", "tells", "warned", "added", "stated", "claimed", "insisted", "argued",
                  "admitted", "acknowledged", "announced", "confirmed", "denied", "explained", "testified", "wrote",
                  "alleged", "assured", "promised", "declared">(cue) &&
               !f_.IsPronoun(f_.TokenAt(inner.speaker_mention->begin));
      }
      if (!keep) {
        out_->erase(out_->begin() + long(r));
        --r;
      }
    }
    for (size_t r = inner_from; r < out_->size(); ++r) (*out_)[r].nested = true;
    last_ = std::max(last_, saved);
  }

  // True when the words from a to the next comma are a noun phrase naming
  // a poll ("an early-October CBS News poll", "the RealClearPolitics average
  // of New Hampshire polls", "the latest NBC News/Wall Street Journal poll
  // released Wednesday"): a poll word, no verb but a participle of
  // publishing, no cue.
  bool PollPhrase(uint32_t a, uint32_t end) const {
    bool poll = false;
    uint32_t m = a;
    for (; m < end && m < a + 16 && f_.Tok(m) != ","; ++m) {
      const std::string_view w = f_.Tok(m);
      if (Is<"poll", "polls", "Poll", "Polls", "survey", "surveys", "Survey", "Surveys", "average",
                         "averages">(w)) {
        poll = true;
        continue;
      }
      if (Is<"released", "conducted", "taken", "published", "out">(w)) continue;
      if (f_.IsCue(m) || FiniteVerb(w) || Is<"is", "are", "was", "were", "will", "would", "has", "have", "had",
                                                "that", "which", "who", ";", ":">(w) ||
          f_.InQuote(doc_.tokens[m].span.begin)) {
        return false;
      }
    }
    return poll && m > a && m + 2 < end && f_.Tok(m) == ",";
  }

  // "Trump has a decisive lead in the polls", "The former Florida governor
  // took just 6 percent of the national vote in a Washington Post-ABC News
  // poll released Sunday": a clause with no cue of its own, closed by the
  // poll it comes from, is that poll's finding; "in" is its cue.
  bool PollTail(uint32_t c0, uint32_t end, size_t reports_before) {
    if (end < c0 + 5) return false;
    auto poll_word = [&](uint32_t k) {
      const std::string_view w = f_.Tok(k);
      if (w.size() < 4 || (w[0] != 'p' && w[0] != 'P' && w[0] != 's' && w[0] != 'S' && w[0] != 'a')) return false;
      return Is<"poll", "polls", "Poll", "Polls", "survey", "surveys", "Survey", "Surveys", "average", "averages">(w);
    };
    for (uint32_t m = c0 + 2; m + 1 < end; ++m) {
      if (f_.Tok(m) != "in" || f_.InQuote(doc_.tokens[m].span.begin)) continue;
      // (Cheap first: a poll word within the phrase's first words; this runs
      // for every "in".)
      bool near = false;
      for (uint32_t k = m + 1; k < end && k <= m + 11 && !near; ++k) near = poll_word(k);
      if (!near) continue;
      bool poll = false, plain = true;
      uint32_t poll_at = 0, source_end = end;
      for (uint32_t k = m + 1; k < end && plain; ++k) {
        const std::string_view w = f_.Tok(k);
        if (poll_word(k)) {
          poll = true;
          poll_at = k;
          continue;
        }
        if (Is<"released", "conducted", "taken", "published">(w) && poll) continue;
        // ("in the latest CNN/ORC poll released Wednesday, a collapse driven
        // by ...", "in polls despite Sanders' popularity": the poll's phrase
        // ends at the writer's gloss or concession.)
        if (poll && k > poll_at && (w == "," || Is<"despite", "amid">(w))) {
          source_end = k;
          break;
        }
        // (A noun phrase: "the last poll to 55 percent now", "the nationwide
        // survey approved", "the polls there" go on past it.)
        plain = !(f_.IsCue(k) || FiniteVerb(w) || (VerbLike(k) && text::StartsLower(w)) ||
                  f_.InQuote(doc_.tokens[k].span.begin) ||
                  Is<"that", "which", "who", "where", "when", ";", ":", "but", "while", "to", "over", "about",
                                     "there", "now", "than", "after", "before", "since", "because", "as">(w) ||
                  (Is<"and", "or">(w) && !text::StartsUpper(f_.Tok(k + 1))) ||
                  (w == "," && k + 1 < end && !text::StartsUpper(f_.Tok(k + 1))));
        // (A poll word only early in the phrase: "in the race, polls show"
        // is another clause.)
        if (!poll && k > m + 10) plain = false;
      }
      if (!poll || !plain || poll_at == 0) continue;
      // The clause before: a verb of its own, no cue, no other report, and
      // a standing in the race ("a decisive lead", "ahead", "sagged", "6
      // percent"), not "invested heavily in polls".
      bool verb = false, cue = false, standing = false;
      for (uint32_t k = c0; k < m; ++k) {
        const std::string_view w = f_.Tok(k);
        standing = standing || StartsDigit(w) ||
                   Is<"lead", "leads", "led", "leading", "ahead", "behind", "trail", "trails", "trailed", "trailing",
                                      "percent", "%", "points", "sagged", "slipped", "dropped", "fell", "rose", "gained",
                                      "surged", "climbed", "edge", "margin", "second", "third", "fourth", "fifth", "tied",
                                      "favorable", "unfavorable", "approval", "advantage", "neck", "front-runner",
                                      "frontrunner", "double-digit", "single-digit">(w);
        // (One clause: "Florida, where Rubio ..., who leads", "is a winner
        // because he is ahead" hold another.)
        // (A stance noun is no report: "45 percent support", "a favorable
        // view of Trump".)
        cue = cue || ((f_.IsCue(k) || f_.IsReportWord(k)) && text::StartsLower(w) &&
                      !Is<"support", "view", "views", "lead", "leads", "backing", "approval">(w)) ||
              f_.InQuote(doc_.tokens[k].span.begin) ||
              Is<";", ":", "that", "because", "if", "when", "where", "who", "which", "whose", "while", "although",
                                 "though">(w) ||
              (w == "," && k + 1 < m && !StartsDigit(f_.Tok(k + 1)) && !text::StartsUpper(f_.Tok(k + 1)));
        verb = verb || (text::StartsLower(w) && (VerbLike(k) || FiniteVerb(w) ||
                                                 Is<"leads", "lead", "trails", "trail", "leading", "trailing",
                                                                    "wins", "takes", "gets", "has", "is">(w)));
      }
      if (!verb || cue || !standing || Covered(c0, reports_before) || !Enough(c0, m)) return false;
      Speaker sp;
      sp.found = true;
      sp.mention = {doc_.tokens[m + 1].span.begin, doc_.tokens[source_end - 1].span.end};
      sp.name = std::string(doc_.Slice(sp.mention));
      sp.description = true;
      sp.first_token = m + 1;
      sp.last_token = source_end;
      const size_t before = out_->size();
      uint32_t e = m;
      while (e > c0 && Is<",", "-", "\xE2\x80\x94">(f_.Tok(e - 1))) --e;
      Emit(c0, e, m, sp);
      // (After a gloss the sentence's other reports are still read: "...,
      // a collapse driven by ... when voters see security as ...".)
      return out_->size() > before && source_end == end;
    }
    return false;
  }

  bool According(const Sentence& sent, uint32_t c0, uint32_t end) {
    // (To the word before the end: a source of one word closes ", per
    // Bloomberg.")
    for (uint32_t k = sent.first_token; k + 1 < end; ++k) {
      // The source starts at `src`: "according to X", "In the words of X".
      uint32_t src = 0;
      uint32_t owner_end = 0;  // "In Cruz's view": the source ends at its possessive
      if (k + 2 < end && (f_.Tok(k) == "according" || f_.Tok(k) == "According") && f_.Tok(k + 1) == "to") {
        src = k + 2;
      } else if (f_.Tok(k) == "Per" && k == c0 && k + 3 < end &&
                 [&] {
                   const int32_t pm = f_.PersonMentionStartingAt(k);
                   if (pm < 0) return true;
                   // (A name only before its appositive or its own verb:
                   // "Per Bolund, the Green Party's spokesman, said"; "Per
                   // PostTrak, audiences ..." is a source.)
                   const uint32_t after = f_.TokenAt(doc_.mentions[pm].span.end);
                   if (after + 1 >= end) return true;
                   if (f_.Tok(after) == ",") {
                     return !Is<"the", "a", "an", "who", "his", "her", "its", "their">(f_.Tok(after + 1));
                   }
                   return !(f_.IsCue(after) || text::StartsLower(f_.Tok(after)));
                 }()) {
        // (Not the Scandinavian given name: "Per Bolund, the Green Party's
        // spokesman, said".)
        // ("Per a person familiar with the matter, the campaign raised ...":
        // "per" opening the sentence is "according to".)
        src = k + 1;
      } else if (f_.Tok(k) == "per" && k > c0 + 2 && f_.Tok(k - 1) == "," && k + 1 < end &&
                 ((end - k <= 7 && (text::StartsUpper(f_.Tok(k + 1)) || Is<"a", "an", "the">(f_.Tok(k + 1)))) ||
                  // (", per two sources familiar with the discussions.":
                  // unnamed sources, longer.)
                  (end - k <= 12 && Is<"a", "two", "three", "four", "several", "multiple", "sources",
                                                       "people", "officials", "one">(f_.Tok(k + 1)) &&
                   (f_.lex().humans.Contains(f_.Tok(k + 2)) || f_.lex().humans.Contains(f_.Tok(k + 1)) ||
                    Is<"sources", "people", "officials", "source", "person">(f_.Tok(k + 2)))))) {
        // ("Apple will ship the device in March, per Bloomberg.": and
        // closing it.)
        src = k + 1;
      } else if ((f_.Tok(k) == "In" || f_.Tok(k) == "in") && k + 5 < end && f_.Tok(k + 1) == "the" &&
                 f_.Tok(k + 2) == "words" && f_.Tok(k + 3) == "of") {
        src = k + 4;
      } else if (f_.Tok(k) == "As" && k < c0 && k + 5 < end) {
        // ("As reported by Western Journalism, investigators found ...", "As
        // first reported by the Times, CLAUSE": the outlet opening the
        // sentence is its clause's source, as "according to" is.)
        uint32_t v = k + 1;
        if (Is<"first", "previously", "originally", "initially", "earlier">(f_.Tok(v))) ++v;
        if (Is<"reported", "noted", "revealed", "detailed", "documented", "disclosed">(f_.Tok(v)) &&
            f_.Tok(v + 1) == "by" && v + 3 < end) {
          src = v + 2;
        }
      } else if (f_.Tok(k) == "In" && k == sent.first_token && k + 6 < end) {
        // ("In Cruz's view, the agency "has overstepped."", "In the
        // senator's telling, ...": the owner of a view is the source.)
        uint32_t own = k + 1;
        while (own < k + 5 && !Is<"'s", "âs", ",">(f_.Tok(own))) ++own;
        if (own > k + 1 && own + 2 < end && Is<"'s", "âs">(f_.Tok(own)) &&
            Is<"view", "telling", "estimation", "opinion", "account", "judgment", "judgement">(f_.Tok(own + 1)) &&
            f_.Tok(own + 2) == ",") {
          src = k + 1;
          owner_end = own;
        }
      }
      // ("In an NBC News/Wall Street Journal poll released Monday, 50
      // percent chose Clinton", "But in the latest polls, he doesn't": a
      // poll named in the opening phrase is the figures' source.)
      if (src == 0 && k <= sent.first_token + 1 && (f_.Tok(k) == "In" || (f_.Tok(k) == "in" && k == sent.first_token + 1)) &&
          (k == sent.first_token ||
           (k == sent.first_token + 1 && Is<"But", "And", "Yet", "So", "Still">(f_.Tok(sent.first_token))))) {
        src = PollPhrase(k + 1, end) ? k + 1 : 0;
        // ("In a poll, 40 percent said they would ...": the clause's own cue
        // reports it.)
        // (Nor after the poll's own aside: "In an online poll of 800 voters,
        // conducted from Feb. 11 to Feb. 16, Democracy Corp found that".)
        // ("In a CNN poll, however, 73 percent accepted": an adverb's aside
        // first, the clause unread.)
        for (uint32_t m = k + 2; src != 0 && m < end && m < k + 26; ++m) {
          if (f_.Tok(m) != ",") continue;
          if (Is<"conducted", "released", "taken", "published">(f_.Tok(m + 1))) {
            uint32_t n = m + 2;
            while (n < end && n < m + 14 && f_.Tok(n) != ",") ++n;
            if (n < end && f_.Tok(n) == ",") m = n;
          }
          if (m + 2 < end && f_.Tok(m + 2) == "," && text::StartsLower(f_.Tok(m + 1))) src = 0;
          for (uint32_t c = m + 1; c < end && c < m + 8 && src != 0; ++c) {
            if ((f_.IsCue(c) || f_.IsReportWord(c)) && text::StartsLower(f_.Tok(c))) src = 0;
          }
          break;
        }
      }
      if (src == 0) continue;
      // ("according to plan", "according to schedule": as planned, no
      // source.)
      if (src + 1 < end && Is<"plan", "schedule", "tradition", "custom", "protocol", "form", "script">(f_.Tok(src)) &&
          Is<",", ".", ";", "-", "and", "but">(f_.Tok(src + 1))) {
        continue;
      }
      // "told BFM TV that "the driver fired, according to the police"": the
      // speaker's own source, inside the quote, is no attribution of ours.
      if (f_.InQuote(doc_.tokens[k].span.begin)) continue;
      // The source runs to a comma, dash, bracket or semicolon ("according to
      // the polling average in New Hampshire - despite ...").
      uint32_t stop = src;
      while (stop < end && !Is<",", ";", ")", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93">(f_.Tok(stop))) ++stop;
      // ("according to the Food and Agriculture Organization (FAO)": the
      // bracketed acronym closes the source, and what follows its bracket is
      // where the source ends.)
      uint32_t src_end = stop;
      if (stop == end || f_.Tok(stop) == ")") {
        for (uint32_t p = stop; p > src + 1 && stop - p < 4; --p) {
          if (f_.Tok(p - 1) == "(") {
            src_end = p - 1;
            break;
          }
        }
        // ("According to the Centre for Disease Control (CDC) in the US,
        // CLAUSE": the source's words go on after the bracket to the
        // comma.)
        if (src_end < stop && stop < end) {
          ++stop;
          while (stop < end && !Is<",", ";", ")", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93">(f_.Tok(stop))) ++stop;
        }
      }
      if (owner_end) src_end = owner_end;
      Speaker sp = f_.RightSubject(src, src_end);
      // ("According to him, 50,000 farmers have been registered": the
      // object pronoun is the person last spoken of.)
      if (stop == src + 1 && Is<"him", "her">(f_.Tok(src))) {
        sp = Speaker();
        sp.found = true;
        sp.first_token = src;
        sp.last_token = stop;
        sp.mention = doc_.tokens[src].span;
        const int32_t e = f_.ResolvePronoun(doc_.tokens[src].span.begin, f_.Tok(src) == "him" ? 'm' : 'f');
        if (e >= 0) {
          sp.entity = e;
          sp.name = doc_.entities[e].name;
        }
      }
      // A description cut short at a word that is also a cue ("the board's
      // monthly report") takes all the words up to the stop.
      if (sp.found && sp.description && sp.last_token < src_end) sp = Speaker();
      if (!sp.found && src_end > src && src_end - src <= 20) {
        // Whatever "according to" names is the source ("exit polls").
        sp.found = true;
        sp.mention = {doc_.tokens[src].span.begin, doc_.tokens[src_end - 1].span.end};
        sp.name = std::string(doc_.Slice(sp.mention));
        sp.description = true;
      }
      if (!sp.found) return false;
      // ("..., according to Espen Finstad, co-director of the Secrets of the
      // Ice program.": a named source's office without its article, to the
      // sentence's end, is its role, no second piece.)
      bool capitalised = sp.description && src_end > src && src_end <= src + 4;  // a name the recogniser missed
      for (uint32_t m = src; m < src_end && capitalised; ++m) capitalised = text::StartsUpper(f_.Tok(m));
      if (((!sp.description && sp.entity >= 0) || capitalised) && !sp.role && stop + 2 < end && f_.Tok(stop) == "," &&
          end - stop <= 16 && text::StartsLower(f_.Tok(stop + 1)) && f_.RoleWord(stop + 1) &&
          !VerbLike(stop + 1) && !FiniteVerbIn(stop + 2, end)) {
        bool plain = true;
        for (uint32_t m = stop + 1; m < end && plain; ++m) {
          plain = !f_.IsCue(m) && !f_.IsPronoun(m) && !f_.InQuote(doc_.tokens[m].span.begin) &&
                  !Is<",", ";", "who", "which", "that", "and", "but">(f_.Tok(m));
        }
        // (To the sentence's end, its full stop aside.)
        uint32_t last = end;
        while (last > stop + 1 && Is<".", "!", "?">(f_.Tok(last - 1))) --last;
        // ("according to Zillow, the largest drop in a decade": the
        // writer's word on the figure, unless it names who the source is.)
        bool who = false;
        for (uint32_t m = stop + 1; m < last && !who; ++m) {
          who = f_.lex().humans.Contains(f_.Tok(m)) ||
                Is<"firm", "company", "group", "site", "website", "platform", "agency", "provider",
                               "tracker", "marketplace", "brokerage", "service", "outlet", "database", "organization",
                               "organisation", "institute", "center", "centre", "bank", "lender", "publication",
                               "newspaper", "network", "broadcaster", "body", "watchdog", "charity", "coalition">(f_.Tok(m));
        }
        const bool body = !(sp.entity >= 0 && doc_.entities[sp.entity].type == EntityType::kPerson);
        if (plain && (who || !body) && last > stop + 1) {
          sp.role = std::string(doc_.Slice({doc_.tokens[stop + 1].span.begin, doc_.tokens[last - 1].span.end}));
          sp.role_is_title = false;
          stop = end;
        }
      }
      // "Only one person was killed, according to X, ...", "At the heart of
      // the trouble, according to X, was ...": what the clause start took
      // for an opening phrase is the statement's first piece.
      const bool after_opening = k == c0 && k > sent.first_token + 1 && f_.Tok(k - 1) == ",";
      // "And it hasn't gone unnoticed: According to recent polls, CLAUSE":
      // after a colon the phrase opens a clause of its own.
      const bool after_colon = k > c0 && f_.Tok(k) == "According" && Is<":", ";">(f_.Tok(k - 1));
      if ((k <= c0 && !after_opening) || after_colon) {
        // "According to X, CLAUSE" (the role may run to the comma).
        if (stop + 3 < end) {
          // "According to his aunt, Jane Starner, CLAUSE", "According to the
          // study, published in BMJ Case Reports, CLAUSE": an appositive of
          // the source before the clause.
          uint32_t from = stop + 1;
          uint32_t c2 = from;
          while (c2 < end && c2 < from + 16 && f_.Tok(c2) != ",") ++c2;
          if (c2 + 3 < end && f_.Tok(c2) == "," && c2 > from) {
            const int32_t pm = f_.PersonMentionStartingAt(from);
            // ("According to the charging documents, Peter Lindqvist, 58, told
            // clients ...": a name with its age is the clause's subject.)
            const bool aged = c2 + 3 < end && StartsDigit(f_.Tok(c2 + 1)) && f_.Tok(c2 + 2) == ",";
            const bool name = pm >= 0 && f_.TokenAt(doc_.mentions[pm].span.end) == c2 && !aged;
            std::string_view w = f_.Tok(from);
            // ("According to the draft budget, seen by The Associated Press,
            // CLAUSE": an irregular participle too.)
            const bool participle = (w.size() > 4 && text::StartsLower(w) && w.substr(w.size() - 2) == "ed") ||
                                    Is<"seen", "written", "shown", "given", "drawn", "sent", "made", "held",
                                           "taken", "done", "kept", "brought", "put", "read", "leaked", "cited">(w);
            if (name && sp.description) {
              // The name is who spoke; the description before it, the role.
              Speaker named = f_.RightSubject(from, c2);
              if (named.found && named.entity >= 0) {
                named.role = sp.name;
                named.role_is_title = false;
                sp = named;
              }
            }
            // "According to Lorella Praeli, Clinton's Latino vote director,
            // CLAUSE": a named source's role before the clause.
            bool role = false;
            bool named_source = !sp.description && sp.entity >= 0;
            if (!named_source && sp.description) {
              // "Lorella Praeli": capitalised words, a name the recogniser missed.
              named_source = true;
              for (uint32_t m = src; m < stop && named_source; ++m) named_source = text::StartsUpper(f_.Tok(m));
            }
            // A role opens with an article or a capitalised word ("the
            // harbour master", "Clinton's Latino vote director"); "her former
            // label X, which ..." and "one user on Weibo" are the clause's own
            // subject, "shortly before X" an adverbial.
            // ("According to Sheila Varghese, chief pollster at the Centre
            // ..., CLAUSE": an office in lower case too.)
            if (!name && !participle && named_source && c2 <= from + 14 &&
                (Is<"the", "a", "an">(f_.Tok(from)) || text::StartsUpper(f_.Tok(from)) ||
                 (text::StartsLower(f_.Tok(from)) && (f_.RoleWord(from) || f_.lex().humans.Contains(f_.Tok(from)) ||
                                                      (from + 1 < c2 && f_.lex().humans.Contains(f_.Tok(from + 1)))))) &&
                !Is<"which", "who", "whose", "where", "when">(f_.Tok(c2 + 1))) {
              role = true;
              // ("According to GRAIL, the California company that developed
              // it, CLAUSE": a relative clause inside the described role.)
              const bool described = Is<"the", "a", "an">(f_.Tok(from));
              for (uint32_t m = from; m < c2 && role; ++m) {
                std::string_view x = f_.Tok(m);
                if (described && m > from + 1 && Is<"that", "who">(x) && text::StartsLower(f_.Tok(m - 1))) break;
                // ("According to X, the warning reflects "a consumer who is
                // spending, just not on us."": a quote's inner comma.)
                // (Not a title the source's quote opened before: "According
                // to E. J. Fleming's ''The Fixers: Eddie Mannix, ...''".)
                size_t mark;
                if (f_.IsCue(m) || f_.IsPronoun(m) || (text::StartsLower(x) && VerbLike(m)) ||
                    (!f_.InQuote(doc_.tokens[from].span.begin) &&
                     (f_.InQuote(doc_.tokens[m].span.begin) || text::IsDoubleQuote(text::DecodeAt(x, 0, &mark)))) ||
                    Is<"that", "which", "who", "is", "was", "are", "were", "will", "would", "has", "have", "there",
                           "it">(x)) {
                  role = false;
                }
              }
              if (role) sp.role = std::string(doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[c2 - 1].span.end}));
            }
            if (name || participle || role) from = c2 + 1;
          }
          const size_t outer_at = out_->size();
          Emit(from, end, k, sp, owner_end ? owner_end + 1 : src - 1);
          // ("According to court documents, Delaney told investigators that
          // he had burned the files": the source's words hold a report of
          // their own, from their start, as a closing source's do.)
          if (out_->size() == outer_at + 1) InnerReport(Quote((*out_)[outer_at].quote), from, end);
          return true;
        }
      } else if (k > c0 + 4 && f_.Tok(k - 1) != "," &&
                 ((stop >= end && end - k <= 12) ||
                  // "... 271 pledged delegates according to a count by The
                  // Associated Press, but the ...": the writer goes on.
                  (stop + 1 < end && f_.Tok(stop) == "," && Is<"but", "and", "while">(f_.Tok(stop + 1)) &&
                   stop - k <= 12)) &&
                 !f_.InQuote(doc_.tokens[k].span.begin)) {
        // "... 46 percent to 39 percent according to a CBS poll released
        // Monday.": a closing source without its comma.
        Emit(OpeningStart(sent, c0), k, k, sp, src - 1);
        return true;
      } else if (f_.Tok(k - 1) == "," &&
                 (after_opening || k - 1 > c0 + 2 ||
                  // ("The plan, according to two officials, would cut ...":
                  // a short subject, its verb after the source.)
                  // (Not a predicate holding a quote: "The policy, according
                  // to a manual, was to "de-emphasize" claims", "The mechanic,
                  // according to court documents, had told a co-worker that
                  // he "..."", which the partial quote reads.)
                  (k - 1 > c0 && stop + 3 < end && f_.Tok(stop) == "," && !QuoteIn(stop + 1, end) &&
                   (Is<"would", "will", "could", "can", "may", "might", "should", "must", "is",
                                          "was", "are", "were", "has", "had", "have">(f_.Tok(stop + 1)) ||
                    // ("So far, according to HHS, the provision has lowered
                    // ...": a short opening phrase, then the clause.)
                    (k - 1 <= c0 + 2 && Is<"So", "Thus", "Until", "By", "Overall", "Meanwhile", "Since">(f_.Tok(c0)) &&
                     Is<"the", "a", "an", "its", "their", "his", "her", "some", "many", "most">(f_.Tok(stop + 1)) &&
                     FiniteVerbIn(stop + 2, end)) ||
                    (text::StartsLower(f_.Tok(stop + 1)) &&
                     (VerbLike(stop + 1) || FiniteVerb(f_.Tok(stop + 1)) ||
                      // ("The program, according to the ministry, cost $4
                      // million": a past tense like its present.)
                      Is<"cost", "grew", "shut", "spread", "hurt", "knew", "meant", "fled", "slid",
                                            "sank", "shrank", "swung", "quit", "split">(f_.Tok(stop + 1)))))))) {
        // "In 2007, Mr. Manafort set up ..., according to a court filing":
        // the opening phrase is part of what the source says.
        const uint32_t from = Narrowed(OpeningStart(sent, c0), k - 1, /*relative=*/true);
        // ("..., according to the principal, Linda Osei.": the name set off
        // after the description is the source, the description its role.)
        if (sp.description && stop + 1 < end && f_.Tok(stop) == ",") {
          const int32_t pm = f_.PersonMentionStartingAt(stop + 1);
          if (pm >= 0 && f_.TokenAt(doc_.mentions[pm].span.end) >= end) {
            Speaker named = f_.RightSubject(stop + 1, end);
            if (named.found && named.entity >= 0) {
              named.role = sp.name;
              named.role_is_title = false;
              named.mention.begin = sp.mention.begin;  // "the principal, Linda Osei"
              sp = named;
              stop = end;
            }
          } else if (sp.description && sp.name && stop + 1 < end && f_.Tok(stop) == "," && end - stop <= 5 &&
                     Is<"the", "a", "an", "its", "their">(f_.Tok(src)) && text::StartsLower(f_.Tok(stop - 1))) {
            // (Not a name's own comma: "researchers at the University of
            // California, Davis".)
            // ("..., according to the promoter, LiveArc.": a body's name
            // set off after its description, capitalised to the end.)
            bool caps = true;
            for (uint32_t m = stop + 1; m < end && caps; ++m) caps = text::StartsUpper(f_.Tok(m)) && !f_.IsPronoun(m);
            if (caps) {
              const std::string role = *sp.name;
              Speaker named = f_.RightSubject(stop + 1, end);
              if (!(named.found && named.last_token >= end)) named = f_.Description(stop + 1, end);
              named.role = role;
              named.role_is_title = false;
              named.mention.begin = sp.mention.begin;
              sp = named;
              stop = end;
            }
          }
        }
        // ("..., according to John Reed, a spokesman for the fire
        // service.": a named source's appositive to the end is its role.)
        if (!sp.description && sp.entity >= 0 && !sp.role && stop + 2 < end && f_.Tok(stop) == "," &&
            end - stop <= 16 &&
            // ("..., according to Espen Finstad, co-director of the Secrets
            // of the Ice program.": an office without its article too.)
            (Is<"a", "an", "the", "its", "his", "her", "their">(f_.Tok(stop + 1)) ||
             (text::StartsLower(f_.Tok(stop + 1)) && f_.RoleWord(stop + 1))) &&
            !FiniteVerbIn(stop + 2, end)) {
          bool plain = true;
          for (uint32_t m = stop + 1; m < end && plain; ++m) {
            // ("Last year, according to HHS, the provision lowered
            // coinsurance": a clause, no role.)
            plain = !f_.IsCue(m) && !f_.IsPronoun(m) && !f_.InQuote(doc_.tokens[m].span.begin) &&
                    !Is<",", ";", "who", "which", "that", "and", "but">(f_.Tok(m)) &&
                    !(after_opening && m > stop + 2 && text::StartsLower(f_.Tok(m)) &&
                      (FiniteVerb(f_.Tok(m)) || VerbLike(m)));
          }
          if (plain) {
            sp.role = std::string(doc_.Slice({doc_.tokens[stop + 1].span.begin, doc_.tokens[end - 1].span.end}));
            sp.role_is_title = false;
            stop = end;
          }
        }
        Emit(from, k - 1, k, sp, src - 1);
        // ("Wang Yi said China was ready to deepen cooperation, according to
        // a readout": the source's words hold a report of their own, unless
        // they hold a quote, whose clause is the source's.)
        const std::string_view words = doc_.Slice({doc_.tokens[from].span.begin, doc_.tokens[k - 2].span.end});
        if (words.find('"') == std::string_view::npos && words.find("\xE2\x80\x9C") == std::string_view::npos &&
            words.find("\xE2\x80\x9D") == std::string_view::npos) {
          const uint32_t saved = last_;
          const size_t before = out_->size();
          last_ = 0;
          Clauses(from, k - 1);
          // (Only a report from the very start of the source's words.)
          for (size_t r = before; r < out_->size(); ++r) {
            const Quote& inner = (*out_)[r].quote;
            const std::string_view cue = inner.cue ? f_.Tok(f_.TokenAt(inner.cue->begin)) : std::string_view();
            if (!inner.speaker_mention || inner.speaker_mention->begin < doc_.tokens[from].span.begin ||
                f_.lex().beliefs.Contains(cue) || f_.lex().infinitives.Contains(cue) ||
                // ("The ministry strongly condemned the attack, according to
                // a statement": a stance on an object, by a named body.)
                // (Not people described: "Swiss voters rejected the proposal,
                // according to official results" is a vote.)
                (f_.lex().object_cues.Contains(cue) && inner.speaker_entity < 0 && !PeopleDescribed(inner, true)) ||
                f_.lex().that_cues.Contains(cue) ||
                (inner.speaker_entity < 0 && !PeopleDescribed(inner)) ||
                cue == "called" ||
                inner.speaker_mention->begin > doc_.tokens[std::min(from + 5, k - 1)].span.begin) {
              out_->erase(out_->begin() + long(r));
              --r;
            }
          }
          for (size_t r = before; r < out_->size(); ++r) (*out_)[r].nested = true;
          last_ = std::max(last_, saved);
        }
        // "Jeff Weaver says his streak ... closes the gap in delegates,
        // which stood at 263, according to the AP": the source covers the
        // relative clause; the main clause before it keeps its own report.
        if (from > c0 + 3 && f_.Tok(from - 1) == "," && Is<"which", "who">(f_.Tok(from))) {
          const uint32_t saved = last_;
          Clauses(c0, from - 1);
          last_ = std::max(last_, saved);
        }
        // "Only one person was killed ..., according to the police agency,
        // and there were only eight ...", "Notably absent, according to
        // members, was any mention of ...": the sentence goes on after the
        // source (and its appositive), a second piece of the statement.
        uint32_t rest = stop;
        if (rest + 1 < end && f_.Tok(rest) == "," &&
            Is<"a", "an", "the", "another", "its", "his", "her", "their">(f_.Tok(rest + 1))) {
          uint32_t m = rest + 2;
          while (m < end && m < rest + 14 && f_.Tok(m) != ",") ++m;
          // ("Yesterday, according to police, a man was arrested": no
          // appositive but the clause itself, with its verb.)
          bool clause = m >= end && FiniteVerbIn(rest + 2, end);
          // ("Last year, according to HHS, the provision lowered ...": a
          // past verb too.)
          for (uint32_t w = rest + 3; after_opening && m >= end && w < end && !clause; ++w) {
            clause = text::StartsLower(f_.Tok(w)) && (FiniteVerb(f_.Tok(w)) || VerbLike(w));
          }
          // (Not "a move analysts said would squeeze ...": a reduced
          // relative with its own cue.)
          for (uint32_t w = rest + 2; w < end && clause; ++w) {
            clause = !Is<"who", "which", "that", "whose">(f_.Tok(w)) && !f_.IsCue(w);
          }
          if (!clause) rest = m < end && f_.Tok(m) == "," ? m : end;
        }
        if (rest + 3 < end && f_.Tok(rest) == ",") {
          std::string_view w = f_.Tok(rest + 1);
          if ((after_opening || text::StartsLower(w)) && !Is<"which", "who", "whose", "where", "when">(w) &&
              !(w.size() > 4 && w.substr(w.size() - 3) == "ing")) {
            Emit(rest + 1, end, k, sp, src - 1);
          }
        }
        return true;
      }
      return false;
    }
    return false;
  }

  // "X of the Heritage Foundation that a provocation could happen ..."
  void Elided(uint32_t c0, uint32_t end) {
    for (uint32_t k = c0 + 2; k + 3 < end && k < c0 + 30; ++k) {
      if (f_.Tok(k) != "that") continue;
      if (!OpensClause(f_.Tok(k + 1))) return;
      Speaker sp = f_.LeftSubject(k, c0);
      if (sp.found && sp.first_token == c0 && sp.entity >= 0 && sp.role && !sp.role_is_title) {
        Emit(k, end, UINT32_MAX, sp);
      }
      return;
    }
  }

  // True when tokens [a, b) hold no comma, cue, verb of their own or
  // quotation: words of one noun phrase ("Feyenoord striker").
  bool NoBreakBetween(uint32_t a, uint32_t b) const {
    for (uint32_t m = a; m < b; ++m) {
      if (f_.Tok(m) == "," || f_.IsCue(m) || f_.InQuote(doc_.tokens[m].span.begin) ||
          (text::StartsLower(f_.Tok(m)) && (VerbLike(m) || FiniteVerb(f_.Tok(m))))) {
        return false;
      }
    }
    return true;
  }

  // True when tokens [a, b) hold a quotation mark or quoted words.
  bool QuoteIn(uint32_t a, uint32_t b) const {
    for (uint32_t m = a; m < b; ++m) {
      size_t len;
      if (f_.InQuote(doc_.tokens[m].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(m), 0, &len))) return true;
    }
    return false;
  }

  void Emit(uint32_t a, uint32_t b, uint32_t cue, const Speaker& given, uint32_t cue_end = UINT32_MAX) {
    if (b <= a) return;
    // (An article alone is no statement: "rejected the next morning".)
    if (b == a + 1 && Is<"the", "a", "an">(f_.Tok(a))) return;
    // ("In it, a man can be heard saying, "..."": a short phrase of place
    // before the speaker is where, not what, he said.)
    {
      uint32_t e = b;
      while (e > a && Is<",", ".", ";">(f_.Tok(e - 1))) --e;
      if (e <= a + 2 && Is<"In", "On", "At", "From", "With", "During", "Inside", "Outside", "There">(f_.Tok(a))) {
        return;
      }
    }
    // ("That was how Christina Koch, who spent 328 days in orbit, described
    // her first week": the sentence names the quote's speaker before it.)
    if (cue < doc_.tokens.size()) {
      const uint32_t first = doc_.sentences[doc_.tokens[cue].sentence].first_token;
      if (first + 3 < b && Is<"That", "This">(f_.Tok(first)) &&
          Is<"was", "is", "'s", "\xE2\x80\x99s">(f_.Tok(first + 1)) && f_.Tok(first + 2) == "how") {
        return;
      }
    }
    // ("Health Canada is recalling several brands of infant formula": a
    // body recalling a thing takes products back, no memory; a person
    // recalling a visit still reports it.)
    if (cue < doc_.tokens.size() && Is<"recalled", "recalling", "recalls", "recall">(f_.Tok(cue)) &&
        !Is<"that", "how", "when", "what", "being", "seeing", "hearing">(f_.Tok(a)) &&
        !f_.InQuote(doc_.tokens[a].span.begin) &&
        ((given.entity >= 0 && doc_.entities[given.entity].type == EntityType::kOrg) ||
         (given.description && given.last_token > 0 &&
          Is<"company", "firm", "agency", "maker", "manufacturer", "retailer",
                                             "brand", "FDA", "regulator", "automaker", "carmaker", "drugmaker">(f_.Tok(given.last_token - 1))))) {
      return;
    }
    // ("Marcus Bell, who declined to join the trial, said he was nervous": a
    // relative clause set off by commas ends at its closing comma, before
    // the main clause's own verb of saying.)
    if (cue != UINT32_MAX && cue >= 2 && cue < a) {
      uint32_t rel = cue;
      while (rel > 0 && cue - rel < 3 && !Is<"who", "which">(f_.Tok(rel - 1))) --rel;
      if (rel > 1 && Is<"who", "which">(f_.Tok(rel - 1))) {
        for (uint32_t m = a + 1; m + 1 < b; ++m) {
          if (f_.Tok(m) == "," && f_.IsCue(m + 1) && text::StartsLower(f_.Tok(m + 1))) {
            b = m;
            // ("X, who advised the campaign, said": what the relative clause
            // names, cut from the main clause, is no statement.)
            bool clause = Is<"to", "that">(f_.Tok(a));
            for (uint32_t c = a; c < b && !clause; ++c) {
              clause = f_.IsPronoun(c) || (text::StartsLower(f_.Tok(c)) && (VerbLike(c) || FiniteVerb(f_.Tok(c))));
            }
            if (!clause) return;
            break;
          }
        }
      }
    }
    // ("... decreased calorie intake (8).", "[12]": a citation's number is
    // the writer's reference, no part of what was said.)
    {
      const bool closed = Is<")", "]">(f_.Tok(b - 1));
      const uint32_t inner = closed ? b - 1 : b;
      auto number = [](std::string_view t) {
        // (Reference numbers are short: "(2016)" is a year.)
        bool digits = !t.empty() && t.size() <= 7;
        size_t run = 0;
        for (const char c : t) {
          run = c >= '0' && c <= '9' ? run + 1 : 0;
          digits = digits && ((c >= '0' && c <= '9') || c == '-') && run <= 3;
        }
        return digits || t == "," || t == "\xE2\x80\x93";
      };
      if (closed || b >= doc_.tokens.size() || Is<")", "]">(f_.Tok(b))) {
        uint32_t m = inner;
        while (m > a + 3 && inner - m < 8 && number(f_.Tok(m - 1))) --m;
        if (m < inner && m > a + 3 && Is<"(", "[">(f_.Tok(m - 1))) b = m - 1;
      }
    }
    // ("sales rose in 2019 (see chart).": a parenthesis the content opens
    // closes with it.)
    if (b < doc_.tokens.size() && f_.Tok(b) == ")") {
      int depth = 0;
      for (uint32_t m = a; m < b; ++m) depth += f_.Tok(m) == "(" ? 1 : f_.Tok(m) == ")" ? -1 : 0;
      if (depth > 0) ++b;
    }
    // ("he would make sand "glow in the dark," for instance, and Trump
    // vowed ...": the writer's connective closing the clause is no part of
    // what was said.)
    if (b >= a + 4 && f_.Tok(b - 3) == "," && f_.Tok(b - 2) == "for" && Is<"instance", "example">(f_.Tok(b - 1))) {
      b -= 3;
    } else if (b >= a + 3 && f_.Tok(b - 2) == "," && Is<"however", "though", "meanwhile">(f_.Tok(b - 1))) {
      b -= 2;
    }
    // ("X said. ... Ray Bey was scratched": a sentence the segmenter ran on
    // past an ellipsis; nothing said starts with a full stop.)
    if (Is<".", "...", "\xE2\x80\xA6">(f_.Tok(a))) return;
    // ("promises of better access, and pledges to protect intellectual
    // property are enough": a plural noun whose infinitive runs into the
    // verb it is the subject of.)
    if (cue != UINT32_MAX && cue + 1 == a && f_.Tok(cue).ends_with("s") && f_.Tok(a) == "to" &&
        f_.lex().infinitives.Contains(f_.Tok(cue)) && InfinitiveVerbAfter(a, b) < b) {
      return;
    }
    // ("audience members shouted out absurd questions and he replied": a
    // cue with "and" right after it took no complement; it was a noun, or
    // the next clause is the writer's.)
    // ("derided and insulted "the professional left"", "endorsed and has
    // fundraised for her challenger": two verbs share the object, which is
    // what was said.)
    // ("defended - and minimized - remarks": the second verb set off.)
    const bool dash_and = cue != UINT32_MAX && cue + 1 == a && a + 2 < b && IsDash(a) && Is<"and", "or">(f_.Tok(a + 1));
    if (cue != UINT32_MAX && cue + 1 == a && (dash_and || Is<"and", "or">(f_.Tok(a)))) {
      uint32_t v = dash_and ? a + 2 : a + 1;
      while (v + 1 < b && Is<"has", "have", "had", "also", "then", "later", "even">(f_.Tok(v))) ++v;
      const std::string_view verb = f_.Tok(v);
      if (!(v + 1 < b && text::StartsLower(verb) && verb.size() > 4 && verb.ends_with("ed") &&
            (f_.IsCue(v) || VerbLike(v)))) {
        return;
      }
      a = v + 1;
      // ("defended - and minimized - remarks that ...": the aside's dash.)
      if (IsDash(a) && a + 1 < b) ++a;
      if (Is<"for", "on", "about", "against", "with", "to", "at">(f_.Tok(a)) && a + 1 < b) ++a;
    }
    // ("commented beneath the post: 'Proud of you'", "posted a message on
    // its page: "No peaches this year"": a colon that opens a quote ends
    // what the cue introduced; the quote is the statement.)
    // (Only when what the cue took is a place or a medium, no clause:
    // "told reporters that X had two choices: "..."" stays whole.)
    // ("read a statement: "..."", "posted a notice online: "...": a
    // document the quote after the colon gives.)
    bool document = false;
    uint32_t document_at = 0;
    if (Is<"a", "an", "the", "his", "her", "their", "its", "this">(f_.Tok(a))) {
      for (uint32_t m = a + 1; m < b && m < a + 4 && !document; ++m) {
        document_at = m;
        document = Is<"statement", "letter", "note", "notice", "message", "post", "tweet", "text", "photo",
                                  "video", "picture", "clip", "reel", "story", "stories",
                                  "passage", "verse", "poem", "excerpt", "line", "lines", "speech", "prayer",
                                  "eulogy", "toast", "extract", "proclamation", "caption", "announcement">(f_.Tok(m));
      }
    }
    const bool adjunct =
        document || Is<"beneath", "below", "under", "underneath", "on", "in", "at", "during">(f_.Tok(a));
    for (uint32_t m = a; adjunct && m + 1 < b && m < a + 8; ++m) {
      // ("captioned the post, "Happy days!"": a document's comma too.)
      if (f_.Tok(m) != ":" && !(document && f_.Tok(m) == "," && m == document_at + 1)) continue;
      size_t len;
      const std::string_view nx = f_.Tok(m + 1);
      if (text::IsDoubleQuote(text::DecodeAt(nx, 0, &len)) || nx == "'" || nx == "\xE2\x80\x98" ||
          f_.InQuote(doc_.tokens[m + 1].span.begin)) {
        return;
      }
    }
    // ("Gromov declined to elaborate", "refused to give details": a refusal
    // with nothing after its infinitive says nothing.)
    if (cue != UINT32_MAX && (b <= a + 5 || (a + 2 < b && f_.Tok(a + 1) == "be" && f_.Tok(a + 2) == "drawn")) &&
        f_.Tok(a) == "to" && Is<"declined", "declines", "declining", "refused", "refuses", "refusing">(f_.Tok(cue))) {
      // ("refused to be drawn on speculation linking the club with X": the
      // idiom says nothing, whatever follows it.)
      bool says_nothing = true;
      const bool drawn = a + 2 < b && f_.Tok(a + 1) == "be" && f_.Tok(a + 2) == "drawn";
      for (uint32_t m = a + 1; m < b && says_nothing && !drawn; ++m) {
        // ("Cohen declined to answer further questions", "declined to
        // discuss the terms".)
        says_nothing = Is<"elaborate", "explain", "specify", "say", "give", "provide", "details", "further",
                                      "more", "reasons", "detail", "answer", "questions", "question", "discuss",
                                      "respond", "disclose", "specifics", "terms", "the", "any", "his", "her", "their",
                                      "its", "matter", "it", "them", "name", "names", "real", "full", "last",
                                      "identity", "be", "named", "identified">(f_.Tok(m));
      }
      // (The sentence goes on: "declined to discuss the matter, saying only
      // that ..." still reports.)
      if (says_nothing) {
        last_ = std::max(last_, b);
        if (given.found) last_speaker_ = given;
        return;
      }
    }
    // ("not as good as the organisers hoped it would be", "better than
    // analysts thought it would": a comparison with what someone expected,
    // its clause only an echo of the writer's, reports nothing.)
    if (cue != UINT32_MAX && cue < a && b <= a + 3 && given.found && !given.mention.empty()) {
      const uint32_t m0 = f_.TokenAt(given.mention.begin);
      if (m0 > 0 && m0 < cue && Is<"as", "than">(f_.Tok(m0 - 1)) &&
          Is<"he", "she", "it", "they", "we", "I", "you", "this", "that">(f_.Tok(a)) && a + 1 < b &&
          Is<"would", "will", "could", "might", "should", "had", "did", "was", "were", "is", "are",
                             "can", "may", "has", "have">(f_.Tok(a + 1)) &&
          (a + 2 == b || Is<"be", "been", "have", "do", "done", "so", "not">(f_.Tok(a + 2)))) {
        return;
      }
    }
    // ("a delegation called on him, said his son": an object pronoun alone
    // is no statement.)
    if (b == a + 1 && cue != UINT32_MAX && cue + 2 == a && f_.Tok(cue + 1) == "on" &&
        Is<"called", "calls", "call">(f_.Tok(cue)) && Is<"him", "her", "them", "me", "us", "you">(f_.Tok(a))) {
      return;
    }
    // ("When the question was put to him, he laughed.": a gesture after
    // the writer's clause attributes only a quote.)
    if (cue != UINT32_MAX && cue >= b &&
        Is<"laughed", "shrugged", "smiled", "grinned", "chuckled", "laughs", "shrugs", "smiles", "grins",
                         "chuckles">(f_.Tok(cue))) {
      return;
    }
    // ("Bus driver hailed as hero after brakes fail": a headline's passive,
    // praised by others, not praising.)
    if (cue != UINT32_MAX && a == cue + 1 && f_.Tok(a) == "as" && f_.Tok(cue).size() > 3 &&
        f_.Tok(cue).substr(f_.Tok(cue).size() - 2) == "ed" && cue > 0 &&
        doc_.sentences[doc_.tokens[cue].sentence].paragraph == 0 && text::EndsWithoutStop(doc_, 0) &&
        text::StartsLower(f_.Tok(cue)) &&
        !f_.IsPronoun(cue - 1)) {
      return;
    }
    Speaker sp = given;
    if (!f_.TrimDescription(&sp)) return;  // "his campaign has faced" names no one
    // ("Kenya's Parliament on Tuesday said": the day is no part of who.)
    if (sp.found && sp.description && sp.entity < 0 && !sp.mention.empty()) {
      uint32_t last = f_.TokenAt(sp.mention.end) - 1;
      if (last >= 2 && last < doc_.tokens.size() && doc_.tokens[last].span.end == sp.mention.end &&
          f_.Tok(last - 1) == "on" && f_.TokenAt(sp.mention.begin) + 1 < last - 1 &&
          Is<"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday">(f_.Tok(last))) {
        sp.mention.end = doc_.tokens[last - 2].span.end;
        sp.name = std::string(doc_.Slice(sp.mention));
      }
    }
    SpeakerFinder::DropAgeRole(&sp);
    // ("Afterwards the Scot Callum Reid said": an opening adverb is no part
    // of the role after it.)
    if (sp.role) {
      for (std::string_view adverb : {"Afterwards ", "Afterward ", "Later ", "Earlier ", "Then ", "Meanwhile ",
                                      "Yesterday ", "Today ", "Tonight ", "Instead ", "Still ", "Now ", "Separately ",
                                      "Also ", "Elsewhere ", "Finally ", "Previously ", "Again ", "Ultimately ",
                                      "However ", "Moreover ", "Indeed ", "Similarly ", "Likewise "}) {
        if (sp.role->rfind(adverb, 0) != 0) continue;
        const std::string rest = sp.role->substr(adverb.size());
        if (rest.rfind("the ", 0) == 0 || rest.rfind("a ", 0) == 0 || rest.rfind("an ", 0) == 0) sp.role = rest;
        break;
      }
    }
    f_.NameAfterDescriptor(&sp);
    // "..., an allegation the prime minister's office declined to address":
    // the writer's note on a dispute names no speaker of its own.
    if (sp.description && sp.name) {
      for (std::string_view lead : {"a claim ", "an allegation ", "a charge ", "an accusation ", "an assertion ",
                                    "a characterization ", "a characterisation ", "a description "}) {
        if (sp.name->rfind(lead, 0) == 0) return;
      }
    }
    // "..., a move the government said was necessary", "a number the agency
    // says is twice its capacity": the thing described, then the speaker of
    // the reduced relative clause.
    if (sp.found && sp.description && sp.entity < 0 && sp.name && !sp.mention.empty() &&
        (sp.name->rfind("a ", 0) == 0 || sp.name->rfind("an ", 0) == 0)) {
      const uint32_t m0 = f_.TokenAt(sp.mention.begin);
      uint32_t m1 = m0;
      while (m1 < doc_.tokens.size() && doc_.tokens[m1].span.end <= sp.mention.end) ++m1;
      for (uint32_t m = m0 + 2; m + 1 < m1 && m < m0 + 4; ++m) {
        if (!Is<"the", "its", "their", "his", "her">(f_.Tok(m))) continue;
        const std::string_view before = f_.Tok(m - 1);
        if (!text::StartsLower(before) ||
            Is<"and", "or", "of", "but", "for", "to", "with", "by", "from", "at", "about", "on", "in",
                        "against", "under", "between", "among", "than", "like", "after", "before", "into", "over">(before)) {
          break;
        }
        sp.mention.begin = doc_.tokens[m].span.begin;
        sp.name = std::string(doc_.Slice(sp.mention));
        sp.first_token = m;
        break;
      }
    }
    // "An earlier version of this story incorrectly said": the paper's
    // correction, no one's statement.
    if (sp.description && sp.name &&
        (sp.name->rfind("An earlier version of", 0) == 0 || sp.name->rfind("A previous version of", 0) == 0 ||
         sp.name->rfind("an earlier version of", 0) == 0)) {
      return;
    }
    // (Only when what was said follows the cue: "The talks had stalled, a
    // senior diplomat said on condition of anonymity." is a statement.)
    if (cue != UINT32_MAX && a > cue && AnonymityAside(cue, b) && !AnonymityAside(cue, a)) return;
    // ("who briefed reporters on a conference call on the condition that
    // she not be named": whom, how and on what terms, no statement.)
    if (cue != UINT32_MAX && a == cue + 1 && f_.lex().told_objects.Contains(f_.Tok(a))) {
      for (uint32_t m = a + 1; m + 1 < b; ++m) {
        if (f_.Tok(m) == "condition" && (Is<"that", "of">(f_.Tok(m + 1)))) return;
      }
    }
    // "..., Bloomberg reported, citing people familiar with the matter",
    // "TASS reported, citing an unnamed source, that ...": the source an
    // attribution cites is no statement of its own.
    // (Only a source of people or documents: "citing its cost", "citing
    // Trump's blue-collar appeal" give reasons, which PolNeAR counts.)
    if (cue != UINT32_MAX && cue >= 2 && Is<"citing", "quoting">(f_.Tok(cue)) && f_.Tok(cue - 1) == ",") {
      bool source = false;
      for (uint32_t m = a; m < b && m < a + 6 && !source; ++m) {
        source = Is<"people", "sources", "source", "official", "officials", "authorities", "person",
                                "aide", "aides", "insiders", "diplomat", "diplomats", "spokesman", "spokeswoman",
                                "spokesperson", "agency", "agencies", "ministry", "media", "prosecution",
                                "prosecutors", "police", "investigators", "witnesses", "residents", "lawyers",
                                "analysts", "experts">(f_.Tok(m));
      }
      for (uint32_t m = cue - 1; source && m > 0 && cue - m < 7;) {
        --m;
        if (f_.IsCue(m) && !Is<"citing", "quoting">(f_.Tok(m))) return;
        if (Is<";", ":", ".">(f_.Tok(m))) break;
      }
    }
    // "said simply, "He was my whole life."", "said bluntly: "We ran out of
    // gas."", "posted a cryptic quote on her story: "...": a few words,
    // then a comma or colon opening a quotation that runs to the end; the
    // quotation is the statement, which its own attribution reports.
    // (Only a manner adverb before it: PolNeAR reads "that whatever choice
    // voters make, "they should not ..."" and "one sentence: "..."" as the
    // clause of a partial quote.)
    for (uint32_t m = a; m < b && m < a + 3; ++m) {
      if (f_.InQuote(doc_.tokens[m].span.begin)) break;
      const std::string_view w = f_.Tok(m);
      if (!Is<",", ":">(w)) {
        if (!(text::StartsLower(w) && (w.ends_with("ly") || Is<"only", "again", "then", "later", "simply">(w)))) break;
        continue;
      }
      if (m == a || m + 1 >= b) break;
      size_t len;
      const bool opens = text::IsDoubleQuote(text::DecodeAt(f_.Tok(m + 1), 0, &len)) ||
                         f_.InQuote(doc_.tokens[m + 1].span.begin);
      if (!opens) continue;
      bool quoted_to_end = true;
      for (uint32_t n = m + 2; n < b && quoted_to_end; ++n) quoted_to_end = f_.InQuote(doc_.tokens[n].span.begin);
      if (quoted_to_end) return;
      break;
    }
    // "..., two of the people said, speaking on condition of anonymity":
    // why the source goes unnamed is not what it said.
    if (Is<"speaking", "asking", "requesting", "declining">(f_.Tok(a)) && AnonymityAside(a, b)) return;
    // "The blast claimed the lives of 20 people": a death toll, not a claim.
    if (cue != UINT32_MAX && a <= cue + 2 && a > cue && Is<"claimed", "claims", "claim", "claiming">(f_.Tok(cue)) &&
        (Is<"lives", "life">(f_.Tok(a)) || (a + 1 < b && f_.Tok(a) == "the" && Is<"lives", "life">(f_.Tok(a + 1))))) {
      return;
    }
    // ("The earthquake claimed more than 40 lives", "claimed dozens of
    // lives": a count of the dead.)
    if (cue != UINT32_MAX && a == cue + 1 && Is<"claimed", "claims", "claim", "claiming">(f_.Tok(cue))) {
      for (uint32_t m = a; m < b && m < a + 6; ++m) {
        if (Is<"lives", "life">(f_.Tok(m))) return;
        if (!(StartsDigit(f_.Tok(m)) || Is<"more", "than", "at", "least", "nearly", "about", "some",
                                                         "over", "almost", "dozens", "hundreds", "thousands",
                                                         "of", "the", "two", "three", "four", "five", "six",
                                                         "seven", "eight", "nine", "ten", "several", "many">(f_.Tok(m)))) {
          break;
        }
      }
    }
    // "with the economy adding 151,000 jobs", "added 10 points": a number
    // right after "add" is what was added, not said.
    if (cue != UINT32_MAX && a == cue + 1 && Is<"adding", "added", "adds", "add">(f_.Tok(cue)) &&
        StartsDigit(f_.Tok(a))) {
      return;
    }
    // "declined to comment on reports that the company was exploring a
    // sale": the rumour is not the spokeswoman's.
    if (cue != UINT32_MAX && cue + 2 < a &&
        Is<"declined", "declines", "declining", "refused", "refuses", "refusing">(f_.Tok(cue))) {
      for (uint32_t m = cue + 1; m < a; ++m) {
        if (Is<"comment", "confirm", "address", "discuss">(f_.Tok(m))) return;
      }
    }
    if (cue != UINT32_MAX && cue < a) b = RelativeClauseEnd(cue, a, b);
    if (cue != UINT32_MAX && cue < a) b = RestrictiveRelativeEnd(cue, a, b);
    // A clause that opens inside quotation marks is a whole quote already,
    // unless the quote is a name the clause goes on from (""Star Wars"
    // earned $775 million, Disney said").
    size_t len;
    // (Single marks too: "Karan Johar said 'Dostana 2' was on schedule".)
    auto mark = [&](uint32_t k) {
      const std::string_view t = f_.Tok(k);
      return text::IsDoubleQuote(text::DecodeAt(t, 0, &len)) || t == "'" || t == "\xE2\x80\x98" ||
             t == "\xE2\x80\x99";
    };
    if (f_.InQuote(doc_.tokens[a].span.begin) || text::IsDoubleQuote(text::DecodeAt(f_.Tok(a), 0, &len))) {
      uint32_t close = a + 1;
      while (close < b && close < a + 8 && !mark(close)) ++close;
      // (Only from an opening mark that opens the sentence's clause.)
      // (Or right after the cue: "The network said "Pine Ridge" was
      // delayed".)
      const bool opening = mark(a) && a + 1 < b &&
                           f_.InQuote(doc_.tokens[a + 1].span.begin) &&
                           (a == sentence_start_ ||
                            (cue != UINT32_MAX && !f_.lex().clauseless.Contains(f_.Tok(cue)) &&
                             !Is<"called", "calling", "calls", "call", "dubbed", "named", "titled",
                                               "labelled", "labeled", "termed", "branded", "nicknamed">(f_.Tok(cue)) &&
                             (cue + 1 == a || (cue + 2 == a && f_.Tok(a - 1) == "that"))));
      // (Not an exclamation or a sentence: "declared "What a Super
      // Tuesday!" and left".)
      bool name = opening && close < b && close + 2 < b && close >= a + 2 &&
                  !Is<",", "!", "?", ".">(f_.Tok(close - 1)) &&
                  !Is<"and", "but", "or", "then">(f_.Tok(close + 1)) &&
                  text::StartsLower(f_.Tok(close + 1));
      for (uint32_t k = a + 1; name && k < close; ++k) {
        const std::string_view w = f_.Tok(k);
        // ("Black Ops 6", "FIFA 25": a number in a series' name.)
        name = text::StartsUpper(w) || !text::IsWordChar(text::DecodeAt(w, 0, &len)) || (k > a + 1 && StartsDigit(w)) ||
               Is<"of", "the", "and", "a", "for", "in", "on", "to">(w);
      }
      if (!name) return;
    }
    while (b > a && Is<",", ";", ":", "-", "--">(f_.Tok(b - 1))) --b;
    // ("criticized the plan and last week said": the conjunction joins the
    // next report.)
    while (b > a + 1 && cue != UINT32_MAX && cue < a && Is<"and", "but">(f_.Tok(b - 1))) --b;
    if (b <= a) return;
    // ("the gang now calls itself "Karakurt."": a mark the clause opened
    // closes after its last word, perhaps after the full stop; the content
    // keeps it, so that its marks pair.)
    uint32_t close_mark = UINT32_MAX;
    {
      size_t len;
      // (Two straight apostrophes stand for a double mark: "''racially
      // toxic,''".)
      // (The pair counts once, by its first.)
      auto apostrophes = [&](uint32_t m) {
        return m + 1 < doc_.tokens.size() && f_.Tok(m) == "'" && f_.Tok(m + 1) == "'" &&
               doc_.tokens[m].span.end == doc_.tokens[m + 1].span.begin;
      };
      auto double_mark = [&](uint32_t m) {
        return text::IsDoubleQuote(text::DecodeAt(f_.Tok(m), 0, &len)) || apostrophes(m);
      };
      int marks = 0;
      for (uint32_t m = a; m < b; ++m) marks += double_mark(m) ? 1 : 0;
      for (uint32_t m = b; marks % 2 == 1 && m < doc_.tokens.size() && m < b + 2; ++m) {
        if (double_mark(m)) {
          close_mark = apostrophes(m) ? m + 1 : m;
          break;
        }
        if (!Is<".", ",", "!", "?">(f_.Tok(m))) break;
      }
    }
    last_ = std::max({last_, b, cue == UINT32_MAX ? 0u : cue + 1});
    last_speaker_ = sp;
    Found f;
    Quote& q = f.quote;
    q.content = {doc_.tokens[a].span.begin, doc_.tokens[close_mark == UINT32_MAX ? b - 1 : close_mark].span.end};
    q.kind = QuoteKind::kIndirect;
    if (cue != UINT32_MAX) {
      // "pointed out", "fired back": the particle is part of the cue.
      if (cue_end == UINT32_MAX && cue + 1 < a && Is<"out", "back">(f_.Tok(cue + 1)) &&
          Is<"pointed", "points", "point", "pointing", "fired", "fires", "shot", "shoots", "pushed",
                           "pushes">(f_.Tok(cue))) {
        cue_end = cue + 1;
      }
      // ("I don't think that's fair", "had not said that": a negation is
      // part of the cue, which would otherwise say the opposite.)
      uint32_t cue_begin = cue;
      if (cue > 0 && Is<"don't", "doesn't", "didn't", "don\xE2\x80\x99t", "doesn\xE2\x80\x99t",
                                          "didn\xE2\x80\x99t", "never", "not", "cannot", "can't",
                                          "can\xE2\x80\x99t", "won't", "won\xE2\x80\x99t", "wouldn't",
                                          "wouldn\xE2\x80\x99t", "couldn't", "couldn\xE2\x80\x99t", "hasn't",
                                          "hasn\xE2\x80\x99t", "haven't", "haven\xE2\x80\x99t">(f_.Tok(cue - 1))) {
        cue_begin = cue - 1;
        if (f_.Tok(cue_begin) == "not" && cue_begin > 0 &&
            Is<"do", "does", "did", "had", "has", "have", "could", "would", "will", "was",
                                       "were", "is", "are", "should">(f_.Tok(cue_begin - 1))) {
          --cue_begin;
        }
      } else if (cue >= 3 && f_.Tok(cue - 1) == "nor" && Is<"neither", "Neither">(f_.Tok(cue - 3))) {
        // ("would neither confirm nor deny": the pair says the refusal.)
        cue_begin = cue - 3;
        if (cue_begin > 0 && Is<"would", "could", "will", "did", "can">(f_.Tok(cue_begin - 1))) --cue_begin;
      }
      q.cue = Span{doc_.tokens[cue_begin].span.begin, doc_.tokens[cue_end == UINT32_MAX ? cue : cue_end].span.end};
    }
    q.speaker = sp.name;
    q.speaker_entity = sp.entity;
    if (!sp.mention.empty()) q.speaker_mention = sp.mention;
    q.speaker_role = sp.role;
    f.role_is_title = sp.role_is_title && !sp.title_carries;
    out_->push_back(std::move(f));
  }

  const SpeakerFinder& f_;
  const Document& doc_;
  std::vector<Found>* out_;
  uint32_t last_ = 0;  // one past the last token of the latest report
  Speaker last_speaker_;  // its speaker, for "... but said ..."
  uint32_t sentence_start_ = 0;  // the sentence's clause start
  bool joined_ = false;  // the current report follows "and" / "but"
};

}  // namespace

void FindReportedSpeech(const SpeakerFinder& f, const std::vector<bool>& heading, std::vector<Found>* out) {
  Reporter r(f, out);
  const Document& doc = f.doc();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (r.Headline(s)) continue;
    if (heading[doc.sentences[s].paragraph]) continue;
    r.Report(s);
  }
}

}  // namespace newsgraph::quotes

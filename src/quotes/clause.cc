#include "quotes/clause.h"

#include <algorithm>

#include "text/chars.h"
#include "text/words.h"

namespace newsgraph::quotes {
namespace {

using text::Is;

// Words that end a reported clause when they stand outside quotation marks:
// punctuation that closes it, and conjunctions that start the writer's own
// clause ("... as a "disgrace" after she attacked ...").
bool BreaksClause(std::string_view t) {
  return Is<",", ";", ":", "(", "--", "\xE2\x80\x94", "\xE2\x80\x93", "while", "whereas", "after", "before",
                "when", "although", "though">(t);
}

bool IsClosingMark(std::string_view t) {
  return Is<"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "'", "\xE2\x80\x99", "''">(t);
}

bool Trailing(std::string_view t) { return Is<".", "!", "?", ",", ";", ":">(t); }

// True when token k lies in a date mention.
bool DateAt(const Document& doc, uint32_t k) {
  if (k >= doc.tokens.size()) return false;
  const uint32_t pos = doc.tokens[k].span.begin;
  auto it = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), pos,
                             [](uint32_t p, const Mention& m) { return p < m.span.begin; });
  if (it == doc.mentions.begin()) return false;
  --it;
  return it->span.end > pos && it->entity >= 0 && doc.entities[it->entity].type == EntityType::kDate;
}

// True when the words at n say where or when something was said: "on
// Twitter", "in an interview", "on Monday" ("at his rally", "in November",
// "this week", "before flying any missions" are as often the quote's own).
bool SaidWhereOrWhen(const SpeakerFinder& f, uint32_t n, uint32_t end) {
  const std::string_view w = f.Tok(n);
  const std::string_view x = f.Tok(n + 1);
  if (Is<"on", "in", "during">(w)) {
    if ((w == "on" && DateAt(f.doc(), n + 1)) || Is<"Twitter", "Facebook", "Instagram", "YouTube", "CNN", "Fox", "MSNBC", "NBC", "ABC",
                                 "CBS", "NPR", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday">(x)) {
      return true;
    }
    if (Is<"a", "an", "his", "her", "their", "its", "the">(x) && n + 2 < end) {
      // "in an interview", "on his radio show", "during the debate", "in a
      // statement", "on his Twitter account": a few words to the noun.
      for (uint32_t m = n + 2; m < end && m < n + 5; ++m) {
        if (Is<"interview", "interviews", "statement", "speech", "debate", "tweet", "post", "show",
                           "town", "conference", "appearance", "email", "letter", "video", "broadcast", "account",
                           "op-ed", "column", "radio", "podcast", "hearing", "briefing">(f.Tok(m))) {
          return true;
        }
        if (!text::StartsLower(f.Tok(m)) && !text::StartsUpper(f.Tok(m))) break;
      }
    }
    return false;
  }
  return false;
}

// Longest clause given to a partial quote. Each quote carries its clause, so
// a run-on "sentence" with thousands of quotes must not hand each a copy of
// the page.
constexpr uint32_t kMaxClause = 1500;

class Filler {
 public:
  explicit Filler(const SpeakerFinder& f) : f_(f), doc_(f.doc()) {}

  // The clause for a partial quote with its cue at tokens [c, ce) before it.
  // `last_end` is the end byte of the sentence's last partial quote sharing
  // that cue.
  std::optional<Span> After(uint32_t c, uint32_t ce, uint32_t q0, uint32_t last_end, uint32_t s_end) const {
    uint32_t a = ce;
    // "said Sunday that ...", "said on Twitter that ...": from the "that".
    for (uint32_t m = ce; m < q0 && m < ce + 12; ++m) {
      if (f_.Tok(m) == "that") {
        a = m;
        break;
      }
      if (f_.Tok(m) == "," || f_.IsCue(m)) break;
    }
    if (a == ce) {
      // A weekday or date right after the cue is the writer's, not the clause
      // (but "called Friday's decision a "huge win"": the date owns a noun).
      uint32_t d = a;
      while (d < q0 && IsDate(d)) ++d;
      if (!(d > a && d < q0 && Is<"'s", "\xE2\x80\x99s">(f_.Tok(d)))) a = d;
      if (a < q0 && f_.Tok(a) == "on" && a + 1 < q0 && IsDate(a + 1)) {
        a += 2;
        while (a < q0 && IsDate(a)) ++a;
      }
      if (a < q0 && (f_.Tok(a) == "," || f_.Tok(a) == ":")) ++a;
    }
    if (a >= s_end) return std::nullopt;
    (void)c;
    // A comma inside the closing marks ("... "unfunded," and the council
    // agreed") ends the clause as one outside them would.
    if (last_end < doc_.text.size() && doc_.text[last_end] == ',') {
      return Span{doc_.tokens[a].span.begin, last_end};
    }
    uint32_t b = f_.TokenAt(last_end);
    // ""kept us safe" on Twitter before claiming ...", ""a disaster" in an
    // interview", ""unfit" on Monday": where and when it was said ends the
    // statement at the quote.
    {
      uint32_t n = b;
      while (n < s_end && IsClosingMark(f_.Tok(n))) ++n;
      if (n + 1 < s_end && n > 0 && doc_.tokens[n - 1].span.end <= last_end + 4 && SaidWhereOrWhen(f_, n, s_end)) {
        return Span{doc_.tokens[a].span.begin, last_end};
      }
    }
    // Bounded, so a run-on "sentence" with many quotes stays linear.
    const uint32_t limit = std::min(s_end, b + 150);
    // "called X "crazy" and said ...": a second cue of the subject, after
    // "and" or "but", starts a statement of its own.
    auto second_cue = [&](uint32_t m) {
      if (!Is<"and", "but">(f_.Tok(m)) || m + 1 >= s_end || !text::StartsLower(f_.Tok(m + 1))) return false;
      const std::string_view w = f_.Tok(m + 1);
      return f_.IsCue(m + 1) || f_.IsReportWord(m + 1) || (w.size() > 3 && w.substr(w.size() - 2) == "ed");
    };
    while (b < limit &&
           (f_.InQuote(doc_.tokens[b].span.begin) || (!BreaksClause(f_.Tok(b)) && !second_cue(b)) ||
            NumberComma(b))) {
      ++b;
    }
    while (b > a && Trailing(f_.Tok(b - 1)) && !f_.InQuote(doc_.tokens[b - 1].span.begin)) --b;
    if (b <= a) return std::nullopt;
    Span out{doc_.tokens[a].span.begin, doc_.tokens[b - 1].span.end};
    if (out.size() > kMaxClause) return std::nullopt;  // output stays linear in the text
    return out;
  }

 private:
  bool IsDate(uint32_t k) const { return DateAt(doc_, k); }

  // The comma inside a number ("54,000"): no break.
  bool NumberComma(uint32_t k) const {
    return f_.Tok(k) == "," && k > 0 && k + 1 < doc_.tokens.size() &&
           doc_.tokens[k - 1].span.end == doc_.tokens[k].span.begin &&
           doc_.tokens[k].span.end == doc_.tokens[k + 1].span.begin && text::IsDigit(static_cast<unsigned char>(doc_.text[doc_.tokens[k + 1].span.begin]));
  }

  const SpeakerFinder& f_;
  const Document& doc_;
};

}  // namespace

void FillClauses(const SpeakerFinder& f, std::vector<Found>* found) {
  const Document& doc = f.doc();
  Filler filler(f);
  std::vector<Found>& v = *found;
  // Partial quotes by position, so each sentence's last one sharing a cue is
  // found without a quadratic scan.
  std::vector<size_t> order;
  for (size_t i = 0; i < v.size(); ++i) {
    Quote& q = v[i].quote;
    if (q.kind == QuoteKind::kDirect && !q.clause && q.cue && q.speaker_mention &&
        q.speaker_mention->begin >= q.content.end) {
      // ""We don't teach anything" against it in the meetings, the imam
      // said": words of the writer's after the closing mark make the quote
      // part of a longer statement, a partial one.
      uint32_t a = f.TokenAt(q.content.end);
      while (a < doc.tokens.size() && IsClosingMark(f.Tok(a))) ++a;
      const std::string_view body = doc.Slice(q.content);
      // (""He told me, 'Don't worry,'" former aide X testified": an inner
      // quote closed by the comma that closes the whole.)
      const bool inner_closed = body.ends_with(",'") || body.ends_with(",\xE2\x80\x99") ||
                                body.ends_with(".'") || body.ends_with(".\xE2\x80\x99");
      const bool whole = !body.empty() && (body.back() == '.' || body.back() == '!' || body.back() == '?' ||
                                           inner_closed);
      if (!whole && a + 1 < doc.tokens.size() && a > 0 && doc.tokens[a].sentence == doc.tokens[a - 1].sentence &&
          text::StartsLower(f.Tok(a)) && !f.IsCue(a) && !f.IsPronoun(a) &&
          doc.tokens[a].span.begin != q.cue->begin && doc.tokens[a].span.begin < q.speaker_mention->begin) {
        q.kind = QuoteKind::kPartial;
      }
    }
    if (q.kind == QuoteKind::kPartial && !q.clause && q.cue) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return v[a].quote.content.begin < v[b].quote.content.begin; });
  for (size_t n = 0; n < order.size(); ++n) {
    Quote& q = v[order[n]].quote;
    const uint32_t q0 = f.TokenAt(q.content.begin);
    if (q0 >= doc.tokens.size()) continue;
    const uint32_t s = doc.tokens[q0].sentence;
    const uint32_t s_end = doc.sentences[s].end_token;
    const uint32_t c = f.TokenAt(q.cue->begin);
    if (c >= doc.tokens.size() || doc.tokens[c].sentence != s) continue;
    if (q.cue->end <= q.content.begin) {
      // Cue first: the clause runs on past the last partial quote it cues.
      uint32_t last_end = q.content.end;
      // "called the merger "a terrible deal" and ranked X "in the history
      // ..."": a second verb of the subject between two quotes ends the
      // first one's clause.
      auto second_verb = [&](uint32_t from, uint32_t to) {
        for (uint32_t t = f.TokenAt(from); t + 1 < doc.tokens.size() && doc.tokens[t + 1].span.begin < to; ++t) {
          const std::string_view w = f.Tok(t + 1);
          if (Is<"who", "which", "that">(f.Tok(t))) return false;  // the relative clause's own verbs
          if (Is<"and", "but">(f.Tok(t)) && !f.InQuote(doc.tokens[t].span.begin) && text::StartsLower(w) &&
              w.size() > 3 && w.substr(w.size() - 2) == "ed") {
            return true;
          }
        }
        return false;
      };
      for (size_t m = n + 1; m < order.size(); ++m) {
        const Quote& r = v[order[m]].quote;
        if (!r.cue || !(*r.cue == *q.cue) || second_verb(last_end, r.content.begin)) break;
        last_end = std::max(last_end, r.content.end);
      }
      const uint32_t ce = f.TokenAt(q.cue->end);
      // Open the quote's own mark: the clause starts no later than the quote.
      if (auto span = filler.After(c, ce, q0, last_end, s_end)) {
        // A quote after the subject's second verb ("... and ranked X "in
        // the history ..."") has that verb's clause, not the cue's first.
        for (uint32_t t = ce; t + 1 < q0; ++t) {
          const std::string_view w = f.Tok(t + 1);
          if (Is<"who", "which", "that">(f.Tok(t))) break;
          if (Is<"and", "but">(f.Tok(t)) && !f.InQuote(doc.tokens[t].span.begin) && text::StartsLower(w) &&
              w.size() > 3 && w.substr(w.size() - 2) == "ed") {
            span->begin = std::max(span->begin, doc.tokens[t + 1].span.begin);
          }
        }
        span->begin = std::min(span->begin, q.content.begin);
        span->end = std::max(span->end, q.content.end);
        q.clause = span;
      }
    } else if (q.speaker_mention && q.speaker_mention->begin >= q.content.end) {
      // "The summit did "too little," he added": clause start to the comma
      // before the attribution, when only words and quotes lie between.
      const uint32_t at = std::min(q.speaker_mention->begin, q.cue->begin);
      uint32_t k = f.TokenAt(at);
      // Titles before the name ("Mr. Rahman said") stand between the comma
      // and the mention: a few words, never back into the quote.
      for (uint32_t n = 0; n < 4 && k > 0 && doc.tokens[k - 1].span.begin >= q.content.end &&
                           !Is<",", ";", ":">(f.Tok(k - 1)) && !IsClosingMark(f.Tok(k - 1)) &&
                           !f.InQuote(doc.tokens[k - 1].span.begin);
           ++n) {
        --k;
      }
      // The comma may stand inside the closing marks ("... tack,” Doe said").
      // Two straight apostrophes ('') may stand for one mark.
      for (int n = 0; n < 2 && k >= 2 && f.Tok(k - 1) != "," && IsClosingMark(f.Tok(k - 1)); ++n) --k;
      if (k == 0 || f.Tok(k - 1) != ",") continue;
      // The whole sentence before the quote is the clause ("In this election,
      // "resources ..."", "But with voters split, "X ...""): only a dateline
      // ("WASHINGTON --") is left out, not the opening phrases ClauseStart skips.
      uint32_t c0 = doc.sentences[s].first_token;
      for (uint32_t m = c0, cs = f.ClauseStart(s); m < cs; ++m) {
        if (Is<"--", "-", "\xE2\x80\x94", "\xE2\x80\x93">(f.Tok(m))) c0 = m + 1;
      }
      // "... to Mexico - "I love Oreos," he said", "(''This is ...'')": a
      // dash, colon or bracket before the quote sets it off from the
      // writer's words.
      for (uint32_t m = c0; m < q0 && !f.InQuote(doc.tokens[m].span.begin); ++m) {
        if (Is<"--", "-", "\xE2\x80\x94", "\xE2\x80\x93", ":", ";", "(">(f.Tok(m))) c0 = m + 1;
      }
      bool only_marks = true;
      for (uint32_t m = c0; m < q0 && only_marks; ++m) only_marks = IsClosingMark(f.Tok(m)) || f.Tok(m) == "``";
      uint32_t b = k - 1;
      while (b > c0 && Trailing(f.Tok(b - 1))) --b;
      while (b > c0 && IsClosingMark(f.Tok(b - 1)) && doc.tokens[b - 1].span.begin >= q.content.end) --b;
      if (b <= c0 || doc.tokens[b - 1].span.end < q.content.end) continue;
      // Nothing but the quote, before and after: no clause of its own.
      if (only_marks && doc.tokens[b - 1].span.end <= q.content.end) continue;
      if (doc.tokens[b - 1].span.end - doc.tokens[c0].span.begin > kMaxClause) continue;
      q.clause = Span{std::min(doc.tokens[c0].span.begin, q.content.begin),
                      std::max(doc.tokens[b - 1].span.end, q.content.end)};
    }
  }
}

void ExtendQuotesOverTrailingWords(const SpeakerFinder& f, std::vector<Found>* found) {
  const Document& doc = f.doc();
  for (Found& fd : *found) {
    Quote& q = fd.quote;
    if (q.clause || q.kind == QuoteKind::kIndirect) continue;
    if (q.cue && q.cue->begin >= q.content.end) continue;  // attributed after: FillClauses' case
    const std::string_view body = doc.Slice(q.content);
    if (body.empty() || body.back() == '.' || body.back() == '!' || body.back() == '?') continue;
    uint32_t a = f.TokenAt(q.content.end);
    while (a < doc.tokens.size() && IsClosingMark(f.Tok(a))) ++a;
    if (a == 0 || a >= doc.tokens.size() || doc.tokens[a].sentence != doc.tokens[a - 1].sentence) continue;
    if (!text::StartsLower(f.Tok(a)) || f.IsCue(a) || f.IsPronoun(a) || Is<"and", "but", "or">(f.Tok(a))) continue;
    // The words run to the sentence's end with no attribution, quote or
    // clause of their own: ""... adapting'' to the changing economics of
    // golf."
    const uint32_t s_end = doc.sentences[doc.tokens[a].sentence].end_token;
    uint32_t b = a;
    bool plain = true;
    for (; b < s_end && b < a + 40 && plain; ++b) {
      const std::string_view t = f.Tok(b);
      plain = !f.IsCue(b) && !f.InQuote(doc.tokens[b].span.begin) && !IsClosingMark(t) &&
              !Is<",", ";", ":", "(", "--", "\xE2\x80\x94", "\xE2\x80\x93", "\"", "\xE2\x80\x9C">(t);
    }
    if (!plain || b != s_end) continue;
    uint32_t e = s_end;
    while (e > a && Trailing(f.Tok(e - 1))) --e;
    if (e <= a + 1) continue;
    // "tweeted, "Thank you Indiana!" on Friday afternoon": a short time or
    // place phrase is the writer's.
    if (e <= a + 4 && Is<"on", "in", "at", "during", "last", "this", "earlier", "later", "from">(f.Tok(a))) continue;
    // "chanted "Lock her up" as the candidate took the stage": a clause of
    // the writer's, opened by a subordinator and its subject.
    // ("until the Iowa caucuses", "as their religion": no verb, the quote's.)
    if (Is<"as", "when", "while", "after", "before", "because", "since", "until", "though", "although">(f.Tok(a)) &&
        (f.IsPronoun(a + 1) || Is<"the", "a", "an", "his", "her", "their", "its">(f.Tok(a + 1)))) {
      const uint32_t v = f.IsPronoun(a + 1) ? a + 2 : a + 3;
      const std::string_view w = v < e ? f.Tok(v) : std::string_view();
      if (text::StartsLower(w) && ((w.size() > 3 && w.ends_with("ed")) ||
                                   Is<"took", "was", "were", "is", "are", "had", "has", "said", "made", "came",
                                          "went", "left", "spoke", "stood", "sat", "ran", "got", "gave", "began">(w))) {
        continue;
      }
    }
    // From the opening mark, so the clause holds both of its marks.
    uint32_t open = f.TokenAt(q.content.begin);
    if (open > 0 && doc.tokens[open - 1].span.end == q.content.begin) --open;
    q.clause = Span{std::min(doc.tokens[open].span.begin, q.content.begin), doc.tokens[e - 1].span.end};
    q.kind = QuoteKind::kPartial;
  }
}

void TrimClauseStarts(const SpeakerFinder& f, std::vector<Found>* found) {
  const Document& doc = f.doc();
  for (Found& fd : *found) {
    Quote& q = fd.quote;
    if (q.kind != QuoteKind::kPartial || !q.clause || !q.cue) continue;
    // "Citing "obligations in Tennessee," the spokeswoman said": a clause
    // opening with its own cue starts after it.
    const uint32_t open_at = f.TokenAt(q.clause->begin);
    const std::string_view opener = open_at < doc.tokens.size() ? f.Tok(open_at) : std::string_view();
    if (opener.size() > 4 && opener.substr(opener.size() - 3) == "ing" && text::StartsUpper(opener) &&
        open_at + 2 >= f.TokenAt(q.content.begin)) {
      // ("Citing "obligations in Tennessee," the spokeswoman said ...": the
      // sentence's cue comes later; the opening participle's object is the
      // quote.)
      q.clause->begin = doc.tokens[open_at + 1].span.begin;
      continue;
    }
    if (q.cue->begin == q.clause->begin && q.cue->end < q.content.begin) {
      const uint32_t after = f.TokenAt(q.cue->end);
      if (after < doc.tokens.size() && doc.tokens[after].span.begin <= q.content.begin) {
        q.clause->begin = doc.tokens[after].span.begin;
      }
      continue;
    }
    if (q.cue->end > q.clause->begin) continue;
    const uint32_t ce = f.TokenAt(q.cue->end);
    const uint32_t a = f.TokenAt(q.clause->begin);
    const uint32_t q0 = f.TokenAt(q.content.begin);
    // A report that stopped inside its recipient ("told MSNBC’s ...") starts
    // at the possessive.
    const bool possessive = a < doc.tokens.size() && Is<"\xE2\x80\x99s", "'s">(f.Tok(a));
    if (ce >= doc.tokens.size() || (a != ce && !possessive) || q0 >= doc.tokens.size() || a >= q0) continue;
    const uint32_t s = doc.tokens[a].sentence;
    const std::string_view cue = doc.Slice(*q.cue);
    uint32_t to = a;
    // A "that" ahead, with only the cue's recipient or an adjunct before it.
    const std::string_view first = f.Tok(a);
    const bool tells = Is<"told", "tell", "tells", "telling">(cue);
    const bool adjunct = Is<"in", "at", "on", "during", "following", "per", "without", "instead", "also",
                                    "privately", "publicly", "repeatedly", "later", "earlier", ",", "\xE2\x80\x99s",
                                    "'s">(first);
    if (tells || adjunct) {
      for (uint32_t m = a; m < q0 && m < a + 20 && doc.tokens[m].sentence == s; ++m) {
        if (f.IsCue(m) || Is<";", ":", ".", "which", "who">(f.Tok(m))) break;
        if (f.Tok(m) == "that") {
          to = m;
          break;
        }
      }
    }
    // "told CNN "we have the votes"": with no "that", the listener before
    // the quote is the cue's, the statement the quote.
    if (to == a && tells && q0 <= a + 4 && q0 > a) {
      bool listener = true;
      for (uint32_t m = a; m < q0 && listener; ++m) {
        const std::string_view w = f.Tok(m);
        listener = (text::StartsUpper(w) || f.lex().humans.Contains(w) || f.lex().told_objects.Contains(w) ||
                    Is<"the", "his", "her", "their", "'s", "\xE2\x80\x99s">(w) || IsClosingMark(w) ||
                    w == "\"" || w == "\xE2\x80\x9C") &&
                   !f.IsCue(m);
      }
      if (listener) to = q0 > 0 && doc.tokens[q0 - 1].span.end == q.content.begin ? q0 - 1 : q0;
    }
    // A preposition the cue takes: "warned of", "boasted about".
    if (to == a && a + 1 < q0 &&
        (Is<"of", "about", "for", "on", "against">(first) ||
         (first == "to" && cue.substr(0, std::min<size_t>(cue.size(), 5)) == "refer"))) {
      to = a + 1;
    }
    if (to != a && to < q0) q.clause->begin = doc.tokens[to].span.begin;
  }
}

void EndClausesAtNextCue(const SpeakerFinder& f, std::vector<Found>* found) {
  const Document& doc = f.doc();
  std::vector<Found>& v = *found;
  std::vector<size_t> order;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].quote.kind == QuoteKind::kPartial && v[i].quote.cue) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return v[a].quote.content.begin < v[b].quote.content.begin; });
  for (size_t n = 0; n < order.size(); ++n) {
    Quote& q = v[order[n]].quote;
    if (!q.clause || q.cue->end > q.content.begin) continue;
    // "said the deadlock has "kept us safe" on Twitter before claiming
    // ...": where or when it was said ends the statement at its last quote.
    if (q.clause->end > q.content.end) {
      uint32_t t = f.TokenAt(q.content.end);
      while (t < doc.tokens.size() && doc.tokens[t].span.begin < q.clause->end && IsClosingMark(f.Tok(t))) ++t;
      bool later_quote = false;  // a quote further on in the clause is the statement's too
      for (size_t m = n + 1; m < order.size() && m < n + 8 && !later_quote; ++m) {
        const Quote& r = v[order[m]].quote;
        later_quote = r.content.begin >= q.content.end && r.content.begin < q.clause->end;
      }
      if (!later_quote && t + 1 < doc.tokens.size() && doc.tokens[t].span.begin < q.clause->end &&
          doc.tokens[t].sentence == doc.tokens[f.TokenAt(q.content.begin)].sentence &&
          SaidWhereOrWhen(f, t, doc.sentences[doc.tokens[t].sentence].end_token)) {
        q.clause->end = q.content.end;
        continue;
      }
    }
    // A few quotes ahead at most, so a run-on page stays linear.
    for (size_t m = n + 1; m < order.size() && m < n + 8; ++m) {
      const Quote& r = v[order[m]].quote;
      if (r.content.begin >= q.clause->end) break;
      if (*r.cue == *q.cue || r.cue->begin < q.content.end || r.cue->begin >= q.clause->end ||
          r.cue->end > r.content.begin) {
        continue;
      }
      uint32_t b = f.TokenAt(r.cue->begin);
      while (b > 0 && doc.tokens[b - 1].span.begin >= q.content.end &&
             Is<"and", "but", "or", "also", "then", ",">(f.Tok(b - 1))) {
        --b;
      }
      if (b == 0 || doc.tokens[b - 1].span.end < q.content.end) {
        q.clause->end = q.content.end;
      } else {
        q.clause->end = std::max(q.content.end, doc.tokens[b - 1].span.end);
      }
      break;
    }
  }
  // Quotes of one clause share its end: "that it was a "witch hunt" and
  // that he had done "nothing wrong."" ends after the last closing mark for
  // both, not before it for the first.
  for (size_t n = 0; n + 1 < order.size(); ++n) {
    Quote& q = v[order[n]].quote;
    Quote& r = v[order[n + 1]].quote;
    if (!q.clause || !r.clause || q.clause->begin != r.clause->begin || *q.cue != *r.cue) continue;
    const uint32_t end = std::max(q.clause->end, r.clause->end);
    if (end - std::min(q.clause->end, r.clause->end) > 3) continue;  // only marks and a stop between
    q.clause->end = r.clause->end = end;
  }
}

}  // namespace newsgraph::quotes

#include "quotes/labels.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/chars.h"
#include "text/lexicon.h"
#include "text/words.h"

namespace newsgraph::quotes {
namespace {

using text::Is;

bool AllCaps(std::string_view t) {
  bool letter = false;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

// (And the Latin-1 letters of UTF-8: "BELTRÁN" is "Beltrán".)
bool AsciiEqualFold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y - 'A' + 'a');
    if (i > 0 && static_cast<unsigned char>(a[i - 1]) == 0xC3 && static_cast<unsigned char>(b[i - 1]) == 0xC3) {
      if (x >= 0x80 && x <= 0x9E && x != 0x97) x = static_cast<unsigned char>(x + 0x20);
      if (y >= 0x80 && y <= 0x9E && y != 0x97) y = static_cast<unsigned char>(y + 0x20);
    }
    if (x != y) return false;
  }
  return true;
}

// A capital first letter, ASCII or Latin-1 in UTF-8 ("Å", "É").
bool UpperInitial(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E && static_cast<unsigned char>(w[1]) != 0x97;
}

bool Trailing(std::string_view t) { return Is<".", "!", "?", ",", ";", ":">(t); }

// The people an interview's introduction names before its first turn (at
// byte `first_turn`): who asks ("Paul Anderle spoke with ...") and who
// answers ("... spoke with Governor Teresa Ruiz", else the first person named
// in full who does not ask). -1 where the introduction does not say.
struct InterviewParties {
  int32_t asks = -1;
  int32_t answers = -1;
};

InterviewParties FindInterviewParties(const SpeakerFinder& f, uint32_t first_turn) {
  const Document& doc = f.doc();
  InterviewParties parties;
  int32_t first_named = -1;
  auto full_person = [&](const Mention& m) {
    // (A full name: "We've" read as a name is no party.)
    return doc.entities[m.entity].type == EntityType::kPerson &&
           doc.entities[m.entity].name.find(' ') != std::string::npos;
  };
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.span.begin >= first_turn) break;
    if (!full_person(m)) continue;
    if (first_named < 0) first_named = m.entity;
    if (parties.answers >= 0) continue;
    // "X interviewed Y", "X spoke / talked / sat down / chatted with Y":
    // X asks and Y answers when both are people; "Y sat down with The
    // Ledger": Y answers an outlet. ("met with reporters", "spoke to Y"
    // say no more.)
    uint32_t k = f.TokenAt(m.span.end);
    if (k >= doc.tokens.size()) continue;
    const std::string_view verb = f.Tok(k);
    uint32_t obj = 0;
    if (Is<"interviewed", "interviews">(verb)) {
      obj = k + 1;
    } else if (Is<"spoke", "speaks", "talked", "talks", "chatted", "chats", "sat", "sits">(verb)) {
      uint32_t w = k + 1;
      if (w < doc.tokens.size() && f.Tok(w) == "down") ++w;
      if (w < doc.tokens.size() && f.Tok(w) == "with") obj = w + 1;
      // ("Reporter Ingrid Solberg spoke to X": a journalist who spoke to
      // someone asked; anyone else who "spoke to" may have answered.)
      const uint32_t before = f.TokenAt(m.title.empty() ? m.span.begin : m.title.begin);
      auto journalist = [&](std::string_view t) {
        return Is<"Reporter", "reporter", "correspondent", "Correspondent", "editor", "Editor", "host", "Host",
                      "writer", "Writer", "journalist", "Journalist", "columnist", "Columnist">(t);
      };
      if (w < doc.tokens.size() && f.Tok(w) == "to" &&
          ((before > 0 && journalist(f.Tok(before - 1))) || (!m.title.empty() && journalist(doc.Slice(m.title))))) {
        obj = w + 1;
      }
    }
    if (obj == 0 || obj >= doc.tokens.size()) continue;
    int32_t other = -1;
    for (uint32_t t = obj; t < obj + 4 && t < doc.tokens.size() && other < 0; ++t) {
      const int32_t pm = f.PersonMentionStartingAt(t);
      if (pm >= 0 && full_person(doc.mentions[pm])) other = doc.mentions[pm].entity;
      if (!text::StartsUpper(f.Tok(t))) break;  // a title or a name, nothing else
    }
    if (other >= 0 && other != m.entity) {
      parties.asks = m.entity;
      parties.answers = other;
    } else if (!Is<"interviewed", "interviews">(verb) && text::StartsUpper(f.Tok(obj))) {
      parties.answers = m.entity;  // "sat down with The Ledger"
    }
  }
  if (parties.answers < 0) parties.answers = first_named;
  return parties;
}

// "Q." / "A." (one token, as initials are), "Question:" / "Answer:": an
// interview's turn label at token k; 'q' or 'a', else 0. *text is where the
// turn's words start.
char QaLabelAt(const SpeakerFinder& f, uint32_t k, uint32_t* text) {
  const Document& doc = f.doc();
  if (k + 2 >= doc.tokens.size()) return 0;
  const std::string_view t = f.Tok(k);
  // ("A. Philip Randolph said": an initial opening a person's name the
  // recogniser found is no answer's label.)
  if (t == "A." && f.PersonMentionStartingAt(k) >= 0 &&
      doc.mentions[f.PersonMentionStartingAt(k)].span.end > doc.tokens[k].span.end && !f.IsPronoun(k + 1) &&
      !f.lex().starters.Contains(f.Tok(k + 1)) && f.Tok(k + 1).size() > 1) {
    return 0;
  }
  if (Is<"Q.", "A.">(t)) {
    *text = k + 1;
    return t[0] == 'Q' ? 'q' : 'a';
  }
  if (Is<"Question", "Answer", "QUESTION", "ANSWER">(t) && f.Tok(k + 1) == ":") {
    *text = k + 2;
    return t[0] == 'Q' ? 'q' : 'a';
  }
  return 0;
}

}  // namespace

uint32_t LabelColon(const SpeakerFinder& f, uint32_t first, bool caps_only, bool alone) {
  const Document& doc = f.doc();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (first >= n) return 0;
  const uint32_t paragraph = doc.sentences[doc.tokens[first].sentence].paragraph;
  if (f.lex().non_labels.Contains(f.Tok(first))) return 0;
  // ("THE FACTS: Not true.", "AP FACT CHECK: ...", "Claim: "..."", "Our
  // rating: False": a fact-check's own labels.)
  for (uint32_t k = first; k < n && k < first + 5 && f.Tok(k) != ":"; ++k) {
    char buf[16];
    if (Is<"fact", "facts", "claim", "claims", "rating", "verdict">(text::FoldCase(f.Tok(k), buf, sizeof buf))) {
      return 0;
    }
  }
  // ("DEAR ABBY: I asked her ...": a letter's salutation names whom it is
  // written to.)
  if (f.Tok(first) == "DEAR" || f.Tok(first) == "Dear") return 0;
  uint32_t words = 0;
  // ("ALI VELSHI, CNN CHIEF BUSINESS CORRESPONDENT:": a transcript's name
  // and a long role in capitals.)
  bool capitals = true;
  for (uint32_t k = first; k < n && k < first + 16 && f.Tok(k) != ":"; ++k) {
    size_t len;
    if (text::IsWordChar(text::DecodeAt(f.Tok(k), 0, &len))) capitals = capitals && AllCaps(f.Tok(k));
  }
  for (uint32_t k = first; k < n && k < first + (capitals ? 16 : 9); ++k) {
    std::string_view t = f.Tok(k);
    if (t == ":") {
      if (words == 0 || words > (capitals ? 10u : 5u)) return 0;
      // "KARACHI: ..." is a dateline.
      if (f.IsDatelineEnd(first, k)) return 0;
      // "Containers: 1 Green, 1 Red" is a list, not a speaker's words.
      if (k + 1 < n && std::isdigit(static_cast<unsigned char>(f.Tok(k + 1)[0]))) return 0;
      // At least two words of the same paragraph follow.
      // ("KING: (Laughs) That is a good question.": a stage note first.)
      uint32_t after = 0;
      // ("Graham: Trump's 'Incredibly ...": a possessive and a mark between.)
      for (uint32_t m = k + 1; m < n && m < k + 6 + (k + 1 < n && f.Tok(k + 1) == "(" ? 3 : 0) && after < 2; ++m) {
        if (doc.sentences[doc.tokens[m].sentence].paragraph != paragraph) break;
        size_t len;
        after += text::IsWordChar(text::DecodeAt(f.Tok(m), 0, &len));
      }
      return after >= 2 || (alone && after == 0) ? k : 0;
    }
    if (k > first && Is<"of", "at", "and", "&", "'s", "\xE2\x80\x99s">(t)) continue;
    // ("Clinton camp: ...", "IG report: ...", "Clinton to Planned
    // Parenthood: ...": a headline's label may name its speaker with a noun
    // in lower case, or say whom the words were for.)
    if (!caps_only && paragraph == 0 && k > first && k + 1 < n &&
        ((f.lex().humans.Contains(t) && !f.lex().non_labels.Contains(t)) || t == "camp" || (Is<"to", "on">(t) && text::StartsUpper(f.Tok(k + 1))))) {
      continue;
    }
    // "DANIEL PRESCOTT, HOST:": a transcript's name and role in capitals.
    if (t == "," && k > first && (AllCaps(f.Tok(k - 1)) || f.Tok(k - 1) == ")") && k + 1 < n &&
        AllCaps(f.Tok(k + 1))) {
      continue;
    }
    // ("KEVIN MCCARTHY (R-CA):": a party and state in brackets.)
    if (t == "(" && k > first && k + 2 < n && f.Tok(k + 2) == ")" && AllCaps(f.Tok(k - 1)) &&
        text::StartsUpper(f.Tok(k + 1))) {
      k += 2;
      continue;
    }
    if (!text::StartsUpper(t) || (caps_only && !AllCaps(t))) return 0;
    // ("Stealth Over Health: Hillary Clinton Was Headed to ER": a title-case
    // headline's preposition or verb inside the words names nobody.)
    if (k > first && !capitals &&
        Is<"Over", "In", "On", "For", "With", "To", "From", "Into", "Against", "After", "Before", "Under", "Is",
                       "Are", "Was", "Were", "Be", "Vs", "Vs.", "Versus", "Than", "As", "By">(t)) {
      return 0;
    }
    if (int32_t m = f.MentionEndingAt(k); m >= 0 && doc.entities[doc.mentions[m].entity].type == EntityType::kDate) {
      return 0;
    }
    ++words;
  }
  return 0;
}

namespace {

// "RUTH OKONKWO-HALE" -> "Ruth Okonkwo-Hale"; "AGUSTÍN" -> "Agustín" (the
// Latin-1 capitals of UTF-8 too).
std::string TitleCased(std::string name) {
  bool start = true;
  for (size_t i = 0; i < name.size(); ++i) {
    char& c = name[i];
    const unsigned char u = static_cast<unsigned char>(c);
    if (u == 0xC3 && i + 1 < name.size()) {
      unsigned char& n = reinterpret_cast<unsigned char&>(name[i + 1]);
      if (!start && n >= 0x80 && n <= 0x9E && n != 0x97) n = static_cast<unsigned char>(n + 0x20);
      start = false;
      ++i;
      continue;
    }
    // ("MCCARTHY" -> "McCarthy": the letter after "Mc" stays a capital.)
    const bool mc = i >= 2 && name[i - 2] == 'M' && name[i - 1] == 'c' &&
                    (i == 2 || !std::isalpha(static_cast<unsigned char>(name[i - 3])));
    if (c >= 'A' && c <= 'Z' && !start && !mc) c = char(c - 'A' + 'a');
    start = !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || u >= 0x80);
  }
  return name;
}

// The words of a label, each in title case when written in capitals.
std::string TitledLabel(const SpeakerFinder& f, uint32_t first, uint32_t colon) {
  std::string name;
  for (uint32_t k = first; k < colon; ++k) {
    if (!name.empty()) name += ' ';
    const std::string_view w = f.Tok(k);
    name += AllCaps(w) && w.size() > 1 ? TitleCased(std::string(w)) : std::string(w);
  }
  return name;
}

// The person mention closing a label ("Host Tom Bell", "Sen. Mary
// Landrieu") whose words before it are all titles, or -1.
// (Titles only: "Star Wars Jedi: Fallen Order" is a game.)
int32_t TitledPersonLabel(const SpeakerFinder& f, uint32_t first, uint32_t colon) {
  const Document& doc = f.doc();
  const int32_t m = colon > first ? f.MentionEndingAt(colon - 1) : -1;
  if (m < 0 || doc.entities[doc.mentions[m].entity].type != EntityType::kPerson) return -1;
  const uint32_t name = f.TokenAt(doc.mentions[m].span.begin);
  if (name <= first || !f.RolePrefix(first, name)) return -1;
  for (uint32_t k = first; k < name; ++k) {
    std::string_view t = f.Tok(k);
    if (t.size() > 1 && t.back() == '.') t.remove_suffix(1);  // "Sen.", "Gov."
    char buf[24];
    if (t != "." && !f.RoleWord(k) && !f.lex().titles.Contains(text::FoldCase(t, buf, sizeof buf))) return -1;
  }
  return m;
}

}  // namespace

Speaker LabelSpeaker(const SpeakerFinder& f, uint32_t first, uint32_t colon, const std::vector<std::string>* known) {
  const Document& doc = f.doc();
  // "DANIEL PRESCOTT, HOST:": the role after the comma, the name before it.
  std::optional<std::string> label_role;
  for (uint32_t k = first + 1; k + 1 < colon; ++k) {
    // "KEVIN MCCARTHY (R-CA):", "GOV. PATRICIA LANGE (D), MICHIGAN:": the
    // bracket and what follows it are the role, as written.
    if (f.Tok(k) == "(" && k + 2 < colon && f.Tok(k + 2) == ")") {
      label_role = std::string(doc.Slice({doc.tokens[k].span.begin, doc.tokens[colon - 1].span.end}));
      colon = k;
      break;
    }
    if (f.Tok(k) != ",") continue;
    // (In lower case, but for the bodies the recogniser named: "CNN
    // ANCHOR" is "CNN anchor".)
    std::string role;
    for (uint32_t w = k + 1; w < colon; ++w) {
      std::string t(f.Tok(w));
      const int32_t m = f.MentionEndingAt(w);
      const bool body = m >= 0 && (doc.entities[doc.mentions[m].entity].type == EntityType::kOrg ||
                                   doc.entities[doc.mentions[m].entity].type == EntityType::kGpe) &&
                        doc.mentions[m].span.begin == doc.tokens[w].span.begin && !f.lex().humans.Contains(t) &&
                        !f.lex().titles.Contains(t) && t.size() <= 4;
      if (!body) {
        for (char& c : t) c = char(std::tolower(static_cast<unsigned char>(c)));
      }
      if (!role.empty() && doc.tokens[w].span.begin > doc.tokens[w - 1].span.end) role += ' ';
      role += t;
    }
    label_role = role;
    colon = k;
    break;
  }
  Speaker sp;
  for (uint32_t k = first; k < colon; ++k) {
    if (f.PersonMentionStartingAt(k) < 0) continue;
    sp = f.RightSubject(k, colon);
    break;
  }
  // "MS. JEAN-PIERRE:", "SEN. GRAHAM:": a transcript's courtesy title or
  // office before the family name.
  uint32_t name_from = first;
  while (name_from + 1 < colon && Is<"MR.", "MS.", "MRS.", "DR.", "SEN.", "REP.", "GEN.", "GOV.",
                                                        "SECRETARY", "PRESIDENT", "MR", "MS", "MRS", "DR">(f.Tok(name_from))) {
    ++name_from;
  }
  if (!sp.found && colon == name_from + 1) {
    // "PENCE": a person of the article whose family name this is.
    std::string_view label = f.Tok(name_from);
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      const Entity& ent = doc.entities[e];
      if (ent.type != EntityType::kPerson) continue;
      const size_t space = ent.name.rfind(' ');
      std::string_view last = std::string_view(ent.name).substr(space == std::string::npos ? 0 : space + 1);
      if (!AsciiEqualFold(last, label)) continue;
      sp.found = true;
      sp.entity = static_cast<int32_t>(e);
      sp.name = ent.name;
      break;
    }
    // "PRESCOTT" after "DANIEL PRESCOTT, HOST:": a full name an earlier
    // label gave.
    for (size_t i = 0; !sp.found && known && i < known->size(); ++i) {
      const std::string& full = (*known)[i];
      const size_t space = full.rfind(' ');
      if (space == std::string::npos || !AsciiEqualFold(std::string_view(full).substr(space + 1), label)) continue;
      sp.found = true;
      sp.description = true;
      sp.name = full;
    }
  }
  if (!sp.found) {
    int32_t m = f.MentionEndingAt(colon - 1);
    if (m >= 0 && doc.mentions[m].span.begin == doc.tokens[first].span.begin) {
      sp.found = true;
      sp.entity = doc.mentions[m].entity;
      sp.name = doc.entities[sp.entity].name;
    } else if ((m = TitledPersonLabel(f, first, colon)) >= 0) {
      // ("Host Tom Bell:", "Sen. Mary Landrieu:": a mixed-case turn's title
      // before the name, which is the speaker's role.)
      sp.found = true;
      sp.entity = doc.mentions[m].entity;
      sp.name = doc.entities[sp.entity].name;
      if (!label_role) {
        label_role = std::string(doc.Slice({doc.tokens[first].span.begin,
                                            doc.tokens[f.TokenAt(doc.mentions[m].span.begin) - 1].span.end}));
      }
    }
  }
  const Span label{doc.tokens[first].span.begin, doc.tokens[colon - 1].span.end};
  if (!sp.found && label.size() == 1 && (f.Tok(first) == "A" || f.Tok(first) == "Q")) {
    // "A:" in a Q&A answers for the interviewee, "Q:" asks for the
    // interviewer, as the piece's introduction (before the first turn:
    // names inside the answers are others) gives them.
    uint32_t first_turn = label.begin;
    for (uint32_t k = 0; k + 1 < doc.tokens.size() && doc.tokens[k].span.begin < label.begin; ++k) {
      if ((f.Tok(k) == "Q" || f.Tok(k) == "A") && f.Tok(k + 1) == ":") {
        first_turn = doc.tokens[k].span.begin;
        break;
      }
    }
    const InterviewParties parties = FindInterviewParties(f, first_turn);
    const int32_t e = f.Tok(first) == "A" ? parties.answers : parties.asks;
    if (e >= 0) {
      sp.found = true;
      sp.entity = e;
      sp.name = doc.entities[e].name;
    }
  }
  if (!sp.found) {
    sp.found = true;
    // "Q:" and "A:" mark the interviewer and the interviewee, whom the label
    // does not name: keep the statement and its mention, invent no speaker.
    if (label.size() > 1) {
      sp.description = true;
      // A name in capitals reads as a name ("JEAN-PIERRE" -> "Jean-Pierre").
      std::string name(doc.Slice({doc.tokens[name_from].span.begin, doc.tokens[colon - 1].span.end}));
      bool caps = name.size() > 2;
      for (char c : name) caps = caps && !(c >= 'a' && c <= 'z');
      if (caps && (name_from > first || colon > name_from + 1)) name = TitleCased(name);
      // ("RUTH OKONKWO-HALE": a transcript's full name in capitals, too.)
      sp.name = (name_from > first || colon > name_from + 1) && caps ? name : std::string(doc.Slice(label));
    }
  } else if (name_from > first && sp.name && sp.entity >= 0 && sp.name->size() > 2) {
    // (The recogniser's entity for "JEAN-PIERRE" keeps the capitals: read
    // them as a name.)
    bool caps = true;
    for (char c : *sp.name) caps = caps && !(c >= 'a' && c <= 'z');
    if (caps) sp.name = TitleCased(*sp.name);
  }
  sp.role = label_role;
  sp.role_is_title = false;
  sp.mention = label;
  sp.first_token = first;
  sp.last_token = colon;
  return sp;
}

bool AttributeLabelledQuote(const SpeakerFinder& f, Found* found) {
  Quote& q = found->quote;
  if (q.kind != QuoteKind::kDirect || q.cue) return false;
  const Document& doc = f.doc();
  const uint32_t first = f.TokenAt(q.content.begin);
  const uint32_t colon = LabelColon(f, first, /*caps_only=*/true);
  if (colon == 0 || colon + 1 >= doc.tokens.size() || doc.tokens[colon + 1].span.begin >= q.content.end) {
    return false;
  }
  const Speaker sp = LabelSpeaker(f, first, colon);
  q.content.begin = doc.tokens[colon + 1].span.begin;
  q.cue = doc.tokens[colon].span;
  q.speaker = sp.name;
  q.speaker_entity = sp.entity;
  q.speaker_mention = sp.mention;
  q.speaker_role.reset();
  return true;
}

namespace {

// The labelled statement of the line [first, line_end), if it is one.
// `first_turn`: where an interview's first "Q."/"A." turn starts;
// `transcript`: the article's paragraphs open with labels again and again,
// so a label in mixed case ("Raman:") opens a turn, not a headline.
void LabelledLine(const SpeakerFinder& f, uint32_t first, uint32_t line_end, bool caps_only, uint32_t first_turn,
                  bool transcript, std::vector<std::string>* known, std::vector<Found>* out) {
  const Document& doc = f.doc();
  if (uint32_t text_at = 0; char qa = QaLabelAt(f, first, &text_at)) {
    uint32_t b = line_end;
    while (b > text_at && Trailing(f.Tok(b - 1)) && f.Tok(b - 1) != "?" && f.Tok(b - 1) != "!") --b;
    if (b <= text_at + 1) return;
    Found found;
    Quote& q = found.quote;
    q.content = {doc.tokens[text_at].span.begin, doc.tokens[b - 1].span.end};
    q.kind = QuoteKind::kDirect;
    q.cue = doc.tokens[text_at - 1].span;
    q.speaker_mention = Span{doc.tokens[first].span.begin, doc.tokens[text_at - 1].span.end};
    const InterviewParties parties = FindInterviewParties(f, first_turn);
    if (const int32_t e = qa == 'a' ? parties.answers : parties.asks; e >= 0) {
      q.speaker = doc.entities[e].name;
      q.speaker_entity = e;
    }
    out->push_back(std::move(found));
    return;
  }
  const uint32_t colon = LabelColon(f, first, caps_only);
  if (colon == 0 || colon >= line_end) return;
  bool caps = true;
  for (uint32_t k = first; k < colon && caps; ++k) caps = !text::StartsUpper(f.Tok(k)) || AllCaps(f.Tok(k));
  // ("DW: How worried are you? ¶ Katrin Goring: Very worried. ...": a
  // named person's label right after another labelled turn answers it.)
  const uint32_t para = doc.sentences[doc.tokens[first].sentence].paragraph;
  // (A question's answer only: "Name, 30, of Columbus: Dealing in ..."
  // lines of an arrest log answer nothing.)
  const bool after_turn = para > 0 &&
                          LabelColon(f, f.TokenAt(doc.paragraphs[para - 1].begin), /*caps_only=*/false) != 0 &&
                          doc.paragraphs[para - 1].end > doc.paragraphs[para - 1].begin &&
                          doc.text.find('?', doc.paragraphs[para - 1].begin) < doc.paragraphs[para - 1].end;
  if (!caps && (transcript || after_turn) && colon <= first + 3 && para > 0) {
    const Speaker named = LabelSpeaker(f, first, colon, known);
    caps = named.entity >= 0 && doc.entities[named.entity].type == EntityType::kPerson;
  }
  // ("Q: How is Archer? ¶ Stokes: He's fine.", "Politico: Will you fine
  // Apple? ¶ Ribera: We will apply the law.": one or two capitalised words
  // answering a labelled question name who answers, known or not.)
  bool answer = false;
  if (after_turn && colon <= first + 2) {
    answer = true;
    for (uint32_t k = first; k < colon && answer; ++k) {
      answer = UpperInitial(f.Tok(k)) && !f.lex().humans.Contains(f.Tok(k)) && f.Tok(k).size() > 1 &&
               !Is<"Q", "A", "Question", "Answer", "Editor", "Note", "Update", "Source", "Sources">(f.Tok(k));
    }
    caps = caps || answer;
  }
  // ("Ambassador Liu Yuxi: China-Africa cooperation has ...": a titled
  // person's label after the opening paragraph is an interview's turn, no
  // headline.)
  // (In the opening paragraph, only when a turn follows: "Host Lionel
  // Brandt: So what's next?" above "Guest Maya Okafor: ...".)
  if (!caps && TitledPersonLabel(f, first, colon) >= 0) {
    const uint32_t p = doc.sentences[doc.tokens[first].sentence].paragraph;
    caps = p > 0 || (p + 1 < doc.paragraphs.size() &&
                     LabelColon(f, f.TokenAt(doc.paragraphs[p + 1].begin), /*caps_only=*/false) != 0);
  }
  // A transcript line speaks to the paragraph's end (or the next labelled
  // line); a headline for its sentence.
  uint32_t a = colon + 1;
  // ("MACRON: (Speaking French) We will not give up.", "(LAUGHTER)": a
  // stage direction in brackets opening the turn is no one's words.)
  if (a + 3 < line_end && f.Tok(a) == "(") {
    uint32_t close = a + 1;
    while (close < line_end && close < a + 8 && f.Tok(close) != ")") ++close;
    if (close + 1 < line_end && f.Tok(close) == ")") a = close + 1;
  }
  uint32_t b = caps ? line_end : std::min(line_end, doc.sentences[doc.tokens[a].sentence].end_token);
  // (A turn keeps its question or exclamation mark.)
  while (b > a && Trailing(f.Tok(b - 1)) && !(caps && Is<"?", "!">(f.Tok(b - 1)))) --b;
  if (b <= a + 1) return;
  // "F1: Navarro fumes at team", "NBA: ...", "BREAKING: ...": a section or
  // league label before a headline speaks nothing.
  // ("HEADLINE: ...", "COVID-19 UPDATE: ...": the label's last word.)
  if (caps && colon <= first + 3 &&
      Is<"HEADLINE", "HEADLINES", "UPDATE", "UPDATES", "NOTES", "SUMMARY", "BREAKING", "EXCLUSIVE",
                            "LIVE", "ALERT">(f.Tok(colon - 1))) {
    return;
  }
  if (caps && colon == first + 1) {
    const std::string_view w = f.Tok(first);
    bool digit = false;
    for (char c : w) digit = digit || (c >= '0' && c <= '9');
    if (digit || Is<"NBA", "NFL", "MLB", "NHL", "UFC", "WNBA", "MLS", "NCAA", "EPL", "FIFA", "UEFA", "ATP", "WTA",
                        "PGA", "LPGA", "NASCAR", "WWE", "BREAKING", "UPDATE", "UPDATED", "WATCH", "VIDEO", "PHOTOS",
                        "LIVE", "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITORIAL", "REVIEW", "EXPLAINER", "PODCAST",
                        "POLL", "CORRECTION", "ALERT", "FLASH", "URGENT", "EXTRA">(w)) {
      return;
    }
  }
  Speaker sp = LabelSpeaker(f, first, colon, known);
  if (answer && sp.entity < 0 && sp.name && AllCaps(*sp.name)) sp.name = TitleCased(*sp.name);
  if (answer && !sp.name) {
    // (The label as the name: "ÅKESSON" -> "Åkesson".)
    sp.found = true;
    sp.description = true;
    sp.name = TitledLabel(f, first, colon);
    sp.mention = Span{doc.tokens[first].span.begin, doc.tokens[colon - 1].span.end};
  }
  if (caps && sp.name && sp.name->find(' ') != std::string::npos && known->size() < 64) known->push_back(*sp.name);
  // "Star Wars Jedi: Fallen Order is ...": a mixed-case label naming no
  // one the article knows is a title with its subtitle, unless its last
  // word names people ("Police: ...", "Officials: ...").
  if (!caps && sp.entity < 0 && !f.lex().humans.Contains(f.Tok(colon - 1))) return;
  if (!caps && sp.entity >= 0) {
    // "Iowa: Tim Albrecht, ...", "Big Win For Bernie: ...": a place, or a
    // headline phrase that merely holds a name, is no speaker. The label
    // opens with the person (after a title: "Former AG Mukasey at RNC:",
    // "Trump Addresses Munich Attack:") or is an organisation's name.
    bool opens = false;
    for (uint32_t k = first; k < colon && !opens; ++k) {
      if (f.PersonMentionStartingAt(k) < 0) continue;
      // A title, not a phrase: "Former Mayor", "McCain Challenger",
      // "Secretary of State", but not "Big Win For".
      bool title = k == first || (k - first <= 4 && f.RolePrefix(first, k));
      for (uint32_t t = first; t < k && title; ++t) {
        char buf[16];
        title = !Is<"for", "in", "on", "at", "by", "to", "with", "from", "over", "after", "before", "against",
                     "about", "win", "wins", "big", "new">(text::FoldCase(f.Tok(t), buf, sizeof buf));
      }
      opens = title;
      break;
    }
    if (!opens) {
      const int32_t m = f.MentionEndingAt(colon - 1);
      opens = m >= 0 && doc.entities[doc.mentions[m].entity].type == EntityType::kOrg &&
              f.TokenAt(doc.mentions[m].span.begin) == first;
    }
    if (!opens) return;
  }
  if (!caps) {
    // ("Elizabeth A. Burton: Possession of methamphetamine, possession of a
    // Schedule IV substance, held in jail ...": an arrest log's list of
    // charges, no pronoun or auxiliary in it, is what the label is charged
    // with; "Solution Partner: eZ Systems": a name alone is what it names.)
    uint32_t commas = 0;
    bool clause = false, names_only = true;
    for (uint32_t k = a; k < b && !clause; ++k) {
      char buf[16];
      const std::string_view w = text::FoldCase(f.Tok(k), buf, sizeof buf);
      commas += w == ",";
      names_only = names_only && k < a + 3 && (text::StartsUpper(f.Tok(k)) || (f.Tok(k).size() > 1 &&
                                                                               text::StartsUpper(f.Tok(k).substr(1))));
      clause = f.IsPronoun(k) || Is<"is", "are", "was", "were", "be", "will", "would", "should", "can", "could",
                                    "must", "may", "might", "has", "have", "had", "do", "does", "did", "'s", "n't",
                                    "\xE2\x80\x99s", "won't", "can't", "don't", "doesn't">(w);
    }
    if (!clause && (commas >= 2 || (names_only && b <= a + 3))) return;
  }
  Found found;
  Quote& q = found.quote;
  q.content = {doc.tokens[a].span.begin, doc.tokens[b - 1].span.end};
  // ("SEAN GALLAGHER, CHIEF ECONOMIST, ...:" above a line in quotation
  // marks: the words inside them.)
  {
    size_t len = 0, len2 = 0;
    const char32_t open = text::DecodeAt(doc.text, q.content.begin, &len);
    const uint32_t last = doc.tokens[b - 1].span.begin;
    const char32_t close = text::DecodeAt(doc.text, last, &len2);
    // ("WSJ editorial: 'Deport Nikki Haley.'": a headline's single marks.)
    const bool single = doc.tokens[first].sentence == 0 && (open == U'\'' || open == U'\u2018') &&
                        (close == U'\'' || close == U'\u2019');
    if (((text::IsDoubleQuote(open) && text::IsDoubleQuote(close)) || single) && b - 1 > a) {
      q.content = {uint32_t(q.content.begin + len), last};
      while (q.content.end > q.content.begin && doc.text[q.content.end - 1] == ' ') --q.content.end;
    }
  }
  q.kind = caps ? QuoteKind::kDirect : QuoteKind::kIndirect;
  q.cue = doc.tokens[colon].span;
  q.speaker = sp.name;
  q.speaker_entity = sp.entity;
  q.speaker_mention = sp.mention;
  q.speaker_role = sp.role;
  out->push_back(std::move(found));
}

}  // namespace

void FindLabelledStatements(const SpeakerFinder& f, const std::vector<bool>& quoted_paragraph,
                            std::vector<Found>* out) {
  const Document& doc = f.doc();
  std::vector<uint32_t> starts;
  std::vector<std::string> known;  // full names earlier labels gave
  uint32_t first_turn = UINT32_MAX;
  int labelled = 0;  // body paragraphs opening with a short label
  bool repeated = false;  // and one label opens two of them
  std::vector<std::string_view> labels;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const uint32_t k = f.TokenAt(doc.paragraphs[p].begin);
    if (k + 1 >= doc.tokens.size()) break;
    uint32_t text_at = 0;
    if (first_turn == UINT32_MAX && (QaLabelAt(f, k, &text_at) || (Is<"Q", "A">(f.Tok(k)) && f.Tok(k + 1) == ":"))) {
      first_turn = doc.tokens[k].span.begin;
    }
    if (p > 0 && labels.size() < 64) {
      const uint32_t colon = LabelColon(f, k, /*caps_only=*/false);
      if (colon != 0 && colon <= k + 3) {
        ++labelled;
        const std::string_view label = doc.Slice({doc.tokens[k].span.begin, doc.tokens[colon - 1].span.end});
        repeated = repeated || std::find(labels.begin(), labels.end(), label) != labels.end();
        labels.push_back(label);
      }
    }
  }
  // ("Jeb Bush: Student loans ...", "Bernie Sanders: Credit scores ...":
  // sections headed by names, each once, are no transcript.)
  const bool transcript = labelled >= 3 && repeated;
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    if (quoted_paragraph[p]) continue;
    const uint32_t para_first = f.TokenAt(doc.paragraphs[p].begin);
    const uint32_t para_end = f.TokenAt(doc.paragraphs[p].end);
    if (para_first >= doc.tokens.size() || doc.tokens[para_first].span.begin >= doc.paragraphs[p].end) continue;
    // A transcript may put "Q:" and "A:" on consecutive lines of one
    // paragraph: each labelled line is a statement of its own.
    starts.assign(1, para_first);
    const Span para = doc.paragraphs[p];
    const bool lines = std::string_view(doc.text).substr(para.begin, para.end - para.begin).find('\n') !=
                       std::string_view::npos;
    for (uint32_t k = para_first + 1; lines && k < para_end && starts.size() < 64; ++k) {
      const uint32_t gap_b = doc.tokens[k - 1].span.end, gap_e = doc.tokens[k].span.begin;
      if (std::string_view(doc.text).substr(gap_b, gap_e - gap_b).find('\n') == std::string_view::npos) continue;
      if (LabelColon(f, k, /*caps_only=*/true) != 0) starts.push_back(k);
    }
    for (size_t i = 0; i < starts.size(); ++i) {
      LabelledLine(f, starts[i], i + 1 < starts.size() ? starts[i + 1] : para_end, /*caps_only=*/i > 0, first_turn,
                   transcript, &known, out);
    }
    // ("STEVE INSKEEP, HOST:" on a line of its own, then the host's words
    // in the next paragraph: a radio transcript's label above its turn.)
    if (starts.size() == 1 && p + 1 < doc.paragraphs.size() && !quoted_paragraph[p + 1]) {
      const uint32_t colon = LabelColon(f, para_first, /*caps_only=*/true, /*alone=*/true);
      const uint32_t next_first = f.TokenAt(doc.paragraphs[p + 1].begin);
      const uint32_t next_end = f.TokenAt(doc.paragraphs[p + 1].end);
      bool caps = colon != 0 && colon + 1 == para_end && colon <= para_first + 6;
      for (uint32_t k = para_first; k < colon && caps; ++k) caps = !text::StartsUpper(f.Tok(k)) || AllCaps(f.Tok(k));
      if (caps && next_first + 2 < next_end && LabelColon(f, next_first, /*caps_only=*/false) == 0) {
        uint32_t b = next_end;
        while (b > next_first && Trailing(f.Tok(b - 1)) && !Is<"?", "!">(f.Tok(b - 1))) --b;
        const Speaker sp = LabelSpeaker(f, para_first, colon, &known);
        if (b > next_first + 1 && sp.name) {
          if (sp.name->find(' ') != std::string::npos && known.size() < 64) known.push_back(*sp.name);
          Found found;
          Quote& q = found.quote;
          q.content = {doc.tokens[next_first].span.begin, doc.tokens[b - 1].span.end};
          q.kind = QuoteKind::kDirect;
          q.cue = doc.tokens[colon].span;
          q.speaker = sp.name;
          q.speaker_entity = sp.entity;
          q.speaker_mention = sp.mention;
          q.speaker_role = sp.role;
          out->push_back(std::move(found));
          ++p;
        }
      }
    }
  }
}

}  // namespace newsgraph::quotes

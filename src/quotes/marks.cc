#include "quotes/marks.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "text/chars.h"

namespace newsgraph::quotes {
namespace {

using text::DecodeAt;
using text::DecodeBefore;

struct Mark {
  uint32_t pos, len;
  bool can_open, can_close;
  bool plural = false;  // a plural's apostrophe that may close ("'change lives'")
};

bool OpenContext(char32_t prev) {
  return prev == 0 || text::IsSpace(prev) || text::IsOpenBracket(prev) || text::IsDash(prev) ||
         prev == '/' || prev == ':' || prev == 0x201C || prev == 0x2018 || prev == '"' || prev == '\'';
}

bool CloseContext(char32_t next) {
  return next == 0 || text::IsSpace(next) || text::IsCloseBracket(next) || text::IsDash(next) ||
         next == '.' || next == ',' || next == ';' || next == ':' || next == '!' || next == '?' ||
         next == 0x2026 || next == 0x201D || next == 0x2019 || next == '"' || next == '\'';
}

// Marks of one family (double or single) inside [begin, end).
// False only when the eight bytes of `x` are ASCII and none is '"', '\''
// or '`' (a byte equal to c leaves a zero in x ^ c, which the borrow finds;
// the test may say true wrongly, never false).
bool MayHoldMark(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return (x & kHigh) != 0 || has_zero(x ^ (kOnes * '"')) != 0 || has_zero(x ^ (kOnes * '\'')) != 0 ||
         has_zero(x ^ (kOnes * '`')) != 0;
}

// Format characters that take no room: zero-width spaces and joiners,
// direction marks and embeddings, the word joiner, the byte-order mark.
bool Invisible(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0x2060 || c == 0xFEFF;
}

std::vector<Mark> CollectMarks(std::string_view text, Span para, bool single) {
  std::vector<Mark> marks;
  size_t i = para.begin;
  while (i < para.end) {
    // Every mark opens with one of these bytes (the curly ones and the
    // guillemets with their UTF-8 lead bytes), and a valid sequence never
    // holds them after its lead: the rest is stepped over, eight plain ASCII
    // bytes at a time where it can be.
    while (i + 8 <= para.end) {
      uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      if (MayHoldMark(x)) break;
      i += 8;
    }
    if (i >= para.end) break;
    if (const unsigned char b = static_cast<unsigned char>(text[i]);
        b != '"' && b != '\'' && b != '`' && b != 0xE2 && b != 0xC2) {
      ++i;
      continue;
    }
    size_t len;
    char32_t c = DecodeAt(text, i, &len);
    // Typewriter doubles: two apostrophes or two backticks.
    const bool doubled = (c == '\'' || c == '`') && i + 1 < para.end && text[i + 1] == char(c);
    if (doubled) len = 2;
    // ("\u201C...,\u2019\u2019 Will Moy told": two curly singles written for
    // a double.)
    const bool curly_doubled = (c == 0x2019 || c == 0x2018) && i + 6 <= para.end &&
                               text.compare(i + 3, 3, text.substr(i, 3)) == 0;
    if (curly_doubled) {
      len = 6;
      c = c == 0x2019 ? char32_t(0x201D) : char32_t(0x201C);
    }
    bool is_mark = single ? (text::IsSingleQuote(c) && !doubled) : (text::IsDoubleQuote(c) || doubled);
    if (is_mark) {
      size_t s;
      char32_t prev = i > para.begin ? DecodeBefore(text, i, &s) : 0;
      size_t nl;
      char32_t next = i + len < para.end ? DecodeAt(text, i + len, &nl) : 0;
      // ("\u202A\u201DIsis declares ...": an invisible direction or width
      // mark beside a quotation mark reads as the space or start around it.)
      if (Invisible(prev)) prev = ' ';
      if (Invisible(next)) next = ' ';
      Mark m{uint32_t(i), uint32_t(len), false, false};
      bool next_word = next != 0 && !text::IsSpace(next);
      bool prev_word = prev != 0 && !text::IsSpace(prev);
      if (c == 0x201C || c == 0x2018 || c == 0x201E || c == 0xAB || c == 0x201A) {
        m.can_open = next_word;
      } else if (c == 0x201D || c == 0xBB) {
        m.can_close = prev_word;
        // A right mark after a space, before a word, is a misused opener.
        m.can_open = !prev_word && next_word && text::IsWordChar(next);
      } else if (c == 0x2019 || (c == '\'' && !doubled)) {
        // Apostrophes: inside a word, or after a plural "s" before a word.
        bool inner = text::IsWordChar(prev) && text::IsWordChar(next);
        bool plural = prev == 's' && next == ' ' && i + len + 1 < para.end &&
                      text::IsWordChar(static_cast<unsigned char>(text[i + len + 1]));
        // ("would 'change lives' in Ireland": after an opener a few words
        // back, the plural's apostrophe closes.)
        bool opened = false;
        if (plural) {
          for (auto o = marks.rbegin(); o != marks.rend() && i - o->pos < 120; ++o) {
            if (o->can_close) break;
            opened = o->can_open;
            if (opened) break;
          }
        }
        if (!inner) {
          m.can_close = prev_word && CloseContext(next) && (!plural || opened);
          m.plural = plural && m.can_close;
          m.can_open = c == '\'' && OpenContext(prev) && text::IsWordChar(next);
          // ("'We gave 'em everything'", "rock 'n' roll", "the summer of
          // '76", "'til dawn": an elision's apostrophe opens nothing, and
          // the one closing "'n'" closes nothing.)
          if (m.can_open || (c == 0x2019 && text::IsWordChar(next) && !prev_word)) {
            size_t e = i + len;
            while (e < para.end && e - (i + len) < 8 &&
                   (std::isalnum(static_cast<unsigned char>(text[e])))) {
              ++e;
            }
            const std::string_view word = text.substr(i + len, e - (i + len));
            const bool year = word.size() == 2 && std::isdigit(static_cast<unsigned char>(word[0])) &&
                              std::isdigit(static_cast<unsigned char>(word[1]));
            const bool decade = word.size() == 3 && std::isdigit(static_cast<unsigned char>(word[0])) &&
                                std::isdigit(static_cast<unsigned char>(word[1])) && word[2] == 's';
            if (year || decade ||
                word == "em" || word == "n" || word == "til" || word == "cause" || word == "bout" ||
                word == "tis" || word == "twas" || word == "cos" || word == "ello" || word == "round") {
              m.can_open = false;
            }
          }
          // ("Dato' Sri Anwar": the Malay title's apostrophe closes nothing.)
          if (m.can_close && i >= para.begin + 4 && text.compare(i - 4, 4, "Dato") == 0 &&
              (i == para.begin + 4 || !std::isalpha(static_cast<unsigned char>(text[i - 5])))) {
            m.can_close = false;
          }
          // ("'We're goin' home,' said": a dropped g before a lower-case
          // word, inside the quote.)
          if (m.can_close && i >= para.begin + 4 && text[i - 1] == 'n' && text[i - 2] == 'i' &&
              std::isalpha(static_cast<unsigned char>(text[i - 3])) &&
              std::isalpha(static_cast<unsigned char>(text[i - 4])) && next == ' ' && i + len + 1 < para.end &&
              std::islower(static_cast<unsigned char>(text[i + len + 1]))) {
            m.can_close = false;
          }
          if (m.can_close && i >= para.begin + 2 && text[i - 1] == 'n' &&
              (text[i - 2] == '\'' || (i >= para.begin + 4 && text.compare(i - 4, 3, "\xE2\x80\x99") == 0))) {
            m.can_close = false;
          }
        }
      } else {  // straight double quote
        m.can_open = OpenContext(prev) && next_word;
        m.can_close = prev_word && CloseContext(next);
        if (!m.can_open && !m.can_close) m.can_open = m.can_close = true;
      }
      if (m.can_open || m.can_close) marks.push_back(m);
    }
    i += len;
  }
  // "'The Tories' plans will fail.'": a later closer takes the quote, and
  // the plural's apostrophe is one again.
  for (size_t k = 0; k + 1 < marks.size(); ++k) {
    if (marks[k].plural && marks[k + 1].can_close && !marks[k + 1].can_open) marks[k].can_close = false;
  }
  marks.erase(std::remove_if(marks.begin(), marks.end(), [](const Mark& m) { return !m.can_open && !m.can_close; }),
              marks.end());
  return marks;
}

bool IsLeftDouble(std::string_view text, const Mark& m) {
  return m.len == 3 && text.compare(m.pos, 3, "\xE2\x80\x9C") == 0;
}

bool IsRightDouble(std::string_view text, const Mark& m) {
  return m.len == 3 && text.compare(m.pos, 3, "\xE2\x80\x9D") == 0;
}

// When the curly opener at `open` holds a second curly opener at `inner`
// whose quote closes before the first one does (left, left, right, right,
// no other opener between), the index of the outer closing mark; else 0.
size_t NestedClose(std::string_view text, const std::vector<Mark>& marks, size_t open, size_t inner) {
  if (!IsLeftDouble(text, marks[open]) || !IsLeftDouble(text, marks[inner])) return 0;
  size_t k = inner + 1;
  if (k >= marks.size() || !IsRightDouble(text, marks[k]) || !marks[k].can_close) return 0;
  ++k;
  if (k >= marks.size() || !IsRightDouble(text, marks[k]) || !marks[k].can_close) return 0;
  return k;
}

void Trim(std::string_view text, Span* s) {
  while (s->begin < s->end) {
    size_t len;
    if (!text::IsSpace(DecodeAt(text, s->begin, &len))) break;
    s->begin += len;
  }
  while (s->end > s->begin) {
    size_t st;
    char32_t c = DecodeBefore(text, s->end, &st);
    if (!text::IsSpace(c) && c != ',') break;
    s->end = st;
  }
}

// The quote between the opening mark `o` and the closing mark `c` of
// paragraph `p`, appended to `out` unless it holds nothing.
void AddPaired(std::string_view text, const Mark& o, const Mark& c, uint32_t p, bool continued,
               std::vector<Quotation>* out) {
  Quotation q;
  q.open = {o.pos, o.pos + o.len};
  q.close = {c.pos, c.pos + c.len};
  q.content = {o.pos + o.len, c.pos};
  q.paragraph = p;
  q.continued = continued;
  Trim(text, &q.content);
  if (!q.content.empty()) out->push_back(q);
}

}  // namespace

std::vector<Quotation> FindQuotations(const Document& doc, const std::vector<bool>& skip) {
  std::vector<Quotation> out;
  const std::string_view text = doc.text;
  bool carry = false;  // previous paragraph left a quote open
  bool carry_single = false;  // the same, in single marks (British style)
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Span para = doc.paragraphs[p];
    if (skip[p]) {
      carry = false;
      carry_single = false;
      continue;
    }
    const size_t para_first = out.size();
    std::vector<Mark> marks = CollectMarks(text, para, false);
    int open = -1;
    auto add_quote = [&](const Mark& o, const Mark& c) { AddPaired(text, o, c, p, carry && o.pos == para.begin, &out); };
    for (size_t k = 0; k < marks.size(); ++k) {
      const Mark& m = marks[k];
      if (open < 0) {
        if (m.can_open) open = int(k);
        continue;
      }
      if (m.can_close) {
        add_quote(marks[open], m);
        open = -1;
      } else if (m.can_open) {
        // ("\u201CI'd rather live in what he calls \u201Chell\u201D than live
        // in a world where he is president.\u201D": curly marks nest, the
        // inner quote closed before the outer; the outer is the quote.)
        if (const size_t outer_close = NestedClose(text, marks, size_t(open), k); outer_close != 0) {
          add_quote(marks[open], marks[outer_close]);
          open = -1;
          k = outer_close;
          continue;
        }
        open = int(k);  // the earlier mark was stray
      }
    }
    carry = false;
    if (open >= 0) {
      // Runs on only when the next paragraph reopens with a mark.
      const Mark& o = marks[open];
      bool reopens = false;
      if (p + 1 < doc.paragraphs.size() && !skip[p + 1]) {
        size_t len;
        char32_t c = DecodeAt(text, doc.paragraphs[p + 1].begin, &len);
        reopens = c == '"' || c == 0x201C || c == 0xAB || c == 0x201E;
      }
      if (reopens) {
        Quotation q;
        q.open = {o.pos, o.pos + o.len};
        q.content = {o.pos + o.len, para.end};
        q.paragraph = p;
        q.continues = true;
        q.continued = false;
        Trim(text, &q.content);
        if (!q.content.empty()) out.push_back(q);
        carry = true;
      }
    }
    // Mark continuation pieces (a reopened paragraph's first quote).
    if (p > 0 && para_first < out.size() && para_first > 0 && out[para_first - 1].continues &&
        out[para_first].open.begin == para.begin) {
      out[para_first].continued = true;
    }
    // Single marks outside the double-quoted runs of this paragraph.
    std::vector<Mark> singles = CollectMarks(text, para, true);
    const size_t doubles_end = out.size();
    size_t cursor = para_first;  // marks come in text order: one sweep
    auto inside_double = [&](uint32_t pos) {
      while (cursor < doubles_end && (out[cursor].close.empty() ? para.end : out[cursor].close.end) <= pos) ++cursor;
      return cursor < doubles_end && pos >= out[cursor].open.begin;
    };
    open = -1;
    std::vector<Quotation> single_quotes;
    for (size_t k = 0; k < singles.size(); ++k) {
      const Mark& m = singles[k];
      if (inside_double(m.pos)) continue;
      if (open < 0) {
        if (m.can_open) open = int(k);
        continue;
      }
      if (m.can_close) {
        const Mark& o = singles[open];
        AddPaired(text, o, m, p, carry_single && o.pos == para.begin, &single_quotes);
        open = -1;
      } else if (m.can_open) {
        open = int(k);
      }
    }
    // "Mr Sunak said: 'I have been clear. / 'We have already cut ...": a
    // single mark left open runs on when the next paragraph reopens with
    // one, as double marks do.
    const bool was_carrying = carry_single;
    carry_single = false;
    if (open >= 0 && !carry && p + 1 < doc.paragraphs.size() && !skip[p + 1]) {
      size_t len;
      const char32_t c = DecodeAt(text, doc.paragraphs[p + 1].begin, &len);
      const uint32_t after = doc.paragraphs[p + 1].begin + uint32_t(len);
      size_t len2;
      // A letter after it: "'90s" opens with an apostrophe.
      const char32_t n = after < doc.paragraphs[p + 1].end ? DecodeAt(text, after, &len2) : 0;
      const bool word_next = text::IsWordChar(n) && !(n >= '0' && n <= '9');
      if ((c == '\'' || c == 0x2018) && word_next) {
        const Mark& o = singles[open];
        Quotation q;
        q.open = {o.pos, o.pos + o.len};
        q.content = {o.pos + o.len, para.end};
        q.paragraph = p;
        q.continues = true;
        q.continued = was_carrying && o.pos == para.begin;
        Trim(text, &q.content);
        if (!q.content.empty()) {
          single_quotes.push_back(q);
          carry_single = true;
        }
      }
    }
    if (!single_quotes.empty()) {
      // Merge the two sorted runs; double marks inside a single-quoted run
      // are nested quotes (British style) and are dropped.
      std::vector<Quotation> merged;
      size_t d = para_first, sq = 0;
      while (d < out.size() || sq < single_quotes.size()) {
        if (sq < single_quotes.size() && (d >= out.size() || single_quotes[sq].open.begin < out[d].open.begin)) {
          const Quotation& q = single_quotes[sq++];
          merged.push_back(q);
          const uint32_t q_end = q.close.empty() ? para.end : q.close.begin;
          while (d < out.size() && out[d].open.begin > q.open.begin && !out[d].close.empty() &&
                 out[d].close.end <= q_end) {
            ++d;
          }
        } else {
          merged.push_back(out[d++]);
        }
      }
      out.resize(para_first);
      out.insert(out.end(), merged.begin(), merged.end());
    }
  }
  return out;
}

}  // namespace newsgraph::quotes

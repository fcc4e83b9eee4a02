#include "text/segmenter.h"

#include <cctype>
#include <cstdint>

#include "text/chars.h"
#include "text/lexicon.h"

namespace newsgraph::text {

struct Segmenter::Lexicons {
  Lexicon abbreviations{"abbreviations.txt"};
  Lexicon title_abbreviations{"title_abbreviations.txt"};
  Lexicon starters{"capitalized_stopwords.txt"};
};

Segmenter::Segmenter() : lex_(std::make_unique<Lexicons>()) {}
Segmenter::~Segmenter() = default;

namespace {

// Lower-case words a headline leaves lower case ("Issue A Quarantine Over
// Zika", "Address Heroin Epidemic in New Hampshire").
bool TitleFunctionWord(std::string_view w) {
  for (std::string_view f : {"of", "the", "a", "an", "in", "on", "and", "for", "to", "with", "at", "over", "by", "as",
                             "or", "from"}) {
    if (w == f) return true;
  }
  return false;
}

bool IsBlankLine(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Paragraphs: maximal runs of non-blank lines, trimmed of outer whitespace.
void SplitParagraphs(std::string_view text, std::vector<Span>* out) {
  size_t pos = 0;
  bool open = false;
  size_t begin = 0, last_end = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (IsBlankLine(text, pos, nl)) {
      if (open) out->push_back({uint32_t(begin), uint32_t(last_end)});
      open = false;
    } else {
      size_t b = pos, e = nl;
      while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
      while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
      if (!open) begin = b;
      open = true;
      last_end = e;
    }
    pos = nl + 1;
  }
  if (open) out->push_back({uint32_t(begin), uint32_t(last_end)});
}

bool IsTerminal(std::string_view tok) {
  return tok == "." || tok == "!" || tok == "?" || tok == "..." || tok == "\xE2\x80\xA6" ||
         tok == "?!" || tok == "!?";
}

bool IsEllipsis(std::string_view tok) { return tok == "..." || tok == "\xE2\x80\xA6"; }

}  // namespace

void Segmenter::Process(Document& doc) const {
  if (!doc.ok()) return;
  const std::string_view text = doc.text;
  doc.paragraphs.clear();
  doc.tokens.clear();
  doc.sentences.clear();
  SplitParagraphs(text, &doc.paragraphs);
  doc.tokens.reserve(text.size() / 5 + 16);

  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Span para = doc.paragraphs[p];
    const size_t first_token = doc.tokens.size();
    // Tokenize.
    size_t i = para.begin;
    while (i < para.end) {
      size_t len;
      char32_t c = DecodeAt(text, i, &len);
      if (IsSpace(c)) {
        i += len;
        continue;
      }
      const size_t start = i;
      // "@RiverRat22": a social-media handle is one token (not after a word:
      // "name@example.com").
      if (c == '@' && i + 1 < para.end && (i == para.begin || !IsWordChar(static_cast<unsigned char>(text[i - 1]))) &&
          (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_')) {
        size_t e = i + 1;
        // ("@mamabear.reviews": a dot inside the handle, not one ending it.)
        while (e < para.end && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_' ||
                                (text[e] == '.' && e + 1 < para.end &&
                                 std::isalnum(static_cast<unsigned char>(text[e + 1]))))) {
          ++e;
        }
        if (e - i >= 3) {
          doc.tokens.push_back({{uint32_t(start), uint32_t(e)}, 0});
          i = e;
          continue;
        }
      }
      // ".45-caliber", ".300 average": a number written without its zero
      // opens with the dot, which ends no sentence.
      const bool bare_decimal = c == '.' && i + 1 < para.end && IsDigit(text[i + 1]) &&
                                (i == para.begin || IsSpace(static_cast<unsigned char>(text[i - 1])));
      if (bare_decimal) i += len;
      if (IsWordChar(c) || bare_decimal) {
        size_t seg_len = 0;  // letters since the last inner dot
        bool dotted = false;
        while (i < para.end) {
          char32_t d = DecodeAt(text, i, &len);
          if (IsWordChar(d)) {
            i += len;
            ++seg_len;
            continue;
          }
          // ("OPEC+ said": a plus closing a name in capitals is part of it.)
          if (d == '+' && i - start >= 2 && (i + 1 >= para.end || !IsWordChar(static_cast<unsigned char>(text[i + 1])))) {
            bool caps = true;
            for (size_t b = start; b < i && caps; ++b) caps = text[b] >= 'A' && text[b] <= 'Z';
            if (caps) {
              ++i;
              break;
            }
          }
          // ("CDU/CSU group leader Jens Spahn said": two names in capitals
          // joined by a slash are one.)
          if (d == '/' && i + 1 < para.end && text[i + 1] >= 'A' && text[i + 1] <= 'Z' && i - start >= 2) {
            bool caps = true;
            for (size_t b = start; b < i && caps; ++b) caps = text[b] >= 'A' && text[b] <= 'Z';
            if (caps) {
              ++i;
              continue;
            }
          }
          // ("Moses Kajwang' said", "Ochieng'": a Kenyan name's final "ng'"
          // keeps its apostrophe, which closes no quotation.)
          if ((d == '\'' || d == 0x2019) && i - start >= 4 && text[i - 1] == 'g' && text[i - 2] == 'n') {
            size_t l0;
            const size_t after = i + len;
            // (Not the close of a single-quoted title: "'Going Strong'".)
            bool opened = false;
            for (size_t b = start; b > para.begin && start - b < 80 && !opened; --b) {
              const unsigned char o = static_cast<unsigned char>(text[b - 1]);
              opened = (o == '\'' && (b - 1 == para.begin || IsSpace(static_cast<unsigned char>(text[b - 2])))) ||
                       (b >= para.begin + 3 && text.compare(b - 3, 3, "\xE2\x80\x98") == 0);
            }
            if (!opened && IsUpper(DecodeAt(text, start, &l0)) &&
                (after >= para.end || !IsWordChar(DecodeAt(text, after, &l0)))) {
              i = after;
              break;
            }
          }
          if (i + len >= para.end) break;
          size_t nlen;
          char32_t next = DecodeAt(text, i + len, &nlen);
          if (!IsWordChar(next)) break;
          // ("PeÃ±a Nieto said", "GuantÃ¡namo": UTF-8 decoded once too often
          // as Latin-1 leaves a sign of U+0080..U+00BF between letters; it is
          // inside the word. The no-break space and guillemets stay apart.)
          if (d >= 0x80 && d <= 0xBF && d != 0xA0 && d != 0xAB && d != 0xBB) {
            i += len;
            continue;
          }
          if (d == '\'' || d == 0x2019) {
            // "'s" at a word's end is the possessive: its own token.
            size_t after = i + len + nlen;
            bool word_end = after >= para.end;
            if (!word_end) {
              size_t alen;
              word_end = !IsWordChar(DecodeAt(text, after, &alen));
            }
            if ((next == 's' || next == 'S') && word_end) break;
            i += len;
            continue;
          }
          if (d == '-' || d == '&' || d == 0x2010) {
            i += len;
            seg_len = 0;
            continue;
          }
          // "26,000", "$1,300,000": a thousands separator is inside the number
          // (a comma between clauses would break asides around it).
          if (d == ',' && IsDigit(text[i - 1]) && i + 4 <= para.end && IsDigit(text[i + 1]) &&
              IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && (i + 4 == para.end || !IsDigit(text[i + 4]))) {
            i += len;
            continue;
          }
          if (d == '.') {
            // Inner dots of "U.S" and "3.5"; a dot after a longer word ends it.
            bool digits = IsDigit(text[i - 1]) && IsDigit(next);
            // "APXD.O", "KBC.TO", "0700.HK": a ticker's exchange suffix, one
            // or two capitals after a word in capitals or digits.
            bool ticker = false;
            if (seg_len >= 2 && next >= 'A' && next <= 'Z') {
              ticker = true;
              for (size_t b = start; b < i && ticker; ++b) {
                ticker = (text[b] >= 'A' && text[b] <= 'Z') || IsDigit(text[b]);
              }
              size_t e = i + 1;
              while (e < para.end && text[e] >= 'A' && text[e] <= 'Z') ++e;
              ticker = ticker && e - i - 1 <= 2 && (e == para.end || !IsWordChar(static_cast<unsigned char>(text[e])));
            }
            // ("told Polygraph.info the claims", "Amazon.com said": a web
            // address's domain is inside the name.)
            bool domain = false;
            if (seg_len >= 2 && next >= 'a' && next <= 'z' && std::isalpha(static_cast<unsigned char>(text[i - 1]))) {
              size_t e = i + 1;
              while (e < para.end && text[e] >= 'a' && text[e] <= 'z') ++e;
              const std::string_view tld = text.substr(i + 1, e - i - 1);
              domain = (e == para.end || !IsWordChar(static_cast<unsigned char>(text[e]))) &&
                       (tld == "com" || tld == "org" || tld == "net" || tld == "info" || tld == "gov" || tld == "edu" ||
                        tld == "io" || tld == "co" || tld == "uk" || tld == "news" || tld == "tv" || tld == "ru" ||
                        tld == "de" || tld == "fr" || tld == "ca" || tld == "au");
            }
            if (ticker || domain) {
              i += len;
              seg_len = 0;
              continue;
            }
            if (seg_len == 1 || digits) {
              i += len;
              seg_len = 0;
              dotted = !digits;
              continue;
            }
          }
          break;
        }
        // A trailing period stays with abbreviations, initials and "U.S.".
        if (i < para.end && text[i] == '.' && !(i + 1 < para.end && text[i + 1] == '.')) {
          std::string_view word = text.substr(start, i - start);
          size_t hy = word.rfind('-');
          std::string_view last = hy == std::string_view::npos ? word : word.substr(hy + 1);
          // ("wrote on X." is the platform, no initial.)
          // ("runs the platform X.", "posted to X.": the platform after its
          // word, too.)
          auto after_word = [&](std::string_view w) {
            return start >= para.begin + w.size() + 1 && text.substr(start - w.size() - 1, w.size() + 1) ==
                                                            std::string(w) + " ";
          };
          bool initial = seg_len == 1 && StartsUpper(last) &&
                         !(last == "X" && (after_word("on") || after_word("platform") || after_word("to") ||
                                           after_word("via") || after_word("app") || after_word("site")));
          // "the No. 2 Republican", "Art. 5": "No." before a number is an
          // abbreviation, while "he said no." ends a sentence.
          const bool number_sign = (last == "No" || last == "Nos" || last == "Art") &&
                                   i + 2 < para.end && text[i + 1] == ' ' && text[i + 2] >= '0' &&
                                   text[i + 2] <= '9';
          // ("(R-La.)", "(D-Ill.)", "R-Miss.,": a party and its state's
          // abbreviation, before a bracket or a comma.)
          // ("(D., Mo.)": the Wall Street Journal's form.)
          const bool wsj_party = hy == std::string_view::npos && start >= para.begin + 4 &&
                                 text.compare(start - 2, 2, ", ") == 0 && text[start - 3] == '.' &&
                                 (text[start - 4] == 'R' || text[start - 4] == 'D' || text[start - 4] == 'I');
          const bool party_state = (hy == 1 || wsj_party) && (wsj_party || word[0] == 'R' || word[0] == 'D' ||
                                                              word[0] == 'I') &&
                                   last.size() >= 2 && last.size() <= 5 && StartsUpper(last) && i + 1 < para.end &&
                                   (text[i + 1] == ')' || text[i + 1] == ',');
          if (dotted || initial || number_sign || party_state || lex_->abbreviations.Contains(last)) ++i;
        }
        // "Dato' Sri Anwar": the Malay title keeps its apostrophe.
        if (i < para.end && i - start == 4 && text.compare(start, 4, "Dato") == 0 &&
            (text[i] == '\'' || text.compare(i, 3, "\xE2\x80\x99") == 0)) {
          i += text[i] == '\'' ? 1 : 3;
        }
        doc.tokens.push_back({{uint32_t(start), uint32_t(i)}, 0});
        continue;
      }
      // Punctuation: runs of dots and of hyphens are one token.
      if (c == '.' || c == '-') {
        while (i < para.end && text[i] == char(c)) ++i;
      } else if ((c == '\'' || c == 0x2019) && i + len + 1 <= para.end &&
                 (text[i + len] == 's' || text[i + len] == 'S') &&
                 (i + len + 1 == para.end || !IsWordChar(text[i + len + 1])) && i > para.begin &&
                 IsWordChar(text[i - 1])) {
        i += len + 1;  // possessive 's
      } else {
        i += len;
      }
      doc.tokens.push_back({{uint32_t(start), uint32_t(i)}, 0});
    }

    // Sentences.
    const size_t end_token = doc.tokens.size();
    size_t sent_begin = first_token;
    auto tok = [&](size_t k) { return doc.Slice(doc.tokens[k].span); };
    auto close_sentence = [&](size_t end) {
      if (end <= sent_begin) return;
      Sentence s;
      s.span = {doc.tokens[sent_begin].span.begin, doc.tokens[end - 1].span.end};
      s.first_token = uint32_t(sent_begin);
      s.end_token = uint32_t(end);
      s.paragraph = p;
      uint32_t index = uint32_t(doc.sentences.size());
      for (size_t k = sent_begin; k < end; ++k) doc.tokens[k].sentence = index;
      doc.sentences.push_back(s);
      sent_begin = end;
    };
    size_t line_start = first_token;
    auto break_between = [&](size_t a) {  // a line break between tokens a and a + 1
      for (uint32_t c = doc.tokens[a].span.end; c < doc.tokens[a + 1].span.begin; ++c) {
        if (text[c] == '\n') return true;
      }
      return false;
    };
    bool break_after = false;  // break_between(k), computed once per token
    size_t break_after_of = SIZE_MAX;
    for (size_t k = first_token; k < end_token; ++k) {
      std::string_view t = tok(k);
      // Every line starts at the token after a line break, whatever ended
      // the line before ("... next year.\n“DIVISIVE, STUPID AND WRONG”\n").
      const bool break_before = k > first_token && (break_after_of + 1 == k ? break_after : break_between(k - 1));
      if (break_before) line_start = std::max(line_start, k);
      break_after = k + 1 < end_token && break_between(k);
      break_after_of = k;
      bool terminal = IsTerminal(t);
      bool abbrev = !terminal && t.size() > 1 && t.back() == '.';
      if (!terminal && !abbrev && k + 1 < end_token) {
        // A headline on a line of its own ("Chris Christie Says He Would
        // Issue A Quarantine\nChris Christie said ...") ends at the line
        // break, punctuation or not.
        if (break_after) {
          size_t words = 0, capitalised = 0;
          std::string_view last_word;  // "“DIVISIVE, STUPID AND WRONG”": the closing mark is no word
          for (size_t m = line_start; m <= k; ++m) {
            std::string_view w = tok(m);
            size_t wl;
            if (!IsWordChar(DecodeAt(w, 0, &wl))) continue;
            last_word = w;
            if (TitleFunctionWord(w)) continue;
            ++words;
            capitalised += StartsUpper(w) || IsDigit(DecodeAt(w, 0, &wl));
          }
          size_t nl;
          const bool title = words >= 3 && capitalised * 10 >= words * 8 && StartsUpper(last_word) &&
                             IsUpper(DecodeAt(tok(k + 1), 0, &nl));
          line_start = k + 1;
          if (title) {
            close_sentence(k + 1);
            continue;
          }
        }
      }
      if (!terminal && !abbrev) continue;
      // ("Which? said the fees were unfair": the consumer group's name.)
      if (t == "?" && k > first_token && tok(k - 1) == "Which" &&
          doc.tokens[k].span.begin == doc.tokens[k - 1].span.end && k + 1 < end_token) {
        size_t wl;
        if (IsLower(DecodeAt(tok(k + 1), 0, &wl))) continue;
      }
      // Closing quotes and brackets glued to the terminal belong to it.
      size_t end = k + 1;
      while (end < end_token && doc.tokens[end].span.begin == doc.tokens[end - 1].span.end) {
        size_t l;
        char32_t c = DecodeAt(text, doc.tokens[end].span.begin, &l);
        if (!(IsDoubleQuote(c) || IsSingleQuote(c) || IsCloseBracket(c))) break;
        ++end;
      }
      size_t gl;
      // ("Deutsche Handelsbank AG (DHBGn.DE) is ...": a ticker's exchange
      // glued to the full stop, before its closing bracket, ends nothing.)
      if (end == k + 1 && end + 1 < end_token && doc.tokens[end].span.begin == doc.tokens[k].span.end &&
          tok(end).size() <= 4 && IsCloseBracket(DecodeAt(tok(end + 1), 0, &gl))) {
        bool code = true;
        for (char c : tok(end)) code = code && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        if (code) continue;
      }
      if (end >= end_token) break;
      std::string_view next = tok(end);
      size_t l;
      char32_t n = DecodeAt(next, 0, &l);
      // ("``The world has taken everything from us.''": a typewriter's
      // opening backticks too.)
      bool starts = IsUpper(n) || IsDigit(n) || IsDoubleQuote(n) || IsSingleQuote(n) ||
                    IsOpenBracket(n) || IsDash(n) || n == '`';
      if (!starts) continue;
      if (abbrev || IsEllipsis(t)) {
        std::string_view word = abbrev ? t.substr(0, t.size() - 1) : t;
        size_t hy = word.rfind('-');
        if (hy != std::string_view::npos) word = word.substr(hy + 1);
        // "... in Santa Monica, Calif. "The reality is ...": a quote opening
        // with a capital after the abbreviation starts a sentence too, even
        // after one that may stand before a name ("of 12 Elm St. "Way too
        // big," she added").
        size_t ql;
        const bool quote_opens = (n == 0x201C || n == '"') && end + 1 < end_token &&
                                 doc.tokens[end].span.end == doc.tokens[end + 1].span.begin &&
                                 IsUpper(DecodeAt(tok(end + 1), 0, &ql));
        if (abbrev && !quote_opens && (lex_->title_abbreviations.Contains(word) ||
                                       (word.size() == 1 && StartsUpper(word)))) {
          continue;  // "Gen. Smith", "J. Smith": a name follows
        }
        // "... into the U.S.\nChris Christie added ...": a line break after
        // the abbreviation ends the sentence whatever word follows.
        bool line_break = false;
        for (uint32_t c = doc.tokens[end - 1].span.end; c < doc.tokens[end].span.begin && !line_break; ++c) {
          line_break = text[c] == '\n';
        }
        // ("at 2:11 a.m. Naomi Sato said": a clock time ends its sentence
        // before any capital but a day, a month or a time zone.)
        const bool clock = abbrev && (word == "a.m" || word == "p.m") && IsUpper(n) &&
                           !(next == "Monday" || next == "Tuesday" || next == "Wednesday" || next == "Thursday" ||
                             next == "Friday" || next == "Saturday" || next == "Sunday" || next == "ET" ||
                             next == "EST" || next == "EDT" || next == "PT" || next == "PST" || next == "PDT" ||
                             next == "CT" || next == "CST" || next == "CDT" || next == "MT" || next == "GMT" ||
                             next == "BST" || next == "UTC" || next == "CET" || next == "IST" || next == "Eastern" ||
                             next == "Pacific" || next == "Central" || next == "Mountain" || next == "January" ||
                             next == "February" || next == "March" || next == "April" || next == "May" ||
                             next == "June" || next == "July" || next == "August" || next == "September" ||
                             next == "October" || next == "November" || next == "December" || next == "Jan." ||
                             next == "Feb." || next == "Aug." || next == "Sept." || next == "Oct." || next == "Nov." ||
                             next == "Dec." || next == "Local" || next == "Greenwich");
        // ("Tech. Sgt. Lauren Hobbs", but "He left Texas Tech. Coach Ross
        // said": the Air Force's rank only before the sergeant it modifies.)
        const bool tech = abbrev && (word == "Tech" || word == "tech");
        if (tech && (next == "Sgt." || next == "Sergeant")) continue;
        if (!tech && !quote_opens && !clock && (!IsUpper(n) || (!lex_->starters.Contains(next) && !line_break))) {
          continue;
        }
      }
      close_sentence(end);
      k = end - 1;
    }
    close_sentence(end_token);
  }
}

}  // namespace newsgraph::text

// Article extraction for plain-text pages: a crawler's text dump of a web
// page, where the article sits between the site's banner, menus and footer.
// The page is read as blocks (paragraphs between blank lines); the body is
// the run of prose blocks, and the short blocks around it are read for the
// title, the original source and the credits before being dropped.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/utf8.h"
#include "html/credit_lines.h"
#include "html/dates.h"
#include "html/extractor.h"
#include "io/encoding.h"

namespace newsgraph::html {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Splits at blank lines; when the page has none, each line is a block.
std::vector<std::string_view> SplitBlocks(std::string_view text) {
  std::vector<std::string_view> blocks;
  bool has_blank_lines = false;
  size_t pos = 0, start = 0;
  auto push = [&](size_t end) {
    std::string_view b = Trim(text.substr(start, end - start));
    if (!b.empty()) blocks.push_back(b);
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) break;
    size_t next = nl + 1;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
    if (next < text.size() && text[next] == '\n') {
      has_blank_lines = true;
      push(nl);
      start = next + 1;
      pos = start;
    } else {
      pos = nl + 1;
    }
  }
  push(text.size());
  if (has_blank_lines || blocks.size() != 1) return blocks;
  // No blank line at all: one block per line.
  blocks.clear();
  pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    if (!line.empty()) blocks.push_back(line);
    pos = nl + 1;
  }
  return blocks;
}

size_t WordCount(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool alnum = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
    if (alnum && !in_word) ++words;
    in_word = alnum;
  }
  return words;
}

bool EndsLikeSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty()) {
    // Closing quotes and brackets may follow the full stop.
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

bool IsBoilerplate(std::string_view block) {
  static const std::vector<std::string_view> phrases = LexiconLines("text_pages/boilerplate.txt");
  std::string lower = Lower(block);
  if (lower.rfind("copyright", 0) == 0 || lower.rfind("\xC2\xA9", 0) == 0 || lower.rfind("(c) ", 0) == 0) {
    return true;
  }
  int hits = 0;
  for (std::string_view p : phrases) {
    if (lower.find(p) != std::string::npos) ++hits;
  }
  if (lower.find("\xC2\xA9") != std::string::npos) ++hits;  // ©
  // A long paragraph that merely mentions "newsletter" is still prose; a
  // long one full of legal formulas is not.
  return WordCount(block) <= 60 ? hits >= 1 : hits >= 3;
}

// Prose: a paragraph of the article rather than a label, menu or headline.
bool IsProse(std::string_view block) {
  size_t words = WordCount(block);
  return words >= 12 && EndsLikeSentence(block);
}

// Reads a dateline at the start of the body ("2021-01-12 -- ",
// "WASHINGTON, Jan. 12 (Reuters) - ") and returns the date it holds, if any.
std::string DatelineDate(std::string_view block) {
  size_t limit = std::min<size_t>(block.size(), 120);
  std::string_view head = block.substr(0, limit);
  size_t sep = std::string_view::npos;
  for (std::string_view dash : {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", "\xE2\x80\x94"}) {
    size_t k = head.find(dash);
    if (k != std::string_view::npos && k < sep) sep = k;
  }
  if (sep == std::string_view::npos) return {};
  return DateFromText(head.substr(0, sep));
}

void Append(std::string* out, std::string_view block) {
  // Lines wrapped inside a paragraph are joined; runs of spaces collapse.
  if (!out->empty()) out->append("\n\n");
  bool space = false;
  for (char c : block) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space) out->push_back(' ');
    space = false;
    out->push_back(c);
  }
}

}  // namespace

void ExtractPlainTextPage(Document& doc) {
  std::string decoded = io::DecodeToUtf8(doc.source.raw, doc.source.http_charset);
  // Windows line ends would otherwise break paragraph detection and offsets.
  if (!doc.source.verbatim && decoded.find('\r') != std::string::npos) {
    decoded.erase(std::remove(decoded.begin(), decoded.end(), '\r'), decoded.end());
  }
  std::vector<std::string_view> blocks = SplitBlocks(decoded);

  // Credits and legal lines are classified first: both can look like prose.
  std::vector<char> credit(blocks.size()), boiler(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    credit[i] = ParseCreditLine(blocks[i], &doc.authors);
    boiler[i] = !credit[i] && IsBoilerplate(blocks[i]);
  }
  size_t first = blocks.size(), last = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (credit[i] || boiler[i] || !IsProse(blocks[i])) continue;
    if (first == blocks.size()) first = i;
    last = i;
  }

  if (first < blocks.size()) {
    doc.published = DatelineDate(blocks[first]);
    // Above the body: a date line, the agency line and the headline.
    for (size_t i = 0; i < first; ++i) {
      if (credit[i] || boiler[i]) continue;
      std::string_view b = blocks[i];
      std::string agency = AgencyLine(b);
      if (!agency.empty()) {
        doc.original_source = agency;
        continue;
      }
      // A line that is only a date ("March 4, 2025"), not a headline with one.
      std::string date = b.size() <= 40 ? NormalizeDate(b) : std::string();
      if (!date.empty()) {
        if (doc.published.empty()) doc.published = date;
        continue;
      }
      size_t words = WordCount(b);
      if (words >= 3 && words <= 30 && b.find('\n') == std::string_view::npos) doc.title = std::string(b);
    }
  }
  if (doc.original_source.empty() && first < blocks.size()) {
    doc.original_source = SyndicationCredit(blocks[first].substr(0, 200));
  }
  for (size_t i = 0; i < blocks.size() && doc.original_source.empty(); ++i) {
    if (boiler[i] || credit[i] || i > last) doc.original_source = SyndicationCredit(blocks[i]);
  }

  if (doc.source.verbatim) {
    doc.text = std::move(decoded);
    return;
  }
  // A page without a single prose paragraph (a list, a transcript, one huge
  // line) keeps all its non-furniture blocks rather than losing them.
  if (first == blocks.size()) {
    first = 0;
    last = blocks.size() - 1;
  }
  std::string body;
  for (size_t i = first; i <= last && i < blocks.size(); ++i) {
    if (credit[i] || boiler[i]) continue;
    Append(&body, blocks[i]);
  }
  doc.text = std::move(body);
}

}  // namespace newsgraph::html

#include "html/credit_lines.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/lexicon.h"

namespace newsgraph::html {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

struct CreditPrefix {
  std::string prefix;
  bool author;
};

const std::vector<CreditPrefix>& CreditPrefixes() {
  static const std::vector<CreditPrefix> prefixes = [] {
    std::vector<CreditPrefix> out;
    for (std::string_view line : LexiconLines("text_pages/credits.txt")) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      out.push_back({std::string(line.substr(0, tab)), Trim(line.substr(tab + 1)) == "author"});
    }
    // Longest first, so "written in english by" wins over "by".
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.prefix.size() > b.prefix.size(); });
    return out;
  }();
  return prefixes;
}

// Lower-cased name or alias -> canonical agency name.
const std::unordered_map<std::string, std::string>& Agencies() {
  static const auto agencies = [] {
    std::unordered_map<std::string, std::string> out;
    for (std::string_view line : LexiconLines("sources/news_agencies.txt")) {
      std::string canonical;
      size_t pos = 0;
      while (pos <= line.size()) {
        size_t bar = line.find('|', pos);
        if (bar == std::string_view::npos) bar = line.size();
        std::string name(Trim(line.substr(pos, bar - pos)));
        if (canonical.empty()) canonical = name;
        if (!name.empty()) out.emplace(Lower(name), canonical);
        pos = bar + 1;
      }
    }
    return out;
  }();
  return agencies;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// A person's name: one to five words, each starting with a capital letter
// (particles such as "van", "de", "bin" allowed inside).
bool LooksLikeName(std::string_view s) {
  if (s.empty() || !IsUpper(s[0])) return false;
  int words = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view w = s.substr(i, j - i);
    if (!w.empty()) {
      ++words;
      bool particle = w == "van" || w == "de" || w == "der" || w == "bin" || w == "al" || w == "von" || w == "da";
      if (!IsUpper(w[0]) && !particle) return false;
    }
    i = j + 1;
  }
  return words >= 1 && words <= 5;
}

// Splits "A, B and C for X" into names, dropping the trailing "for/of/in X".
std::vector<std::string> SplitNames(std::string_view list) {
  for (std::string_view stop : {" for ", " of ", " in ", " from ", " at ", " with "}) {
    size_t k = list.find(stop);
    if (k != std::string_view::npos) list = list.substr(0, k);
  }
  std::vector<std::string> names;
  std::string current;
  auto flush = [&] {
    std::string_view t = Trim(current);
    if (!t.empty()) names.emplace_back(t);
    current.clear();
  };
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] == ',' || list[i] == '&' || list[i] == ';') {
      flush();
    } else if (list.substr(i, 5) == " and ") {
      flush();
      i += 4;
    } else {
      current += list[i];
    }
  }
  flush();
  return names;
}

}  // namespace

bool ParseCreditLine(std::string_view line, std::vector<std::string>* authors) {
  line = Trim(line);
  if (line.empty() || line.size() > 600) return false;
  std::vector<std::string> found;
  // A credit line is a run of credit sentences: "Reported by ... . Written by ... ."
  size_t pos = 0;
  int credits = 0;
  while (pos < line.size()) {
    // Credits are separated by full stops or, in wire style, semicolons.
    size_t end = std::min(line.find(". ", pos), line.find("; ", pos));
    if (end == std::string_view::npos) end = line.size();
    std::string_view sentence = Trim(line.substr(pos, end - pos));
    pos = end + 1;
    if (!sentence.empty() && sentence.back() == '.') sentence.remove_suffix(1);
    if (!sentence.empty() && (sentence.front() == '(' || sentence.front() == '[')) sentence.remove_prefix(1);
    if (!sentence.empty() && (sentence.back() == ')' || sentence.back() == ']')) sentence.remove_suffix(1);
    if (sentence.empty()) continue;
    std::string lower = Lower(sentence);
    const CreditPrefix* match = nullptr;
    for (const CreditPrefix& p : CreditPrefixes()) {
      if (lower.compare(0, p.prefix.size() + 1, p.prefix + " ") == 0) {
        match = &p;
        break;
      }
    }
    if (!match) return false;
    std::vector<std::string> names = SplitNames(sentence.substr(match->prefix.size() + 1));
    if (names.empty()) return false;
    for (const std::string& n : names) {
      if (!LooksLikeName(n)) return false;
    }
    // "By" alone opens many ordinary sentences; accept it only on a short line.
    if (match->prefix == "by" && line.size() > 80) return false;
    if (match->author) found.insert(found.end(), names.begin(), names.end());
    ++credits;
  }
  if (credits == 0) return false;
  for (std::string& n : found) {
    if (std::find(authors->begin(), authors->end(), n) == authors->end()) authors->push_back(std::move(n));
  }
  return true;
}

std::string AgencyLine(std::string_view line) {
  line = Trim(line);
  if (line.size() > 80) return {};
  auto it = Agencies().find(Lower(line));
  return it == Agencies().end() ? std::string() : it->second;
}

std::string SyndicationCredit(std::string_view text) {
  const std::string lower = Lower(text);
  // Formulas followed by the agency's name.
  for (std::string_view formula : {"used with the permission of ", "used with permission of ",
                                   "originally published by ", "originally appeared on ",
                                   "originally appeared in ", "republished with permission from ",
                                   "republished from ", "reprinted with permission from "}) {
    size_t k = lower.find(formula);
    if (k == std::string::npos) continue;
    size_t start = k + formula.size();
    size_t end = start;
    while (end < text.size() && text[end] != ',' && text[end] != '.' && text[end] != ';' && text[end] != '\n' &&
           end - start < 80) {
      ++end;
    }
    std::string_view name = Trim(text.substr(start, end - start));
    if (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ") name.remove_prefix(4);
    std::string agency = AgencyLine(name);
    if (!agency.empty()) return agency;
    if (LooksLikeName(name)) return std::string(name);
  }
  // "(Reuters) -" or "(AP) —" in a dateline.
  for (size_t open = text.find('('); open != std::string_view::npos && open < 400;
       open = text.find('(', open + 1)) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 40) continue;
    std::string agency = AgencyLine(text.substr(open + 1, close - open - 1));
    if (!agency.empty()) return agency;
  }
  return {};
}

}  // namespace newsgraph::html

#include "core/dates.h"

#include <cctype>
#include <cstdio>

namespace newsgraph::dates {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Reads 1..max_digits digits at s[*i]; returns -1 when there are none.
int ReadNumber(std::string_view s, size_t* i, int max_digits) {
  int value = 0, n = 0;
  while (*i < s.size() && IsDigit(s[*i]) && n < max_digits) {
    value = value * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  if (n == 0 || (*i < s.size() && IsDigit(s[*i]))) return -1;
  return value;
}

std::string_view ReadWord(std::string_view s, size_t* i) {
  size_t start = *i;
  while (*i < s.size() && IsAlpha(s[*i])) ++*i;
  return s.substr(start, *i - start);
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n')) ++*i;
}

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

std::string Format(int y, int m, int d) {
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool IsWeekday(std::string_view w) {
  static const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  if (w.size() < 3) return false;
  for (const char* d : kDays) {
    if (std::tolower(static_cast<unsigned char>(w[0])) == d[0] &&
        std::tolower(static_cast<unsigned char>(w[1])) == d[1] &&
        std::tolower(static_cast<unsigned char>(w[2])) == d[2]) {
      return true;
    }
  }
  return false;
}

// "2021-01-12", "2021/01/12", with an optional ISO time after "T" or a space.
std::string ParseNumeric(std::string_view s, size_t i, size_t* consumed) {
  size_t start = i;
  int y = ReadNumber(s, &i, 4);
  if (y < 1000 || i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return {};
  char sep = s[i++];
  int m = ReadNumber(s, &i, 2);
  if (m < 0 || i >= s.size() || s[i] != sep) return {};
  ++i;
  int d = ReadNumber(s, &i, 2);
  if (!ValidDate(y, m, d)) return {};
  std::string out = Format(y, m, d);
  // Keep an ISO time: THH:MM[:SS[.fff]][Z|+HH:MM]
  if (sep == '-' && i + 5 < s.size() && s[i] == 'T' && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) &&
      s[i + 3] == ':') {
    size_t j = i + 1;
    while (j < s.size() && (IsDigit(s[j]) || s[j] == ':' || s[j] == '.')) ++j;
    if (j < s.size() && (s[j] == 'Z' || s[j] == 'z')) {
      ++j;
    } else if (j + 2 < s.size() && (s[j] == '+' || s[j] == '-') && IsDigit(s[j + 1])) {
      ++j;
      while (j < s.size() && (IsDigit(s[j]) || s[j] == ':')) ++j;
    }
    out += std::string(s.substr(i, j - i));
    i = j;
  }
  if (consumed) *consumed = i - start;
  return out;
}

std::string ParseWords(std::string_view s, size_t i, size_t* consumed) {
  size_t start = i;
  // Optional weekday: "Tuesday, " or "Tue "
  if (i < s.size() && IsAlpha(s[i])) {
    size_t j = i;
    std::string_view w = ReadWord(s, &j);
    if (IsWeekday(w) && MonthNumber(w) == 0) {
      if (j < s.size() && s[j] == '.') ++j;
      if (j < s.size() && s[j] == ',') ++j;
      SkipSpaces(s, &j);
      i = j;
    }
  }
  int y = -1, m = 0, d = -1;
  if (i < s.size() && IsDigit(s[i])) {
    // 12 January 2021
    d = ReadNumber(s, &i, 2);
    if (i + 1 < s.size() && (s.substr(i, 2) == "st" || s.substr(i, 2) == "nd" || s.substr(i, 2) == "rd" ||
                             s.substr(i, 2) == "th")) {
      i += 2;
    }
    SkipSpaces(s, &i);
    if (i < s.size() && s[i] == 'o' && s.substr(i, 3) == "of ") i += 3;
    m = MonthNumber(ReadWord(s, &i));
    if (i < s.size() && s[i] == '.') ++i;
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, &i);
    y = ReadNumber(s, &i, 4);
  } else {
    // January 12, 2021
    m = MonthNumber(ReadWord(s, &i));
    if (m == 0) return {};
    if (i < s.size() && s[i] == '.') ++i;
    SkipSpaces(s, &i);
    d = ReadNumber(s, &i, 2);
    if (i + 1 < s.size() && (s.substr(i, 2) == "st" || s.substr(i, 2) == "nd" || s.substr(i, 2) == "rd" ||
                             s.substr(i, 2) == "th")) {
      i += 2;
    }
    if (i < s.size() && s[i] == ',') ++i;
    SkipSpaces(s, &i);
    y = ReadNumber(s, &i, 4);
  }
  if (!ValidDate(y, m, d)) return {};
  if (consumed) *consumed = i - start;
  return Format(y, m, d);
}

}  // namespace

int MonthNumber(std::string_view w) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "sept") return 9;
  for (int k = 0; k < 12; ++k) {
    std::string_view full = kMonths[k];
    if (lower == full || (lower.size() == 3 && full.substr(0, 3) == lower)) return k + 1;
  }
  return 0;
}

std::string Parse(std::string_view s, size_t* consumed) {
  size_t i = 0;
  SkipSpaces(s, &i);
  size_t used = 0;
  std::string out;
  if (i < s.size() && IsDigit(s[i])) out = ParseNumeric(s, i, &used);
  if (out.empty()) out = ParseWords(s, i, &used);
  if (!out.empty() && consumed) *consumed = i + used;
  return out;
}

std::string Find(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    bool boundary = i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
    if (!boundary || !(IsDigit(s[i]) || IsAlpha(s[i]))) continue;
    std::string out = Parse(s.substr(i));
    if (!out.empty()) return out;
  }
  return {};
}

}  // namespace newsgraph::dates

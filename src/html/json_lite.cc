#include "html/json_lite.h"

#include <cmath>
#include <cstdlib>

#include "core/utf8.h"

namespace newsgraph::html {

bool JsonValue::is_string() const {
  return doc_ && doc_->nodes_[index_].type == JsonDoc::kString;
}
bool JsonValue::is_array() const { return doc_ && doc_->nodes_[index_].type == JsonDoc::kArray; }
bool JsonValue::is_object() const {
  return doc_ && doc_->nodes_[index_].type == JsonDoc::kObject;
}

std::string_view JsonValue::str() const {
  if (!is_string()) return {};
  const JsonDoc::Node& n = doc_->nodes_[index_];
  return std::string_view(doc_->strings_).substr(n.str_begin, n.str_size);
}

size_t JsonValue::size() const { return doc_ ? doc_->nodes_[index_].count : 0; }

JsonValue JsonValue::front() const {
  if (!is_array() || doc_->nodes_[index_].first == JsonDoc::kNone) return {};
  return JsonValue(doc_, doc_->nodes_[index_].first);
}

JsonValue JsonValue::find(std::string_view key) const {
  if (!is_object()) return {};
  uint32_t found = JsonDoc::kNone;
  for (uint32_t c = doc_->nodes_[index_].first; c != JsonDoc::kNone; c = doc_->nodes_[c].next) {
    const JsonDoc::Node& m = doc_->nodes_[c];
    if (std::string_view(doc_->strings_).substr(m.key_begin, m.key_size) == key) found = c;
  }
  return found == JsonDoc::kNone ? JsonValue() : JsonValue(doc_, found);
}

JsonValue::Iterator& JsonValue::Iterator::operator++() {
  index_ = doc_->nodes_[index_].next;
  return *this;
}

JsonValue::Iterator JsonValue::begin() const {
  if (!is_array() && !is_object()) return end();
  return Iterator(doc_, doc_->nodes_[index_].first);
}

JsonValue::Iterator JsonValue::end() const { return Iterator(doc_, JsonDoc::kNone); }

JsonValue JsonDoc::root() const {
  return nodes_.empty() ? JsonValue() : JsonValue(this, 0);
}

namespace {

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at text[i]; -1 when not.
int CodeUnit(std::string_view text, size_t i) {
  if (i + 4 > text.size()) return -1;
  int v = 0;
  for (size_t k = 0; k < 4; ++k) {
    int h = HexValue(text[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A number at text[*i] by the JSON grammar; false when malformed or when
// its value overflows a double (as nlohmann::json rejects it).
bool ScanNumber(std::string_view text, size_t* i) {
  const size_t n = text.size();
  size_t b = *i, k = *i;
  bool plain_integer = true;
  if (k < n && text[k] == '-') ++k;
  if (k >= n || !IsDigit(text[k])) return false;
  if (text[k] == '0') {
    ++k;
  } else {
    while (k < n && IsDigit(text[k])) ++k;
  }
  if (k < n && text[k] == '.') {
    plain_integer = false;
    ++k;
    if (k >= n || !IsDigit(text[k])) return false;
    while (k < n && IsDigit(text[k])) ++k;
  }
  if (k < n && (text[k] == 'e' || text[k] == 'E')) {
    plain_integer = false;
    ++k;
    if (k < n && (text[k] == '+' || text[k] == '-')) ++k;
    if (k >= n || !IsDigit(text[k])) return false;
    while (k < n && IsDigit(text[k])) ++k;
  }
  *i = k;
  // Integers of up to 18 digits fit any integer type; the rest are read as
  // a double, which must be finite.
  size_t digits = k - b - (text[b] == '-' ? 1 : 0);
  if (plain_integer && digits <= 18) return true;
  std::string token(text.substr(b, k - b));
  return std::isfinite(std::strtod(token.c_str(), nullptr));
}

}  // namespace

bool JsonDoc::ParseString(std::string_view text, size_t* pos) {
  size_t i = *pos + 1;  // past the opening quote
  const size_t n = text.size();
  size_t run = i;
  while (true) {
    while (i < n && text[i] != '"' && text[i] != '\\' &&
           static_cast<unsigned char>(text[i]) >= 0x20)
      ++i;
    if (i >= n) return false;
    strings_.append(text.data() + run, i - run);
    char c = text[i];
    if (c == '"') {
      *pos = i + 1;
      return true;
    }
    if (c != '\\') return false;  // a raw control character
    if (i + 1 >= n) return false;
    char e = text[i + 1];
    i += 2;
    switch (e) {
      case '"': strings_.push_back('"'); break;
      case '\\': strings_.push_back('\\'); break;
      case '/': strings_.push_back('/'); break;
      case 'b': strings_.push_back('\b'); break;
      case 'f': strings_.push_back('\f'); break;
      case 'n': strings_.push_back('\n'); break;
      case 'r': strings_.push_back('\r'); break;
      case 't': strings_.push_back('\t'); break;
      case 'u': {
        int u = CodeUnit(text, i);
        if (u < 0) return false;
        i += 4;
        char32_t cp = static_cast<char32_t>(u);
        if (u >= 0xD800 && u <= 0xDBFF) {
          if (i + 1 >= n || text[i] != '\\' || text[i + 1] != 'u') return false;
          int low = CodeUnit(text, i + 2);
          if (low < 0xDC00 || low > 0xDFFF) return false;
          i += 6;
          cp = 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) +
               (static_cast<char32_t>(low) - 0xDC00);
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
          return false;
        }
        utf8::Append(cp, &strings_);
        break;
      }
      default:
        return false;
    }
    run = i;
  }
}

uint32_t JsonDoc::Add(Type type, uint32_t parent, uint32_t key_begin, uint32_t key_size) {
  uint32_t id = static_cast<uint32_t>(nodes_.size());
  Node node;
  node.type = type;
  node.key_begin = key_begin;
  node.key_size = key_size;
  nodes_.push_back(node);
  if (parent != kNone) {
    Node& p = nodes_[parent];
    if (p.last == kNone) {
      p.first = id;
    } else {
      nodes_[p.last].next = id;
    }
    p.last = id;
    ++p.count;
  }
  return id;
}

bool JsonDoc::Parse(std::string_view text) {
  nodes_.clear();
  strings_.clear();
  auto fail = [this] {
    nodes_.clear();
    strings_.clear();
    return false;
  };
  // Ill-formed UTF-8 anywhere is an error wherever it stands (inside a
  // string as outside one).
  if (!utf8::IsValid(text)) return fail();
  const size_t n = text.size();
  size_t i = 0;
  std::vector<uint32_t> open;  // the open arrays and objects
  uint32_t key_begin = 0, key_size = 0;
  auto skip = [&] {
    while (i < n && IsJsonSpace(text[i])) ++i;
  };
  enum State { kValue, kKey, kAfter } state = kValue;
  while (true) {
    skip();
    if (state == kKey) {
      if (i >= n || text[i] != '"') return fail();
      key_begin = static_cast<uint32_t>(strings_.size());
      if (!ParseString(text, &i)) return fail();
      key_size = static_cast<uint32_t>(strings_.size() - key_begin);
      skip();
      if (i >= n || text[i] != ':') return fail();
      ++i;
      state = kValue;
      continue;
    }
    if (state == kAfter) {
      if (open.empty()) return i == n ? true : fail();
      if (i >= n) return fail();
      uint32_t top = open.back();
      char c = text[i];
      if (c == ',') {
        ++i;
        state = nodes_[top].type == kObject ? kKey : kValue;
      } else if ((c == '}' && nodes_[top].type == kObject) ||
                 (c == ']' && nodes_[top].type == kArray)) {
        ++i;
        open.pop_back();
      } else {
        return fail();
      }
      continue;
    }
    // kValue
    if (i >= n) return fail();
    uint32_t parent = open.empty() ? kNone : open.back();
    bool member = parent != kNone && nodes_[parent].type == kObject;
    uint32_t kb = member ? key_begin : 0, ks = member ? key_size : 0;
    char c = text[i];
    if (c == '{' || c == '[') {
      uint32_t id = Add(c == '{' ? kObject : kArray, parent, kb, ks);
      open.push_back(id);
      ++i;
      skip();
      if (i < n && text[i] == (c == '{' ? '}' : ']')) {
        ++i;
        open.pop_back();
        state = kAfter;
      } else {
        state = c == '{' ? kKey : kValue;
      }
      continue;
    }
    if (c == '"') {
      uint32_t begin = static_cast<uint32_t>(strings_.size());
      if (!ParseString(text, &i)) return fail();
      uint32_t id = Add(kString, parent, kb, ks);
      nodes_[id].str_begin = begin;
      nodes_[id].str_size = static_cast<uint32_t>(strings_.size() - begin);
    } else if (c == '-' || IsDigit(c)) {
      if (!ScanNumber(text, &i)) return fail();
      Add(kNumber, parent, kb, ks);
    } else if (text.substr(i, 4) == "true" || text.substr(i, 4) == "null") {
      i += 4;
      Add(c == 't' ? kBool : kNull, parent, kb, ks);
    } else if (text.substr(i, 5) == "false") {
      i += 5;
      Add(kBool, parent, kb, ks);
    } else {
      return fail();
    }
    state = kAfter;
  }
}

}  // namespace newsgraph::html

#ifndef NEWSGRAPH_HTML_JSON_LITE_H_
#define NEWSGRAPH_HTML_JSON_LITE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::html {

class JsonDoc;

// A value inside a JsonDoc: a small handle, valid while the document is.
// A default (or not found) value is none of the types.
class JsonValue {
 public:
  JsonValue() = default;
  bool valid() const { return doc_ != nullptr; }
  bool is_string() const;
  bool is_array() const;
  bool is_object() const;
  // The decoded text of a string value; empty for other values.
  std::string_view str() const;
  // Elements of an array, members of an object (0 for other values).
  size_t size() const;
  bool empty() const { return size() == 0; }
  // The first element of an array (invalid when empty or not an array).
  JsonValue front() const;
  // The member `key` of an object; with duplicate keys the last one wins,
  // as in nlohmann::json. Invalid when absent or not an object.
  JsonValue find(std::string_view key) const;

  // Iterates the elements of an array (or the members' values of an object).
  class Iterator {
   public:
    JsonValue operator*() const { return JsonValue(doc_, index_); }
    Iterator& operator++();
    bool operator!=(const Iterator& o) const { return index_ != o.index_; }

   private:
    friend class JsonValue;
    Iterator(const JsonDoc* doc, uint32_t index) : doc_(doc), index_(index) {}
    const JsonDoc* doc_;
    uint32_t index_;
  };
  Iterator begin() const;
  Iterator end() const;

 private:
  friend class JsonDoc;
  JsonValue(const JsonDoc* doc, uint32_t index) : doc_(doc), index_(index) {}
  const JsonDoc* doc_ = nullptr;
  uint32_t index_ = 0;
};

// A read-only JSON document, parsed in one pass into a flat array of
// values with every string decoded once. Accepts exactly the texts that
// RFC 8259 (and nlohmann::json::parse in its default strict mode) accepts:
// any syntax error, ill-formed UTF-8, an unpaired surrogate escape or a
// number beyond the range of a double rejects the whole text. Numbers are
// checked, not kept. Nesting depth is bounded only by memory (no recursion).
class JsonDoc {
 public:
  // Parses `text`; false on any error, leaving the document empty.
  bool Parse(std::string_view text);
  // The top value (invalid when the last parse failed).
  JsonValue root() const;

 private:
  friend class JsonValue;
  enum Type : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Node {
    Type type;
    uint32_t next = kNone;   // next element or member of the parent
    uint32_t first = kNone;  // first element or member
    uint32_t last = kNone;   // last element or member
    uint32_t count = 0;      // elements or members
    uint32_t key_begin = 0, key_size = 0;  // in strings_, for object members
    uint32_t str_begin = 0, str_size = 0;  // in strings_, for strings
  };
  bool ParseString(std::string_view text, size_t* i);
  uint32_t Add(Type type, uint32_t parent, uint32_t key_begin, uint32_t key_size);
  std::vector<Node> nodes_;
  std::string strings_;
};

}  // namespace newsgraph::html

#endif  // NEWSGRAPH_HTML_JSON_LITE_H_

#include "core/document.h"

namespace newsgraph {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kDate: return "DATE";
    case EntityType::kNorp: return "NORP";
    case EntityType::kOther: return "MISC";
  }
  return "MISC";
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

}  // namespace newsgraph

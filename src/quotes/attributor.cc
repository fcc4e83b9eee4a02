#include "quotes/attributor.h"

namespace newsgraph::quotes {

QuoteAttributor::QuoteAttributor() = default;

void QuoteAttributor::Process(Document& doc) const {}

}  // namespace newsgraph::quotes

#include "cli/args.h"

namespace newsgraph::cli {

Args::Args(int argc, char** argv, std::set<std::string> flags, std::set<std::string> options) {
  bool options_done = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (options_done || a.size() < 3 || a.compare(0, 2, "--") != 0) {
      if (a == "--") {
        options_done = true;
        continue;
      }
      positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    bool has_inline = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_inline = true;
    }
    if (flags.count(name) && !has_inline) {
      flags_.insert(name);
    } else if (options.count(name)) {
      if (!has_inline) {
        if (i + 1 >= argc) {
          error_ = "--" + name + " needs a value";
          return;
        }
        value = argv[++i];
      }
      values_[name] = value;
    } else {
      error_ = "unknown option --" + name;
      return;
    }
  }
}

std::string Args::Get(const std::string& option, const std::string& fallback) const {
  auto it = values_.find(option);
  return it == values_.end() ? fallback : it->second;
}

}  // namespace newsgraph::cli

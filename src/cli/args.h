#ifndef NEWSGRAPH_CLI_ARGS_H_
#define NEWSGRAPH_CLI_ARGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace newsgraph::cli {

// A small command-line parser: `--flag`, `--name VALUE`, `--name=VALUE`, and
// positional arguments ("-" is positional; "--" ends the options).
class Args {
 public:
  // `flags` take no value; `options` take one. Anything else starting with
  // "--" is a usage error, reported by error().
  Args(int argc, char** argv, std::set<std::string> flags, std::set<std::string> options);

  bool Has(const std::string& flag) const { return flags_.count(flag) > 0; }
  // The option's value, or `fallback` when absent.
  std::string Get(const std::string& option, const std::string& fallback = "") const;
  bool HasValue(const std::string& option) const { return values_.count(option) > 0; }
  const std::vector<std::string>& positional() const { return positional_; }
  const std::string& error() const { return error_; }

 private:
  std::set<std::string> flags_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
  std::string error_;
};

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_ARGS_H_

#ifndef NEWSGRAPH_STORE_ROW_WRITER_H_
#define NEWSGRAPH_STORE_ROW_WRITER_H_

#include <cstdio>
#include <string>
#include <vector>

namespace newsgraph::store {

enum class RowFormat {
  kTable,  // aligned columns for a person; long cells cut to fit
  kTsv,    // tab-separated, with a header line (a table sent to a pipe)
  kJson,   // one JSON object per row (JSON Lines); empty cells are null
  kCsv,    // RFC 4180, with a header line
};

struct Column {
  std::string name;
  bool numeric = false;  // written as a JSON number, right-aligned in tables
  size_t max_width = 0;  // table mode: cut longer cells (0: no limit)
  bool date = false;     // table mode: show the date of an ISO 8601 date-time
};

// Writes query results in one of the formats. JSON, CSV and TSV rows are
// written as they come; a table is buffered until Finish() to align it.
class RowWriter {
 public:
  RowWriter(FILE* out, RowFormat format, std::vector<Column> columns);
  void Add(std::vector<std::string> cells);  // one cell per column
  // Writes what is buffered. Returns false when the output failed.
  bool Finish();

 private:
  void WriteTable();
  FILE* out_;
  RowFormat format_;
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
  bool header_written_ = false;
  std::string line_;
};

// The format asked for on a command line: --json, --csv, else a table on a
// terminal and tab-separated values into a pipe or file.
RowFormat ChooseFormat(bool json, bool csv, FILE* out);

// Appends `s` as a CSV field, quoted when needed.
void AppendCsvField(std::string* out, const std::string& s);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_ROW_WRITER_H_

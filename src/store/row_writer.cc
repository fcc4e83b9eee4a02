#include "store/row_writer.h"

#include <unistd.h>

#include "core/json.h"

namespace newsgraph::store {
namespace {

// Display width in code points (good enough for a terminal table; wide
// scripts come out a little ragged).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Cuts `s` to `width` code points, marking the cut with an ellipsis.
std::string Cut(const std::string& s, size_t width) {
  if (width == 0 || Width(s) <= width) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == width - 1) break;
      ++n;
    }
  }
  return s.substr(0, i) + "\u2026";
}

std::string OneLine(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

RowFormat ChooseFormat(bool json, bool csv, FILE* out) {
  if (json) return RowFormat::kJson;
  if (csv) return RowFormat::kCsv;
  return isatty(fileno(out)) ? RowFormat::kTable : RowFormat::kTsv;
}

void AppendCsvField(std::string* out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

RowWriter::RowWriter(FILE* out, RowFormat format, std::vector<Column> columns)
    : out_(out), format_(format), columns_(std::move(columns)) {}

void RowWriter::Add(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  line_.clear();
  switch (format_) {
    case RowFormat::kTable:
      for (size_t i = 0; i < cells.size(); ++i) {
        if (columns_[i].date && cells[i].size() > 10 && cells[i][4] == '-') cells[i].resize(10);
        cells[i] = Cut(OneLine(cells[i]), columns_[i].max_width);
      }
      rows_.push_back(std::move(cells));
      return;
    case RowFormat::kTsv:
      if (!header_written_) {
        for (size_t i = 0; i < columns_.size(); ++i) line_ += (i ? "\t" : "") + columns_[i].name;
        line_ += "\n";
        header_written_ = true;
      }
      for (size_t i = 0; i < cells.size(); ++i) line_ += (i ? "\t" : "") + OneLine(cells[i]);
      line_ += "\n";
      break;
    case RowFormat::kCsv:
      if (!header_written_) {
        for (size_t i = 0; i < columns_.size(); ++i) {
          if (i) line_ += ",";
          AppendCsvField(&line_, columns_[i].name);
        }
        line_ += "\r\n";
        header_written_ = true;
      }
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i) line_ += ",";
        AppendCsvField(&line_, cells[i]);
      }
      line_ += "\r\n";
      break;
    case RowFormat::kJson:
      line_ += "{";
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i) line_ += ",";
        json::AppendString(&line_, columns_[i].name);
        line_ += ":";
        if (cells[i].empty()) {
          line_ += "null";
        } else if (columns_[i].numeric) {
          line_ += cells[i];
        } else {
          json::AppendString(&line_, cells[i]);
        }
      }
      line_ += "}\n";
      break;
  }
  fwrite(line_.data(), 1, line_.size(), out_);
}

void RowWriter::WriteTable() {
  std::vector<size_t> width(columns_.size());
  for (size_t i = 0; i < columns_.size(); ++i) width[i] = Width(columns_[i].name);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], Width(row[i]));
  }
  auto write_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      size_t pad = width[i] - Width(row[i]);
      bool last = i + 1 == row.size();
      if (columns_[i].numeric) line.append(pad, ' ');
      line += row[i];
      if (!columns_[i].numeric && !last) line.append(pad, ' ');
      if (!last) line += "  ";
    }
    line += "\n";
    fwrite(line.data(), 1, line.size(), out_);
  };
  std::vector<std::string> header;
  std::vector<std::string> rule;
  for (size_t i = 0; i < columns_.size(); ++i) {
    header.push_back(columns_[i].name);
    std::string r;
    for (size_t k = 0; k < width[i]; ++k) r += "\u2500";
    rule.push_back(r);
  }
  write_row(header);
  // The rule's cells are wider in bytes than in columns; pad by width.
  std::string line;
  for (size_t i = 0; i < rule.size(); ++i) line += rule[i] + (i + 1 < rule.size() ? "  " : "\n");
  fwrite(line.data(), 1, line.size(), out_);
  for (const auto& row : rows_) write_row(row);
  if (rows_.empty()) fprintf(out_, "(no results)\n");
}

bool RowWriter::Finish() {
  if (format_ == RowFormat::kTable) WriteTable();
  if (!header_written_ && (format_ == RowFormat::kTsv || format_ == RowFormat::kCsv)) {
    // An empty result still names its columns, for scripts that read them.
    std::string header;
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (i) header += format_ == RowFormat::kTsv ? "\t" : ",";
      if (format_ == RowFormat::kCsv) AppendCsvField(&header, columns_[i].name); else header += columns_[i].name;
    }
    header += format_ == RowFormat::kTsv ? "\n" : "\r\n";
    fwrite(header.data(), 1, header.size(), out_);
    header_written_ = true;
  }
  rows_.clear();
  return fflush(out_) == 0 && !ferror(out_);
}

}  // namespace newsgraph::store

#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

namespace newsgraph::cli {

// Each subcommand takes the arguments after its name and returns the exit
// status: 0 success, 1 failure, 2 usage error.
int RunExtract(int argc, char** argv);
int RunIngest(int argc, char** argv);
int RunQuotes(int argc, char** argv);
int RunSearch(int argc, char** argv);
int RunSpeakers(int argc, char** argv);
int RunEntities(int argc, char** argv);
int RunExport(int argc, char** argv);
// Scores the quotes of the founding page against its gold files.
int RunEval(int argc, char** argv);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_

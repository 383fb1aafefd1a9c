package dev.threadkit.cli.internal;

import dev.threadkit.model.CommentView;
import dev.threadkit.parser.Diagnostic;
import dev.threadkit.parser.DumpParser;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadkit stats}: the shape of each discussion and of all of them together. */
@Command(name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    description = {
        "Summarise the shape of each discussion and of all of them.",
        "",
        "One row per discussion and a total: the dialect it was read in (the total's: mixed when"
            + " several), comments, distinct authors"
            + " (by handle; anonymous comments count none), deepest"
            + " thread (max depth; 0 when every comment is top-level), widest level (most comments"
            + " at one depth), first and last comment time, and the five most active authors."
            + " The total's depth and widest level are the largest of any one discussion.",
        "",
        "Exit status: 0 when every input was read, 2 when one could not be (it is left out)."},
    footer = {"",
        "Examples:",
        "  threadkit stats seeds/",
        "  threadkit stats --json dumps/ | jq .total",
        "  threadkit stats --dialect topcor dumps/"})
public final class StatsCommand extends BatchCommand {

  @Option(names = "--json", description = "Write one JSON object {\"discussions\": [...], \"total\": {...}} instead of a table.")
  boolean json;

  @Option(names = "--strict", description = "Reject a dump with any warning or error, as a failed input.")
  boolean strict;

  /**
   * Creates the command.
   *
   * @param io the process's streams
   */
  public StatsCommand(Io io) {
    super(io);
  }

  @Override
  public Integer call() {
    DumpParser parser = parser(strict);
    List<Input> all = expandInputs();
    Reporter reporter = reporter();
    PrintWriter out = textOut();
    int nameWidth = all.stream().mapToInt(input -> input.id().length()).max().orElse(0);
    int dialectWidth = parser.dialects().stream().mapToInt(d -> d.name().length()).max().orElse(0);
    StatsWriter writer = json ? StatsWriter.json(out) : StatsWriter.table(out, nameWidth, dialectWidth);
    DiscussionStats total = new DiscussionStats("total");
    int[] failed = {0};
    // The figures are counted while each dump is read, on the worker threads: no model.
    DumpWork<DiscussionStats> work = id -> new DumpWork.Run<>() {
      private final DiscussionStats stats = new DiscussionStats(id);

      @Override
      public void start(String dialect) {
        stats.startDiscussion(dialect);
      }

      @Override
      public void comment(CommentView comment) {
        stats.comment(comment);
      }

      @Override
      public DiscussionStats end() {
        stats.endDiscussion();
        return stats;
      }
    };
    streamAll(parser, all, reporter, work, outcome -> {
      if (outcome instanceof Outcome.Streamed<?> streamed) {
        for (Diagnostic diagnostic : streamed.diagnostics()) {
          reporter.diagnostic(outcome.input().label(), diagnostic);
        }
        reporter.clearProgress();
        DiscussionStats stats = (DiscussionStats) streamed.made();
        writer.discussion(stats);
        out.flush();
        total.add(stats);
      } else {
        failed[0]++;
        reporter.failed((Outcome.Failed) outcome);
      }
    });
    writer.total(total);
    out.flush();
    if (out.checkError()) {
      reporter.error("cannot write to standard output", null);
      return ExitCodes.FAILED;
    }
    reporter.summary("read " + Reporter.count(total.discussions(), "dump") + " ("
        + Reporter.count(total.comments(), "comment") + ")", failed[0]);
    return failed[0] > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }
}

package dev.threadkit.cli.internal;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link DiscussionStats} as they come, one discussion at a time, then the total: as an
 * aligned table for people, or as one JSON document for programs.
 */
public abstract sealed class StatsWriter {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  final PrintWriter out;

  StatsWriter(PrintWriter out) {
    this.out = out;
  }

  /**
   * Returns the table writer.
   *
   * @param out where to write
   * @param nameWidth the longest discussion id to come, so that rows align without buffering them
   * @param dialectWidth the longest dialect name that can come
   * @return a writer
   */
  public static StatsWriter table(PrintWriter out, int nameWidth, int dialectWidth) {
    return new Table(out, nameWidth, dialectWidth);
  }

  /**
   * Returns the JSON writer.
   *
   * @param out where to write
   * @return a writer
   */
  public static StatsWriter json(PrintWriter out) {
    return new Json(out);
  }

  /**
   * Writes the figures of one discussion.
   *
   * @param stats the figures
   */
  public abstract void discussion(DiscussionStats stats);

  /**
   * Writes the total and ends the output.
   *
   * @param total the figures of all discussions together
   */
  public abstract void total(DiscussionStats total);

  static String time(java.util.Optional<LocalDateTime> time) {
    return time.map(MINUTES::format).orElse("-");
  }

  /** The human-readable table. */
  static final class Table extends StatsWriter {
    /** The dialect column of a total over discussions read in more than one dialect. */
    static final String MIXED = "mixed";

    private final String rowFormat;
    private boolean headerWritten;

    Table(PrintWriter out, int nameWidth, int dialectWidth) {
      super(out);
      int width = Math.max(nameWidth, "discussion".length());
      int dialect = Math.max(dialectWidth, "dialect".length());
      rowFormat = "%-" + width + "s  %-" + dialect + "s  %8s  %7s  %5s  %6s  %-16s  %-16s  %s%n";
    }

    @Override
    public void discussion(DiscussionStats stats) {
      header();
      row(stats);
    }

    @Override
    public void total(DiscussionStats total) {
      header();
      row(total);
      out.flush();
    }

    private void header() {
      if (!headerWritten) {
        headerWritten = true;
        out.printf(Locale.ROOT, rowFormat, "discussion", "dialect", "comments", "authors", "depth", "widest", "first", "last",
            "most active");
      }
    }

    private void row(DiscussionStats stats) {
      String mostActive = stats.mostActive().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", "));
      // A total over several dialects says "mixed", which keeps the column aligned; --json lists them.
      String dialect = stats.dialects().size() > 1 ? MIXED : stats.dialect();
      out.printf(Locale.ROOT, rowFormat, stats.name(), dialect, stats.comments(), stats.authors(),
          stats.maxDepth() < 0 ? "-" : Integer.toString(stats.maxDepth()), stats.widestLevel(),
          time(stats.first()), time(stats.last()), mostActive.isEmpty() ? "-" : mostActive);
    }
  }

  /** One JSON object: {@code {"discussions": [...], "total": {...}}}. */
  static final class Json extends StatsWriter {
    private int written;

    Json(PrintWriter out) {
      super(out);
    }

    @Override
    public void discussion(DiscussionStats stats) {
      out.print(written++ == 0 ? "{\"discussions\":[\n" : ",\n");
      object(stats, false);
    }

    @Override
    public void total(DiscussionStats total) {
      out.print(written == 0 ? "{\"discussions\":[" : "\n");
      out.print("],\"total\":");
      object(total, true);
      out.print("}\n");
      out.flush();
    }

    private void object(DiscussionStats stats, boolean total) {
      StringBuilder json = new StringBuilder(256).append('{');
      if (total) {
        json.append("\"discussions\":").append(stats.discussions()).append(",\"dialects\":[");
        boolean firstDialect = true;
        for (String dialect : stats.dialects()) {
          json.append(firstDialect ? "" : ",");
          string(json, dialect);
          firstDialect = false;
        }
        json.append(']');
      } else {
        json.append("\"id\":");
        string(json, stats.name());
        json.append(",\"dialect\":");
        string(json, stats.dialect());
      }
      json.append(",\"comments\":").append(stats.comments())
          .append(",\"authors\":").append(stats.authors())
          .append(",\"maxDepth\":").append(stats.maxDepth() < 0 ? "null" : Integer.toString(stats.maxDepth()))
          .append(",\"widestLevel\":").append(stats.widestLevel())
          .append(",\"first\":");
      timeOrNull(json, stats.first());
      json.append(",\"last\":");
      timeOrNull(json, stats.last());
      json.append(",\"mostActive\":[");
      boolean firstEntry = true;
      for (Map.Entry<String, Long> entry : stats.mostActive()) {
        json.append(firstEntry ? "" : ",").append("{\"handle\":");
        string(json, entry.getKey());
        json.append(",\"comments\":").append(entry.getValue()).append('}');
        firstEntry = false;
      }
      out.print(json.append("]}"));
    }

    private static void timeOrNull(StringBuilder json, java.util.Optional<LocalDateTime> time) {
      if (time.isPresent()) {
        string(json, time.get().toString());
      } else {
        json.append("null");
      }
    }

    static void string(StringBuilder json, String value) {
      json.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          case '\n' -> json.append("\\n");
          case '\r' -> json.append("\\r");
          case '\t' -> json.append("\\t");
          default -> {
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
              json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              json.append(c);
            }
          }
        }
      }
      json.append('"');
    }
  }
}

package dev.threadkit.parser.internal;

import dev.threadkit.model.CommentId;
import dev.threadkit.parser.DiagnosticCode;
import dev.threadkit.parser.ParserLimits;
import java.util.Arrays;

/**
 * Turns the sequence of comment headers, each with the depth its indentation gives and the
 * ordinal it wrote, into ids: the generic half of reading a dump, apart from any dialect.
 *
 * <p>It repairs what it must so the ids stay a valid document-order tree, and reports each
 * repair: a header deeper than one below the previous comment is attached one below it; one
 * deeper than the depth limit is attached at the limit, numbered after the comments already
 * there; an ordinal not above its previous
 * sibling's takes the next free one. Ordinals that skip numbers are kept (the page's ids stay
 * the page's ids) and reported.
 */
final class CommentTree {

  /** Reports a repair at the line being placed. */
  interface Report {
    void add(DiagnosticCode code, int column, String message);
  }

  private final int maxDepth;
  /** ordinals[d]: the ordinal at depth d on the path to the last placed comment. */
  private int[] ordinals = new int[16];
  /** path[d]: the id at depth d on that path, or null until someone asks for it. */
  private CommentId[] path = new CommentId[16];
  private int depth = -1;

  CommentTree(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** The depth of the last placed comment, -1 before the first. */
  int depth() {
    return depth;
  }

  /**
   * Places the next header.
   *
   * @param wanted the depth its indentation gives
   * @param ordinal the ordinal it wrote, or 0 when it wrote none: then the next free one is taken
   * @param ordinalColumn the column of its ordinal, for diagnostics
   * @param indentColumn the column where its indentation starts, for diagnostics
   * @param report where repairs are reported
   */
  int place(int wanted, int ordinal, int ordinalColumn, int indentColumn, Report report) {
    int target = wanted;
    boolean limited = target > maxDepth && depth >= maxDepth - 1;
    if (limited) {
      report.add(DiagnosticCode.DEPTH_LIMIT, indentColumn,
          "comment at depth " + target + " is past the depth limit " + maxDepth + "; attached at depth " + maxDepth
              + " (to keep its depth, " + ParserLimits.howToRaise("maxDepth", "--max-depth") + ")");
      target = maxDepth;
    } else if (target > depth + 1) {
      report.add(DiagnosticCode.DEPTH_JUMP, indentColumn,
          "reply indented " + (target - depth) + " levels below the comment before it; attached one level below");
      target = depth + 1;
    }
    int previous = target <= depth ? ordinals[target] : 0;
    int placed = ordinal;
    if (ordinal <= 0) {
      placed = previous + 1;
    } else if (ordinal <= previous) {
      placed = previous + 1;
      if (!limited) {
        report.add(DiagnosticCode.ORDINAL_OUT_OF_ORDER, ordinalColumn,
            "ordinal " + ordinal + " does not follow its previous sibling's " + previous + "; numbered " + placed);
      }
    } else if (ordinal > previous + 1 && !limited) {
      report.add(DiagnosticCode.ORDINAL_GAP, ordinalColumn,
          "ordinal " + ordinal + " follows " + previous + ": " + (ordinal - previous - 1)
              + (ordinal - previous - 1 == 1 ? " comment is" : " comments are") + " missing before it");
    }
    if (target == path.length) {
      path = Arrays.copyOf(path, target * 2);
      ordinals = Arrays.copyOf(ordinals, target * 2);
    }
    ordinals[target] = placed;
    path[target] = null; // the ancestors' ids stay valid; this one is made when asked
    depth = target;
    return placed;
  }

  /** The ordinal of the last placed comment. */
  int ordinal() {
    return ordinals[depth];
  }

  /** The id of the last placed comment, made now if nobody asked for it or its ancestors before. */
  CommentId id() {
    int known = depth;
    while (known >= 0 && path[known] == null) {
      known--;
    }
    for (int d = known + 1; d <= depth; d++) {
      path[d] = d == 0 ? CommentId.root(ordinals[0]) : path[d - 1].child(ordinals[d]);
    }
    return path[depth];
  }
}

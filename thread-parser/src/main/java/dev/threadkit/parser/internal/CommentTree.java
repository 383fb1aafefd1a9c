package dev.threadkit.parser.internal;

import dev.threadkit.model.CommentId;
import dev.threadkit.parser.DiagnosticCode;
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

  private final int maxDepth;
  private final Diagnostics diagnostics;
  /** path[d]: the id at depth d on the path to the last placed comment. */
  private CommentId[] path = new CommentId[16];
  private int depth = -1;

  CommentTree(int maxDepth, Diagnostics diagnostics) {
    this.maxDepth = maxDepth;
    this.diagnostics = diagnostics;
  }

  /** The depth of the last placed comment, -1 before the first. */
  int depth() {
    return depth;
  }

  /**
   * Places the next header.
   *
   * @param wanted the depth its indentation gives
   * @param ordinal the ordinal it wrote
   * @param line its line, for diagnostics
   * @param ordinalColumn the column of its ordinal, for diagnostics
   * @param indentColumn the column where its indentation starts, for diagnostics
   */
  CommentId place(int wanted, int ordinal, int line, int ordinalColumn, int indentColumn) {
    int target = wanted;
    boolean limited = target > maxDepth && depth >= maxDepth - 1;
    if (limited) {
      diagnostics.add(DiagnosticCode.DEPTH_LIMIT, line, indentColumn,
          "comment at depth " + target + " is past the depth limit " + maxDepth + "; attached at depth " + maxDepth);
      target = maxDepth;
    } else if (target > depth + 1) {
      diagnostics.add(DiagnosticCode.DEPTH_JUMP, line, indentColumn,
          "reply indented " + (target - depth) + " levels below the comment before it; attached one level below");
      target = depth + 1;
    }
    int previous = target <= depth ? path[target].ordinal() : 0;
    int placed = ordinal;
    if (ordinal <= previous) {
      placed = previous + 1;
      if (!limited) {
        diagnostics.add(DiagnosticCode.ORDINAL_OUT_OF_ORDER, line, ordinalColumn,
            "ordinal " + ordinal + " does not follow its previous sibling's " + previous + "; numbered " + placed);
      }
    } else if (ordinal > previous + 1 && !limited) {
      diagnostics.add(DiagnosticCode.ORDINAL_GAP, line, ordinalColumn,
          "ordinal " + ordinal + " follows " + previous + ": " + (ordinal - previous - 1)
              + (ordinal - previous - 1 == 1 ? " comment is" : " comments are") + " missing before it");
    }
    CommentId id = target == 0 ? CommentId.root(placed) : path[target - 1].child(placed);
    if (target == path.length) {
      path = Arrays.copyOf(path, target * 2);
    }
    path[target] = id;
    depth = target;
    return id;
  }
}

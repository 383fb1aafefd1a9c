package dev.threadkit.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns an I/O exception into the operating system's reason, for messages
 * such as {@code cannot write out/x.json: permission denied}. A {@link FileSystemException}'s
 * message is its path (and the reason, when the JDK has one), which would name the file twice
 * and often say nothing else: {@code cannot write /proc/x: /proc/x}.
 */
public final class IoReasons {

  private IoReasons() {}

  /**
   * Returns why an I/O operation failed, in lower case, without the path.
   *
   * @param e the exception, or an {@link UncheckedIOException} around one
   * @return for example {@code permission denied}, {@code read-only file system},
   *     {@code is a directory}, {@code no such file or folder}
   */
  public static String of(Throwable e) {
    if (e instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return of(unchecked.getCause());
    }
    if (e instanceof FileSystemException failed) {
      if (failed.getReason() != null && !failed.getReason().isBlank()) {
        return lowerFirst(failed.getReason());
      }
      String byType = byType(failed);
      if (byType != null) {
        return byType;
      }
    }
    if (e instanceof IOException && e.getCause() instanceof IOException cause && cause != e) {
      return of(cause); // Jackson's and other wrappers keep the file system's exception as the cause
    }
    String message = e.getMessage();
    if (message == null || message.isBlank() || e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return message;
  }

  /** The reason each kind of file system exception stands for, when it carries none; checked in order. */
  private static final List<Map.Entry<Class<? extends FileSystemException>, String>> REASONS = List.of(
      Map.entry(AccessDeniedException.class, "permission denied"),
      Map.entry(NoSuchFileException.class, "no such file or folder"),
      Map.entry(FileAlreadyExistsException.class, "already exists"),
      Map.entry(NotDirectoryException.class, "not a folder"),
      Map.entry(DirectoryNotEmptyException.class, "folder not empty"),
      Map.entry(FileSystemLoopException.class, "a cycle of links"),
      Map.entry(NotLinkException.class, "not a link"));

  private static String byType(FileSystemException e) {
    for (Map.Entry<Class<? extends FileSystemException>, String> reason : REASONS) {
      if (reason.getKey().isInstance(e)) {
        return reason.getValue();
      }
    }
    return null;
  }

  /** {@code Read-only file system} as {@code read-only file system}; {@code EACCES} as is. */
  private static String lowerFirst(String reason) {
    if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
      return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
    return reason;
  }
}

package org.herald.app;

import org.herald.core.ErrorCode;
import org.herald.core.HeraldException;
import picocli.CommandLine;

/** Prints Herald's errors as one line; a user's mistake is status 2, anything else 1. */
final class Errors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult r) {
    if (e instanceof HeraldException h) {
      System.err.println("herald: " + h.getMessage());
      return h.code().category() == ErrorCode.Category.USER ? 2 : 1;
    }
    System.err.println("herald: internal error: " + e);
    e.printStackTrace(System.err);
    return 1;
  }
}

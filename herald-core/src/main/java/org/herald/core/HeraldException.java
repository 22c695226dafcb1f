package org.herald.core;

import static java.util.Objects.requireNonNull;

/** Herald's one unchecked exception; its message is meant for the user. */
public final class HeraldException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public HeraldException(ErrorCode code, String message) {
    super(message);
    this.code = requireNonNull(code, "code is null");
  }

  public HeraldException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code is null");
  }

  public ErrorCode code() {
    return code;
  }
}

package org.herald.core;

/** Categorised error codes; the category decides how the edges (CLI, REST) report them. */
public enum ErrorCode {
  /** The input is empty. */
  EMPTY_INPUT(Category.USER),
  /** The input is not text (binary, an image, an archive). */
  NOT_TEXT(Category.USER),
  /** The input's language is not one Herald analyses. */
  UNSUPPORTED_LANGUAGE(Category.USER),
  /** The input could not be read. */
  UNREADABLE(Category.USER),
  /** A command-line or configuration value is wrong. */
  BAD_ARGUMENT(Category.USER),
  /** A gold data set is missing or malformed. */
  BAD_GOLD_DATA(Category.USER),
  /** A model or data file of Herald's could not be loaded. */
  RESOURCE(Category.RESOURCE),
  /** A stage was wired wrongly or a bug surfaced. */
  INTERNAL(Category.INTERNAL);

  /** Who has to act: the user, the installation, or the developers. */
  public enum Category { USER, RESOURCE, INTERNAL }

  private final Category category;

  ErrorCode(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }
}

package org.herald.kb.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lines of {@code office-roles.tsv}: which office (and CAMEO role suffix) a source's position
 * label gives in a country. The first line that matches wins.
 */
final class OfficeRules {
  /** Office key of a position Herald does not track. */
  static final String IGNORED = "-";

  /** One line: pattern, office key, role suffix, countries (empty: all). */
  record Rule(Pattern pattern, String office, String suffix, Set<String> countries) {}

  private final List<Rule> rules;

  private OfficeRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads the lines of office-roles.tsv (comments and blank lines are skipped). */
  static OfficeRules parse(List<String> lines) {
    List<Rule> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        throw new IllegalArgumentException("office-roles.tsv needs 3 columns: " + line);
      }
      Set<String> countries = f.length > 3 && !f[3].isBlank()
          ? Set.of(f[3].strip().split(";")) : Set.of();
      out.add(new Rule(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          f[1].strip(), f[2].strip(), countries));
    }
    return new OfficeRules(out);
  }

  /** The rule for a position label in a country, or null when none matches. */
  @Nullable Rule match(String label, String country) {
    String l = label.strip();
    for (Rule r : rules) {
      if ((r.countries().isEmpty() || r.countries().contains(country))
          && r.pattern().matcher(l).find()) {
        return r;
      }
    }
    return null;
  }
}

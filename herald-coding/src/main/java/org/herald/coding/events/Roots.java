package org.herald.coding.events;

import java.util.Set;

/**
 * How the coder treats each CAMEO root (two digits): which need a target, which act on each
 * other or on the place, which a negation turns into a rejection. These are CAMEO's, the same in
 * every language.
 */
final class Roots {
  private Roots() {}

  /**
   * Roots whose negation is a rejection: not cooperating, not agreeing, not giving, not
   * yielding. A negated statement, appeal or consultation ("did not travel to", "did not say")
   * stays what it is, marked negated.
   */
  static final Set<String> REFUSABLE = Set.of("03", "05", "06", "07", "08");
  /** Roots whose addressee may be the subject of the clause they govern ("demanded that X"). */
  static final Set<String> DIRECTED = Set.of("02", "10", "11", "12", "13");
  /** Roots whose addressee may be that of the infinitive they govern ("threatened to shell X"). */
  static final Set<String> EMBEDDING = Set.of("02", "03", "10", "12", "13");
  /** Roots whose object is a thing criticised or rejected: its owner is the target. */
  static final Set<String> OWNER_ROOTS = Set.of("11", "12");
  /** Lawsuits and verdicts: against whom the proceedings are, not whose they are. */
  static final Set<String> LEGAL_ACTION = Set.of("115", "116");
  /** Roots of violence, whose victims can fall in an attack: assault, fight, mass violence. */
  static final Set<String> VIOLENT = Set.of("18", "19", "20");
  /** Roots whose act "into" something is done to it: "fired into Gaza", "hack into computers". */
  static final Set<String> FORCE_INTO = Set.of("15", "17", "18", "19", "20");
  /** Roots whose act, done by several with no addressee, is done to each other. */
  static final Set<String> RECIPROCAL = Set.of("03", "04", "05", "06", "19");
  /** Roots whose act, with no addressee, is directed at the place where it happens. */
  static final Set<String> ON_PLACE = Set.of("14", "15", "17", "18", "19", "20");
  /** Protest and coercion with no addressee and no place: against the source's own country. */
  static final Set<String> DOMESTIC = Set.of("14", "17");
  /** Acts that only a state's authorities do: investigate (09), coerce (17). */
  static final Set<String> AUTHORITY = Set.of("09", "17");
  /** The root of intents (03x), the only acts the codebook codes before they happen. */
  static final String INTENT = "03";
  /** The code of a court's finding of guilt, an act of authority of its own. */
  static final String CONVICTION = "116";
  /** Roots of cooperation (consult, cooperate, aid, yield), intended when they are a purpose. */
  static final Set<String> COOPERATIVE = Set.of("04", "05", "06", "07", "08");
  /** Roots that stand without a target: protests, demands, threats, force. */
  static final Set<String> MONADIC = Set.of("03", "08", "09", "10", "12", "13", "14",
      "15", "16", "17", "18", "19", "20");
  /**
   * Roots of public claims (appeals, demands, criticism, rejection) that a body outside the state
   * addresses, where it names no one, to its own country's government.
   */
  static final Set<String> PUBLIC_CLAIMS = Set.of("02", "10", "11", "12");
  /** Appeals and demands, which a report's simple present tells as made, not as what holds. */
  static final Set<String> REPORTED_PRESENT = Set.of("02", "10");
  /**
   * Agents outside the state, whose public claims with no addressee go to their government: the
   * opposition, parties, unions, business, NGOs, universities, churches, hospitals, the media,
   * farmers, refugees, citizens, former officials (and a person the text gives only a country).
   */
  static final Set<String> NON_STATE = Set.of("OPP", "PTY", "LAB", "BUS", "NGO", "EDU",
      "REL", "HLH", "MED", "AGR", "REF", "CVL", "ELI");
  /** Acts that are news even between private persons: protest and violence. */
  static final Set<String> PUBLIC_EVEN_IF_PRIVATE = Set.of("14", "18", "19", "20");
  /** Acts that make one described person ("the man") a party: these and coercion. */
  static final Set<String> TOWARDS_INDIVIDUALS = Set.of("14", "17", "18", "19", "20");
  /** Agents of the state, whose coercion with no one named is of their own citizens. */
  static final Set<String> STATE = Set.of("GOV", "COP", "JUD", "MIL", "SPY");
  /** Codes whose acts stand without a target though their root's need one: a denial (016). */
  static final Set<String> MONADIC_CODES = Set.of("016");
  /** The agents of the state whose appeals to no one named are to the people (docs/CODEBOOK.md). */
  static final Set<String> APPEALING = Set.of("GOV", "COP");
  /** Agents whose investigation (09) naming no one is a criminal one, of the country's citizens. */
  static final Set<String> CRIMINAL_INQUIRY = Set.of("COP", "JUD");
  /** Plain force and violence, which the weapon used makes more precise. */
  static final Set<String> FORCE_BY_WEAPON = Set.of("180", "183", "190", "193");

  /** The root of a code. */
  static String of(String code) {
    return code.substring(0, 2);
  }
}

package org.herald.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short articles in the style of agency and city news, written for Herald (session 31), one or
 * more per rule of the quote stage that the sample articles do not exercise: a pronoun goes to a
 * person of its gender ("she", German "sie" with a singular verb, "Ministerin", "Frau"); "the
 * senator" is the person, not the legislature the word was tagged as; "the governor" is the person
 * the text titled so ("Gov. Eric Holcomb"), though another was the subject since; words in marks
 * alone after a sentence of reported speech are that speaker's; "sagte die parteilose Politikerin"
 * parsed as the object is still the speaker; an English participle ("saying") speaks for the
 * subject of its verb; "kündigte ... an" without a clause reports no words; a reported clause
 * inside words in marks is the direct quote's alone; the source words that open or close a
 * sentence are no part of what it reports; "Das teilte X mit" reports the sentence before; marks
 * around a name quote no one; "das heißt" is no verb of saying, nor is a verb inside another
 * quote's marks; German reported speech with words in marks inside is reported speech, and the
 * words in marks are its speaker's. An interview's answers are the interviewee's (session 32).
 */
class QuoteProseIT {
  @Test
  void englishSpeakersByGenderTitleAndParticiple() throws Exception {
    List<String> q = quotes("en-hearing.txt", "en");
    assertThat(q).contains("D This plan hands billions -> Elizabeth Warren",
        "D We will not stop -> Elizabeth Warren", // "the senator added", not the Senate
        "D It will shrink -> Steven Mnuchin"); // asked by a reporter, "he replied"
    assertThat(quotes("en-summit.txt", "en")).contains(
        "I Germany would stay committed -> Angela Merkel", // "She said", after Macron
        "D The alliance remains -> Angela Merkel");
    assertThat(quotes("en-city.txt", "en")).contains(
        "I The city was already recruiting -> Pat Mullane"); // "she said", the spokeswoman
    assertThat(quotes("en-governor.txt", "en")).contains( // "Gov. Eric Holcomb", not Bosma
        "I he was waiting for a teacher pay commission -> Eric Holcomb");
    assertThat(quotes("en-landers.txt", "en")).contains(
        // "She did not give a date, but said SpaceX would fly": she, not SpaceX in her words
        "I SpaceX would fly its new rocket many times -> Gwynne Shotwell",
        // "Tyvak", tagged a person, is "Tyvak Nano-Satellite Systems": "he" is Marco Villa
        "D We’re going to start with something smaller -> Marco Villa");
    assertThat(quotes("en-apple.txt", "en")).contains( // "say" in the quote is no one's verb
        "D best mobile operating system -> Tim Cook");
    assertThat(quotes("en-saying.txt", "en")).contains(
        "I he failed at the time -> Michael R. Bloomberg"); // "Bloomberg ..., saying that"
    // "Michael Bloomberg" is "Michael R. Bloomberg", so "Bloomberg" is he, not the company
    assertThat(quotes("en-initials.txt", "en")).contains(
        "D I was wrong about stop and frisk -> Michael R. Bloomberg");
    List<String> parliament = quotes("en-parliament.txt", "en");
    assertThat(parliament).contains("D He has no plan -> Rishi Sunak",
        "I strikes had set back the effort -> Victoria Atkins") // "adding that"
        .doesNotContain("I He has no plan -> Rishi Sunak");
    assertThat(quotes("en-wire.txt", "en")).contains(
        "I President Vladimir Putin discussed -> Kremlin", // without "According to the Kremlin,"
        "I no decision had been taken -> Dmitry Peskow");
  }

  @Test
  void englishVerbsOfSayingInThePresentReportWordsInEnglishOnly() throws Exception {
    // "..., argues Monica de Bolle", "..., she explains": the present tense of a verb of saying
    // reports as its past does, and "has written" as "wrote"
    assertThat(quotes("en-present-tense.txt", "en")).contains(
        "I The tariffs will raise prices for American families -> Monica de Bolle",
        "I Consumers will pay most of the cost -> Monica de Bolle",
        "D The Chinese government pays nothing -> Howard Gleckman"); // "has written"
    // an English form in a German sentence is no verb of saying: "in ihren gepachteten Claims
    // angeben" reports no one's words
    assertThat(quotes("de-english-words.txt", "de")).isEmpty();
  }

  @Test
  void germanSpeakersByGenderDescriptionAndTheSentenceBefore() throws Exception {
    assertThat(quotes("de-innenminister.txt", "de")).contains(
        "I die Zusammenarbeit mit Bayern sei gut -> Nancy Faeser", // "Sie sagte"
        "D Ohne zusätzliche Beamte -> Joachim Herrmann"); // "der CSU-Politiker"
    List<String> buergergeld = quotes("de-buergergeld.txt", "de");
    assertThat(buergergeld).contains("D Wer arbeitet, muss mehr haben -> Christian Lindner",
        "D Mit uns wird es das nicht geben -> Ricarda Lang");
    assertThat(buergergeld).noneMatch(s -> s.startsWith("I Die Grünen-Politikerin kündigte"));
    List<String> polizei = quotes("de-polizei.txt", "de");
    assertThat(polizei).contains("D Das ist ein wichtiger Erfolg -> Henriette Reker");
    assertThat(polizei).noneMatch(s -> s.startsWith("I Der Polizeipräsident"));
    List<String> taurus = quotes("de-taurus.txt", "de");
    assertThat(taurus).noneMatch(s -> s.contains("Süddeutschen Zeitung ->"))
        .noneMatch(s -> s.startsWith("I Die verteidigungspolitische Sprecherin"))
        .contains("D Deutschland ist der zweitgrößte -> Steffen Hebestreit");
    assertThat(quotes("de-radwege.txt", "de")).contains(
        "I Die Stadt Hannover will den Ausbau -> Stadtverwaltung");
    // reported speech in the subjunctive with words in marks inside is reported speech, and
    // the words in marks are its speaker's: Steinmeier's, not the BKA's named in the sentence
    assertThat(quotes("de-bka.txt", "de")).contains(
        "I Im Gründungsjahr 1951 sei -> Frank-Walter Steinmeier",
        "I Heute umfasse der Wirkungsbereich des BKA -> Frank-Walter Steinmeier",
        "D das wiedervereinte Deutschland -> Frank-Walter Steinmeier",
        "I In den vergangenen Jahren seien -> Frank-Walter Steinmeier",
        "D entsetzlichen Gewalttaten -> Frank-Walter Steinmeier");
    assertThat(quotes("de-laut.txt", "de")).contains(
        "I wurden bei dem Unfall drei Menschen verletzt -> Polizei",
        "I Die Täter flohen in einem Auto -> Polizei");
    // "der 48-Jährige", named by his age, is the person the sentence before was about
    assertThat(quotes("de-age.txt", "de")).contains("D Die ersten Jahre waren toll -> Jan Peters");
  }

  @Test
  void interviewAnswersAreTheIntervieweesWords() throws Exception {
    // a label per answer ("Brandt:"), the answer going on over a paragraph without one; the
    // interviewer's questions are no one's quotes
    assertThat(quotes("de-interview.txt", "de")).contains(
        "D Die Menschen sind verunsichert. Monatelang -> Claudia Brandt",
        "D Das hat viele Hausbesitzer abwarten lassen. Wir -> Claudia Brandt",
        "D Ja. Wir bilden so viele aus -> Claudia Brandt")
        .noneMatch(s -> s.contains("Was erwarten Sie")).noneMatch(s -> s.contains("Frau Brandt"));
    // "Q:" and "A:": the answers are those of the person the text introduces ("spoke with")
    assertThat(quotes("en-interview.txt", "en")).contains(
        "D The permits took longer than anyone expected. We -> Maria Lopez",
        "D We have now answered every question -> Maria Lopez",
        "D The state has promised to cover half -> Maria Lopez")
        .noneMatch(s -> s.contains("Who pays"));
    // no labels: the questions alone tell the interview, the address its interviewee
    // ("Frau Albers, ..."); the credit line ends it
    assertThat(quotes("de-interview-unlabelled.txt", "de")).contains(
        "D Wir müssen Projekte -> Martina Albers",
        "D Das trifft vor allem -> Martina Albers",
        "D Eine Zusage, die über die Wahl -> Martina Albers",
        // a question's reported words: the one it names speaks them, not the one addressed
        // ("Frau Albers, Oberbürgermeister Sven Schoeller sagte"), and "schreiben Sie" is hers
        "I die Stadt könne die Kosten nicht allein tragen -> Sven Schoeller",
        "I dass die Wärmewende ohne Hilfe scheitern werde -> Martina Albers")
        .noneMatch(s -> s.contains("Warum bauen Sie")).noneMatch(s -> s.contains("Jan Peters"));
    // the first answer alone labelled ("Jana Krüger: ..."), the rest without labels: hers, the
    // label no quoted word
    assertThat(quotes("de-interview-first-labelled.txt", "de")).contains(
        "D Zu wissen, wer Kontakt -> Jana Krüger",
        "D Sehr wenig. Es sind Daten -> Jana Krüger",
        "D Ganz wichtig ist eine enge -> Jana Krüger",
        "D Das wäre das schlimmste -> Jana Krüger")
        .noneMatch(s -> s.contains("Befürchten Sie"));
  }

  @Test
  void aLabelDeepInAReportThatAsksQuestionsTellsNoInterview() throws Exception {
    // "Sauer: „...“" far after the report's own questions: only his words are his
    assertThat(quotes("de-report-questions.txt", "de"))
        .contains("D Wir haben nichts zu verbergen -> Helmut Sauer")
        .noneMatch(s -> s.contains("Die Partei muss") || s.contains("Die Summe ist"));
  }

  @Test
  void aBodyNamedByItsNounIsTheBodyNamedBefore() throws Exception {
    // "The group said", after "The American Civil Liberties Union filed a lawsuit"
    assertThat(quotes("en-body.txt", "en")).contains(
        "I the county had sent hundreds of children -> American Civil Liberties Union");
    // "Der Verband sagte" after "Der Deutsche Lehrerverband"; a body with a name of its own
    // ("die Datenschutzbehörde Nordrhein-Westfalen") is no body named before
    assertThat(quotes("de-body.txt", "de")).contains(
        "I die Schulen bräuchten klare Regeln -> Deutsche Lehrerverband")
        .noneMatch(s -> s.startsWith("D Wir prüfen") && s.endsWith("Bundeswehr"));
    // "hieß es in einer Mitteilung des Gerichts" after "Das Landgericht Berlin": the court
    assertThat(quotes("de-body.txt", "de")).contains("D Die Postings sind Werbung -> Landgericht",
        // ", so das Gericht,": the source between commas, not the speaker of the sentence before
        "I Die Postings -> Landgericht",
        // "schildert eine Sprecherin", of no body named: the company named before
        "D Die Schlüssel bekommen die Zusteller -> Deutsche Post");
  }

  @Test
  void aLeadInEndingInAColonNamesTheSpeakerOfWhatFollows() throws Exception {
    // the tagger names "Landgericht" alone, the court of the text; its "Richter" and "Gericht"
    // are that court's mentions, and the speaker's name is the mention that speaks
    assertThat(quotes("de-lead-in.txt", "de")).contains(
        // "Die Richter schreiben:": the court named before, not the plaintiff named last
        "D Eine dauerhafte Beobachtung -> Richter",
        // "Das Gericht stellt außerdem fest:", no verb of saying: the lead-in's subject
        "D Die Stadt hat nicht -> Gericht",
        // "Petra Lindner, Vorsitzende ..., zum Urteil:", no verb at all: the one it names
        "D Das ist ein gutes Signal -> Petra Lindner",
        // "Zeugen werden gebeten": the police asks, not the witnesses nor Berlin named last
        "I sich bei der Wache in der Innenstadt zu melden -> Polizei")
        // the lead-in reports no words of its own
        .noneMatch(s -> s.startsWith("I Die Richter")).noneMatch(s -> s.endsWith("Jonas Keller"));
  }

  /** Each quote as "D|I its words -> speaker", the words cut to the assertion's prefix. */
  private static List<String> quotes(String file, String language) throws Exception {
    JsonNode doc = Cli.analysed("/quotes/" + file, "2023-05-10", language);
    List<String> out = new ArrayList<>();
    for (JsonNode q : doc.get("quotes")) {
      String words = q.get("text").asText().replaceAll("[,.]$", "");
      String speaker = q.path("speakerName").asText("");
      String kind = q.get("direct").asBoolean() ? "D " : "I ";
      out.add(kind + words + " -> " + speaker);
      for (int cut = words.indexOf(' '); cut > 0; cut = words.indexOf(' ', cut + 1)) {
        out.add(kind + words.substring(0, cut) + " -> " + speaker); // every prefix of words
      }
    }
    return out;
  }
}

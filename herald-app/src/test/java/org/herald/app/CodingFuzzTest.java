package org.herald.app;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any short text, German or English, with any publication day, through the whole pipeline with
 * the real models (tokenizer, tagger, parser, entities, times, quotes, events): a document whose
 * every span lies inside its text, in order, and reads as the text there; whose quotes, events
 * and relations name only its own entities; whose events each point at a sentence that holds
 * their trigger's words in order; and which the same input gives again, identical. Or a refusal
 * that says why ({@link CodingInvariants} checks it).
 *
 * <p>The input's first byte picks the language, the next two a day (from 1990 on), the rest is
 * the text in UTF-8, at most 600 bytes (the models' cost grows with length; the bounds for long
 * inputs have their own tests). The kept inputs
 * ({@code CodingFuzzTestInputs/}) are sentences of news that exercise each stage and run in
 * every test run; {@code bench/fuzz.sh} fuzzes from them.
 */
class CodingFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyTextGivesAConsistentDocument(byte[] input) throws Exception {
    CodingInvariants.analyseAndCheck(input);
  }
}

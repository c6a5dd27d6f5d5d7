package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatterRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nice — now we’re diving into the theoretical side|opens a reply with an interjection",
      "Absolutely! Let’s keep digging into math-heavy questions|opens a reply with an interjection",
      "Love your grind! 🔥 You're clearly going deep|opens a reply with an interjection",
      "Would you like these questions turned into a workbook?|offers more material or invites a reply",
      "Or… want to take a few of these now and I’ll simulate a mock oral exam?|offers more material or invites a reply",
      "I can create:|offers more material or invites a reply",
      "Here’s a curated list of math-heavy ML interview questions|introduces the list that follows",
      "For top ML research interviews, you might even get asked to:|tells the reader what comes next",
      "These additional questions cover even more advanced topics.|recaps what the questions cover"})
  void namesTheKindOfFillerALineIs(String line, String rule) {
    assertThat(ChatterRules.match(line)).map(ChatterRules.Rule::name).hasValue(rule);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The gradient of the squared loss is linear in the residual.",
      "Derive the dual of the SVM optimization problem:",
      "Here, θ denotes the parameters."})
  void leavesSubjectMatterAlone(String line) {
    assertThat(ChatterRules.match(line)).isEmpty();
  }

  @Test
  void treatsFillerEndingInAColonAsAnnouncingAList() {
    assertThat(ChatterRules.announcesList("Would you like me to:")).isTrue();
    assertThat(ChatterRules.announcesList("Let me know if you'd like more!")).isFalse();
  }
}
